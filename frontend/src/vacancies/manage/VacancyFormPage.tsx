import { type FormEvent, Fragment, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import { Skeleton } from "../../components/Skeleton";
import type { ManagedVacancyFragment } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { useLabels } from "../../i18n";
import { educations, predikats, ranks, trainingKinds } from "../../i18n/labels";
import { useVacancyLabels, vacancyKinds } from "../labels";
import { CreateVacancyDocument, ManagedVacancyDocument, UpdateVacancyDocument } from "./documents";
import { emptyForm, fromVacancy, toInput, type VacancyForm, weightSum } from "./form";
import { PositionPicker } from "./PositionPicker";
import "../vacancies.css";

/** /lowongan/kelola/baru and /lowongan/kelola/:id: a new vacancy, or a DRAFT to change. */
export function VacancyFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [{ data, error, fetching }] = useQuery({
    query: ManagedVacancyDocument,
    variables: { id: id ?? "" },
    pause: !id,
  });
  const vacancy = data?.node?.__typename === "Vacancy" ? data.node : null;
  if (id && fetching && !data) return <Skeleton lines={10} />;
  if (id && !vacancy) {
    return (
      <>
        <ErrorMessage error={error} />
        {data && <EmptyState title={t("notFound.title")} />}
      </>
    );
  }
  if (vacancy && vacancy.status !== "DRAFT") {
    return <EmptyState title={t("vacancy.form.notDraft")} />;
  }
  return <VacancyFormView key={vacancy?.id ?? "new"} vacancy={vacancy} />;
}

function VacancyFormView({ vacancy }: { vacancy: ManagedVacancyFragment | null }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const vacancyLabels = useVacancyLabels();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [form, setForm] = useState<VacancyForm>(() =>
    vacancy ? fromVacancy(vacancy) : emptyForm(new Date().toISOString().slice(0, 10)),
  );
  const [created, create] = useMutation(CreateVacancyDocument);
  const [updated, update] = useMutation(UpdateVacancyDocument);
  const result = vacancy ? updated : created;
  const errors = fieldErrors(result.error);
  const set = <K extends keyof VacancyForm>(key: K, value: VacancyForm[K]) =>
    setForm({ ...form, [key]: value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = toInput(form);
    const res = vacancy ? await update({ id: vacancy.id, input }) : await create({ input });
    if (!res.error) navigate("/lowongan/kelola");
  };
  // One field with its label and the server's error under it, which the input points to.
  const field = (name: string, label: string, control: (props: FieldProps) => ReactNode) => {
    const error = errors[name];
    const inputId = `vacancy-${name.replace(/\W/g, "-")}`;
    return (
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        {control({
          id: inputId,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `${inputId}-error` : undefined,
        })}
        <FieldError id={`${inputId}-error`} error={error} />
      </div>
    );
  };
  const sum = weightSum(form.stages);
  return (
    <>
      <p>
        <Link to="/lowongan/kelola">← {t("vacancy.manage.title")}</Link>
      </p>
      <h1>{vacancy ? t("vacancy.form.editTitle") : t("vacancy.form.newTitle")}</h1>
      <form className="vacancy-form" onSubmit={submit} noValidate>
        {field("kind", t("vacancy.board.kind"), (p) => (
          <select
            {...p}
            value={form.kind}
            onChange={(e) => set("kind", e.target.value as VacancyForm["kind"])}
          >
            {vacancyKinds.map((k) => (
              <option key={k} value={k}>
                {vacancyLabels.kind(k)}
              </option>
            ))}
          </select>
        ))}
        {field("title", t("vacancy.form.title"), (p) => (
          <input
            {...p}
            value={form.title}
            required
            maxLength={200}
            onChange={(e) => set("title", e.target.value)}
          />
        ))}
        {field("description", t("vacancy.form.description"), (p) => (
          <textarea
            {...p}
            rows={4}
            value={form.description}
            onChange={(e) => set("description", e.target.value)}
          />
        ))}
        <PositionPicker
          within={viewer.scopeUnit?.path ?? undefined}
          selected={form.positionID !== ""}
          selectedTitle={form.positionTitle}
          invalid={!!errors.positionID}
          describedBy={errors.positionID ? "vacancy-positionID-error" : undefined}
          onChange={(p) => setForm({ ...form, positionID: p?.id ?? "", positionTitle: p?.title ?? "" })}
        />
        <FieldError id="vacancy-positionID-error" error={errors.positionID} />
        <div className="field-row">
          {field("opensOn", t("vacancy.form.opensOn"), (p) => (
            <input {...p} type="date" value={form.opensOn} onChange={(e) => set("opensOn", e.target.value)} />
          ))}
          {field("closesOn", t("vacancy.form.closesOn"), (p) => (
            <input
              {...p}
              type="date"
              value={form.closesOn}
              onChange={(e) => set("closesOn", e.target.value)}
            />
          ))}
        </div>
        <fieldset>
          <legend>{t("vacancy.facts.requirements")}</legend>
          <p className="hint">{t("vacancy.form.requirementsHint")}</p>
          {field("requirements.minRank", t("vacancy.form.minRank"), (p) => (
            <select
              {...p}
              value={form.minRank}
              onChange={(e) => set("minRank", e.target.value as VacancyForm["minRank"])}
            >
              <option value="">{t("vacancy.form.none")}</option>
              {ranks.map((r) => (
                <option key={r} value={r}>
                  {labels.rank(r)}
                </option>
              ))}
            </select>
          ))}
          <div className="field-row">
            {field("requirements.minPredikat", t("vacancy.form.minPredikat"), (p) => (
              <select
                {...p}
                value={form.minPredikat}
                onChange={(e) => set("minPredikat", e.target.value as VacancyForm["minPredikat"])}
              >
                <option value="">{t("vacancy.form.none")}</option>
                {predikats.map((x) => (
                  <option key={x} value={x}>
                    {labels.predikat(x)}
                  </option>
                ))}
              </select>
            ))}
            {field("requirements.predikatYears", t("vacancy.form.predikatYears"), (p) => (
              <input
                {...p}
                type="number"
                min={1}
                max={5}
                inputMode="numeric"
                value={form.predikatYears}
                onChange={(e) => set("predikatYears", e.target.value)}
              />
            ))}
          </div>
          <fieldset className="checkboxes">
            <legend>{t("vacancy.form.trainingKinds")}</legend>
            {trainingKinds.map((k) => (
              <label key={k}>
                <input
                  type="checkbox"
                  checked={form.trainingKinds.includes(k)}
                  onChange={(e) =>
                    set(
                      "trainingKinds",
                      e.target.checked
                        ? [...form.trainingKinds, k]
                        : form.trainingKinds.filter((x) => x !== k),
                    )
                  }
                />
                {labels.trainingKind(k)}
              </label>
            ))}
          </fieldset>
          {field("requirements.minEducation", t("vacancy.form.minEducation"), (p) => (
            <select
              {...p}
              value={form.minEducation}
              onChange={(e) => set("minEducation", e.target.value as VacancyForm["minEducation"])}
            >
              <option value="">{t("vacancy.form.none")}</option>
              {educations.map((x) => (
                <option key={x} value={x}>
                  {labels.education(x)}
                </option>
              ))}
            </select>
          ))}
          <div className="field-row">
            {field("requirements.minYearsToRetirement", t("vacancy.form.minYearsToRetirement"), (p) => (
              <input
                {...p}
                type="number"
                min={0}
                inputMode="numeric"
                value={form.minYearsToRetirement}
                onChange={(e) => set("minYearsToRetirement", e.target.value)}
              />
            ))}
            {field("requirements.noSanctionYears", t("vacancy.form.noSanctionYears"), (p) => (
              <input
                {...p}
                type="number"
                min={0}
                inputMode="numeric"
                value={form.noSanctionYears}
                onChange={(e) => set("noSanctionYears", e.target.value)}
              />
            ))}
          </div>
        </fieldset>
        {form.kind === "OPEN_SELECTION" && (
          <fieldset aria-describedby="stages-sum">
            <legend>{t("vacancy.facts.stages")}</legend>
            <p className="hint">{t("vacancy.form.stagesHint")}</p>
            {form.stages.map((s, i) => (
              <Fragment key={s.stage}>
                {field(`stages[${i}].weight`, `${vacancyLabels.stage(s.stage)} (%)`, (p) => (
                  <input
                    {...p}
                    type="number"
                    step="0.5"
                    inputMode="decimal"
                    value={s.weight}
                    onChange={(e) =>
                      set(
                        "stages",
                        form.stages.map((x, j) => (j === i ? { ...x, weight: e.target.value } : x)),
                      )
                    }
                  />
                ))}
              </Fragment>
            ))}
            <p id="stages-sum" className={sum === 100 ? "hint" : "field-error"} role="status">
              {t("vacancy.form.stagesSum", { sum })}
            </p>
            <FieldError id="vacancy-stages-error" error={errors.stages} />
          </fieldset>
        )}
        <FieldError id="vacancy-status-error" error={errors.status} />
        <ErrorMessage error={result.error} shownAtFields={Object.keys(errors)} />
        <div className="actions">
          <button type="submit" disabled={result.fetching}>
            {vacancy ? t("vacancy.form.save") : t("vacancy.form.create")}
          </button>
          <Link to="/lowongan/kelola" className="button secondary">
            {t("vacancy.select.cancel")}
          </Link>
        </div>
      </form>
    </>
  );
}

type FieldProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

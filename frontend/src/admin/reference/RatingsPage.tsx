import "../admin.css";
import "./reference.css";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import { Skeleton } from "../../components/Skeleton";
import type { Predikat, RefRatingsQuery, UnitPerformance } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { useLabels } from "../../i18n";
import { predikats } from "../../i18n/labels";
import { UnitPicker } from "../../units/UnitPicker";
import { useUnit } from "../../units/useUnit";
import {
  RefCreateCapDocument,
  RefCreateRatingDocument,
  RefRatingsDocument,
  RefUpdateCapDocument,
  RefUpdateRatingDocument,
} from "./documents";
import { FormButtons } from "./OrgTreePage";
import { useYear, YearSelect } from "./YearSelect";

const unitRatings: UnitPerformance[] = ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"];
type Cap = NonNullable<NonNullable<NonNullable<RefRatingsQuery["calibrationCaps"]["edges"]>[number]>["node"]>;

/** The unit ratings of a year (ADMIN; HR in its scope) and the calibration caps per unit rating (ADMIN). */
export function RatingsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [year, setYear] = useYear();
  const [adding, setAdding] = useState(false);
  // The ratings of a unit's subtree: by default the viewer's scope (everything for ADMIN).
  const [unitId, setUnitId] = useState<string>();
  const unit = useUnit(unitId);
  const within = unit?.path ?? (viewer.role === "ADMIN" ? undefined : (viewer.scopeUnit?.path ?? undefined));
  const where = within ? { year, hasUnitWith: [{ pathHasPrefix: within }] } : { year };
  const [{ data, error, fetching }] = useQuery({
    query: RefRatingsDocument,
    variables: { where },
    pause: Boolean(unitId) && !unit,
  });
  const ratings = (data?.unitRatings.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const caps = (data?.calibrationCaps.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>{t("reference.ratings.title")}</h1>
      <p className="subtitle">{t("reference.ratings.intro")}</p>
      <div className="reference-filters">
        <YearSelect year={year} onChange={setYear} />
        <UnitPicker
          label={t("reference.ratings.within")}
          within={viewer.role === "ADMIN" ? undefined : (viewer.scopeUnit?.path ?? undefined)}
          selected={Boolean(unitId)}
          selectedName={unit?.name}
          onChange={setUnitId}
        />
      </div>
      <ErrorMessage error={error} />
      {!data && fetching && <Skeleton lines={4} />}
      {data && ratings.length === 0 && <EmptyState title={t("reference.ratings.empty")} />}
      {data && data.unitRatings.totalCount > ratings.length && (
        <p className="hint">
          {t("reference.ratings.more", { shown: ratings.length, total: data.unitRatings.totalCount })}
        </p>
      )}
      {ratings.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("reference.common.unit")}</th>
              <th scope="col">{t("reference.ratings.rating")}</th>
            </tr>
          </thead>
          <tbody>
            {ratings.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.unit.name}
                  {r.unit.parent && <span className="hint"> — {r.unit.parent.name}</span>}
                </th>
                <td>
                  <RatingSelect
                    id={r.id}
                    rating={r.rating}
                    label={`${t("reference.ratings.rating")} ${r.unit.name}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding ? (
        <CreateRatingForm year={year} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button-secondary reference-add" onClick={() => setAdding(true)}>
          {t("reference.ratings.create")}
        </button>
      )}
      {data && <Caps caps={caps} />}
    </>
  );
}

/** A rating changes as soon as another is picked. */
function RatingSelect({ id, rating, label }: { id: string; rating: UnitPerformance; label: string }) {
  const labels = useLabels();
  const [{ fetching, error }, update] = useMutation(RefUpdateRatingDocument);
  return (
    <>
      <select
        aria-label={label}
        value={rating}
        disabled={fetching}
        onChange={(e) => update({ id, input: { rating: e.target.value as UnitPerformance } })}
      >
        {unitRatings.map((u) => (
          <option key={u} value={u}>
            {labels.unitPerformance(u)}
          </option>
        ))}
      </select>
      <ErrorMessage error={error} />
    </>
  );
}

function CreateRatingForm({ year, onDone }: { year: number; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const viewer = useViewer();
  const id = useId();
  const [unitId, setUnitId] = useState<string>();
  const unit = useUnit(unitId);
  const [rating, setRating] = useState<UnitPerformance>("BAIK");
  const [{ fetching, error }, create] = useMutation(RefCreateRatingDocument);
  const byField = fieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!unitId) return;
    const res = await create({ input: { unitID: unitId, year, rating } });
    if (!res.error) onDone();
  };
  return (
    <form className="admin-form" onSubmit={submit}>
      <UnitPicker
        label={t("reference.common.unit")}
        within={viewer.role === "ADMIN" ? undefined : (viewer.scopeUnit?.path ?? undefined)}
        selected={Boolean(unitId)}
        selectedName={unit?.name}
        onChange={setUnitId}
      />
      <FieldError id={`${id}-unit-error`} error={byField.unitID} />
      <div className="field">
        <label htmlFor={`${id}-rating`}>{t("reference.ratings.rating")}</label>
        <select
          id={`${id}-rating`}
          value={rating}
          onChange={(e) => setRating(e.target.value as UnitPerformance)}
        >
          {unitRatings.map((u) => (
            <option key={u} value={u}>
              {labels.unitPerformance(u)}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={error} shownAtFields={["unitID", "year", "rating"]} />
      <FormButtons
        fetching={fetching}
        disabled={!unitId}
        label={t("reference.ratings.create")}
        onCancel={onDone}
      />
    </form>
  );
}

/** The caps as a small table per unit rating: one row per staff predikat capped. */
function Caps({ caps }: { caps: Cap[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const viewer = useViewer();
  const admin = viewer.role === "ADMIN";
  // The two best predikat are what the regulation caps; other caps in the data show too.
  const capped = predikats.filter((p, i) => i < 2 || caps.some((c) => c.atLeast === p));
  return (
    <section className="reference-section">
      <h2>{t("reference.ratings.caps")}</h2>
      <p className="hint">{t("reference.ratings.capsIntro")}</p>
      {!admin && <p className="hint">{t("reference.ratings.adminOnly")}</p>}
      <div className="caps-grid">
        {unitRatings.map((u) => (
          <table className="data-table caps-table" key={u} data-rating={u}>
            <caption>{labels.unitPerformance(u)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("reference.ratings.atLeast")}</th>
                <th scope="col">{t("reference.ratings.maxShare")}</th>
              </tr>
            </thead>
            <tbody>
              {capped.map((p) => (
                <tr key={p}>
                  <th scope="row">{labels.predikat(p)}</th>
                  <td>
                    <CapField
                      rating={u}
                      atLeast={p}
                      cap={caps.find((c) => c.unitRating === u && c.atLeast === p)}
                      editable={admin}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}

/** One cap in percent; saved when the field is left with a new value. */
function CapField({
  rating,
  atLeast,
  cap,
  editable,
}: {
  rating: UnitPerformance;
  atLeast: Predikat;
  cap?: Cap;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = useId();
  const stored = cap ? String(Math.round(cap.maxShare * 1000) / 10) : "";
  const [value, setValue] = useState(stored);
  const [created, createCap] = useMutation(RefCreateCapDocument);
  const [updated, updateCap] = useMutation(RefUpdateCapDocument);
  const error = cap ? updated.error : created.error;
  const byField = fieldErrors(error);
  if (!editable) return <>{cap ? `${stored}%` : t("reference.ratings.noCap")}</>;
  const save = () => {
    if (value.trim() === stored || value.trim() === "") return;
    const maxShare = Number(value) / 100;
    if (cap) updateCap({ id: cap.id, input: { maxShare } });
    else createCap({ input: { unitRating: rating, atLeast, maxShare } });
  };
  return (
    <>
      <input
        id={id}
        type="number"
        className="cap-input"
        aria-label={`${t("reference.ratings.maxShare")} ${labels.unitPerformance(rating)} ${labels.predikat(atLeast)}`}
        value={value}
        placeholder={t("reference.ratings.noCap")}
        onChange={(e) => setValue(e.target.value)}
        onBlur={save}
        aria-invalid={Boolean(byField.maxShare)}
        aria-describedby={byField.maxShare ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} error={byField.maxShare} />
      <ErrorMessage error={error} shownAtFields={["maxShare"]} />
    </>
  );
}

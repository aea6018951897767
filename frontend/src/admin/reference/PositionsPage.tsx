import "../admin.css";
import "./reference.css";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import { Skeleton } from "../../components/Skeleton";
import type { FunctionalLevel, PositionKind, Rank, RefPositionFieldsFragment } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { useLabels } from "../../i18n";
import { dash } from "../../i18n/format";
import { positionKinds, ranks } from "../../i18n/labels";
import { UnitPicker } from "../../units/UnitPicker";
import { useUnit } from "../../units/useUnit";
import { RefCreatePositionDocument, RefPositionsDocument, RefUpdatePositionDocument } from "./documents";
import { FormButtons } from "./OrgTreePage";

const functionalLevels: FunctionalLevel[] = [
  "AHLI_PERTAMA",
  "AHLI_MUDA",
  "AHLI_MADYA",
  "AHLI_UTAMA",
  "PEMULA",
  "TERAMPIL",
  "MAHIR",
  "PENYELIA",
];

/** The posts of a unit (?unit=), with their quota and holders; ADMIN and HR of the unit's scope edit them. */
export function PositionsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const unitId = params.get("unit") ?? undefined;
  const unit = useUnit(unitId);
  const within = viewer.role === "ADMIN" ? undefined : viewer.scopeUnit?.path;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>{t("reference.positions.title")}</h1>
      <p className="subtitle">{t("reference.positions.intro")}</p>
      <UnitPicker
        label={t("reference.positions.unit")}
        within={within ?? undefined}
        selected={Boolean(unitId)}
        selectedName={unit?.name}
        onChange={(id) => setParams(id ? { unit: id } : {})}
      />
      {unitId ? <UnitPositions unitId={unitId} /> : <p className="hint">{t("reference.positions.noUnit")}</p>}
    </>
  );
}

function UnitPositions({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [{ data, error, fetching }] = useQuery({
    query: RefPositionsDocument,
    variables: { unitID: unitId },
  });
  const positions = (data?.positions.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section className="reference-section">
      <ErrorMessage error={error} />
      {!data && fetching && <Skeleton lines={4} />}
      {data && positions.length === 0 && <EmptyState title={t("reference.positions.empty")} />}
      {positions.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("reference.positions.heading")}</th>
              <th scope="col">{t("reference.positions.kind")}</th>
              <th scope="col">{t("reference.positions.minRank")}</th>
              <th scope="col">{t("reference.positions.quota")}</th>
              <th scope="col">{t("reference.positions.holders")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("reference.common.edit")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {positions.map((p) => (
              <PositionRow key={p.id} position={p} />
            ))}
          </tbody>
        </table>
      )}
      {adding ? (
        <CreatePositionForm unitId={unitId} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button-secondary reference-add" onClick={() => setAdding(true)}>
          {t("reference.positions.create")}
        </button>
      )}
    </section>
  );
}

function PositionRow({ position: p }: { position: RefPositionFieldsFragment }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [editing, setEditing] = useState(false);
  const holders = p.holders ?? [];
  return (
    <>
      <tr data-position={p.title}>
        <th scope="row">{p.title}</th>
        <td>
          {labels.positionKind(p.kind)}
          {p.functionalLevel && ` · ${labels.functionalLevel(p.functionalLevel)}`}
          <span className="hint">
            {" "}
            · {t("reference.positions.jobClass")} {p.jobClass}
          </span>
        </td>
        <td>{p.minRank ? labels.rank(p.minRank) : dash}</td>
        <td className="quota">
          {t("reference.positions.filled", { holders: holders.length, quota: p.quota })}
        </td>
        <td>
          {holders.length === 0
            ? t("reference.positions.noHolders")
            : holders.map((h, i) => (
                <span key={h.id}>
                  {i > 0 && ", "}
                  <Link to={`/pegawai/${h.id}`}>{h.name}</Link>
                </span>
              ))}
        </td>
        <td>
          <button type="button" className="link-button" onClick={() => setEditing(!editing)}>
            {t("reference.common.edit")}
          </button>
        </td>
      </tr>
      {editing && (
        <tr>
          <td colSpan={6}>
            <EditPositionForm position={p} onDone={() => setEditing(false)} />
          </td>
        </tr>
      )}
    </>
  );
}

function EditPositionForm({ position, onDone }: { position: RefPositionFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(position.title);
  const [quota, setQuota] = useState(String(position.quota));
  const [{ fetching, error }, update] = useMutation(RefUpdatePositionDocument);
  const byField = fieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await update({ id: position.id, input: { title, quota: Number(quota) } });
    if (!res.error) onDone();
  };
  return (
    <form className="admin-form inline-form" onSubmit={submit}>
      <TextField
        id={`${id}-title`}
        label={t("reference.positions.heading")}
        value={title}
        onChange={setTitle}
        error={byField.title}
      />
      <TextField
        id={`${id}-quota`}
        label={t("reference.positions.quota")}
        type="number"
        value={quota}
        onChange={setQuota}
        error={byField.quota}
      />
      <ErrorMessage error={error} shownAtFields={["title", "quota"]} />
      <FormButtons fetching={fetching} label={t("reference.common.save")} onCancel={onDone} />
    </form>
  );
}

function CreatePositionForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = useId();
  const [v, setV] = useState({
    title: "",
    kind: "PELAKSANA" as PositionKind,
    functionalLevel: "" as FunctionalLevel | "",
    jobClass: "7",
    minRank: "" as Rank | "",
    quota: "1",
  });
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const [{ fetching, error }, create] = useMutation(RefCreatePositionDocument);
  const byField = fieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await create({
      input: {
        unitID: unitId,
        title: v.title,
        kind: v.kind,
        functionalLevel: v.kind === "FUNGSIONAL" && v.functionalLevel ? v.functionalLevel : undefined,
        jobClass: Number(v.jobClass),
        minRank: v.minRank || undefined,
        quota: Number(v.quota),
      },
    });
    if (!res.error) onDone();
  };
  return (
    <form className="admin-form" onSubmit={submit}>
      <TextField
        id={`${id}-title`}
        label={t("reference.positions.heading")}
        value={v.title}
        onChange={(title) => set({ title })}
        error={byField.title}
      />
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("reference.positions.kind")}</label>
        <select
          id={`${id}-kind`}
          value={v.kind}
          onChange={(e) => set({ kind: e.target.value as PositionKind })}
        >
          {positionKinds.map((k) => (
            <option key={k} value={k}>
              {labels.positionKind(k)}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-kind-error`} error={byField.kind} />
      </div>
      {v.kind === "FUNGSIONAL" && (
        <div className="field">
          <label htmlFor={`${id}-level`}>{t("reference.positions.level")}</label>
          <select
            id={`${id}-level`}
            value={v.functionalLevel}
            onChange={(e) => set({ functionalLevel: e.target.value as FunctionalLevel })}
            aria-describedby={byField.functionalLevel ? `${id}-level-error` : undefined}
          >
            <option value="">{dash}</option>
            {functionalLevels.map((l) => (
              <option key={l} value={l}>
                {labels.functionalLevel(l)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-level-error`} error={byField.functionalLevel} />
        </div>
      )}
      <TextField
        id={`${id}-class`}
        label={t("reference.positions.jobClass")}
        type="number"
        value={v.jobClass}
        onChange={(jobClass) => set({ jobClass })}
        error={byField.jobClass}
      />
      <div className="field">
        <label htmlFor={`${id}-rank`}>{t("reference.positions.minRank")}</label>
        <select
          id={`${id}-rank`}
          value={v.minRank}
          onChange={(e) => set({ minRank: e.target.value as Rank })}
        >
          <option value="">{dash}</option>
          {ranks.map((r) => (
            <option key={r} value={r}>
              {labels.rank(r)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={`${id}-quota`}
        label={t("reference.positions.quota")}
        type="number"
        value={v.quota}
        onChange={(quota) => set({ quota })}
        error={byField.quota}
      />
      <ErrorMessage error={error} shownAtFields={["title", "kind", "functionalLevel", "jobClass", "quota"]} />
      <FormButtons fetching={fetching} label={t("reference.positions.create")} onCancel={onDone} />
    </form>
  );
}

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  type?: string;
  onChange: (value: string) => void;
  error: Parameters<typeof FieldError>[0]["error"];
};

/** A labelled input with the server's error for it underneath. */
export function TextField({ id, label, value, type = "text", onChange, error }: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

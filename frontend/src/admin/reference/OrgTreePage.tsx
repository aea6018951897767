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
import type { OrgUnitKind, OrgUnitWhereInput, RefUnitFieldsFragment } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { formatNumber } from "../../i18n/format";
import { UnitPicker } from "../../units/UnitPicker";
import { useUnit } from "../../units/useUnit";
import {
  RefCreateUnitDocument,
  RefSubtreeSizeDocument,
  RefUnitsDocument,
  RefUpdateUnitDocument,
} from "./documents";

export const unitKinds: OrgUnitKind[] = ["REGION", "INSTANSI", "AGENCY", "BUREAU", "DIVISION", "SECTION"];

/** The organisation tree, a level at a time: ADMIN from the roots, HR from its scope unit. */
export function OrgTreePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const top: OrgUnitWhereInput =
    viewer.role === "ADMIN" || !viewer.scopeUnit ? { parentIDIsNil: true } : { id: viewer.scopeUnit.id };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>{t("reference.units.title")}</h1>
      <p className="subtitle">{t("reference.units.intro")}</p>
      <UnitLevel where={top} />
    </>
  );
}

function UnitLevel({ where }: { where: OrgUnitWhereInput }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: RefUnitsDocument, variables: { where } });
  const units = (data?.orgUnits.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (!data && fetching) return <Skeleton lines={3} />;
  if (error) return <ErrorMessage error={error} />;
  if (units.length === 0) return <EmptyState title={t("reference.units.empty")} />;
  return (
    <ul className="unit-tree">
      {units.map((u) => (
        <UnitNode key={u.id} unit={u} />
      ))}
    </ul>
  );
}

type Action = "child" | "rename" | "move" | undefined;

function UnitNode({ unit }: { unit: RefUnitFieldsFragment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<Action>();
  const hasChildren = (unit.children?.length ?? 0) > 0;
  const toggle = (a: Action) => setAction((current) => (current === a ? undefined : a));
  return (
    <li className="unit-node" data-unit={unit.code}>
      <div className="unit-row">
        {hasChildren ? (
          <button
            type="button"
            className="unit-toggle"
            aria-expanded={open}
            aria-label={t(open ? "reference.units.collapse" : "reference.units.expand", { name: unit.name })}
            onClick={() => setOpen(!open)}
          >
            {open ? "▾" : "▸"}
          </button>
        ) : (
          <span className="unit-toggle" aria-hidden="true" />
        )}
        <span className="unit-name">{unit.name}</span>
        <span className="hint">
          {t(`reference.units.kinds.${unit.kind}`)} · {unit.code}
        </span>
        <span className="unit-actions">
          <button type="button" className="link-button" onClick={() => toggle("child")}>
            {t("reference.units.addChild")}
          </button>
          <button type="button" className="link-button" onClick={() => toggle("rename")}>
            {t("reference.units.rename")}
          </button>
          <button type="button" className="link-button" onClick={() => toggle("move")}>
            {t("reference.units.move")}
          </button>
          <Link to={`/admin/jabatan?unit=${unit.id}`}>{t("reference.units.positions")}</Link>
        </span>
      </div>
      {action === "child" && (
        <CreateChildForm
          parent={unit}
          onDone={() => {
            setAction(undefined);
            setOpen(true);
          }}
        />
      )}
      {action === "rename" && <RenameForm unit={unit} onDone={() => setAction(undefined)} />}
      {action === "move" && <MoveForm unit={unit} onDone={() => setAction(undefined)} />}
      {open && <UnitLevel where={{ parentID: unit.id }} />}
    </li>
  );
}

function CreateChildForm({ parent, onDone }: { parent: RefUnitFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const below = unitKinds[Math.min(unitKinds.indexOf(parent.kind) + 1, unitKinds.length - 1)];
  const [values, setValues] = useState({ code: `${parent.code}-`, name: "", kind: below });
  const [{ fetching, error }, create] = useMutation(RefCreateUnitDocument);
  const byField = fieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await create({ input: { ...values, parentID: parent.id } });
    if (!res.error) onDone();
  };
  const field = (name: "code" | "name", label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        value={values[name]}
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        aria-invalid={Boolean(byField[name])}
        aria-describedby={byField[name] ? `${id}-${name}-error` : undefined}
      />
      <FieldError id={`${id}-${name}-error`} error={byField[name]} />
    </div>
  );
  return (
    <form className="admin-form unit-form" onSubmit={submit}>
      {field("name", t("reference.units.name"))}
      {field("code", t("reference.units.code"))}
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("reference.units.kind")}</label>
        <select
          id={`${id}-kind`}
          value={values.kind}
          onChange={(e) => setValues((v) => ({ ...v, kind: e.target.value as OrgUnitKind }))}
        >
          {unitKinds.map((k) => (
            <option key={k} value={k}>
              {t(`reference.units.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={error} shownAtFields={["code", "name", "kind"]} />
      <FormButtons fetching={fetching} label={t("reference.units.create")} onCancel={onDone} />
    </form>
  );
}

function RenameForm({ unit, onDone }: { unit: RefUnitFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(unit.name);
  const [{ fetching, error }, update] = useMutation(RefUpdateUnitDocument);
  const byField = fieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await update({ id: unit.id, input: { name } });
    if (!res.error) onDone();
  };
  return (
    <form className="admin-form unit-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("reference.units.name")}</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={Boolean(byField.name)}
          aria-describedby={byField.name ? `${id}-name-error` : undefined}
        />
        <FieldError id={`${id}-name-error`} error={byField.name} />
      </div>
      <ErrorMessage error={error} shownAtFields={["name"]} />
      <FormButtons fetching={fetching} label={t("reference.common.save")} onCancel={onDone} />
    </form>
  );
}

/** Moving asks for the new parent, then says how much moves with the unit before it does. */
function MoveForm({ unit, onDone }: { unit: RefUnitFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const id = useId();
  const [parentId, setParentId] = useState<string>();
  const parent = useUnit(parentId);
  const [{ data: size }] = useQuery({
    query: RefSubtreeSizeDocument,
    variables: { path: unit.path ?? "" },
    pause: !parentId || !unit.path,
  });
  const [{ fetching, error }, update] = useMutation(RefUpdateUnitDocument);
  const byField = fieldErrors(error);
  const within = viewer.role === "ADMIN" ? undefined : viewer.scopeUnit?.path;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!parentId) return;
    const res = await update({ id: unit.id, input: { parentID: parentId } });
    if (!res.error) onDone();
  };
  return (
    <form className="admin-form unit-form" onSubmit={submit} aria-describedby={`${id}-parent-error`}>
      <UnitPicker
        label={t("reference.units.newParent")}
        within={within ?? undefined}
        selected={Boolean(parentId)}
        selectedName={parent?.name}
        onChange={setParentId}
      />
      <FieldError id={`${id}-parent-error`} error={byField.parentID} />
      {parentId && parent && size && (
        <p className="move-confirm" role="status">
          {t("reference.units.confirmMove", {
            count: size.orgUnits.totalCount,
            units: formatNumber(size.orgUnits.totalCount),
            employees: formatNumber(size.employees.totalCount),
            name: unit.name,
            parent: parent.name,
          })}
        </p>
      )}
      {!parentId && <p className="hint">{t("reference.units.pickParent")}</p>}
      <ErrorMessage error={error} shownAtFields={["parentID"]} />
      <FormButtons
        fetching={fetching}
        disabled={!parentId || !size}
        label={t("reference.units.confirm")}
        onCancel={onDone}
      />
    </form>
  );
}

export function FormButtons({
  fetching,
  disabled,
  label,
  onCancel,
}: {
  fetching: boolean;
  disabled?: boolean;
  label: string;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={fetching || disabled}>
        {fetching ? t("reference.common.saving") : label}
      </button>
      {onCancel && (
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("reference.common.cancel")}
        </button>
      )}
    </div>
  );
}

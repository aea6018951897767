import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import type { Role } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { NomineeSearchDocument } from "../../training/enrol/documents";
import { UnitPicker } from "../../units/UnitPicker";
import { useUnit } from "../../units/useUnit";
import { CreateAccountDocument } from "./documents";
import { accountFieldErrors } from "./errors";
import { temporaryPassword } from "./password";
import { assignableRoles, scoped } from "./roles";

type Props = {
  onCreated: (username: string, password: string) => void;
  onCancel: () => void;
};

const shownFields = ["username", "password", "role", "employeeID", "scopeUnitID"];

/** A new account for an employee, with a role and (HR, LEADER) a scope; its password is made here. */
export function CreateAccountForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const viewer = useViewer();
  const id = useId();
  const [username, setUsername] = useState("");
  const [role, setRole] = useState<Role>("EMPLOYEE");
  const [employee, setEmployee] = useState<{ id: string; name: string } | undefined>();
  const [scope, setScope] = useState<string | undefined>();
  const scopeUnit = useUnit(scope);
  const [{ fetching, error }, create] = useMutation(CreateAccountDocument);
  const byField = accountFieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const password = temporaryPassword();
    const res = await create({
      input: {
        username: username.trim(),
        password,
        role,
        employeeID: employee?.id ?? null,
        scopeUnitID: scoped(role) ? (scope ?? null) : null,
      },
    });
    if (res.data) onCreated(res.data.createAccount.username, password);
  };
  const describedBy = (f: string) => (byField[f] ? `${id}-${f}-error` : undefined);
  return (
    <form className="admin-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("admin.accounts.createTitle")}</h2>
      <div className="field">
        <label htmlFor={`${id}-username`}>{t("admin.accounts.username")}</label>
        <input
          id={`${id}-username`}
          value={username}
          autoCapitalize="none"
          autoComplete="off"
          onChange={(e) => setUsername(e.target.value)}
          aria-invalid={Boolean(byField.username)}
          aria-describedby={describedBy("username")}
        />
        <FieldError id={`${id}-username-error`} error={byField.username} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t("admin.accounts.role")}</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          aria-invalid={Boolean(byField.role)}
          aria-describedby={describedBy("role")}
        >
          {assignableRoles(viewer.role).map((r) => (
            <option key={r} value={r}>
              {labels.role(r)} — {t(`admin.accounts.roleHint.${r}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-role-error`} error={byField.role} />
      </div>
      <EmployeeField value={employee} onChange={setEmployee} error={byField.employeeID} />
      {scoped(role) && (
        <>
          <UnitPicker
            label={t("admin.accounts.scopeLabel")}
            within={viewer.role === "HR" ? (viewer.scopeUnit?.path ?? undefined) : undefined}
            selected={Boolean(scope)}
            selectedName={scopeUnit?.name}
            onChange={setScope}
          />
          <FieldError id={`${id}-scopeUnitID-error`} error={byField.scopeUnitID} />
        </>
      )}
      <FieldError id={`${id}-password-error`} error={byField.password} />
      <ErrorMessage error={error} shownAtFields={shownFields} />
      <div className="form-actions">
        <button type="submit" disabled={fetching}>
          {fetching ? t("admin.accounts.saving") : t("admin.accounts.create")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("admin.accounts.cancel")}
        </button>
      </div>
    </form>
  );
}

type EmployeeFieldProps = {
  value: { id: string; name: string } | undefined;
  onChange: (e: { id: string; name: string } | undefined) => void;
  error: Parameters<typeof FieldError>[0]["error"];
};

/** The employee the account belongs to, found by name or NIP among active employees. */
function EmployeeField({ value, onChange, error }: EmployeeFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const [{ data, fetching }] = useQuery({
    query: NomineeSearchDocument,
    variables: { q },
    pause: q.length < 2,
  });
  const found = q.length < 2 ? [] : (data?.employees.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (value) {
    return (
      <div className="field">
        <span className="field-label">{t("admin.accounts.employee")}</span>
        <span className="chip">
          {value.name}
          <button type="button" className="chip-remove" onClick={() => onChange(undefined)}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t("admin.accounts.removeEmployee")}</span>
          </button>
        </span>
        <FieldError id={`${id}-error`} error={error} />
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t("admin.accounts.employeeSearch")}</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={`${id}-results${error ? ` ${id}-error` : ""}`}
      />
      <div id={`${id}-results`} aria-live="polite">
        {fetching && <span className="hint">{t("common.loading")}</span>}
        {!fetching && q.length >= 2 && found.length === 0 && (
          <span className="hint">{t("admin.accounts.employeeNone")}</span>
        )}
        {found.length > 0 && (
          <ul className="unit-results">
            {found.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  onClick={() => {
                    setText("");
                    onChange({ id: e.id, name: e.name ?? e.id });
                  }}
                >
                  {e.name}
                  {e.unit && <span className="hint"> — {e.unit.name}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

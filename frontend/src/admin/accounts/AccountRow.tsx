import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { useViewer } from "../../auth/viewer";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import type { AdminAccountFieldsFragment, Role } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { UnitPicker } from "../../units/UnitPicker";
import { useUnit } from "../../units/useUnit";
import { ResetPasswordDocument, UpdateAccountDocument } from "./documents";
import { accountFieldErrors } from "./errors";
import { temporaryPassword } from "./password";
import { assignableRoles, scoped } from "./roles";

type Props = {
  account: AdminAccountFieldsFragment;
  onPassword: (username: string, password: string) => void;
};

/** One account: its role and scope changed in place, deactivated or reactivated, its password reset. */
export function AccountRow({ account: a, onPassword }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [editing, setEditing] = useState(false);
  const [{ fetching: updating, error: updateError }, update] = useMutation(UpdateAccountDocument);
  const [{ fetching: resetting, error: resetError }, reset] = useMutation(ResetPasswordDocument);
  const toggleActive = () => {
    if (a.active && !window.confirm(t("admin.accounts.confirmDeactivate", { username: a.username }))) return;
    update({ id: a.id, input: { active: !a.active } });
  };
  const resetPassword = async () => {
    if (!window.confirm(t("admin.accounts.confirmReset", { username: a.username }))) return;
    const password = temporaryPassword();
    const res = await reset({ id: a.id, newPassword: password });
    if (res.data) onPassword(a.username, password);
  };
  return (
    <tr>
      <th scope="row">{a.username}</th>
      <td>{labels.role(a.role)}</td>
      <td>{a.employee?.name ?? t("admin.accounts.none")}</td>
      <td>{a.scopeUnit?.name ?? t("admin.accounts.none")}</td>
      <td>{a.active ? t("admin.accounts.active") : t("admin.accounts.inactive")}</td>
      <td>
        {editing ? (
          <EditForm account={a} onDone={() => setEditing(false)} />
        ) : (
          <div className="account-actions">
            <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
              {t("admin.accounts.edit")}
            </button>
            <button type="button" className="button-secondary" onClick={toggleActive} disabled={updating}>
              {a.active ? t("admin.accounts.deactivate") : t("admin.accounts.activate")}
            </button>
            <button type="button" className="button-secondary" onClick={resetPassword} disabled={resetting}>
              {t("admin.accounts.resetPassword")}
            </button>
          </div>
        )}
        <ErrorMessage error={updateError ?? resetError} />
      </td>
    </tr>
  );
}

/** The role and scope of an account; the API signs the account out everywhere when they change. */
function EditForm({ account: a, onDone }: { account: AdminAccountFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const viewer = useViewer();
  const id = useId();
  const [role, setRole] = useState<Role>(a.role);
  const [scope, setScope] = useState<string | undefined>(a.scopeUnit?.id);
  const picked = useUnit(scope !== a.scopeUnit?.id ? scope : undefined);
  const scopeName = scope === a.scopeUnit?.id ? a.scopeUnit?.name : picked?.name;
  const [{ fetching, error }, update] = useMutation(UpdateAccountDocument);
  const byField = accountFieldErrors(error);
  const roles = assignableRoles(viewer.role);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const keepScope = scoped(role) && scope;
    const res = await update({
      id: a.id,
      input: {
        role,
        scopeUnitID: keepScope ? scope : null,
        clearScopeUnit: keepScope ? null : true,
      },
    });
    if (!res.error) onDone();
  };
  return (
    <form onSubmit={submit} aria-label={t("admin.accounts.edit")}>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t("admin.accounts.role")}</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          aria-invalid={Boolean(byField.role)}
        >
          {(roles.includes(a.role) ? roles : [a.role, ...roles]).map((r) => (
            <option key={r} value={r}>
              {labels.role(r)}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-role-error`} error={byField.role} />
      </div>
      {scoped(role) && (
        <UnitPicker
          label={t("admin.accounts.scopeLabel")}
          within={viewer.role === "HR" ? (viewer.scopeUnit?.path ?? undefined) : undefined}
          selected={Boolean(scope)}
          selectedName={scopeName}
          onChange={setScope}
        />
      )}
      <FieldError id={`${id}-scope-error`} error={byField.scopeUnitID} />
      <FieldError id={`${id}-employee-error`} error={byField.employeeID} />
      <FieldError id={`${id}-active-error`} error={byField.active} />
      <ErrorMessage error={error} shownAtFields={["role", "scopeUnitID", "employeeID", "active"]} />
      <div className="account-actions">
        <button type="submit" disabled={fetching}>
          {fetching ? t("admin.accounts.saving") : t("admin.accounts.save")}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t("admin.accounts.cancel")}
        </button>
      </div>
    </form>
  );
}

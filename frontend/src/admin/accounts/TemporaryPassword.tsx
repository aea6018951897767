import { useTranslation } from "react-i18next";

/** A new password shown this once: the server keeps only its hash. */
export function TemporaryPassword({
  username,
  password,
  onDismiss,
}: {
  username: string;
  password: string;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="temporary-password" role="status" aria-label={t("admin.accounts.temporaryPassword")}>
      <p>
        {t("admin.accounts.temporaryPassword")} <strong>{username}</strong>:{" "}
        <code data-testid="temporary-password">{password}</code>
      </p>
      <p className="hint">{t("admin.accounts.temporaryHint")}</p>
      <button type="button" className="button-secondary" onClick={onDismiss}>
        {t("admin.accounts.dismiss")}
      </button>
    </section>
  );
}

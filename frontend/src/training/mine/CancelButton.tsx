import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { CancelEnrollmentDocument } from "./documents";

/** Withdraws an enrolment after a second click, which asks to confirm; the seat goes back. */
export function CancelButton({ enrollmentId, title }: { enrollmentId: string; title: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, cancel] = useMutation(CancelEnrollmentDocument);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button-secondary"
        aria-label={t("training.mine.cancelOf", { title })}
        onClick={() => setConfirming(true)}
      >
        {t("training.mine.cancel")}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend>{t("training.mine.confirmCancel")}</legend>
      <button
        type="button"
        className="button"
        disabled={fetching}
        onClick={() => cancel({ id: enrollmentId })}
      >
        {t("training.mine.confirmYes")}
      </button>
      <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
        {t("training.mine.confirmNo")}
      </button>
      <ErrorMessage error={error} />
    </fieldset>
  );
}

import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import { fieldErrors } from "../../graphql/errors";
import { CompleteEnrollmentDocument } from "./documents";

/** HR records how an attending participant finished: passed (with the score) or not. */
export function OutcomeForm({ enrollmentId, name }: { enrollmentId: string; name: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [passed, setPassed] = useState(true);
  const [score, setScore] = useState("");
  const [{ fetching, error }, complete] = useMutation(CompleteEnrollmentDocument);
  const byField = fieldErrors(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    complete({
      id: enrollmentId,
      passed,
      score: score.trim() === "" ? null : Number(score.replace(",", ".")),
    });
  };
  return (
    <form
      className="outcome-form"
      onSubmit={submit}
      aria-label={t("training.participants.outcomeOf", { name })}
    >
      <fieldset className="inline-choices">
        <legend className="visually-hidden">{t("training.participants.outcome")}</legend>
        <label className="checkbox">
          <input type="radio" name={`${id}-passed`} checked={passed} onChange={() => setPassed(true)} />
          {t("training.participants.passed")}
        </label>
        <label className="checkbox">
          <input type="radio" name={`${id}-passed`} checked={!passed} onChange={() => setPassed(false)} />
          {t("training.participants.failed")}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-score`}>{t("training.participants.score")}</label>
        <input
          className="score-input"
          id={`${id}-score`}
          inputMode="decimal"
          value={score}
          onChange={(e) => setScore(e.target.value)}
          aria-invalid={Boolean(byField.score)}
          aria-describedby={byField.score ? `${id}-score-error` : undefined}
        />
        <FieldError id={`${id}-score-error`} error={byField.score} />
      </div>
      <FieldError id={`${id}-status-error`} error={byField.status} />
      <ErrorMessage error={error} shownAtFields={["score", "status"]} />
      <button type="submit" className="button" disabled={fetching}>
        {t("training.participants.saveOutcome")}
      </button>
    </form>
  );
}

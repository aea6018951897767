import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import type { EvaluationDetailFragment } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { PredikatMatrix } from "../PredikatMatrix";
import { RatingFields, type Ratings } from "../RatingFields";
import { DecideObjectionDocument } from "./documents";

/**
 * The superior's decision: the ratings start as the assessor's, to keep or change, and the reasons are
 * required either way. The decision is final.
 */
export function DecideForm({ ev }: { ev: EvaluationDetailFragment }) {
  const { t } = useTranslation();
  const [ratings, setRatings] = useState<Ratings>({
    workResult: ev.workResult ?? undefined,
    workBehavior: ev.workBehavior ?? undefined,
  });
  const [reason, setReason] = useState("");
  const [deciding, decide] = useMutation(DecideObjectionDocument);
  const errors = fieldErrors(deciding.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { workResult, workBehavior } = ratings;
    if (workResult && workBehavior)
      decide({ id: ev.id, version: ev.version, input: { workResult, workBehavior, reason } });
  };

  return (
    <form className="card wide decide-form" onSubmit={submit} aria-labelledby="decide-title">
      <h2 id="decide-title">{t("appraisal.decide.form")}</h2>
      <p className="hint">{t("appraisal.decide.formHint")}</p>
      <ErrorMessage error={deciding.error} shownAtFields={["workResult", "workBehavior", "reason"]} />
      <RatingFields value={ratings} onChange={setRatings} errors={errors} />
      <PredikatMatrix workResult={ratings.workResult} workBehavior={ratings.workBehavior} />
      <div className="field">
        <label htmlFor="decision-reason">{t("appraisal.decide.reason")}</label>
        <textarea
          id="decision-reason"
          rows={4}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={Boolean(errors.reason)}
          aria-describedby={errors.reason ? "decision-reason-error" : undefined}
        />
        <FieldError id="decision-reason-error" error={errors.reason} />
      </div>
      <button type="submit" className="button" disabled={deciding.fetching}>
        {deciding.fetching ? t("appraisal.decide.deciding") : t("appraisal.decide.submit")}
      </button>
    </form>
  );
}

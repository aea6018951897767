import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import type { EvaluationDetailFragment } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { ObjectionWindow } from "../ObjectionWindow";
import { AcceptEvaluationDocument, ObjectToEvaluationDocument } from "./documents";

/**
 * The employee's answer to an assessment: accept it, or object in writing while the 14-day window is
 * open. After the window the objection form is gone and the window line says why.
 */
export function AssessedActions({ ev }: { ev: EvaluationDetailFragment }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [accepted, accept] = useMutation(AcceptEvaluationDocument);
  const [objected, object] = useMutation(ObjectToEvaluationDocument);
  const error = accepted.error ?? objected.error;
  const errors = fieldErrors(error);
  const open = ev.objectionDaysLeft > 0;

  const submitObjection = (e: FormEvent) => {
    e.preventDefault();
    object({ id: ev.id, version: ev.version, reason });
  };

  return (
    <section className="card" aria-labelledby="respond-title">
      <h2 id="respond-title">{t("appraisal.respond.title")}</h2>
      <ObjectionWindow daysLeft={ev.objectionDaysLeft} deadline={ev.objectionDeadline} />
      <ErrorMessage error={error} shownAtFields={open ? ["reason"] : []} />
      <p>
        <button
          type="button"
          className="button"
          disabled={accepted.fetching}
          onClick={() => accept({ id: ev.id, version: ev.version })}
        >
          {t("appraisal.respond.accept")}
        </button>
      </p>
      {open && (
        <form onSubmit={submitObjection} noValidate>
          <div className="field">
            <label htmlFor="objection-reason">{t("appraisal.respond.reason")}</label>
            <p className="hint" id="objection-reason-hint">
              {t("appraisal.respond.reasonHint")}
            </p>
            <textarea
              id="objection-reason"
              rows={4}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={Boolean(errors.reason)}
              aria-describedby={errors.reason ? "objection-reason-error" : "objection-reason-hint"}
            />
            <FieldError id="objection-reason-error" error={errors.reason} />
          </div>
          <button type="submit" className="button-secondary" disabled={objected.fetching}>
            {objected.fetching ? t("appraisal.respond.objecting") : t("appraisal.respond.object")}
          </button>
        </form>
      )}
    </section>
  );
}

import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import { fieldErrors } from "../../graphql/errors";
import { CloseCoachingPlanDocument, UpdateCoachingPlanDocument } from "./documents";

type Props = { plan: { id: string; plan: string | null; dueOn: string | null } };

/** An open coaching plan: what will be done and by when (saved as often as wanted), then its outcome to close it. */
export function CoachingPlanForm({ plan }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(plan.plan ?? "");
  const [dueOn, setDueOn] = useState(plan.dueOn ?? "");
  const [outcome, setOutcome] = useState("");
  const [updated, update] = useMutation(UpdateCoachingPlanDocument);
  const [closed, close] = useMutation(CloseCoachingPlanDocument);
  const error = updated.error ?? closed.error;
  const errors = fieldErrors(error);
  const id = (name: string) => `coaching-${plan.id}-${name}`;

  const save = (e: FormEvent) => {
    e.preventDefault();
    update({ id: plan.id, input: { plan: text, dueOn: dueOn || null } });
  };
  const finish = (e: FormEvent) => {
    e.preventDefault();
    close({ id: plan.id, outcome });
  };

  return (
    <div className="coaching-forms">
      <ErrorMessage error={error} shownAtFields={["plan", "dueOn", "outcome"]} />
      <form onSubmit={save} noValidate>
        <div className="field">
          <label htmlFor={id("plan")}>{t("appraisal.coaching.plan")}</label>
          <textarea
            id={id("plan")}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={errors.plan ? id("plan-error") : undefined}
          />
          <FieldError id={id("plan-error")} error={errors.plan} />
        </div>
        <div className="field">
          <label htmlFor={id("due")}>{t("appraisal.coaching.dueOn")}</label>
          <input
            id={id("due")}
            type="date"
            value={dueOn}
            onChange={(e) => setDueOn(e.target.value)}
            aria-describedby={errors.dueOn ? id("due-error") : undefined}
          />
          <FieldError id={id("due-error")} error={errors.dueOn} />
        </div>
        <button type="submit" className="button-secondary" disabled={updated.fetching}>
          {t("appraisal.coaching.save")}
        </button>
        <span role="status">{updated.data && !updated.fetching ? ` ${t("appraisal.draft.saved")}` : ""}</span>
      </form>
      <form onSubmit={finish} noValidate>
        <div className="field">
          <label htmlFor={id("outcome")}>{t("appraisal.coaching.outcome")}</label>
          <textarea
            id={id("outcome")}
            rows={2}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            aria-describedby={errors.outcome ? id("outcome-error") : undefined}
          />
          <FieldError id={id("outcome-error")} error={errors.outcome} />
        </div>
        <button type="submit" className="button" disabled={closed.fetching}>
          {t("appraisal.coaching.close")}
        </button>
      </form>
    </div>
  );
}

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import type { EvaluationDetailFragment } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { SaveEvaluationDocument, SubmitEvaluationDocument } from "./documents";
import { draftOf, emptyPlan, type NotesDraft, type PlanDraft, saveInput } from "./draft";
import { SelfNotesFields } from "./SelfNotesFields";
import { WorkPlanFields } from "./WorkPlanFields";

/**
 * The employee's draft SKP: work plans with indicators and BerAKHLAK self-notes, saved as often as
 * wanted, then submitted to the assessor. What was typed stays in the form whatever the server says.
 */
export function DraftForm({
  ev,
  onWritten,
}: {
  ev: EvaluationDetailFragment;
  /** Called with what the submit returned, so that the page moves on without waiting for a refetch. */
  onWritten?: (ev: EvaluationDetailFragment) => void;
}) {
  const { t } = useTranslation();
  const [initial] = useState(() => draftOf(ev));
  const [plans, setPlans] = useState(initial.plans);
  const [notes, setNotes] = useState(initial.notes);
  // What the last save sent: the form says "saved" until anything is edited after it.
  const [lastSaved, setLastSaved] = useState<{ plans: PlanDraft[]; notes: NotesDraft }>();
  const [save, saveEvaluation] = useMutation(SaveEvaluationDocument);
  const [submit, submitEvaluation] = useMutation(SubmitEvaluationDocument);
  const busy = save.fetching || submit.fetching;
  const error = save.error ?? submit.error;
  const errors = fieldErrors(error);

  // The version this form last wrote: the page's copy of the evaluation catches up only when its
  // refetch lands, and a save or submit sent before that must not carry the older version (CONFLICT).
  const [written, setWritten] = useState(ev.version);
  const current = Math.max(ev.version, written);

  // Submitting saves first, so that what is on the screen is what the assessor gets.
  const run = async (andSubmit: boolean) => {
    const result = await saveEvaluation({ id: ev.id, version: current, input: saveInput(plans, notes) });
    const version = result.data?.saveEvaluation.version;
    if (version === undefined) return;
    setWritten(version);
    setLastSaved({ plans, notes });
    if (!andSubmit) return;
    const submitted = await submitEvaluation({ id: ev.id, version });
    if (submitted.data) onWritten?.(submitted.data.submitEvaluation);
  };

  return (
    <form
      className="draft-form card"
      onSubmit={(e) => {
        e.preventDefault();
        run(false);
      }}
      noValidate
    >
      <h2>{t("appraisal.plans.title")}</h2>
      <ErrorMessage
        error={error}
        shownAtFields={Object.keys(errors).filter((f) => f.startsWith("workPlans"))}
      />
      <FieldError id="workPlans-error" error={errors.workPlans} />
      {plans.map((plan, i) => (
        <WorkPlanFields
          key={plan.key}
          plan={plan}
          index={i}
          errors={errors}
          onChange={(p) => setPlans(plans.map((q, k) => (k === i ? p : q)))}
          onRemove={plans.length > 1 ? () => setPlans(plans.filter((_, k) => k !== i)) : undefined}
        />
      ))}
      <button type="button" className="button-secondary" onClick={() => setPlans([...plans, emptyPlan()])}>
        {t("appraisal.plans.addPlan")}
      </button>
      <SelfNotesFields notes={notes} onChange={setNotes} />
      <p className="hint">{t("appraisal.draft.submitHint")}</p>
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={busy}>
          {save.fetching && !submit.fetching ? t("appraisal.draft.saving") : t("appraisal.draft.save")}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => run(true)}>
          {submit.fetching ? t("appraisal.draft.submitting") : t("appraisal.draft.submit")}
        </button>
        <span role="status">
          {lastSaved?.plans === plans && lastSaved.notes === notes ? t("appraisal.draft.saved") : ""}
        </span>
      </div>
    </form>
  );
}

import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQuery } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import type { AssessEvaluationMutation, BerakhlakValue, EvaluationDetailFragment } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { useLabels } from "../../i18n";
import { berakhlakValues } from "../../i18n/labels";
import { PredikatMatrix } from "../PredikatMatrix";
import { RatingFields, type Ratings } from "../RatingFields";
import { AssessorNotesFields } from "./AssessorNotesFields";
import { CalibrationPanel } from "./CalibrationPanel";
import { AssessEvaluationDocument, CalibrationPreviewDocument } from "./documents";
import { calibrationWarnings } from "./warnings";

type Props = {
  ev: EvaluationDetailFragment;
  onSaved: (payload: AssessEvaluationMutation["assessEvaluation"]) => void;
};

/**
 * The assessor's form: the two ratings, with the predikat matrix and the unit's calibration following
 * each choice, optional notes per BerAKHLAK value and a coaching note. A choice that breaks a cap is
 * warned about before saving; saving goes through all the same (the API returns the warnings too).
 */
export function AssessForm({ ev, onSaved }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [ratings, setRatings] = useState<Ratings>({});
  const [notes, setNotes] = useState<Partial<Record<BerakhlakValue, string>>>({});
  const [coachingNote, setCoachingNote] = useState("");
  const { workResult, workBehavior } = ratings;
  const chosen = Boolean(workResult && workBehavior);
  // Paused until both ratings are chosen; the variables must be complete all the same.
  const [preview] = useQuery({
    query: CalibrationPreviewDocument,
    variables: {
      evaluationID: ev.id,
      workResult: workResult ?? "SESUAI_EKSPEKTASI",
      workBehavior: workBehavior ?? "SESUAI_EKSPEKTASI",
    },
    pause: !chosen,
  });
  const [saving, assess] = useMutation(AssessEvaluationDocument);
  const errors = fieldErrors(saving.error);
  const calibration = chosen ? preview.data?.calibrationPreview : undefined;
  const warnings = calibration ? calibrationWarnings(calibration, t, labels) : [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!workResult || !workBehavior) return;
    const assessorNotes = berakhlakValues
      .filter((v) => notes[v]?.trim())
      .map((value) => ({ value, note: notes[value] ?? "" }));
    const result = await assess({
      id: ev.id,
      version: ev.version,
      input: { workResult, workBehavior, assessorNotes, coachingNote: coachingNote.trim() || null },
    });
    if (result.data) onSaved(result.data.assessEvaluation);
  };

  return (
    <form className="assess-form" onSubmit={submit} aria-labelledby="assess-title">
      <div className="card">
        <h2 id="assess-title">{t("appraisal.assess.form")}</h2>
        <ErrorMessage error={saving.error} shownAtFields={["workResult", "workBehavior"]} />
        <RatingFields value={ratings} onChange={setRatings} errors={errors} />
        <PredikatMatrix workResult={workResult} workBehavior={workBehavior} />
      </div>
      <CalibrationPanel calibration={calibration} fetching={preview.fetching} />
      <div className="card">
        <AssessorNotesFields notes={notes} selfNotes={ev.behaviorNotes} onChange={setNotes} />
        <div className="field">
          <label htmlFor="coaching-note">{t("appraisal.assess.coachingNote")}</label>
          <textarea
            id="coaching-note"
            rows={3}
            value={coachingNote}
            onChange={(e) => setCoachingNote(e.target.value)}
          />
        </div>
        {warnings.length > 0 && (
          <div className="notice" role="alert">
            <p>{t("appraisal.calibration.beforeSave")}</p>
            <ul>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={saving.fetching}>
            {saving.fetching ? t("appraisal.assess.saving") : t("appraisal.assess.save")}
          </button>
        </div>
      </div>
    </form>
  );
}

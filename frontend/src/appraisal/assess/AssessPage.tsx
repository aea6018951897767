import "../appraisal.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useViewer } from "../../auth/viewer";
import type { AssessEvaluationMutation } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { AssessmentView } from "../AssessmentView";
import { BehaviorNotesView } from "../BehaviorNotesView";
import { EvaluationTitle } from "../EvaluationTitle";
import { WithEvaluation } from "../WithEvaluation";
import { WorkPlansView } from "../WorkPlansView";
import { AssessForm } from "./AssessForm";
import { CalibrationPanel } from "./CalibrationPanel";
import { calibrationWarnings } from "./warnings";

type Saved = AssessEvaluationMutation["assessEvaluation"];

/** One subordinate's evaluation: what they wrote, and the assessor's form while it awaits assessment. */
export function AssessPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { id = "" } = useParams();
  const { employee } = useViewer();
  // The answer of the save, kept to show its calibration once the page shows the saved assessment.
  const [saved, setSaved] = useState<Saved>();
  return (
    <WithEvaluation id={id} back={{ to: "/nilai-bawahan", label: t("nav.assess") }}>
      {(ev) => {
        const warnings = saved ? calibrationWarnings(saved.calibration, t, labels) : [];
        return (
          <>
            <EvaluationTitle year={ev.year} period={ev.period} status={ev.status} name={ev.employee.name} />
            {saved && (
              <div className="notice" role="status">
                <p>
                  {t("appraisal.assess.saved", {
                    predikat: saved.evaluation.predikat ? labels.predikat(saved.evaluation.predikat) : "—",
                  })}
                </p>
                {warnings.length > 0 && (
                  <>
                    <p>{t("appraisal.calibration.afterSave")}</p>
                    <ul>
                      {warnings.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  </>
                )}
                <Link to="/nilai-bawahan">{t("appraisal.assess.backToList")}</Link>
              </div>
            )}
            <div className="appraisal-grid">
              <WorkPlansView plans={ev.workPlans} />
              <section className="card" aria-labelledby="notes-title">
                <h2 id="notes-title">{t("appraisal.notes.title")}</h2>
                <BehaviorNotesView notes={ev.behaviorNotes} show={ev.assessedAt ? "both" : "self"} />
              </section>
              {ev.status === "SUBMITTED" && ev.evaluator?.id === employee?.id ? (
                <AssessForm key={ev.id} ev={ev} onSaved={setSaved} />
              ) : (
                ev.assessedAt && <AssessmentView ev={ev} />
              )}
              {saved && <CalibrationPanel calibration={saved.calibration} fetching={false} />}
            </div>
          </>
        );
      }}
    </WithEvaluation>
  );
}

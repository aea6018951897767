import "../appraisal.css";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { formatDate } from "../../i18n/format";
import { AssessmentView } from "../AssessmentView";
import { BehaviorNotesView } from "../BehaviorNotesView";
import { DecisionView } from "../DecisionView";
import { EvaluationTitle } from "../EvaluationTitle";
import { WithEvaluation } from "../WithEvaluation";
import { WorkPlansView } from "../WorkPlansView";
import { AssessedActions } from "./AssessedActions";
import { DraftForm } from "./DraftForm";

/** One of the viewer's own evaluations, at whatever step it is: fill, wait, respond, or read the outcome. */
export function MyEvaluationPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  return (
    <WithEvaluation id={id} back={{ to: "/penilaian", label: t("nav.myEvaluation") }}>
      {(ev, wrote) => (
        <>
          <EvaluationTitle year={ev.year} period={ev.period} status={ev.status} />
          {ev.status === "DRAFT" ? (
            <DraftForm key={ev.id} ev={ev} onWritten={wrote} />
          ) : (
            <div className="appraisal-grid">
              {ev.status === "SUBMITTED" && (
                <p className="notice wide">
                  {t("appraisal.mine.waiting", {
                    date: formatDate(ev.submittedAt),
                    name: ev.evaluator?.name ?? "—",
                  })}
                </p>
              )}
              {ev.assessedAt && <AssessmentView ev={ev} />}
              {ev.status === "ASSESSED" && <AssessedActions ev={ev} />}
              {ev.objectedAt && <DecisionView ev={ev} />}
              <WorkPlansView plans={ev.workPlans} />
              <section className="card" aria-labelledby="notes-title">
                <h2 id="notes-title">{t("appraisal.notes.title")}</h2>
                <BehaviorNotesView notes={ev.behaviorNotes} show="both" />
              </section>
            </div>
          )}
        </>
      )}
    </WithEvaluation>
  );
}

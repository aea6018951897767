import "../appraisal.css";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { EvaluationDetailFragment } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { dash, formatDate } from "../../i18n/format";
import { AssessmentView } from "../AssessmentView";
import { BehaviorNotesView } from "../BehaviorNotesView";
import { DecisionView } from "../DecisionView";
import { EvaluationTitle } from "../EvaluationTitle";
import { WithEvaluation } from "../WithEvaluation";
import { WorkPlansView } from "../WorkPlansView";
import { DecideForm } from "./DecideForm";

/** One objection: the assessor's side and the employee's side next to each other, then the decision. */
export function DecidePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  return (
    <WithEvaluation id={id} back={{ to: "/keberatan", label: t("nav.objections") }}>
      {(ev) => (
        <>
          <EvaluationTitle year={ev.year} period={ev.period} status={ev.status} name={ev.employee.name} />
          {ev.status === "OBJECTED" ? (
            <div className="appraisal-grid">
              <AssessorSide ev={ev} />
              <EmployeeSide ev={ev} />
              <DecideForm key={ev.id} ev={ev} />
              <WorkPlansView plans={ev.workPlans} />
            </div>
          ) : (
            <div className="appraisal-grid">
              {ev.assessedAt && <AssessmentView ev={ev} />}
              {ev.objectedAt && <DecisionView ev={ev} />}
            </div>
          )}
        </>
      )}
    </WithEvaluation>
  );
}

function AssessorSide({ ev }: { ev: EvaluationDetailFragment }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section className="card side" aria-labelledby="assessor-side">
      <h2 id="assessor-side">{t("appraisal.decide.assessorSide")}</h2>
      <p className="hint">
        {t("appraisal.decide.by", { name: ev.evaluator?.name ?? dash, date: formatDate(ev.assessedAt) })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t("appraisal.assessment.workResult")}</dt>
          <dd>{ev.workResult ? labels.rating(ev.workResult) : dash}</dd>
        </div>
        <div>
          <dt>{t("appraisal.assessment.workBehavior")}</dt>
          <dd>{ev.workBehavior ? labels.rating(ev.workBehavior) : dash}</dd>
        </div>
        <div>
          <dt>{t("appraisal.assessment.predikat")}</dt>
          <dd>{ev.predikat ? labels.predikat(ev.predikat) : dash}</dd>
        </div>
      </dl>
      <BehaviorNotesView notes={ev.behaviorNotes} show="assessor" />
      {ev.coachingNote && (
        <>
          <h3>{t("appraisal.assessment.coachingNote")}</h3>
          <p className="prose">{ev.coachingNote}</p>
        </>
      )}
    </section>
  );
}

function EmployeeSide({ ev }: { ev: EvaluationDetailFragment }) {
  const { t } = useTranslation();
  return (
    <section className="card side" aria-labelledby="employee-side">
      <h2 id="employee-side">{t("appraisal.decide.employeeSide")}</h2>
      <p className="hint">
        {t("appraisal.decide.by", { name: ev.employee.name ?? dash, date: formatDate(ev.objectedAt) })}
      </p>
      <p className="prose">{ev.objectionReason ?? dash}</p>
      <h3>{t("appraisal.notes.self")}</h3>
      <BehaviorNotesView notes={ev.behaviorNotes} show="self" />
    </section>
  );
}

import { useTranslation } from "react-i18next";
import type { EvaluationDetailFragment } from "../gql/graphql";
import { useLabels } from "../i18n";
import { dash, formatDate } from "../i18n/format";
import { PredikatMatrix } from "./PredikatMatrix";

/** The assessment of an evaluation: the two ratings, the predikat and how the matrix derives it. */
export function AssessmentView({ ev }: { ev: EvaluationDetailFragment }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section className="card" aria-labelledby="assessment-title">
      <h2 id="assessment-title">{t("appraisal.assessment.title")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("appraisal.assessment.predikat")}</dt>
          <dd className="predikat">{ev.predikat ? labels.predikat(ev.predikat) : dash}</dd>
        </div>
        <div>
          <dt>{t("appraisal.assessment.workResult")}</dt>
          <dd>{ev.workResult ? labels.rating(ev.workResult) : dash}</dd>
        </div>
        <div>
          <dt>{t("appraisal.assessment.workBehavior")}</dt>
          <dd>{ev.workBehavior ? labels.rating(ev.workBehavior) : dash}</dd>
        </div>
        <div>
          <dt>{t("appraisal.assessment.assessor")}</dt>
          <dd>{ev.evaluator?.name ?? dash}</dd>
        </div>
        <div>
          <dt>{t("appraisal.assessment.assessedAt")}</dt>
          <dd>{formatDate(ev.assessedAt)}</dd>
        </div>
      </dl>
      <PredikatMatrix workResult={ev.workResult} workBehavior={ev.workBehavior} />
      {ev.coachingNote && (
        <>
          <h3>{t("appraisal.assessment.coachingNote")}</h3>
          <p className="prose">{ev.coachingNote}</p>
        </>
      )}
    </section>
  );
}

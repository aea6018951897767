import { useTranslation } from "react-i18next";
import type { EvaluationDetailFragment } from "../gql/graphql";
import { dash, formatDate } from "../i18n/format";

/** The employee's objection and, once made, the decision of the assessor's superior with its reasons. */
export function DecisionView({ ev }: { ev: EvaluationDetailFragment }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="objection-title">
      <h2 id="objection-title">{t("appraisal.objection.title")}</h2>
      <p className="hint">{t("appraisal.objection.objectedAt", { date: formatDate(ev.objectedAt) })}</p>
      <p className="prose">{ev.objectionReason ?? dash}</p>
      {ev.decidedAt ? (
        <>
          <h3>{t("appraisal.decision.title")}</h3>
          <p className="hint">
            {t("appraisal.decision.by", { name: ev.decidedBy?.name ?? dash, date: formatDate(ev.decidedAt) })}
          </p>
          <p className="prose">{ev.decisionReason ?? dash}</p>
          <p>{t("appraisal.decision.final")}</p>
        </>
      ) : (
        <p className="notice">{t("appraisal.decision.waiting")}</p>
      )}
    </section>
  );
}

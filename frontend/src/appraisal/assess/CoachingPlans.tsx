import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { useLabels } from "../../i18n";
import { dash, formatDate } from "../../i18n/format";
import { nodes } from "../format";
import { CoachingPlanForm } from "./CoachingPlanForm";
import { CoachingPlansDocument } from "./documents";

/** The coaching plans the viewer is responsible for: open ones to fill and close, closed ones to read. */
export function CoachingPlans({ coachID }: { coachID: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [{ data, error, fetching }] = useQuery({ query: CoachingPlansDocument, variables: { coachID } });
  const plans = nodes(data?.coachingPlans.edges);
  return (
    <section className="card wide" aria-labelledby="coaching-title">
      <h2 id="coaching-title">{t("appraisal.coaching.title")}</h2>
      <p className="hint">{t("appraisal.coaching.hint")}</p>
      <ErrorMessage error={error} />
      {fetching && !data ? (
        <Skeleton lines={3} />
      ) : plans.length === 0 ? (
        <EmptyState title={t("appraisal.coaching.empty")} />
      ) : (
        <ul className="plain-list">
          {plans.map((p) => (
            <li key={p.id}>
              <p className="plan-title">
                {p.employee.name ?? dash} ·{" "}
                {t("appraisal.skp", {
                  period: labels.evaluationPeriod(p.evaluation.period),
                  year: p.evaluation.year,
                })}{" "}
                · {p.evaluation.predikat ? labels.predikat(p.evaluation.predikat) : dash}{" "}
                <span className="tag">{labels.coachingPlanStatus(p.status)}</span>
              </p>
              {p.status === "OPEN" ? (
                <CoachingPlanForm plan={p} />
              ) : (
                <dl className="facts">
                  <div>
                    <dt>{t("appraisal.coaching.plan")}</dt>
                    <dd>{p.plan ?? dash}</dd>
                  </div>
                  <div>
                    <dt>{t("appraisal.coaching.outcome")}</dt>
                    <dd>{p.outcome ?? dash}</dd>
                  </div>
                  <div>
                    <dt>{t("appraisal.coaching.closedAt")}</dt>
                    <dd>{formatDate(p.closedAt)}</dd>
                  </div>
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useTranslation } from "react-i18next";
import { EmptyState } from "../components/EmptyState";
import type { EvaluationDetailFragment } from "../gql/graphql";
import { useLabels } from "../i18n";
import { dash } from "../i18n/format";

/** The work plans of an SKP with their indicators, as the employee wrote them. */
export function WorkPlansView({ plans }: { plans: EvaluationDetailFragment["workPlans"] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section className="card" aria-labelledby="plans-title">
      <h2 id="plans-title">{t("appraisal.plans.title")}</h2>
      {!plans?.length ? (
        <EmptyState title={t("appraisal.plans.none")} />
      ) : (
        <ol className="plan-list">
          {plans.map((p, i) => (
            // Plans have no identity of their own; their order is the SKP's.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              <p className="plan-title">
                {p.title} <span className="tag">{labels.workPlanKind(p.kind)}</span>
              </p>
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("appraisal.plans.indicator")}</th>
                      <th scope="col">{t("appraisal.plans.target")}</th>
                      <th scope="col">{t("appraisal.plans.realisation")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.indicators.map((ind, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: indicators are ordered, like plans
                      <tr key={j}>
                        <td>{ind.name}</td>
                        <td>{ind.target}</td>
                        <td>{ind.realisation || dash}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

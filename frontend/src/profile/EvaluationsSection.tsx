import { useTranslation } from "react-i18next";
import { EmptyState } from "../components/EmptyState";
import { useLabels } from "../i18n";
import { dash } from "../i18n/format";
import type { ProfileEmployee } from "./types";

/** The performance evaluations (SKP), newest year first. */
export function EvaluationsSection({ e }: { e: ProfileEmployee }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const evaluations = (e.evaluations.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
  return (
    <section className="card wide" aria-labelledby="evaluations-title">
      <h2 id="evaluations-title">{t("profile.evaluations")}</h2>
      {evaluations.length === 0 ? (
        <EmptyState title={t("profile.noEvaluations")} />
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("profile.year")}</th>
                <th scope="col">{t("profile.period")}</th>
                <th scope="col">{t("profile.workResult")}</th>
                <th scope="col">{t("profile.workBehavior")}</th>
                <th scope="col">{t("employee.predikat")}</th>
                <th scope="col">{t("employee.status")}</th>
              </tr>
            </thead>
            <tbody>
              {evaluations.map((ev) => (
                <tr key={ev.id}>
                  <th scope="row">{ev.year}</th>
                  <td>{labels.evaluationPeriod(ev.period)}</td>
                  <td>{ev.workResult ? labels.rating(ev.workResult) : dash}</td>
                  <td>{ev.workBehavior ? labels.rating(ev.workBehavior) : dash}</td>
                  <td>{ev.predikat ? labels.predikat(ev.predikat) : dash}</td>
                  <td>{labels.evaluationStatus(ev.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

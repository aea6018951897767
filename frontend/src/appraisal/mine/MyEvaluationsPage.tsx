import "../appraisal.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { useLabels } from "../../i18n";
import { dash } from "../../i18n/format";
import { byPeriod, nodes } from "../format";
import { MyEvaluationsDocument } from "./documents";
import { StartForm } from "./StartForm";

/** "Penilaian saya": the viewer's own evaluations, newest first, and a form to start the next one. */
export function MyEvaluationsPage() {
  const { t } = useTranslation();
  const { employee } = useViewer();
  return (
    <>
      <h1>{t("nav.myEvaluation")}</h1>
      {employee ? (
        <MyEvaluations employeeID={employee.id} />
      ) : (
        <EmptyState title={t("appraisal.noEmployee")} />
      )}
    </>
  );
}

function MyEvaluations({ employeeID }: { employeeID: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [{ data, error, fetching }] = useQuery({ query: MyEvaluationsDocument, variables: { employeeID } });
  const evaluations = nodes(data?.evaluations.edges).sort(byPeriod);
  return (
    <div className="appraisal-grid">
      <section className="card" aria-labelledby="mine-title">
        <h2 id="mine-title">{t("appraisal.mine.title")}</h2>
        <ErrorMessage error={error} />
        {fetching && !data ? (
          <Skeleton lines={4} />
        ) : evaluations.length === 0 ? (
          <EmptyState title={t("appraisal.mine.empty")} />
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("appraisal.period")}</th>
                  <th scope="col">{t("employee.status")}</th>
                  <th scope="col">{t("employee.predikat")}</th>
                </tr>
              </thead>
              <tbody>
                {evaluations.map((ev) => (
                  <tr key={ev.id}>
                    <th scope="row">
                      <Link to={`/penilaian/${ev.id}`}>
                        {t("appraisal.skp", { period: labels.evaluationPeriod(ev.period), year: ev.year })}
                      </Link>
                    </th>
                    <td>
                      {labels.evaluationStatus(ev.status)}
                      {ev.status === "ASSESSED" && ev.objectionDaysLeft > 0 && (
                        <span className="hint block">
                          {t("appraisal.mine.respond", { count: ev.objectionDaysLeft })}
                        </span>
                      )}
                    </td>
                    <td>{ev.predikat ? labels.predikat(ev.predikat) : dash}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <StartForm />
    </div>
  );
}

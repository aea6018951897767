import "../appraisal.css";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import type { EvaluationStatus } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { dash, formatDate } from "../../i18n/format";
import { byPeriod, nodes } from "../format";
import { CoachingPlans } from "./CoachingPlans";
import { EvaluationsToAssessDocument } from "./documents";

// A draft has not reached the assessor yet: the statuses from submission on.
const statuses: EvaluationStatus[] = ["SUBMITTED", "ASSESSED", "OBJECTED", "FINAL"];

/** "Nilai bawahan": the subordinates' evaluations the viewer assesses, by status (in the URL), and coaching plans. */
export function AssessListPage() {
  const { t } = useTranslation();
  const { employee } = useViewer();
  return (
    <>
      <h1>{t("nav.assess")}</h1>
      {employee ? (
        <div className="appraisal-grid">
          <ToAssess evaluatorID={employee.id} />
          <CoachingPlans coachID={employee.id} />
        </div>
      ) : (
        <EmptyState title={t("appraisal.noEmployee")} />
      )}
    </>
  );
}

function ToAssess({ evaluatorID }: { evaluatorID: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const asked = params.get("status") as EvaluationStatus;
  const status = statuses.includes(asked) ? asked : "SUBMITTED";
  const [{ data, error, fetching }] = useQuery({
    query: EvaluationsToAssessDocument,
    variables: { evaluatorID, status },
  });
  const evaluations = nodes(data?.evaluations.edges).sort(byPeriod);
  return (
    <section className="card wide" aria-labelledby="to-assess-title">
      <div className="card-header">
        <h2 id="to-assess-title">{t("appraisal.assess.listTitle")}</h2>
        <div className="inline-field">
          <label htmlFor="assess-status">{t("employee.status")}</label>
          <select
            id="assess-status"
            value={status}
            onChange={(e) =>
              setParams(e.target.value === "SUBMITTED" ? {} : { status: e.target.value }, { replace: true })
            }
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {labels.evaluationStatus(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorMessage error={error} />
      {fetching && !data ? (
        <Skeleton lines={4} />
      ) : evaluations.length === 0 ? (
        <EmptyState
          title={t(status === "SUBMITTED" ? "appraisal.assess.noneWaiting" : "appraisal.assess.none")}
        />
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("employee.name")}</th>
                <th scope="col">{t("appraisal.period")}</th>
                <th scope="col">{t("appraisal.submittedAt")}</th>
                <th scope="col">{t("employee.predikat")}</th>
              </tr>
            </thead>
            <tbody>
              {evaluations.map((ev) => (
                <tr key={ev.id}>
                  <th scope="row">
                    <Link to={`/nilai-bawahan/${ev.id}`}>{ev.employee.name ?? dash}</Link>
                    {ev.employee.position && <span className="hint block">{ev.employee.position.title}</span>}
                  </th>
                  <td>{t("appraisal.skp", { period: labels.evaluationPeriod(ev.period), year: ev.year })}</td>
                  <td>{formatDate(ev.submittedAt)}</td>
                  <td>{ev.predikat ? labels.predikat(ev.predikat) : dash}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

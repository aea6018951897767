import "../appraisal.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { useLabels } from "../../i18n";
import { dash, formatDate } from "../../i18n/format";
import { nodes } from "../format";
import { AssessorsDocument, ObjectionsToDecideDocument } from "./documents";

/** "Putuskan keberatan": objections to the assessments of the viewer's direct subordinates, oldest first. */
export function ObjectionsPage() {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: AssessorsDocument });
  const assessors = data?.viewer?.employee?.subordinates?.map((s) => s.id) ?? [];
  return (
    <>
      <h1>{t("nav.objections")}</h1>
      <section className="card" aria-labelledby="objections-title">
        <h2 id="objections-title">{t("appraisal.decide.listTitle")}</h2>
        <p className="hint">{t("appraisal.decide.hint")}</p>
        <ErrorMessage error={error} />
        {fetching && !data ? (
          <Skeleton lines={4} />
        ) : assessors.length === 0 ? (
          <EmptyState title={t("appraisal.decide.noSubordinates")} />
        ) : (
          <Objections assessors={assessors} />
        )}
      </section>
    </>
  );
}

function Objections({ assessors }: { assessors: string[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [{ data, error, fetching }] = useQuery({
    query: ObjectionsToDecideDocument,
    variables: { assessors },
  });
  const objections = nodes(data?.evaluations.edges);
  if (fetching && !data) return <Skeleton lines={4} />;
  return (
    <>
      <ErrorMessage error={error} />
      {objections.length === 0 ? (
        <EmptyState title={t("appraisal.decide.none")} />
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("employee.name")}</th>
                <th scope="col">{t("appraisal.period")}</th>
                <th scope="col">{t("appraisal.assessment.assessor")}</th>
                <th scope="col">{t("appraisal.decide.objectedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {objections.map((ev) => (
                <tr key={ev.id}>
                  <th scope="row">
                    <Link to={`/keberatan/${ev.id}`}>{ev.employee.name ?? dash}</Link>
                  </th>
                  <td>
                    {t("appraisal.skp", { period: labels.evaluationPeriod(ev.period), year: ev.year })}
                    {ev.predikat && <span className="hint block">{labels.predikat(ev.predikat)}</span>}
                  </td>
                  <td>{ev.evaluator?.name ?? dash}</td>
                  <td>{formatDate(ev.objectedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

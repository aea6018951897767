import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { formatDate } from "../../i18n/format";
import { EligibilityList } from "../EligibilityList";
import { useVacancyLabels } from "../labels";
import { MyApplicationsDocument } from "./documents";
import "../vacancies.css";

/** "Lamaran saya": the viewer's applications, newest first, with what was not met. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const labels = useVacancyLabels();
  const [{ data, error, fetching }] = useQuery({
    query: MyApplicationsDocument,
    requestPolicy: "cache-and-network",
  });
  const applications = data?.myApplications.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <>
      <h1>{t("vacancy.mine.title")}</h1>
      <ErrorMessage error={error} />
      {fetching && !data && <Skeleton lines={4} />}
      {data && applications.length === 0 && (
        <EmptyState title={t("vacancy.mine.none")}>
          <Link to="/lowongan">{t("vacancy.board.title")}</Link>
        </EmptyState>
      )}
      <ul className="my-applications">
        {applications.map((a) => {
          const unmet = a.eligibility?.filter((r) => !r.met) ?? [];
          return (
            <li key={a.id}>
              <h2>
                <Link to={`/lowongan/${a.vacancy.id}`}>{a.vacancy.title}</Link>
              </h2>
              <p>
                <span className={`status status-${a.status.toLowerCase()}`}>
                  {labels.applicationStatus(a.status)}
                </span>{" "}
                · {t("vacancy.mine.submitted")} {formatDate(a.submittedAt)}
              </p>
              {unmet.length > 0 && (
                <>
                  <h3>{t("vacancy.mine.reasons")}</h3>
                  <EligibilityList results={unmet} />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

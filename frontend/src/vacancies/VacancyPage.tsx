import { useContext } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import { ViewerContext } from "../auth/viewer";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Skeleton } from "../components/Skeleton";
import { ApplyPanel } from "./apply/ApplyPanel";
import { VacancyDocument } from "./documents";
import { useVacancyLabels } from "./labels";
import { Requirements } from "./Requirements";
import { ApplicationsReview } from "./selection/ApplicationsReview";
import { VacancyFacts } from "./VacancyCard";
import "./vacancies.css";

/** One vacancy, at an address to share: its facts and requirements; applying or reviewing by role. */
export function VacancyPage() {
  const { t } = useTranslation();
  const labels = useVacancyLabels();
  const { id = "" } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: VacancyDocument, variables: { id } });
  const vacancy = data?.node?.__typename === "Vacancy" ? data.node : null;
  if (fetching && !data) return <Skeleton lines={8} />;
  return (
    <>
      <p>
        <Link to="/lowongan">← {t("vacancy.board.back")}</Link>
      </p>
      <ErrorMessage error={error} />
      {data && !vacancy && <EmptyState title={t("notFound.title")} />}
      {vacancy && (
        <article>
          <h1>{vacancy.title}</h1>
          <p className="vacancy-kind">
            {labels.kind(vacancy.kind)} · {labels.status(vacancy.status)}
          </p>
          <VacancyFacts vacancy={vacancy} />
          {vacancy.description && <p>{vacancy.description}</p>}
          <h2>{t("vacancy.facts.requirements")}</h2>
          <Requirements requirements={vacancy.requirements} />
          {vacancy.stages && vacancy.stages.length > 0 && (
            <>
              <h2>{t("vacancy.facts.stages")}</h2>
              <ul>
                {vacancy.stages.map((s) => (
                  <li key={s.stage}>
                    {labels.stage(s.stage)}: {s.weight}%
                  </li>
                ))}
              </ul>
            </>
          )}
          <ViewerActions vacancyID={vacancy.id} open={vacancy.status === "OPEN"} />
        </article>
      )}
    </>
  );
}

/** What the viewer can do here: log in, apply (an employee), or review the applications (HR). */
function ViewerActions({ vacancyID, open }: { vacancyID: string; open: boolean }) {
  const { t } = useTranslation();
  const viewer = useContext(ViewerContext);
  const location = useLocation();
  if (!viewer) {
    return open ? (
      <p>
        <Link to="/login" state={{ from: location }} className="button">
          {t("vacancy.board.logIn")}
        </Link>
      </p>
    ) : null;
  }
  if (viewer.role === "HR" || viewer.role === "ADMIN") return <ApplicationsReview vacancyID={vacancyID} />;
  if (!open) return null;
  if (!viewer.employee) return <p>{t("vacancy.eligibility.noEmployee")}</p>;
  return <ApplyPanel vacancyID={vacancyID} />;
}

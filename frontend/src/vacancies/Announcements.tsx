import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Skeleton } from "../components/Skeleton";
import { formatDate } from "../i18n/format";
import { AnnouncementsDocument } from "./documents";

/** The results of filled vacancies: the person appointed and the post, nothing about other applicants. */
export function Announcements() {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: AnnouncementsDocument });
  return (
    <section aria-labelledby="announcements">
      <h2 id="announcements">{t("vacancy.announcements.title")}</h2>
      {fetching && <Skeleton lines={3} />}
      <ErrorMessage error={error} />
      {data && data.vacancyAnnouncements.length === 0 && (
        <EmptyState title={t("vacancy.announcements.none")} />
      )}
      <ul className="announcements">
        {data?.vacancyAnnouncements.map((a) => (
          <li key={a.vacancy.id}>
            <strong>
              {t("vacancy.announcements.item", {
                name: a.selectedName,
                position: a.positionTitle,
                unit: a.unitName,
              })}
            </strong>
            <br />
            <small>
              {a.vacancy.title} · {t("vacancy.announcements.on", { date: formatDate(a.filledAt) })}
            </small>
          </li>
        ))}
      </ul>
    </section>
  );
}

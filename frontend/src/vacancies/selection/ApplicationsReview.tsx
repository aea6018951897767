import { useTranslation } from "react-i18next";
import { useMutation, useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { ApplicationRow } from "./ApplicationRow";
import { ApplicationsDocument, ShortlistBestDocument } from "./documents";

/** HR's review of a vacancy's applications: eligibility, stage scores, the three best, appointment. */
export function ApplicationsReview({ vacancyID }: { vacancyID: string }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: ApplicationsDocument, variables: { id: vacancyID } });
  const [best, shortlistBest] = useMutation(ShortlistBestDocument);
  const vacancy = data?.node?.__typename === "Vacancy" ? data.node : null;
  if (fetching && !data) return <Skeleton lines={5} />;
  if (!vacancy) return <ErrorMessage error={error} />;
  const applications = vacancy.applications.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const open = vacancy.status === "OPEN" || vacancy.status === "CLOSED";
  const scored = vacancy.kind === "OPEN_SELECTION";
  return (
    <section aria-labelledby="review-title" className="review">
      <h2 id="review-title">{t("vacancy.review.title")}</h2>
      <ErrorMessage error={error} />
      {applications.length === 0 && <EmptyState title={t("vacancy.review.none")} />}
      {scored && open && applications.length > 0 && (
        <p>
          <button type="button" disabled={best.fetching} onClick={() => shortlistBest({ vacancyID })}>
            {t("vacancy.review.shortlistBest")}
          </button>
        </p>
      )}
      <ErrorMessage error={best.error} />
      <ol className="applications">
        {applications.map((a) => (
          <ApplicationRow
            key={a.id}
            application={a}
            stages={scored ? (vacancy.stages ?? []) : []}
            open={open}
            positionTitle={vacancy.position?.title ?? ""}
          />
        ))}
      </ol>
    </section>
  );
}

import "../training.css";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { formatDate } from "../../i18n/format";
import { TrainingFeedbackDocument } from "./documents";
import { FeedbackOverview } from "./FeedbackOverview";

/** HR's view of the feedback of one cohort, with the way to the curriculum's other cohorts. */
export function TrainingFeedbackPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: TrainingFeedbackDocument, variables: { id } });
  const training = data?.node?.__typename === "Training" ? data.node : undefined;
  if (!training || !data?.trainingFeedback) {
    return (
      <>
        <h1>{t("training.summary.trainingTitle")}</h1>
        <ErrorMessage error={error} />
        {fetching ? (
          <Skeleton lines={8} />
        ) : (
          !error && (
            <EmptyState title={t("training.detail.notFound")}>
              <Link to="/pelatihan">{t("training.backToCatalogue")}</Link>
            </EmptyState>
          )
        )}
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/pelatihan/${training.id}`}>{training.title}</Link>
      </p>
      <h1>{t("training.summary.trainingTitle")}</h1>
      <p className="subtitle">
        {training.title} · {formatDate(training.startsOn)} – {formatDate(training.endsOn)}
      </p>
      <ErrorMessage error={error} />
      {training.curriculum && (
        <p>
          <Link to={`/kurikulum/${training.curriculum.id}`}>
            {t("training.summary.allCohorts", { name: training.curriculum.name })}
          </Link>
        </p>
      )}
      <FeedbackOverview summary={data.trainingFeedback} />
    </>
  );
}

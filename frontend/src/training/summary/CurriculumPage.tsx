import "../training.css";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { useLabels } from "../../i18n";
import { CohortChart } from "./CohortChart";
import { CohortTable } from "./CohortTable";
import { cohortSeries } from "./cohorts";
import { CurriculumFeedbackDocument } from "./documents";
import { FeedbackOverview } from "./FeedbackOverview";
import { Revisions } from "./Revisions";

/** HR's view of a curriculum: feedback across its cohorts, per module, and the revisions it led to. */
export function CurriculumPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { id = "" } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: CurriculumFeedbackDocument, variables: { id } });
  const curriculum = data?.node?.__typename === "Curriculum" ? data.node : undefined;
  const summary = data?.curriculumFeedback;
  // Computed once per answer: a new series redraws the chart.
  const series = useMemo(
    () => (curriculum && summary ? cohortSeries(summary, curriculum.name) : undefined),
    [curriculum, summary],
  );
  if (!curriculum || !summary || !series) {
    return (
      <>
        <h1>{t("training.curricula.title")}</h1>
        <ErrorMessage error={error} />
        {fetching ? (
          <Skeleton lines={10} />
        ) : (
          !error && (
            <EmptyState title={t("training.curricula.notFound")}>
              <Link to="/kurikulum">{t("training.curricula.title")}</Link>
            </EmptyState>
          )
        )}
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/kurikulum">{t("training.curricula.title")}</Link>
      </p>
      <h1>{curriculum.name}</h1>
      <p className="subtitle">{[labels.trainingKind(curriculum.kind), curriculum.competency].join(" · ")}</p>
      <ErrorMessage error={error} />
      <div className="training-detail">
        {summary.cohorts.length > 0 && (
          <section className="card" aria-labelledby="cohorts-title">
            <h2 id="cohorts-title">{t("training.summary.acrossCohorts")}</h2>
            <CohortChart series={series} />
            <details>
              <summary>{t("training.summary.asTable")}</summary>
              <CohortTable series={series} />
            </details>
          </section>
        )}
        <section aria-labelledby="modules-feedback-title">
          <h2 id="modules-feedback-title">{t("training.summary.perModule")}</h2>
          <FeedbackOverview summary={summary} />
        </section>
        <Revisions curriculum={curriculum} modules={summary.modules} />
      </div>
    </>
  );
}

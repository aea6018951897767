import "../training.css";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { useLabels } from "../../i18n";
import { formatNumber } from "../../i18n/format";
import { EnrolActions } from "../enrol/EnrolActions";
import { TrainingFacts } from "../TrainingFacts";
import { TrainingDetailDocument } from "./documents";
import { Participants } from "./Participants";

/** One training: its facts and modules, enrol or nominate, and for HR its participants and feedback. */
export function TrainingPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const viewer = useViewer();
  const { id = "" } = useParams();
  const [{ data, error, fetching }] = useQuery({
    query: TrainingDetailDocument,
    variables: {
      id,
      me: viewer.employee?.id ?? "",
      withMine: Boolean(viewer.employee),
      withParticipants: viewer.can.manageTrainings,
    },
  });
  const training = data?.node?.__typename === "Training" ? data.node : undefined;
  if (!training) {
    return (
      <>
        <h1>{t("training.detail.title")}</h1>
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
  const modules = [...(training.curriculum?.modules ?? [])].sort((a, b) => a.position - b.position);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/pelatihan">{t("training.catalogue.title")}</Link>
      </p>
      <h1>{training.title}</h1>
      <p className="subtitle">{[labels.trainingKind(training.kind), training.competency].join(" · ")}</p>
      <ErrorMessage error={error} />
      <div className="training-detail">
        <section className="card" aria-labelledby="training-facts-title">
          <h2 id="training-facts-title" className="visually-hidden">
            {t("training.detail.title")}
          </h2>
          <TrainingFacts training={training} />
          {training.description && <p>{training.description}</p>}
          <EnrolActions training={training} mine={training.mine?.edges?.[0]?.node ?? undefined} />
        </section>
        {training.curriculum && (
          <section className="card" aria-labelledby="modules-title">
            <h2 id="modules-title">{t("training.detail.modules", { name: training.curriculum.name })}</h2>
            <ol className="module-list">
              {modules.map((m) => (
                <li key={m.id}>
                  {m.title}{" "}
                  <span className="hint">({t("training.jpCount", { jp: formatNumber(m.hoursJp) })})</span>
                </li>
              ))}
            </ol>
            {viewer.can.manageTrainings && (
              <p className="links">
                <Link to={`/pelatihan/${training.id}/umpan-balik`}>{t("training.detail.feedback")}</Link>
                <Link to={`/kurikulum/${training.curriculum.id}`}>
                  {t("training.detail.curriculumFeedback")}
                </Link>
              </p>
            )}
          </section>
        )}
        {training.participants && <Participants participants={training.participants} />}
      </div>
    </>
  );
}

import "../training.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { useLabels } from "../../i18n";
import { formatNumber } from "../../i18n/format";
import { CurriculaDocument } from "./documents";

/** HR's list of curricula, each leading to its feedback across cohorts. */
export function CurriculaPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [{ data, error, fetching }] = useQuery({ query: CurriculaDocument });
  const curricula = (data?.curriculums.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      <h1>{t("training.curricula.title")}</h1>
      <p className="subtitle">{t("training.curricula.intro")}</p>
      <ErrorMessage error={error} />
      {fetching && !data ? (
        <Skeleton lines={6} />
      ) : curricula.length === 0 ? (
        !error && <EmptyState title={t("training.curricula.none")} />
      ) : (
        <ul className="training-list">
          {curricula.map((c) => (
            <li key={c.id} className="card">
              <h2 className="training-title">
                <Link to={`/kurikulum/${c.id}`}>{c.name}</Link>
              </h2>
              <p className="hint">{[labels.trainingKind(c.kind), c.competency].join(" · ")}</p>
              <p>
                {t("training.curricula.facts", {
                  modules: formatNumber(c.modules?.length ?? 0),
                  cohorts: formatNumber(c.trainings.totalCount),
                  revisions: formatNumber(c.revisions?.length ?? 0),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

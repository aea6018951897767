import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { VacancySummaryFragment } from "../gql/graphql";
import { formatDate } from "../i18n/format";
import { useVacancyLabels } from "./labels";
import { Requirements } from "./Requirements";

/** One vacancy on the board: what post, where, until when, and what it asks. */
export function VacancyCard({ vacancy: v }: { vacancy: VacancySummaryFragment }) {
  const { t } = useTranslation();
  const labels = useVacancyLabels();
  return (
    <article className="vacancy-card">
      <h2>
        <Link to={`/lowongan/${v.id}`}>{v.title}</Link>
      </h2>
      <VacancyFacts vacancy={v} />
      <h3>{t("vacancy.facts.requirements")}</h3>
      <Requirements requirements={v.requirements} />
      <p className="vacancy-kind">{labels.kind(v.kind)}</p>
    </article>
  );
}

export function VacancyFacts({ vacancy: v }: { vacancy: VacancySummaryFragment }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t("vacancy.facts.position")}</dt>
      <dd>{v.position?.title ?? "—"}</dd>
      <dt>{t("vacancy.facts.unit")}</dt>
      <dd>{v.position?.unit.name ?? "—"}</dd>
      <dt>{t("vacancy.facts.dates")}</dt>
      <dd>{t("vacancy.facts.period", { from: formatDate(v.opensOn), to: formatDate(v.closesOn) })}</dd>
    </dl>
  );
}

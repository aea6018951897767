import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/EmptyState";
import type { FeedbackModuleFragment } from "../../gql/graphql";
import { formatNumber } from "../../i18n/format";
import { ModuleSummary } from "./ModuleSummary";
import { formatMean } from "./mean";

type Props = { summary: { count: number; mean?: number | null; modules: FeedbackModuleFragment[] } };

/** The feedback in figures, then module by module in the curriculum's order. */
export function FeedbackOverview({ summary }: Props) {
  const { t } = useTranslation();
  if (summary.count === 0) return <EmptyState title={t("training.summary.none")} />;
  const modules = [...summary.modules].sort((a, b) => a.module.position - b.module.position);
  return (
    <>
      <p className="feedback-total">
        {t("training.summary.total", {
          count: summary.count,
          formatted: formatNumber(summary.count),
          mean: formatMean(summary.mean),
        })}
      </p>
      <div className="module-summaries">
        {modules.map((m) => (
          <ModuleSummary key={m.module.id} summary={m} />
        ))}
      </div>
    </>
  );
}

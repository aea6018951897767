import { useTranslation } from "react-i18next";
import type { EvaluationPeriod, EvaluationStatus } from "../gql/graphql";
import { useLabels } from "../i18n";

type Props = { year: number; period: EvaluationPeriod; status: EvaluationStatus; name?: string | null };

/** The page heading of one evaluation: whose it is (when not the viewer's own), the period and the step. */
export function EvaluationTitle({ year, period, status, name }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const skp = t("appraisal.skp", { period: labels.evaluationPeriod(period), year });
  return (
    <>
      <h1>{name ?? skp}</h1>
      <p className="subtitle">
        {name ? `${skp} · ` : ""}
        <span className={`status status-${status.toLowerCase()}`}>{labels.evaluationStatus(status)}</span>
      </p>
    </>
  );
}

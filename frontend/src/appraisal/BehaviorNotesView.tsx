import { useTranslation } from "react-i18next";
import { EmptyState } from "../components/EmptyState";
import type { EvaluationDetailFragment } from "../gql/graphql";
import { useLabels } from "../i18n";

type Props = {
  notes: EvaluationDetailFragment["behaviorNotes"];
  /** Whose notes to show: the employee's, the assessor's, or both side by side. */
  show: "self" | "assessor" | "both";
};

/** The notes on work behaviour, per BerAKHLAK value. */
export function BehaviorNotesView({ notes, show }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const rows = (notes ?? []).filter(
    (n) => (show !== "assessor" && n.selfNote) || (show !== "self" && n.assessorNote),
  );
  if (rows.length === 0) return <EmptyState title={t("appraisal.notes.none")} />;
  return (
    <dl className="notes">
      {rows.map((n) => (
        <div key={n.value}>
          <dt>{labels.berakhlakValue(n.value)}</dt>
          {show !== "assessor" && n.selfNote && (
            <dd>
              {show === "both" && <span className="note-who">{t("appraisal.notes.self")}: </span>}
              {n.selfNote}
            </dd>
          )}
          {show !== "self" && n.assessorNote && (
            <dd>
              {show === "both" && <span className="note-who">{t("appraisal.notes.assessor")}: </span>}
              {n.assessorNote}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

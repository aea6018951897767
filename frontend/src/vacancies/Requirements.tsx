import { useTranslation } from "react-i18next";
import type { RequirementsFragment } from "../gql/graphql";
import { useLabels } from "../i18n";

/** A vacancy's requirements as sentences; a requirement left empty asks nothing and is not listed. */
export function Requirements({ requirements: r }: { requirements: RequirementsFragment }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const lines: string[] = [];
  if (r.minRank) lines.push(t("vacancy.requirement.minRank", { rank: labels.rank(r.minRank) }));
  if (r.minPredikat && r.predikatYears > 0) {
    lines.push(
      t("vacancy.requirement.predikat", { predikat: labels.predikat(r.minPredikat), count: r.predikatYears }),
    );
  }
  if (r.trainingKinds.length > 0) {
    lines.push(
      t("vacancy.requirement.training", { kinds: r.trainingKinds.map(labels.trainingKind).join(", ") }),
    );
  }
  if (r.minEducation) {
    lines.push(t("vacancy.requirement.minEducation", { education: labels.education(r.minEducation) }));
  }
  if (r.minYearsToRetirement > 0) {
    lines.push(t("vacancy.requirement.yearsToRetirement", { count: r.minYearsToRetirement }));
  }
  if (r.noSanctionYears > 0) lines.push(t("vacancy.requirement.noSanction", { count: r.noSanctionYears }));
  if (lines.length === 0) return <p>{t("vacancy.facts.noRequirements")}</p>;
  return (
    <ul className="requirements">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

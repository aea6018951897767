import { useTranslation } from "react-i18next";
import type { RequirementResultsFragment } from "../gql/graphql";

/**
 * Every requirement with a tick or a cross and the server's own reason, which names the values
 * ("Predikat 2025: Butuh Perbaikan, dibutuhkan minimal Baik"): the reason is the explanation.
 */
export function EligibilityList({ results }: { results: RequirementResultsFragment[] }) {
  const { t } = useTranslation();
  return (
    <ul className="eligibility">
      {results.map((r) => (
        <li key={r.requirement} className={r.met ? "met" : "unmet"}>
          <span className="mark" aria-hidden="true">
            {r.met ? "✓" : "✗"}
          </span>
          <span className="visually-hidden">
            {r.met ? t("vacancy.eligibility.met") : t("vacancy.eligibility.unmet")}:{" "}
          </span>
          {r.reason}
        </li>
      ))}
    </ul>
  );
}

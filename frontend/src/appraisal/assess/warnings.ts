import type { TFunction } from "i18next";
import type { CalibrationDetailFragment } from "../../gql/graphql";
import { formatPercent } from "../../i18n/format";
import type { labelsFor } from "../../i18n/labels";

/**
 * One sentence per cap the distribution breaks. The API's own warnings say the same in Indonesian
 * only; built from the caps here, they follow the screen's language.
 */
export function calibrationWarnings(
  c: CalibrationDetailFragment,
  t: TFunction,
  labels: ReturnType<typeof labelsFor>,
): string[] {
  return c.caps
    .filter((cap) => cap.over)
    .map((cap) =>
      t("appraisal.calibration.warning", {
        predikat: labels.predikat(cap.atLeast),
        count: cap.count,
        assessed: c.assessed,
        unit: c.unit?.name ?? "",
        share: formatPercent(cap.share),
        max: formatPercent(cap.maxShare),
        allowed: cap.allowed,
        rating: c.unitRating ? labels.unitPerformance(c.unitRating) : "",
      }),
    );
}

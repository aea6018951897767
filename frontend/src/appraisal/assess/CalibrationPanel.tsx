import { useTranslation } from "react-i18next";
import type { CalibrationDetailFragment } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { formatPercent } from "../../i18n/format";

type Props = {
  /** The calibration with the assessment in place; undefined until both ratings are chosen. */
  calibration: CalibrationDetailFragment | undefined;
  fetching: boolean;
};

/** The unit's predikat distribution against each cap of its rating, as it would be with this assessment. */
export function CalibrationPanel({ calibration: c, fetching }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <aside className="calibration card" aria-labelledby="calibration-title" aria-busy={fetching}>
      <h2 id="calibration-title">{t("appraisal.calibration.title")}</h2>
      <div aria-live="polite">
        {!c ? (
          <p className="hint">{t(fetching ? "common.loading" : "appraisal.calibration.pick")}</p>
        ) : !c.unit || !c.unitRating ? (
          <p className="hint">{t("appraisal.calibration.noRating", { year: c.year })}</p>
        ) : (
          <>
            <p>
              {t("appraisal.calibration.unit", {
                unit: c.unit.name,
                rating: labels.unitPerformance(c.unitRating),
              })}
            </p>
            <p className="hint">
              {t("appraisal.calibration.assessed", {
                count: c.assessed,
                period: labels.evaluationPeriod(c.period),
                year: c.year,
              })}
            </p>
            <ul className="caps">
              {c.caps.map((cap) => (
                <li key={cap.atLeast} className={cap.over ? "cap over" : "cap"}>
                  <span className="cap-name">
                    {t("appraisal.calibration.cap", { predikat: labels.predikat(cap.atLeast) })}
                    {cap.over && <strong> — {t("appraisal.calibration.over")}</strong>}
                  </span>
                  <span className="cap-bar" aria-hidden="true">
                    <span className="cap-fill" style={{ width: `${Math.min(cap.share, 1) * 100}%` }} />
                    <span className="cap-limit" style={{ left: `${cap.maxShare * 100}%` }} />
                  </span>
                  <span className="cap-figures">
                    {t("appraisal.calibration.figures", {
                      count: cap.count,
                      assessed: c.assessed,
                      share: formatPercent(cap.share),
                      max: formatPercent(cap.maxShare),
                      allowed: cap.allowed,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </aside>
  );
}

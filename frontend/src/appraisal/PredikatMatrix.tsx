import { useTranslation } from "react-i18next";
import type { Rating } from "../gql/graphql";
import { useLabels } from "../i18n";
import { ratings } from "../i18n/labels";
import { predikatOf } from "./matrix";

type Props = { workResult?: Rating | null; workBehavior?: Rating | null };

/**
 * How a predikat is derived: the 3×3 matrix of work result (rows) by work behaviour (columns), with
 * the cell of the two ratings highlighted and the derivation said in words beneath.
 */
export function PredikatMatrix({ workResult, workBehavior }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const chosen = workResult && workBehavior ? predikatOf(workResult, workBehavior) : undefined;
  return (
    <figure className="matrix">
      <table className="matrix-table">
        <caption>{t("appraisal.matrix.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("appraisal.matrix.corner")}</th>
            {ratings.map((b) => (
              <th key={b} scope="col" className={b === workBehavior ? "matrix-axis-chosen" : undefined}>
                {labels.rating(b)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ratings.map((r) => (
            <tr key={r}>
              <th scope="row" className={r === workResult ? "matrix-axis-chosen" : undefined}>
                {labels.rating(r)}
              </th>
              {ratings.map((b) => {
                const here = r === workResult && b === workBehavior;
                return (
                  <td
                    key={b}
                    className={here ? "matrix-cell-chosen" : undefined}
                    aria-current={here || undefined}
                  >
                    {labels.predikat(predikatOf(r, b))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>
        {workResult && workBehavior && chosen
          ? t("appraisal.matrix.derived", {
              result: labels.rating(workResult),
              behavior: labels.rating(workBehavior),
              predikat: labels.predikat(chosen),
            })
          : t("appraisal.matrix.pick")}
      </figcaption>
    </figure>
  );
}

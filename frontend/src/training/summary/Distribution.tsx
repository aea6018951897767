import { useTranslation } from "react-i18next";
import { formatNumber } from "../../i18n/format";

/** How many gave each rating, 5 down to 1, as bars against the most given. */
export function Distribution({ counts }: { counts: number[] }) {
  const { t } = useTranslation();
  const most = Math.max(1, ...counts);
  return (
    <table className="distribution">
      <caption className="visually-hidden">{t("training.summary.distribution")}</caption>
      <tbody>
        {[5, 4, 3, 2, 1].map((rating) => {
          const n = counts[rating - 1] ?? 0;
          return (
            <tr key={rating}>
              <th scope="row">{t("training.summary.ratingN", { rating })}</th>
              <td className="distribution-bar">
                <span style={{ width: `${(100 * n) / most}%` }} />
              </td>
              <td className="distribution-count">{formatNumber(n)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { useTranslation } from "react-i18next";
import type { CohortSeries } from "./cohorts";
import { formatMean } from "./mean";

/** The chart's figures as a table: modules down, cohorts across. */
export function CohortTable({ series }: { series: CohortSeries }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t("training.summary.acrossCohorts")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("training.summary.module")}</th>
            {series.cohorts.map((c) => (
              <th key={c.id} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.modules.map((m) => (
            <tr key={m.title}>
              <th scope="row">{m.title}</th>
              {m.means.map((v, i) => (
                <td key={series.cohorts[i].id}>{formatMean(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import "./nineBox.css";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { directoryUrl } from "../directory/filters";
import type { Dataset } from "./dataset";

type Props = {
  dataset: Dataset;
  label: string;
  /** Told when the grid is drawn: a dashboard marks its widget ready. */
  onDrawn?: (d: Dataset) => void;
  /** Picks a box rather than following its link to the directory: the talent page lists its people beside the grid. */
  onSelect?: (box: number) => void;
  selected?: number;
};

// The boxes as PermenPANRB 3/2020 lays them out: potential up the side (high on top), performance
// along the bottom (above expectations on the right).
const rows = [
  { potential: "HIGH", boxes: [6, 8, 9] },
  { potential: "MEDIUM", boxes: [3, 5, 7] },
  { potential: "LOW", boxes: [1, 2, 4] },
];
const columns = ["BELOW", "AS_EXPECTED", "ABOVE"];

/** The talent matrix's table: the 3×3 grid itself, each box linking to its people. */
export function NineBox({ dataset: d, label, onDrawn, onSelect, selected }: Props) {
  const { t } = useTranslation();
  useEffect(() => onDrawn?.(d), [d, onDrawn]);
  const box = (n: number) => {
    const i = d.categories.findIndex((c) => c.key === String(n));
    return { category: d.categories[i], cell: d.series[0]?.cells[i] };
  };
  return (
    <table className="nine-box">
      <caption className="visually-hidden">{label}</caption>
      <thead>
        <tr>
          <td />
          {columns.map((p) => (
            <th scope="col" key={p}>
              {t(`dashboard.performance.${p}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.potential}>
            <th scope="row">{t(`dashboard.potential.${r.potential}`)}</th>
            {r.boxes.map((n) => {
              const { category, cell } = box(n);
              return (
                // Boxes 7–9 are the talent pool.
                <td
                  key={n}
                  className={
                    [n >= 7 && "in-pool", selected === n && "selected"].filter(Boolean).join(" ") || undefined
                  }
                  title={category?.label}
                >
                  <span className="box-number">{t("dashboard.box", { box: n })}</span>
                  {onSelect ? (
                    <button
                      type="button"
                      className="box-count"
                      aria-pressed={selected === n}
                      aria-label={`${t("dashboard.box", { box: n })}: ${cell?.display ?? "—"}`}
                      onClick={() => onSelect(n)}
                    >
                      {cell?.display ?? "—"}
                    </button>
                  ) : cell?.drill ? (
                    <Link className="box-count" to={directoryUrl(cell.drill)}>
                      {cell.display}
                    </Link>
                  ) : (
                    <span className="box-count">{cell?.display ?? "—"}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

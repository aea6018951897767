import { useEffect } from "react";
import { Link } from "react-router";
import { directoryUrl } from "../directory/filters";
import type { Cell, Dataset } from "./dataset";

type Props = { dataset: Dataset; label: string; onDrawn: (d: Dataset) => void };

function Value({ cell }: { cell: Cell }) {
  return cell.drill ? <Link to={directoryUrl(cell.drill)}>{cell.display}</Link> : cell.display;
}

/** The dataset as a table: categories down, series across; a number with people behind it links to them. */
export function DataTable({ dataset: d, label, onDrawn }: Props) {
  useEffect(() => onDrawn(d), [d, onDrawn]);
  return (
    <div className="table-scroll widget-table">
      <table className="data-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{d.categoryLabel}</th>
            {d.series.map((s) => (
              <th scope="col" className="number" key={s.key}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {d.categories.map((c, i) => (
            <tr key={c.key}>
              <th scope="row">{c.drill ? <Link to={directoryUrl(c.drill)}>{c.label}</Link> : c.label}</th>
              {d.series.map((s) => (
                <td className="number" key={s.key}>
                  <Value cell={s.cells[i]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import type { Rating } from "../gql/graphql";
import { PredikatMatrix } from "./PredikatMatrix";

// PermenPANRB 6/2022: work result (row) × work behaviour (column).
const cells: [Rating, Rating, string][] = [
  ["DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "Sangat Baik"],
  ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "Baik"],
  ["DI_ATAS_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "Kurang"],
  ["SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "Baik"],
  ["SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "Baik"],
  ["SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "Kurang"],
  ["DI_BAWAH_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "Butuh Perbaikan"],
  ["DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "Butuh Perbaikan"],
  ["DI_BAWAH_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "Sangat Kurang"],
];
const order: Rating[] = ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"];

test.each(cells)(
  "%s × %s highlights the one cell %s, in its row and column",
  (result, behavior, predikat) => {
    const { container } = render(<PredikatMatrix workResult={result} workBehavior={behavior} />);
    const highlighted = container.querySelectorAll("td[aria-current]");
    expect(highlighted).toHaveLength(1);
    const cell = highlighted[0] as HTMLTableCellElement;
    expect(cell.textContent).toBe(predikat);
    const row = cell.parentElement as HTMLTableRowElement;
    expect(row.rowIndex - 1).toBe(order.indexOf(result));
    expect(cell.cellIndex - 1).toBe(order.indexOf(behavior));
    expect(screen.getByText(new RegExp(`menghasilkan predikat ${predikat}\\.$`))).toBeTruthy();
  },
);

test("without both ratings nothing is highlighted and the caption asks for them", () => {
  const { container } = render(<PredikatMatrix workResult="SESUAI_EKSPEKTASI" />);
  expect(container.querySelectorAll("td[aria-current]")).toHaveLength(0);
  expect(screen.getByText("Pilih kedua rating untuk melihat predikatnya.")).toBeTruthy();
});

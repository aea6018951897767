import type { DirectoryFilters } from "../directory/filters";

// Every kind of widget turns its query's answer into one shape, a small table: categories (rows, the
// chart's axis) by series (columns, the bars of a group). Charts, tables and CSV files are drawn from
// it alike, so a new kind of widget only has to fill it.

/** The directory filters that list the people behind a number; none where the directory has no filter for it. */
export type Drill = Partial<DirectoryFilters>;

/** A number as the API counted it: value null when hidden from an analyst, display "< 5" then. */
export type Cell = { value: number | null; display: string; drill?: Drill };

export type Category = {
  key: string;
  /** The label from the API (Indonesian), or the screen's own. */
  label: string;
  /** A shorter label for a chart's axis, when the label is a sentence. */
  short?: string;
  drill?: Drill;
};

export type Series = {
  key: string;
  label: string;
  cells: Cell[];
  /** The values are percentages (0–100), not counts. */
  percent?: boolean;
  /** Text for the table and the CSV file, not a number to draw. */
  tableOnly?: boolean;
};

export type Dataset = {
  /** What the categories are: the table's first column heading. */
  categoryLabel: string;
  categories: Category[];
  /** cells[i] of each series belongs to categories[i]. */
  series: Series[];
  /** Sentences about the data shown under it, such as the units over a calibration cap. */
  notes: string[];
};

/** A count from the API. */
export function cell(count: { value?: number | null; display: string }, drill?: Drill): Cell {
  return { value: count.value ?? null, display: count.display, drill };
}

export const zero: Cell = { value: 0, display: "0" };

/** Nothing to draw: no category has people (a hidden count has some). */
export function isEmpty(d: Dataset) {
  return !d.series.some((s) => !s.tableOnly && s.cells.some((c) => c.value === null || c.value > 0));
}

/** The series a chart draws. */
export function drawn(d: Dataset): Dataset {
  return { ...d, series: d.series.filter((s) => !s.tableOnly) };
}

/**
 * Keys in the order the API gives them, merged across categories: each category lists its keys in
 * the dimension's natural order but only those it has, so the first category alone may miss some.
 */
export function mergedOrder(lists: string[][]): string[] {
  const out: string[] = [];
  for (const list of lists) {
    let at = 0;
    for (const key of list) {
      const found = out.indexOf(key);
      if (found === -1) out.splice(at, 0, key);
      at = (found === -1 ? at : found) + 1;
    }
  }
  return out;
}

/** Both filters at once; none when either side has none (the list would hold more than the number). */
export function bothDrills(a: Drill | undefined, b: Drill | undefined): Drill | undefined {
  return a && b ? { ...a, ...b } : undefined;
}

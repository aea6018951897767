import { type Cell, cell, type Dataset } from "../dataset";
import { PromotionDocument } from "../documents";
import { defineKind } from "./kind";

/**
 * Regular rank promotions due in each window of a year: everyone due (bar, pie), first due in the
 * window and still due from an earlier one (stacked bar), or both counts (table). The directory has
 * no filter for being due, so no drill-down.
 */
export const promotion = defineKind({
  document: PromotionDocument,
  variables: (s) => ({ year: s.year, unitID: s.unitID }),
  dataset: ({ promotionPipeline: p }, { chart, t }): Dataset => {
    const categories = p.windows.map((w) => ({ key: w.window.id, label: w.window.name }));
    const due = { key: "due", label: t("dashboard.series.due"), cells: p.windows.map((w) => cell(w.due)) };
    const newly = {
      key: "newlyDue",
      label: t("dashboard.series.newlyDue"),
      cells: p.windows.map((w) => cell(w.newlyDue)),
    };
    const carried = {
      key: "carried",
      label: t("dashboard.series.carried"),
      cells: p.windows.map((w): Cell => {
        const [all, fresh] = [w.due.value, w.newlyDue.value];
        return all == null || fresh == null
          ? { value: null, display: "—" }
          : { value: all - fresh, display: String(all - fresh) };
      }),
    };
    const series = chart === "STACKED_BAR" ? [newly, carried] : chart === "TABLE" ? [due, newly] : [due];
    return { categoryLabel: t("dashboard.series.window"), categories, series, notes: [] };
  },
});

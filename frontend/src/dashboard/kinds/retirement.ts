import type { PositionKind } from "../../gql/graphql";
import { positionKinds } from "../../i18n/labels";
import { cell, type Dataset, type Drill, mergedOrder, zero } from "../dataset";
import { RetirementDocument } from "../documents";
import { defineKind } from "./kind";

/**
 * Retirements (BUP) of the coming years: the total of each year (bar, pie), or each year by kind of
 * post (stacked bar, table). A year drills into the directory filtered by retirement in that year.
 */
export const retirement = defineKind({
  document: RetirementDocument,
  variables: (s) => ({ fromYear: s.year, years: s.years, unitID: s.unitID }),
  dataset: ({ retirementForecast: f }, { settings, chart, t }): Dataset => {
    const yearDrill = (year: number): Drill => ({ unit: settings.unitID, retireYear: year });
    const categories = f.years.map((y) => ({
      key: String(y.year),
      label: String(y.year),
      drill: yearDrill(y.year),
    }));
    const categoryLabel = t("dashboard.series.year");
    const notes: string[] = [];
    if (chart === "BAR" || chart === "PIE") {
      const cells = f.years.map((y) => cell(y.total, yearDrill(y.year)));
      return {
        categoryLabel,
        categories,
        series: [{ key: "count", label: t("dashboard.series.retiring"), cells }],
        notes,
      };
    }
    const labels = new Map(
      f.years.flatMap((y) => y.byKind.map((g) => [g.buckets[0].key, g.buckets[0].label])),
    );
    const kinds = mergedOrder(f.years.map((y) => y.byKind.map((g) => g.buckets[0].key)));
    return {
      categoryLabel,
      categories,
      series: kinds.map((kind) => ({
        key: kind,
        label: labels.get(kind) ?? kind,
        cells: f.years.map((y) => {
          // "NONE" (no post) has no directory filter: only the year's list would be too many.
          const known = positionKinds.includes(kind as PositionKind);
          const drill = known ? { ...yearDrill(y.year), kinds: [kind as PositionKind] } : undefined;
          const g = y.byKind.find((x) => x.buckets[0].key === kind);
          return g ? cell(g.count, drill) : { ...zero, drill };
        }),
      })),
      notes,
    };
  },
});

import type { PerformanceAxis, PotentialLevel } from "../../gql/graphql";
import { cell, type Dataset, zero } from "../dataset";
import { TalentDocument } from "../documents";
import { defineKind } from "./kind";

const performanceAxis: PerformanceAxis[] = ["BELOW", "AS_EXPECTED", "ABOVE"];
const potentialLevels: PotentialLevel[] = ["LOW", "MEDIUM", "HIGH"];

/**
 * The 9-box of a year: box by box (bar, pie; the table is drawn as the 3×3 grid), or the performance
 * axis by potential (stacked bar). A box drills into the directory filtered by the box of that year.
 */
export const talent = defineKind({
  document: TalentDocument,
  variables: (s) => ({ year: s.year, unitID: s.unitID }),
  dataset: ({ talentMatrix: m }, { settings, chart, t }): Dataset => {
    const drill = (box: number) => ({ unit: settings.unitID, box, boxYear: settings.year });
    const notes = [t("dashboard.notes.unplaced", { display: m.unplaced.display })];
    if (chart !== "STACKED_BAR") {
      return {
        categoryLabel: t("dashboard.series.box"),
        categories: m.cells.map((c) => ({
          key: String(c.box),
          label: c.label,
          short: t("dashboard.box", { box: c.box }),
          drill: drill(c.box),
        })),
        series: [
          {
            key: "count",
            label: t("dashboard.series.employees"),
            cells: m.cells.map((c) => cell(c.count, drill(c.box))),
          },
        ],
        notes,
      };
    }
    return {
      categoryLabel: t("dashboard.series.performance"),
      categories: performanceAxis.map((p) => ({ key: p, label: t(`dashboard.performance.${p}`) })),
      series: potentialLevels.map((level) => ({
        key: level,
        label: t(`dashboard.potential.${level}`),
        cells: performanceAxis.map((p) => {
          const c = m.cells.find((x) => x.performance === p && x.potential === level);
          return c ? cell(c.count, drill(c.box)) : zero;
        }),
      })),
      notes,
    };
  },
});

import { type Category, cell, type Dataset, type Drill, type Series } from "../dataset";
import { PerformanceDocument } from "../documents";
import { defineKind } from "./kind";

/**
 * The predikat of a year: overall (bar, pie), or unit by unit (stacked bar, table). Either way the
 * notes name the units over a calibration cap of their rating. A predikat drills into the directory
 * filtered by the predikat of that year.
 */
export const performance = defineKind({
  document: PerformanceDocument,
  variables: (s) => ({ year: s.year, period: s.period, unitID: s.unitID }),
  dataset: ({ performanceDistribution: d }, { settings, chart, t }): Dataset => {
    const { year } = settings;
    const byPredikat = (scope: Drill) => (p: (typeof d.predikat)[number]) =>
      cell(p.count, { ...scope, predikat: [p.predikat], predikatYear: year });
    const labels = new Map(d.predikat.map((p) => [p.predikat, p.label]));
    const over = d.units.filter((u) => u.caps.some((c) => c.over));
    const notes = [t("dashboard.notes.assessed", { display: d.total.display, year })];
    if (over.length) {
      notes.push(
        t("dashboard.notes.capsOver", { count: over.length, units: over.map((u) => u.unit.name).join(", ") }),
      );
    }
    const perUnit = (chart === "STACKED_BAR" || chart === "TABLE") && d.units.length > 0;
    if (!perUnit) {
      const scope = { unit: settings.unitID };
      return {
        categoryLabel: t("employee.predikat"),
        categories: d.predikat.map((p) => ({ key: p.predikat, label: p.label })),
        series: [
          { key: "count", label: t("dashboard.series.employees"), cells: d.predikat.map(byPredikat(scope)) },
        ],
        notes,
      };
    }
    const categories: Category[] = d.units.map((u) => ({
      key: u.unit.id,
      label: u.unit.name,
      drill: { unit: u.unit.id },
    }));
    // Each unit against the caps of its rating: the caps it is over, else within them; "—" when not rated.
    const caps: Series = {
      key: "caps",
      label: t("dashboard.series.caps"),
      tableOnly: true,
      cells: d.units.map((u) => {
        const overCaps = u.caps.filter((c) => c.over);
        const display = overCaps.length
          ? overCaps
              .map((c) =>
                t("dashboard.capOver", {
                  predikat: labels.get(c.atLeast),
                  count: c.count,
                  allowed: c.allowed,
                }),
              )
              .join("; ")
          : u.caps.length
            ? t("dashboard.withinCaps")
            : "—";
        return { value: null, display };
      }),
    };
    return {
      categoryLabel: t("employee.unit"),
      categories,
      series: [
        ...d.predikat.map(
          (p): Series => ({
            key: p.predikat,
            label: p.label,
            cells: d.units.map((u) => {
              const own = u.predikat.find((x) => x.predikat === p.predikat) ?? {
                ...p,
                count: { value: 0, display: "0" },
              };
              return byPredikat({ unit: u.unit.id })(own);
            }),
          }),
        ),
        caps,
      ],
      notes,
    };
  },
});

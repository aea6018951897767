import type { ComplianceCountsFragment } from "../../gql/graphql";
import { formatPercent } from "../../i18n/format";
import { type Category, type Cell, cell, type Dataset } from "../dataset";
import { ComplianceDocument } from "../documents";
import { defineKind } from "./kind";

/** PNS below the right: unknown when either count is hidden from the viewer. */
function notMet(c: ComplianceCountsFragment, drill: Category["drill"]): Cell {
  const { pns, met } = c;
  if (pns.value == null || met.value == null) return { value: null, display: "—", drill };
  const n = pns.value - met.value;
  return { value: n, display: String(n), drill };
}

/**
 * The 20 JP right of a year, unit by unit: the share met (bar), met and not met (stacked bar), the
 * counts (table), or the whole scope met and not met (pie). A unit drills into its employees; the
 * directory has no filter by JP.
 */
export const compliance = defineKind({
  document: ComplianceDocument,
  variables: (s) => ({ year: s.year, unitID: s.unitID }),
  dataset: ({ trainingCompliance: d }, { settings, chart, t }): Dataset => {
    const whole = d.compliance;
    const notes = [
      t("dashboard.notes.compliance", {
        met: whole.met.display,
        pns: whole.pns.display,
        share: formatPercent(whole.metShare),
        jp: d.requiredJP,
        year: settings.year,
      }),
    ];
    const metLabel = t("dashboard.series.met", { jp: d.requiredJP });
    const notMetLabel = t("dashboard.series.notMet", { jp: d.requiredJP });
    const scope = { unit: settings.unitID };
    if (chart === "PIE" || d.units.length === 0) {
      return {
        categoryLabel: t("dashboard.series.pns"),
        categories: [
          { key: "met", label: metLabel },
          { key: "notMet", label: notMetLabel },
        ],
        series: [
          {
            key: "pns",
            label: t("dashboard.series.pns"),
            cells: [cell(whole.met, scope), notMet(whole, scope)],
          },
        ],
        notes,
      };
    }
    const categories: Category[] = d.units.map((u) => ({
      key: u.unit.id,
      label: u.unit.name,
      drill: { unit: u.unit.id },
    }));
    const column = (
      key: string,
      label: string,
      of: (c: ComplianceCountsFragment, drill: Category["drill"]) => Cell,
    ) => ({
      key,
      label,
      cells: d.units.map((u, i) => of(u.compliance, categories[i].drill)),
    });
    const share = {
      ...column("share", t("dashboard.series.metShare", { jp: d.requiredJP }), (c, drill) => ({
        value: c.metShare == null ? null : Math.round(c.metShare * 100),
        display: formatPercent(c.metShare),
        drill,
      })),
      percent: true,
    };
    const met = column("met", metLabel, (c, drill) => cell(c.met, drill));
    if (chart === "BAR") return { categoryLabel: t("employee.unit"), categories, series: [share], notes };
    if (chart === "STACKED_BAR")
      return {
        categoryLabel: t("employee.unit"),
        categories,
        series: [met, column("notMet", notMetLabel, notMet)],
        notes,
      };
    const pns = column("pns", t("dashboard.series.pns"), (c, drill) => cell(c.pns, drill));
    return { categoryLabel: t("employee.unit"), categories, series: [pns, met, share], notes };
  },
});

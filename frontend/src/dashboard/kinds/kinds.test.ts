import i18n from "i18next";
import { expect, test } from "vitest";
import type { HeadcountWidgetQuery, PerformanceWidgetQuery } from "../../gql/graphql";
import type { EffectiveSettings } from "../model";
import { headcount } from "./headcount";
import { performance } from "./performance";

const t = i18n.t.bind(i18n);
const settings: EffectiveSettings = {
  unitID: "ORG0",
  year: 2025,
  dimensions: ["RANK_GROUP", "POSITION_KIND"],
  years: 5,
};
const count = (n: number | null) => ({ value: n, display: n == null ? "< 5" : String(n) });

test("headcount by two dimensions: series in their natural order, drill-downs only where the directory has a filter", () => {
  const group = (g: string, kind: string, n: number | null) => ({
    buckets: [
      { dimension: "RANK_GROUP" as const, key: g, label: g === "PPPK" ? "PPPK" : `Golongan ${g}` },
      { dimension: "POSITION_KIND" as const, key: kind, label: kind },
    ],
    count: count(n),
  });
  const data: HeadcountWidgetQuery = {
    headcount: {
      total: { display: "40" },
      groups: [
        group("III", "PELAKSANA", 20),
        group("IV", "ADMINISTRATOR", null),
        group("IV", "PENGAWAS", 6),
        group("PPPK", "PELAKSANA", 9),
      ],
    },
  };
  const d = headcount.dataset(data, { settings, chart: "STACKED_BAR", t });
  expect(d.categories.map((c) => c.label)).toEqual(["Golongan III", "Golongan IV", "PPPK"]);
  // Golongan III has pelaksana only: the order comes from the groups of every golongan together.
  expect(d.series.map((s) => s.key)).toEqual(["ADMINISTRATOR", "PENGAWAS", "PELAKSANA"]);
  const pelaksana = d.series[2].cells;
  // Golongan III is its four ranks, within the widget's unit; a missing combination is zero.
  expect(pelaksana[0]).toEqual({
    value: 20,
    display: "20",
    drill: { unit: "ORG0", ranks: ["III_A", "III_B", "III_C", "III_D"], kinds: ["PELAKSANA"] },
  });
  expect(d.series[1].cells[0]).toMatchObject({ value: 0, display: "0" });
  expect(d.series[0].cells[1]).toMatchObject({ value: null, display: "< 5" });
  // PPPK has no rank filter in the directory: no drill-down rather than a list of more people.
  expect(pelaksana[2].drill).toBeUndefined();
});

test("predikat unit by unit: each count drills into that year's predikat, the caps in a column of their own", () => {
  const predikat = (p: "SANGAT_BAIK" | "BAIK", n: number) => ({
    predikat: p,
    label: p === "BAIK" ? "Baik" : "Sangat Baik",
    count: count(n),
  });
  const data: PerformanceWidgetQuery = {
    performanceDistribution: {
      total: count(50),
      predikat: [predikat("SANGAT_BAIK", 10), predikat("BAIK", 40)],
      units: [
        {
          unit: { id: "ORG5", name: "Dinas Kesehatan" },
          predikat: [predikat("SANGAT_BAIK", 9), predikat("BAIK", 41)],
          caps: [{ atLeast: "SANGAT_BAIK", maxShare: 0.1, count: 9, allowed: 5, over: true }],
        },
      ],
    },
  };
  const d = performance.dataset(data, { settings, chart: "TABLE", t });
  expect(d.series[0].cells[0].drill).toEqual({ unit: "ORG5", predikat: ["SANGAT_BAIK"], predikatYear: 2025 });
  expect(d.series.at(-1)).toMatchObject({
    tableOnly: true,
    cells: [{ display: "Sangat Baik ke atas 9 > 5" }],
  });
  expect(d.notes).toContain("1 unit melebihi batas kalibrasi predikat: Dinas Kesehatan.");
});

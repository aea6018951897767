import { expect, test } from "vitest";
import { cohortLabel, cohortSeries } from "./cohorts";

test("a cohort is named by its place and month, without the curriculum's name", () => {
  expect(
    cohortLabel(
      "Pelatihan Kepemimpinan Administrator Angkatan 2",
      "Pelatihan Kepemimpinan Administrator",
      "2025-03-10",
    ),
  ).toBe("Angkatan 2 (Mar 2025)");
});

test("one series per module in the curriculum's order, a gap where a cohort did not rate it", () => {
  const module = (id: string, position: number) => ({ id, title: `Modul ${id}`, position });
  const series = cohortSeries(
    {
      count: 3,
      mean: 3,
      modules: [
        { module: module("B", 2), count: 1, mean: 2, distribution: [0, 1, 0, 0, 0], comments: [] },
        { module: module("A", 1), count: 2, mean: 3.5, distribution: [0, 0, 1, 1, 0], comments: [] },
      ],
      cohorts: [
        {
          training: {
            id: "T1",
            title: "K Angkatan 1",
            startsOn: "2025-01-06",
            provider: "BPSDM Provinsi Jambi",
          },
          count: 2,
          mean: 2.5,
          modules: [
            { module: { id: "A" }, count: 1, mean: 3 },
            { module: { id: "B" }, count: 1, mean: 2 },
          ],
        },
        {
          training: {
            id: "T2",
            title: "K Angkatan 2",
            startsOn: "2025-07-07",
            provider: "BPSDM Provinsi Jambi",
          },
          count: 1,
          mean: 4,
          modules: [
            { module: { id: "A" }, count: 1, mean: 4 },
            { module: { id: "B" }, count: 0, mean: null },
          ],
        },
      ],
    },
    "K",
  );
  expect(series).toEqual({
    cohorts: [
      { id: "T1", label: "Angkatan 1 (Jan 2025)" },
      { id: "T2", label: "Angkatan 2 (Jul 2025)" },
    ],
    modules: [
      { title: "Modul A", means: [3, 4] },
      { title: "Modul B", means: [2, null] },
    ],
  });
});

test("cohorts numbered alike by two providers are told apart by the provider", () => {
  const cohort = (id: string, provider: string) => ({
    training: { id, title: "K Angkatan 1", startsOn: "2024-11-04", provider },
    count: 0,
    mean: null,
    modules: [],
  });
  const series = cohortSeries(
    {
      count: 0,
      mean: null,
      modules: [],
      cohorts: [cohort("T1", "BPSDM Provinsi Jambi"), cohort("T2", "BPSDM DKI Jakarta")],
    },
    "K",
  );
  expect(series.cohorts.map((c) => c.label)).toEqual([
    "Angkatan 1 (Nov 2024) · BPSDM Provinsi Jambi",
    "Angkatan 1 (Nov 2024) · BPSDM DKI Jakarta",
  ]);
});

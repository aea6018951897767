import { expect, test } from "vitest";
import { nextRank, ruleMet } from "./rule";

test("the rule looks at the two years before the window's year", () => {
  const met = ruleMet(
    {
      id: "EMP1",
      name: "Siti",
      rank: "III_B",
      rankSince: "2021-04-01",
      yearsInRank: 5,
      position: null,
      unit: { name: "Dinas Pendidikan" },
      years: [
        { year: 2023, predikat: "KURANG" },
        { year: 2024, predikat: "BAIK" },
        { year: 2025, predikat: "SANGAT_BAIK" },
      ],
    },
    "2026-04-01",
  );
  expect(met.predikat).toEqual([
    { year: 2024, predikat: "BAIK" },
    { year: 2025, predikat: "SANGAT_BAIK" },
  ]);
  expect(met.rankSince).toBe("2021-04-01");
});

test("the next rank follows the order of golongan and stops at IV/e", () => {
  expect(nextRank("III_B")).toBe("III_C");
  expect(nextRank("III_D")).toBe("IV_A");
  expect(nextRank("IV_E")).toBeNull();
  expect(nextRank(null)).toBeNull();
});

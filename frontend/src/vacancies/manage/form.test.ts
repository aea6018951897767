import { expect, test } from "vitest";
import { defaultStages, emptyForm, toInput, weightSum } from "./form";

test("a new vacancy opens today for three weeks with the regulation's default weights", () => {
  const f = emptyForm("2026-11-23");
  expect(f.closesOn).toBe("2026-12-14");
  expect(weightSum(f.stages)).toBe(100);
});

test("empty requirements ask nothing and stages go only with an open selection", () => {
  const f = { ...emptyForm("2026-11-23"), title: "Promosi", positionID: "POS1" };
  const input = toInput(f);
  expect(input.requirements).toEqual({
    minRank: null,
    minPredikat: null,
    predikatYears: null,
    trainingKinds: [],
    minEducation: null,
    minYearsToRetirement: null,
    noSanctionYears: null,
  });
  expect(input.stages).toBeNull();
  expect(input.description).toBeNull();

  const open = toInput({
    ...f,
    kind: "OPEN_SELECTION",
    minPredikat: "BAIK",
    predikatYears: "2",
    trainingKinds: ["PKA"],
    stages: defaultStages.map((s) => (s.stage === "INTERVIEW" ? { ...s, weight: "32.5" } : s)),
  });
  expect(open.requirements.predikatYears).toBe(2);
  expect(open.stages?.map((s) => s.weight)).toEqual([20, 25, 32.5, 20]);
});

test("the live total counts what is typed and treats an empty weight as 0", () => {
  expect(weightSum([...defaultStages.slice(0, 3), { stage: "TRACK_RECORD", weight: "" }])).toBe(80);
});

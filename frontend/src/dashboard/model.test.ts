import { expect, test } from "vitest";
import type { DashboardFieldsFragment } from "../gql/graphql";
import { effectiveSettings, fromSaved, fromTemplate, newWidget, toSaveInput, withKind } from "./model";

const saved: DashboardFieldsFragment = {
  id: "DSH1",
  name: "Ringkasan pimpinan",
  mine: true,
  ownerName: "Arif Effendi",
  sharedWith: { id: "ORG2", name: "Pemerintah Kabupaten Bungo" },
  widgets: [
    {
      id: "w1",
      kind: "HEADCOUNT",
      title: "",
      chart: "STACKED_BAR",
      x: 0,
      y: 0,
      w: 6,
      h: 4,
      settings: { dimensions: ["UNIT", "RANK_GROUP"], unitID: null, year: null, period: null, years: null },
    },
    {
      id: "w2",
      kind: "RETIREMENT_FORECAST",
      title: "Pensiun pejabat",
      chart: "TABLE",
      x: 6,
      y: 0,
      w: 6,
      h: 5,
      settings: { dimensions: [], unitID: "ORG3", year: 2027, period: null, years: 10 },
    },
  ],
};

test("a saved dashboard goes back to saveDashboard as it came, settings and all", () => {
  const d = fromSaved(saved);
  expect(d.sharedWith).toEqual({ id: "ORG2", name: "Pemerintah Kabupaten Bungo" });
  expect(toSaveInput(d)).toEqual({
    id: "DSH1",
    name: "Ringkasan pimpinan",
    widgets: [
      {
        id: "w1",
        kind: "HEADCOUNT",
        title: "",
        chart: "STACKED_BAR",
        x: 0,
        y: 0,
        w: 6,
        h: 4,
        settings: { dimensions: ["UNIT", "RANK_GROUP"], unitID: null, year: null, period: null, years: null },
      },
      {
        id: "w2",
        kind: "RETIREMENT_FORECAST",
        title: "Pensiun pejabat",
        chart: "TABLE",
        x: 6,
        y: 0,
        w: 6,
        h: 5,
        settings: { dimensions: null, unitID: "ORG3", year: 2027, period: null, years: 10 },
      },
    ],
  });
});

test("only the settings a kind's query takes are saved (the API refuses the others)", () => {
  const d = fromSaved(saved);
  const [, retirement] = d.widgets;
  const asHeadcount = {
    ...retirement,
    kind: "HEADCOUNT" as const,
    settings: { ...retirement.settings, dimensions: [] },
  };
  const [input] = toSaveInput({ ...d, widgets: [asHeadcount] }).widgets;
  expect(input.settings).toEqual({ dimensions: [], unitID: "ORG3", year: null, period: null, years: null });
});

test("the role's default is unsaved and the viewer's; the name is trimmed when saved", () => {
  const d = fromTemplate({ name: "  Ringkasan  ", widgets: saved.widgets });
  expect(d.id).toBeUndefined();
  expect(d.mine).toBe(true);
  expect(toSaveInput(d)).toMatchObject({ id: null, name: "Ringkasan" });
});

test("a widget follows the dashboard's unit and year unless it has its own", () => {
  const [headcount, retirement] = fromSaved(saved).widgets;
  expect(effectiveSettings(headcount, { unit: "ORG9", year: 2024 }, 2026)).toMatchObject({
    unitID: "ORG9",
    year: 2024,
  });
  expect(effectiveSettings(retirement, { unit: "ORG9", year: 2024 }, 2026)).toMatchObject({
    unitID: "ORG3",
    year: 2027,
    years: 10,
  });
  // No year anywhere: the last full year for settled figures, this year for what lies ahead.
  const performance = withKind(headcount, "PERFORMANCE");
  expect(effectiveSettings(performance, {}, 2026).year).toBe(2025);
  expect(effectiveSettings(withKind(headcount, "PROMOTION_PIPELINE"), {}, 2026).year).toBe(2026);
});

test("a new widget gets an unused id; another kind starts from its own settings, keeping the unit", () => {
  const widgets = fromSaved(saved).widgets;
  expect(newWidget("TALENT_MATRIX", widgets).id).toBe("w3");
  expect(newWidget("TALENT_MATRIX", [{ ...widgets[0], id: "w2" }]).id).toBe("w3");
  const talent = withKind(widgets[1], "TALENT_MATRIX");
  expect(talent.settings).toEqual({ dimensions: [], unitID: "ORG3", year: 2027 });
  expect(talent.title).toBe("");
  expect(withKind(widgets[1], "HEADCOUNT").settings).toEqual({
    dimensions: ["UNIT"],
    unitID: "ORG3",
    year: undefined,
  });
});

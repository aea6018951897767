import { expect, test } from "vitest";
import { parseFilters, toOrderBy, toSearchParams, toWhere, withChange } from "./filters";

const today = "2026-11-23";

test("the query string becomes the where, orderBy and back the same query string", () => {
  const params = new URLSearchParams("kind=PKA&competency=kinerja&month=2027-02&seats=1&sort=-jp");
  const f = parseFilters(params);
  expect(toWhere(f, today)).toEqual({
    startsOnGTE: "2027-02-01",
    startsOnLT: "2027-03-01",
    kind: "PKA",
    competencyContainsFold: "kinerja",
    seatsLeft: true,
  });
  expect(toOrderBy(f.sort)).toEqual([{ field: "HOURS_JP", direction: "DESC" }]);
  expect(toSearchParams(f).toString()).toBe(params.toString());
});

test("without a month the catalogue starts today; December runs into January", () => {
  expect(toWhere(parseFilters(new URLSearchParams()), today)).toEqual({ startsOnGTE: today });
  expect(toWhere(parseFilters(new URLSearchParams("month=2026-12")), today)).toMatchObject({
    startsOnLT: "2027-01-01",
  });
});

test("values the API would refuse are dropped, defaults are left out of the URL", () => {
  const f = parseFilters(new URLSearchParams("kind=DIKLAT&month=2026-13&seats=yes&sort=random"));
  expect(f).toEqual({ seats: false, sort: "start" });
  expect(toSearchParams(f).toString()).toBe("");
});

test("a changed filter goes back to the first page", () => {
  const f = parseFilters(new URLSearchParams("kind=TEKNIS&after=abc"));
  expect(toSearchParams(withChange(f, { seats: true })).toString()).toBe("kind=TEKNIS&seats=1");
});

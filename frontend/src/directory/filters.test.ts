import { describe, expect, test } from "vitest";
import { permissionsFor } from "../auth/permissions";
import {
  directoryUrl,
  effectiveSort,
  parseFilters,
  toPage,
  toSearchParams,
  toWhere,
  withChange,
} from "./filters";

const leader = permissionsFor("LEADER");
const analyst = permissionsFor("ANALYST");
const employee = permissionsFor("EMPLOYEE");
const today = "2026-11-23";

describe("directory filters in the URL", () => {
  test("a query string round-trips through the filters", () => {
    const query =
      "q=siti&unit=ORG1&rank=III_A&rank=IV_B&kind=FUNGSIONAL&predikat=BAIK&box=9&year=2025&retire=5&sort=-rank&size=50&after=c1";
    expect(toSearchParams(parseFilters(new URLSearchParams(query))).toString()).toBe(query);
  });

  test("values the API would refuse are dropped", () => {
    const f = parseFilters(
      new URLSearchParams("rank=III_Z&rank=III_A&box=12&retire=0&size=1000&sort=salary&predikat=OK"),
    );
    expect(f).toMatchObject({
      ranks: ["III_A"],
      box: undefined,
      retireWithin: undefined,
      size: 25,
      sort: undefined,
    });
    expect(f.predikat).toEqual([]);
  });

  test("defaults are left out of links, and a change starts again at the first page", () => {
    const f = parseFilters(new URLSearchParams("after=abc&size=25"));
    expect(toSearchParams(f).toString()).toBe("after=abc");
    expect(toSearchParams(withChange(f, { ranks: ["II_A"] })).toString()).toBe("rank=II_A");
    expect(directoryUrl({ ranks: ["IV_A"], box: 7, boxYear: 2025 })).toBe(
      "/pegawai?rank=IV_A&box=7&year=2025",
    );
    expect(directoryUrl({})).toBe("/pegawai");
  });

  test("pages forwards with after and backwards with before", () => {
    expect(toPage(parseFilters(new URLSearchParams("after=x&size=10")))).toEqual({ first: 10, after: "x" });
    expect(toPage(parseFilters(new URLSearchParams("before=y")))).toEqual({ last: 25, before: "y" });
  });
});

describe("filters to the employees connection's where", () => {
  const all = parseFilters(
    new URLSearchParams(
      "q=1985&unit=ORG1&rank=III_A&kind=PENGAWAS&predikat=SANGAT_BAIK&box=9&year=2025&retire=2",
    ),
  );

  test("a leader gets every filter, the search by name or NIP, and the unit's subtree", () => {
    expect(toWhere(all, { can: leader, unitPath: "/ORG0/ORG1/", today })).toEqual({
      hasUnitWith: [{ pathHasPrefix: "/ORG0/ORG1/" }],
      hasPositionWith: [{ kindIn: ["PENGAWAS"] }],
      rankIn: ["III_A"],
      latestPredikatIn: ["SANGAT_BAIK"],
      retirementDateGTE: "2026-11-23",
      retirementDateLTE: "2028-11-23",
      hasYearsWith: [{ year: 2025, talentBox: 9 }],
      or: [{ nameContainsFold: "1985" }, { nipHasPrefix: "1985" }],
    });
  });

  test("a dashboard's drill-down: the predikat of a year beside a talent box, retirement in a year", () => {
    const drill = parseFilters(
      new URLSearchParams("predikat=BAIK&predikatYear=2024&box=9&year=2025&retireYear=2027"),
    );
    expect(toSearchParams(drill).toString()).toBe(
      "predikat=BAIK&predikatYear=2024&box=9&year=2025&retireYear=2027",
    );
    expect(toWhere(drill, { can: leader, today })).toEqual({
      status: "ACTIVE",
      retirementDateGTE: "2027-01-01",
      retirementDateLTE: "2027-12-31",
      // Each condition on a year row of its own.
      and: [
        { hasYearsWith: [{ year: 2025, talentBox: 9 }] },
        { hasYearsWith: [{ year: 2024, predikatIn: ["BAIK"] }] },
      ],
    });
    // Without a predikat the year means nothing and is dropped.
    expect(parseFilters(new URLSearchParams("predikatYear=2024")).predikatYear).toBeUndefined();
  });

  test("an analyst never filters by name or NIP", () => {
    const where = toWhere(all, { can: analyst, unitPath: "/ORG0/ORG1/", today });
    expect(where.or).toBeUndefined();
    expect(where.rankIn).toEqual(["III_A"]);
  });

  test("an employee filters by unit, kind of post and name only", () => {
    expect(toWhere(all, { can: employee, today })).toEqual({
      hasPositionWith: [{ kindIn: ["PENGAWAS"] }],
      or: [{ nameContainsFold: "1985" }],
    });
  });

  test("the sort falls back to one the role may use", () => {
    expect(effectiveSort(parseFilters(new URLSearchParams("sort=name")), analyst)).toBe("-rank");
    expect(effectiveSort(parseFilters(new URLSearchParams("sort=rank")), employee)).toBe("name");
    expect(effectiveSort(parseFilters(new URLSearchParams("sort=nip")), leader)).toBe("nip");
  });
});

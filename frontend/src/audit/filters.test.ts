import { expect, test } from "vitest";
import { parseAuditFilters, toSearchParams, toWhere } from "./filters";

test("the filters survive the URL, and unusable dates are dropped", () => {
  const f = parseAuditFilters(new URLSearchParams("entity=Employee&actor=HR&from=2026-11-01&to=kemarin"));
  expect(f).toMatchObject({ entity: "Employee", actor: "hr", from: "2026-11-01", to: undefined });
  expect(toSearchParams(f).toString()).toBe("entity=Employee&actor=hr&from=2026-11-01");
});

test("a date range covers whole days in Jakarta, sent in UTC", () => {
  const where = toWhere({ from: "2026-11-01", to: "2026-11-23", action: "update" });
  expect(where.atGTE).toBe("2026-10-31T17:00:00.000Z");
  expect(where.atLT).toBe("2026-11-23T17:00:00.000Z");
  expect(where.action).toBe("update");
  expect(where.entityType).toBeUndefined();
});

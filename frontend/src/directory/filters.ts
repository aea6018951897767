import type { Permissions } from "../auth/permissions";
import type {
  EmployeeOrder,
  EmployeeWhereInput,
  EmployeeYearWhereInput,
  PositionKind,
  Predikat,
  Rank,
} from "../gql/graphql";
import { addYears } from "../i18n/format";
import { positionKinds, predikats, ranks } from "../i18n/labels";

// The directory's filters live in the URL query string, so that a filtered list is a link to share
// (and the dashboard drills down by linking here). This module turns the query string into filters,
// the filters back into a query string, and into the employees connection's where, orderBy and page.

export const pageSizes = [10, 25, 50, 100] as const; // the API allows first/last up to 100
export type PageSize = (typeof pageSizes)[number];

export const sortKeys = ["name", "-name", "-rank", "rank", "retirement", "nip"] as const;
export type SortKey = (typeof sortKeys)[number];

export type DirectoryFilters = {
  /** ID of the unit whose whole subtree is listed. */
  unit?: string;
  ranks: Rank[];
  kinds: PositionKind[];
  predikat: Predikat[];
  /** The year whose predikat the predikat filter means; none: the latest final predikat. */
  predikatYear?: number;
  /** Talent box (1–9) in boxYear. */
  box?: number;
  boxYear?: number;
  /** Retiring within this many years from today. */
  retireWithin?: number;
  /** Active employees retiring (BUP) in this year, as the retirement forecast counts them. */
  retireYear?: number;
  /** Name, or NIP prefix. */
  q?: string;
  sort?: SortKey;
  size: PageSize;
  after?: string;
  before?: string;
};

const defaultSize: PageSize = 25;

function oneOf<T extends string | number>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((a) => String(a) === value);
}

function intIn(value: string | null, min: number, max: number) {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Reads the filters from a query string; values the API would not accept are dropped. */
export function parseFilters(params: URLSearchParams): DirectoryFilters {
  const many = <T extends string>(key: string, allowed: readonly T[]) =>
    params.getAll(key).filter((v): v is T => allowed.includes(v as T));
  const box = intIn(params.get("box"), 1, 9);
  const predikat = many("predikat", predikats);
  return {
    unit: params.get("unit") || undefined,
    ranks: many("rank", ranks),
    kinds: many("kind", positionKinds),
    predikat,
    predikatYear: predikat.length ? intIn(params.get("predikatYear"), 2000, 2100) : undefined,
    box,
    boxYear: box ? intIn(params.get("year"), 2000, 2100) : undefined,
    retireWithin: intIn(params.get("retire"), 1, 40),
    retireYear: intIn(params.get("retireYear"), 2000, 2100),
    q: params.get("q")?.trim() || undefined,
    sort: oneOf(sortKeys, params.get("sort")),
    size: oneOf(pageSizes, params.get("size")) ?? defaultSize,
    after: params.get("after") || undefined,
    before: params.get("before") || undefined,
  };
}

/** The query string of the filters, without defaults, in a stable order. */
export function toSearchParams(f: Partial<DirectoryFilters>): URLSearchParams {
  const p = new URLSearchParams();
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== "") p.set(key, String(value));
  };
  set("q", f.q);
  set("unit", f.unit);
  for (const r of f.ranks ?? []) p.append("rank", r);
  for (const k of f.kinds ?? []) p.append("kind", k);
  for (const v of f.predikat ?? []) p.append("predikat", v);
  if (f.predikat?.length) set("predikatYear", f.predikatYear);
  set("box", f.box);
  if (f.box) set("year", f.boxYear);
  set("retire", f.retireWithin);
  set("retireYear", f.retireYear);
  set("sort", f.sort);
  if (f.size !== defaultSize) set("size", f.size);
  set("after", f.after);
  set("before", f.before);
  return p;
}

/** A link to the directory with these filters, for drill-downs from other screens. */
export function directoryUrl(f: Partial<DirectoryFilters>) {
  const query = toSearchParams(f).toString();
  return query ? `/pegawai?${query}` : "/pegawai";
}

/** Filters changed by the user: the page starts again from the first. */
export function withChange(f: DirectoryFilters, change: Partial<DirectoryFilters>): DirectoryFilters {
  return { ...f, after: undefined, before: undefined, ...change };
}

/** The sort orders the viewer may use: sorting by a field it may not read is refused by the API. */
export function sortOptions(can: Permissions): SortKey[] {
  return sortKeys.filter((k) => {
    if (k === "name" || k === "-name") return can.searchByName;
    if (k === "nip") return can.searchByNip;
    return can.filterByRecord;
  });
}

/** The sort in force: the one asked for if allowed, else the first allowed. */
export function effectiveSort(f: DirectoryFilters, can: Permissions): SortKey | undefined {
  const allowed = sortOptions(can);
  return f.sort && allowed.includes(f.sort) ? f.sort : allowed[0];
}

const orders: Record<SortKey, EmployeeOrder[]> = {
  name: [{ field: "NAME", direction: "ASC" }],
  "-name": [{ field: "NAME", direction: "DESC" }],
  "-rank": [{ field: "RANK", direction: "DESC" }],
  rank: [{ field: "RANK", direction: "ASC" }],
  retirement: [{ field: "RETIREMENT_DATE", direction: "ASC" }],
  nip: [{ field: "NIP", direction: "ASC" }],
};

export function toOrderBy(sort: SortKey | undefined): EmployeeOrder[] | undefined {
  return sort ? orders[sort] : undefined;
}

type WhereContext = {
  can: Permissions;
  /** Materialised path of the unit filter, once looked up. */
  unitPath?: string;
  /** Today as YYYY-MM-DD (WIB). */
  today: string;
};

/**
 * The where input of the filters the viewer may use. A filter on a field the viewer may not read
 * is refused by the API, so such filters are left out here too (the form does not offer them).
 */
export function toWhere(f: DirectoryFilters, { can, unitPath, today }: WhereContext): EmployeeWhereInput {
  const where: EmployeeWhereInput = {};
  if (unitPath) where.hasUnitWith = [{ pathHasPrefix: unitPath }];
  if (f.kinds.length) where.hasPositionWith = [{ kindIn: f.kinds }];
  if (can.filterByRecord) {
    if (f.ranks.length) where.rankIn = f.ranks;
    if (f.predikat.length && !f.predikatYear) where.latestPredikatIn = f.predikat;
    if (f.retireYear) {
      where.status = "ACTIVE";
      where.retirementDateGTE = `${f.retireYear}-01-01`;
      where.retirementDateLTE = `${f.retireYear}-12-31`;
    } else if (f.retireWithin) {
      where.retirementDateGTE = today;
      where.retirementDateLTE = addYears(today, f.retireWithin);
    }
  }
  if (can.filterByYears) {
    // Each condition on a year needs its own year row: one hasYearsWith would ask a single row for both.
    const years: EmployeeYearWhereInput[] = [];
    if (f.box && f.boxYear) years.push({ year: f.boxYear, talentBox: f.box });
    if (f.predikat.length && f.predikatYear) years.push({ year: f.predikatYear, predikatIn: f.predikat });
    if (years.length === 1) where.hasYearsWith = years;
    if (years.length === 2) where.and = years.map((y) => ({ hasYearsWith: [y] }));
  }
  if (f.q && can.searchByName) {
    where.or = can.searchByNip
      ? [{ nameContainsFold: f.q }, { nipHasPrefix: f.q }]
      : [{ nameContainsFold: f.q }];
  }
  return where;
}

/** The page arguments: forwards from after, backwards from before, else the first page. */
export function toPage(f: DirectoryFilters) {
  if (f.before) return { last: f.size, before: f.before };
  return { first: f.size, after: f.after };
}

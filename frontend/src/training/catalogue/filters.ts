import type { TrainingKind, TrainingOrder, TrainingWhereInput } from "../../gql/graphql";
import { trainingKinds } from "../../i18n/labels";

// The catalogue's filters live in the URL query string, so that a filtered catalogue is a link to share
// (a supervisor sends "open PKA trainings with seats left in March" to their team). This module turns
// the query string into filters, the filters back into a query string, and into the trainings
// connection's where, orderBy and page.

export const pageSize = 20;

export const sortKeys = ["start", "-start", "title", "-jp"] as const;
export type SortKey = (typeof sortKeys)[number];

export type CatalogueFilters = {
  kind?: TrainingKind;
  /** Part of the competency's name. */
  competency?: string;
  /** The month it starts in, YYYY-MM; without it, the catalogue lists what starts from today on. */
  month?: string;
  /** Only trainings with a seat left. */
  seats: boolean;
  sort: SortKey;
  after?: string;
  before?: string;
};

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Reads the filters from a query string; values the API would not accept are dropped. */
export function parseFilters(params: URLSearchParams): CatalogueFilters {
  const kind = params.get("kind");
  const month = params.get("month");
  const sort = params.get("sort");
  return {
    kind: trainingKinds.find((k) => k === kind),
    competency: params.get("competency")?.trim() || undefined,
    month: month && monthPattern.test(month) ? month : undefined,
    seats: params.get("seats") === "1",
    sort: sortKeys.find((k) => k === sort) ?? "start",
    after: params.get("after") || undefined,
    before: params.get("before") || undefined,
  };
}

/** The query string of the filters, without defaults, in a stable order. */
export function toSearchParams(f: CatalogueFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.kind) p.set("kind", f.kind);
  if (f.competency) p.set("competency", f.competency);
  if (f.month) p.set("month", f.month);
  if (f.seats) p.set("seats", "1");
  if (f.sort !== "start") p.set("sort", f.sort);
  if (f.after) p.set("after", f.after);
  if (f.before) p.set("before", f.before);
  return p;
}

/** Filters changed by the user: the list starts again from its first page. */
export function withChange(f: CatalogueFilters, change: Partial<CatalogueFilters>): CatalogueFilters {
  return { ...f, after: undefined, before: undefined, ...change };
}

/** The first day of the month after a YYYY-MM month. */
function nextMonth(month: string) {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/** The trainings connection's where; today (YYYY-MM-DD, WIB) starts the list when no month is chosen. */
export function toWhere(f: CatalogueFilters, today: string): TrainingWhereInput {
  const where: TrainingWhereInput = f.month
    ? { startsOnGTE: `${f.month}-01`, startsOnLT: nextMonth(f.month) }
    : { startsOnGTE: today };
  if (f.kind) where.kind = f.kind;
  if (f.competency) where.competencyContainsFold = f.competency;
  if (f.seats) where.seatsLeft = true;
  return where;
}

const orders: Record<SortKey, TrainingOrder[]> = {
  start: [{ field: "STARTS_ON", direction: "ASC" }],
  "-start": [{ field: "STARTS_ON", direction: "DESC" }],
  title: [{ field: "TITLE", direction: "ASC" }],
  "-jp": [{ field: "HOURS_JP", direction: "DESC" }],
};

export function toOrderBy(sort: SortKey): TrainingOrder[] {
  return orders[sort];
}

/** The page arguments: forwards from after, backwards from before, else the first page. */
export function toPage(f: CatalogueFilters) {
  if (f.before) return { last: pageSize, before: f.before };
  return { first: pageSize, after: f.after };
}

import type { AuditEntryWhereInput } from "../gql/graphql";

// The audit trail's filters live in the URL query string, so that a filtered trail is a link to share.

export const pageSize = 25;

/** The kinds of record the trail names most often, offered in the filter. */
export const entityTypes = [
  "Employee",
  "Account",
  "OrgUnit",
  "Position",
  "Evaluation",
  "PotentialAssessment",
  "DisciplinarySanction",
  "Training",
  "Enrollment",
  "Vacancy",
  "Application",
  "Mentorship",
  "CareerEvent",
  "TalentPolicy",
] as const;

/** The plain actions; workflow verbs (assessEvaluation, …) are typed in. */
export const plainActions = ["create", "update", "delete"] as const;

export type AuditFilters = {
  entity?: string;
  /** ID of one record. */
  id?: string;
  /** Username of the account that made the change. */
  actor?: string;
  action?: string;
  /** Dates (YYYY-MM-DD, WIB), both included. */
  from?: string;
  to?: string;
  after?: string;
  before?: string;
};

const keys = ["entity", "id", "actor", "action", "from", "to", "after", "before"] as const;
const isDate = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const get = (k: string) => params.get(k)?.trim() || undefined;
  return {
    entity: get("entity"),
    id: get("id"),
    actor: get("actor")?.toLowerCase(),
    action: get("action"),
    from: isDate(get("from")),
    to: isDate(get("to")),
    after: get("after"),
    before: get("before"),
  };
}

export function toSearchParams(f: AuditFilters): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of keys) {
    const v = f[k];
    if (v) out.set(k, v);
  }
  return out;
}

/** Midnight of a date in Jakarta, in UTC: the API compares times in UTC. */
function startOfDayWib(date: string, plusDays = 0) {
  const d = new Date(`${date}T00:00:00+07:00`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
}

export function toWhere(f: AuditFilters): AuditEntryWhereInput {
  return {
    entityType: f.entity,
    entityID: f.id,
    actorUsername: f.actor,
    action: f.action,
    atGTE: f.from ? startOfDayWib(f.from) : undefined,
    atLT: f.to ? startOfDayWib(f.to, 1) : undefined,
  };
}

/** The page arguments: forwards from after, backwards from before, else the first page. */
export function toPage(f: AuditFilters) {
  if (f.before) return { last: pageSize, before: f.before };
  return { first: pageSize, after: f.after };
}

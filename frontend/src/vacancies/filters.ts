import type { VacancyKind, VacancyWhereInput } from "../gql/graphql";
import { vacancyKinds } from "./labels";

/** The board's filters, as the URL holds them so that a filtered board can be shared. */
export type BoardFilters = { kind: VacancyKind | null; unit: string | null };

export function readFilters(params: URLSearchParams): BoardFilters {
  const kind = params.get("kind") as VacancyKind | null;
  return { kind: kind && vacancyKinds.includes(kind) ? kind : null, unit: params.get("unit") || null };
}

/** The where of the vacancies query: OPEN ones, of a kind, whose post lies below an instansi. */
export function boardWhere({ kind, unit }: BoardFilters): VacancyWhereInput {
  return {
    status: "OPEN",
    ...(kind && { kind }),
    // A unit's path lists the IDs of its ancestors, so "below the instansi" is a path containing its ID.
    ...(unit && { hasPositionWith: [{ hasUnitWith: [{ pathContains: `/${unit}/` }] }] }),
  };
}

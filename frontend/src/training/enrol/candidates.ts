import type { TeamQuery } from "../../gql/graphql";

export type Candidate = { id: string; name?: string | null; detail?: string };

type Member = NonNullable<
  Extract<NonNullable<TeamQuery["node"]>, { __typename: "Employee" }>["subordinates"]
>[number];

/** A supervisor's active staff and their staff, once each, by name. */
export function teamCandidates(subordinates: Member[] | null | undefined): Candidate[] {
  const all = (subordinates ?? []).flatMap((s) => [s, ...(s.subordinates ?? [])]);
  const byId = new Map(
    all
      .filter((m) => m.status === "ACTIVE")
      .map((m) => [m.id, { id: m.id, name: m.name, detail: m.position?.title }]),
  );
  return [...byId.values()].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "", "id"));
}

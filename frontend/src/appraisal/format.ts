import type { EvaluationPeriod } from "../gql/graphql";

/** Periods in the order a list of one year shows them: the annual evaluation, then the latest quarter. */
const periodOrder: EvaluationPeriod[] = ["ANNUAL", "Q4", "Q3", "Q2", "Q1"];

/** Newest year first, and within a year the annual evaluation before the quarters. */
export function byPeriod(
  a: { year: number; period: EvaluationPeriod },
  b: { year: number; period: EvaluationPeriod },
) {
  return b.year - a.year || periodOrder.indexOf(a.period) - periodOrder.indexOf(b.period);
}

/** The nodes of a connection, without the holes a refused row leaves. */
export function nodes<T>(edges: ReadonlyArray<{ node?: T | null } | null> | null | undefined): T[] {
  return (edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
}

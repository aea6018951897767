import type { DueEmployeeFragment, Predikat, Rank } from "../../gql/graphql";
import { ranks } from "../../i18n/labels";

/** internal/career: 4 years in rank, at least BAIK in each of the 2 years before the window's year. */
export const minYearsInRank = 4;
export const promotionYears = 2;

/** What the rule looked at for one person due in a window: the rank held since when, and each year's predikat. */
export type RuleMet = {
  rank: Rank | null;
  rankSince: string | null;
  predikat: { year: number; predikat: Predikat | null }[];
};

export function ruleMet(e: DueEmployeeFragment, effectiveOn: string): RuleMet {
  const windowYear = Number(effectiveOn.slice(0, 4));
  const byYear = new Map((e.years ?? []).map((y) => [y.year, y.predikat ?? null]));
  const predikat = [];
  for (let year = windowYear - promotionYears; year < windowYear; year++) {
    predikat.push({ year, predikat: byYear.get(year) ?? null });
  }
  return { rank: e.rank ?? null, rankSince: e.rankSince ?? null, predikat };
}

/** The regular promotion's next rank, or null from IV/e (the highest) or without a rank (PPPK). */
export function nextRank(rank: Rank | null | undefined): Rank | null {
  if (!rank) return null;
  const i = ranks.indexOf(rank);
  return i >= 0 && i < ranks.length - 1 ? ranks[i + 1] : null;
}

import type { EnrollmentStatus } from "../../gql/graphql";

type Enrolment = { status: EnrollmentStatus; training: { endsOn: string } };

/**
 * The years the ledger shows, oldest first: the three before this one and this one, and next year
 * too once something counts for it (JP count in the year a training ends).
 */
export function ledgerYears(thisYear: number, nextYearJp: number, enrolments: Enrolment[]) {
  const years = [thisYear - 3, thisYear - 2, thisYear - 1, thisYear];
  const next = String(thisYear + 1);
  const planned = enrolments.some(
    (e) => e.status !== "CANCELLED" && e.status !== "FAILED" && e.training.endsOn.startsWith(next),
  );
  return nextYearJp > 0 || planned ? [...years, thisYear + 1] : years;
}

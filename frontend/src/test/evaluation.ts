import type { EvaluationDetailFragment } from "../gql/graphql";

/** An evaluation as the API returns it, at any step, for the appraisal screens' tests. */
export function evaluation(change: Partial<EvaluationDetailFragment> = {}): EvaluationDetailFragment {
  return {
    __typename: "Evaluation",
    id: "EVL1",
    year: 2026,
    period: "ANNUAL",
    status: "DRAFT",
    version: 1,
    workPlans: null,
    behaviorNotes: null,
    workResult: null,
    workBehavior: null,
    predikat: null,
    coachingNote: null,
    submittedAt: null,
    assessedAt: null,
    objectionDaysLeft: 0,
    objectionDeadline: null,
    objectionReason: null,
    objectedAt: null,
    decisionReason: null,
    decidedAt: null,
    finalizedAt: null,
    employee: { id: "EMP1", name: "Siti Rahma" },
    evaluator: { id: "EMP2", name: "Syahrial Ramadhan" },
    decidedBy: null,
    ...change,
  } as EvaluationDetailFragment;
}

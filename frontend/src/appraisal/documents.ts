import { graphql } from "../gql";

// What every appraisal screen shows of one evaluation: the employee's plans and notes, the assessment,
// the objection and its decision, and the version each workflow step must send back.
export const EvaluationDetailFragment = graphql(`
  fragment EvaluationDetail on Evaluation {
    id
    year
    period
    status
    version
    workPlans {
      title
      kind
      indicators {
        name
        target
        realisation
      }
    }
    behaviorNotes {
      value
      selfNote
      assessorNote
    }
    workResult
    workBehavior
    predikat
    coachingNote
    submittedAt
    assessedAt
    objectionDaysLeft
    objectionDeadline
    objectionReason
    objectedAt
    decisionReason
    decidedAt
    finalizedAt
    employee {
      id
      name
    }
    evaluator {
      id
      name
    }
    decidedBy {
      id
      name
    }
  }
`);

export const EvaluationDocument = graphql(`
  query Evaluation($id: ID!) {
    node(id: $id) {
      __typename
      ... on Evaluation {
        ...EvaluationDetail
      }
    }
  }
`);

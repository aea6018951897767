import { graphql } from "../../gql";

// The assessor is the evaluation's evaluatorID: the API sets it to the direct supervisor on submission.
export const EvaluationsToAssessDocument = graphql(`
  query EvaluationsToAssess($evaluatorID: ID!, $status: EvaluationStatus!) {
    evaluations(
      first: 50
      where: { evaluatorID: $evaluatorID, status: $status }
      orderBy: [{ field: YEAR, direction: DESC }]
    ) {
      edges {
        node {
          id
          year
          period
          status
          predikat
          submittedAt
          employee {
            id
            name
            position {
              id
              title
            }
          }
        }
      }
    }
  }
`);

export const CalibrationDetailFragment = graphql(`
  fragment CalibrationDetail on Calibration {
    unit {
      id
      name
    }
    unitRating
    year
    period
    predikat
    assessed
    caps {
      atLeast
      maxShare
      count
      share
      allowed
      over
    }
  }
`);

export const CalibrationPreviewDocument = graphql(`
  query CalibrationPreview($evaluationID: ID!, $workResult: Rating!, $workBehavior: Rating!) {
    calibrationPreview(evaluationID: $evaluationID, workResult: $workResult, workBehavior: $workBehavior) {
      ...CalibrationDetail
    }
  }
`);

export const AssessEvaluationDocument = graphql(`
  mutation AssessEvaluation($id: ID!, $version: Int!, $input: AssessEvaluationInput!) {
    assessEvaluation(id: $id, version: $version, input: $input) {
      evaluation {
        ...EvaluationDetail
      }
      calibration {
        ...CalibrationDetail
      }
    }
  }
`);

export const CoachingPlansDocument = graphql(`
  query CoachingPlans($coachID: ID!) {
    coachingPlans(first: 50, where: { coachID: $coachID }, orderBy: [{ field: DUE_ON, direction: ASC }]) {
      edges {
        node {
          id
          status
          plan
          dueOn
          outcome
          closedAt
          employee {
            id
            name
          }
          evaluation {
            id
            year
            period
            predikat
          }
        }
      }
    }
  }
`);

export const UpdateCoachingPlanDocument = graphql(`
  mutation UpdateCoachingPlan($id: ID!, $input: UpdateCoachingPlanInput!) {
    updateCoachingPlan(id: $id, input: $input) {
      id
      status
      plan
      dueOn
    }
  }
`);

export const CloseCoachingPlanDocument = graphql(`
  mutation CloseCoachingPlan($id: ID!, $outcome: String!) {
    closeCoachingPlan(id: $id, outcome: $outcome) {
      id
      status
      outcome
      closedAt
    }
  }
`);

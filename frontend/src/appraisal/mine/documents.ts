import { graphql } from "../../gql";

export const MyEvaluationsDocument = graphql(`
  query MyEvaluations($employeeID: ID!) {
    evaluations(first: 50, where: { employeeID: $employeeID }, orderBy: [{ field: YEAR, direction: DESC }]) {
      edges {
        node {
          id
          year
          period
          status
          predikat
          objectionDaysLeft
        }
      }
    }
  }
`);

export const StartEvaluationDocument = graphql(`
  mutation StartEvaluation($year: Int!, $period: EvaluationPeriod!) {
    startEvaluation(year: $year, period: $period) {
      ...EvaluationDetail
    }
  }
`);

export const SaveEvaluationDocument = graphql(`
  mutation SaveEvaluation($id: ID!, $version: Int!, $input: SaveEvaluationInput!) {
    saveEvaluation(id: $id, version: $version, input: $input) {
      ...EvaluationDetail
    }
  }
`);

export const SubmitEvaluationDocument = graphql(`
  mutation SubmitEvaluation($id: ID!, $version: Int!) {
    submitEvaluation(id: $id, version: $version) {
      ...EvaluationDetail
    }
  }
`);

export const AcceptEvaluationDocument = graphql(`
  mutation AcceptEvaluation($id: ID!, $version: Int!) {
    acceptEvaluation(id: $id, version: $version) {
      ...EvaluationDetail
    }
  }
`);

export const ObjectToEvaluationDocument = graphql(`
  mutation ObjectToEvaluation($id: ID!, $version: Int!, $reason: String!) {
    objectToEvaluation(id: $id, version: $version, reason: $reason) {
      ...EvaluationDetail
    }
  }
`);

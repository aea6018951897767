import { graphql } from "../../gql";

// An objection goes to the assessor's own superior: the objections the viewer decides are those to
// assessments made by the viewer's direct subordinates. (Filtering evaluations by the evaluator's
// supervisor, hasEvaluatorWith, is refused to supervisors, so the assessors are read first.)
export const AssessorsDocument = graphql(`
  query Assessors {
    viewer {
      id
      employee {
        id
        subordinates {
          id
        }
      }
    }
  }
`);

export const ObjectionsToDecideDocument = graphql(`
  query ObjectionsToDecide($assessors: [ID!]!) {
    evaluations(
      first: 50
      where: { status: OBJECTED, evaluatorIDIn: $assessors }
      orderBy: [{ field: ASSESSED_AT, direction: ASC }]
    ) {
      edges {
        node {
          id
          year
          period
          predikat
          objectedAt
          employee {
            id
            name
          }
          evaluator {
            id
            name
          }
        }
      }
    }
  }
`);

export const DecideObjectionDocument = graphql(`
  mutation DecideObjection($id: ID!, $version: Int!, $input: DecideObjectionInput!) {
    decideObjection(id: $id, version: $version, input: $input) {
      ...EvaluationDetail
    }
  }
`);

import { graphql } from "../../gql";

// The viewer's JP over five years (three back, this year and the next, which a training ending in
// January already counts for) and their enrolments.
export const MyTrainingsDocument = graphql(`
  query MyTrainings($me: ID!, $y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!, $y4: Int!) {
    node(id: $me) {
      __typename
      ... on Employee {
        id
        employmentType
        jp0: jpCompleted(year: $y0)
        jp1: jpCompleted(year: $y1)
        jp2: jpCompleted(year: $y2)
        jp3: jpCompleted(year: $y3)
        jp4: jpCompleted(year: $y4)
        enrollments(first: 100) {
          edges {
            node {
              id
              status
              score
              training {
                id
                title
                kind
                hoursJp
                startsOn
                endsOn
                curriculumID
              }
            }
          }
        }
      }
    }
  }
`);

export const CancelEnrollmentDocument = graphql(`
  mutation CancelEnrollment($id: ID!) {
    cancelEnrollment(id: $id) {
      id
      status
      training {
        id
        seatsTaken
      }
    }
  }
`);

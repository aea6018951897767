import { graphql } from "../../gql";

// One training: what everyone reads, the viewer's own enrolment, and for HR the participants (a
// training has at most 100 seats in practice; the API's page limit).
export const TrainingDetailDocument = graphql(`
  query TrainingDetail($id: ID!, $me: ID!, $withMine: Boolean!, $withParticipants: Boolean!) {
    node(id: $id) {
      __typename
      ... on Training {
        id
        title
        kind
        competency
        hoursJp
        startsOn
        endsOn
        provider
        capacity
        seatsTaken
        status
        description
        curriculum {
          id
          name
          modules {
            id
            title
            position
            hoursJp
          }
        }
        mine: enrollments(first: 1, where: { employeeID: $me, statusNEQ: CANCELLED }) @include(if: $withMine) {
          edges {
            node {
              id
              status
            }
          }
        }
        participants: enrollments(first: 100) @include(if: $withParticipants) {
          totalCount
          edges {
            node {
              id
              status
              score
              nominated
              employee {
                id
                name
                nip
                unit {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($id: ID!) {
    recordAttendance(id: $id) {
      id
      status
    }
  }
`);

export const CompleteEnrollmentDocument = graphql(`
  mutation CompleteEnrollment($id: ID!, $passed: Boolean!, $score: Float) {
    completeEnrollment(id: $id, passed: $passed, score: $score) {
      id
      status
      score
      completedAt
    }
  }
`);

import { graphql } from "../../gql";

// A page of the catalogue with, for a viewer who is an employee, their own place in each training.
export const TrainingCatalogueDocument = graphql(`
  query TrainingCatalogue(
    $where: TrainingWhereInput
    $orderBy: [TrainingOrder!]
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
    $me: ID!
    $withMine: Boolean!
  ) {
    trainings(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
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
          curriculum {
            id
            name
          }
          mine: enrollments(first: 1, where: { employeeID: $me, statusNEQ: CANCELLED }) @include(if: $withMine) {
            edges {
              node {
                id
                status
              }
            }
          }
        }
      }
    }
  }
`);

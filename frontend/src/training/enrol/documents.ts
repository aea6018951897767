import { graphql } from "../../gql";

// The enrolments return their training's seats, so that every list showing the training refreshes.
export const EnrollInTrainingDocument = graphql(`
  mutation EnrollInTraining($trainingID: ID!) {
    enrollInTraining(trainingID: $trainingID) {
      id
      status
      training {
        id
        seatsTaken
      }
    }
  }
`);

export const NominateForTrainingDocument = graphql(`
  mutation NominateForTraining($trainingID: ID!, $employeeID: ID!) {
    nominateForTraining(trainingID: $trainingID, employeeID: $employeeID) {
      id
      status
      employee {
        id
        name
      }
      training {
        id
        seatsTaken
      }
    }
  }
`);

/** HR and ADMIN pick a nominee from everyone they manage, by name or NIP. */
export const NomineeSearchDocument = graphql(`
  query NomineeSearch($q: String!) {
    employees(
      first: 10
      where: { status: ACTIVE, or: [{ nameContainsFold: $q }, { nipHasPrefix: $q }] }
      orderBy: [{ field: NAME, direction: ASC }]
    ) {
      edges {
        node {
          id
          name
          nip
          position {
            id
            title
          }
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

/** A supervisor picks from their team: their staff and their staff's staff. */
export const TeamDocument = graphql(`
  query Team($me: ID!) {
    node(id: $me) {
      __typename
      ... on Employee {
        id
        subordinates {
          id
          name
          status
          position {
            id
            title
          }
          subordinates {
            id
            name
            status
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

import { graphql } from "../../gql";

// The viewer's completed enrolment, the modules of its curriculum, and what they already rated.
export const FeedbackFormDocument = graphql(`
  query FeedbackForm($id: ID!) {
    node(id: $id) {
      __typename
      ... on Enrollment {
        id
        status
        training {
          id
          title
          startsOn
          endsOn
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
        }
        myFeedback {
          id
          moduleID
          rating
          comment
        }
      }
    }
  }
`);

export const GiveModuleFeedbackDocument = graphql(`
  mutation GiveModuleFeedback($enrollmentID: ID!, $moduleID: ID!, $rating: Int!, $comment: String) {
    giveModuleFeedback(enrollmentID: $enrollmentID, moduleID: $moduleID, rating: $rating, comment: $comment) {
      id
      moduleID
      rating
      comment
    }
  }
`);

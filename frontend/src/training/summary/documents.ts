import { graphql } from "../../gql";

// What HR reads of the feedback on a module: never who gave it.
export const FeedbackModuleFragment = graphql(`
  fragment FeedbackModule on ModuleFeedbackSummary {
    module {
      id
      title
      position
    }
    count
    mean
    distribution
    comments {
      feedbackID
      rating
      text
      training {
        id
        title
        startsOn
      }
    }
  }
`);

export const TrainingFeedbackDocument = graphql(`
  query TrainingFeedback($id: ID!) {
    node(id: $id) {
      __typename
      ... on Training {
        id
        title
        startsOn
        endsOn
        curriculum {
          id
          name
        }
      }
    }
    trainingFeedback(trainingID: $id) {
      count
      mean
      modules {
        ...FeedbackModule
      }
    }
  }
`);

export const CurriculumFeedbackDocument = graphql(`
  query CurriculumFeedback($id: ID!) {
    node(id: $id) {
      __typename
      ... on Curriculum {
        id
        name
        kind
        competency
        description
        revisions {
          id
          createdAt
          changes
          reason
          cites {
            id
            rating
            comment
            module {
              id
              title
            }
            training {
              id
              title
            }
          }
        }
      }
    }
    curriculumFeedback(curriculumID: $id) {
      count
      mean
      modules {
        ...FeedbackModule
      }
      cohorts {
        training {
          id
          title
          startsOn
          provider
        }
        count
        mean
        modules {
          module {
            id
          }
          count
          mean
        }
      }
    }
  }
`);

export const CurriculaDocument = graphql(`
  query Curricula {
    curriculums(first: 50, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          kind
          competency
          modules {
            id
          }
          revisions {
            id
          }
          trainings(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

export const RecordCurriculumRevisionDocument = graphql(`
  mutation RecordCurriculumRevision($curriculumID: ID!, $changes: String!, $reason: String!, $feedbackIDs: [ID!]!) {
    recordCurriculumRevision(curriculumID: $curriculumID, changes: $changes, reason: $reason, feedbackIDs: $feedbackIDs) {
      id
      createdAt
      changes
      reason
      curriculum {
        id
      }
      cites {
        id
        rating
        comment
      }
    }
  }
`);

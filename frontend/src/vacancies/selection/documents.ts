import { graphql } from "../../gql";

// HR's view of one vacancy's applications, best weighted total first (unscored last).
export const ApplicationsDocument = graphql(`
  query VacancyApplications($id: ID!) {
    node(id: $id) {
      __typename
      ... on Vacancy {
        id
        kind
        status
        position {
          title
        }
        stages {
          stage
          weight
        }
        applications(first: 100, orderBy: [{ field: TOTAL_SCORE, direction: DESC }]) {
          totalCount
          edges {
            node {
              ...ReviewedApplication
            }
          }
        }
      }
    }
  }
`);

export const ReviewedApplicationFragment = graphql(`
  fragment ReviewedApplication on Application {
    id
    status
    totalScore
    submittedAt
    stageScores {
      stage
      weight
      score
    }
    eligibility {
      requirement
      met
      reason
    }
    applicantSummary {
      name
      rankName
      positionTitle
      unitName
    }
  }
`);

export const ShortlistDocument = graphql(`
  mutation ShortlistApplication($id: ID!) {
    shortlistApplication(id: $id) {
      ...ReviewedApplication
    }
  }
`);

export const RejectDocument = graphql(`
  mutation RejectApplication($id: ID!) {
    rejectApplication(id: $id) {
      ...ReviewedApplication
    }
  }
`);

export const ScoreDocument = graphql(`
  mutation ScoreApplication($id: ID!, $scores: [StageScoreInput!]!) {
    scoreApplication(id: $id, scores: $scores) {
      ...ReviewedApplication
    }
  }
`);

export const ShortlistBestDocument = graphql(`
  mutation ShortlistBest($vacancyID: ID!) {
    shortlistBest(vacancyID: $vacancyID) {
      ...ReviewedApplication
    }
  }
`);

export const SelectDocument = graphql(`
  mutation SelectCandidate($applicationID: ID!, $decreeNumber: String!) {
    selectCandidate(applicationID: $applicationID, decreeNumber: $decreeNumber) {
      ...ReviewedApplication
      vacancy {
        id
        status
        filledAt
      }
    }
  }
`);

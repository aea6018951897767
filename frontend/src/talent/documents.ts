import { graphql } from "../gql";

// The talent screens: the 9-box of a unit (its counts come from the dashboard's TalentWidget query),
// the people of one box, the posts at risk, a post's succession list, and HR's records on a profile.

export const TalentBoxMembersDocument = graphql(`
  query TalentBoxMembers($year: Int!, $box: Int!, $unitID: ID, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    talentBoxMembers(
      year: $year
      box: $box
      unitID: $unitID
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: [{ field: NAME, direction: ASC }]
    ) {
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
          name
          rank
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

export const PositionsAtRiskDocument = graphql(`
  query PositionsAtRisk($unitID: ID, $year: Int!) {
    positionsAtRisk(unitID: $unitID, year: $year) {
      position {
        id
        title
        unit {
          id
          name
        }
      }
      holder {
        id
        name
      }
      retirement
      pool
    }
    talentSettings {
      atRiskYears
    }
  }
`);

export const PositionSearchDocument = graphql(`
  query PositionSearch($title: String!) {
    positions(first: 20, where: { titleContainsFold: $title }, orderBy: [{ field: TITLE, direction: ASC }]) {
      edges {
        node {
          id
          title
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export const SuccessionDocument = graphql(`
  query Succession($positionID: ID!, $year: Int!) {
    node(id: $positionID) {
      __typename
      ... on Position {
        id
        title
        kind
        minRank
        unit {
          id
          name
        }
        holders {
          id
          name
          retirementDate
        }
      }
    }
    successionCandidates(positionID: $positionID, year: $year) {
      employee {
        id
        name
        rank
        position {
          id
          title
        }
        unit {
          id
          name
        }
      }
      box
      candidate
      reasons {
        requirement
        met
        reason
      }
    }
    talentSettings {
      minYearsToRetirement
      sanctionFreeYears
    }
  }
`);

export const EmployeeTalentDocument = graphql(`
  query EmployeeTalent($id: ID!) {
    node(id: $id) {
      __typename
      ... on Employee {
        id
        potentialAssessments {
          id
          year
          level
          score
          method
        }
        sanctions {
          id
          level
          description
          decreeNumber
          imposedOn
          endsOn
        }
      }
    }
  }
`);

export const RecordPotentialAssessmentDocument = graphql(`
  mutation RecordPotentialAssessment($employeeID: ID!, $input: PotentialAssessmentInput!) {
    recordPotentialAssessment(employeeID: $employeeID, input: $input) {
      id
      year
      level
      score
      method
    }
  }
`);

export const RecordSanctionDocument = graphql(`
  mutation RecordSanction($employeeID: ID!, $input: SanctionInput!) {
    recordSanction(employeeID: $employeeID, input: $input) {
      id
      level
      description
      decreeNumber
      imposedOn
      endsOn
    }
  }
`);

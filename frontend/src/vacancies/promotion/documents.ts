import { graphql } from "../../gql";

// The promotion windows of a year with how many of the viewer's scope are due in each.
export const PromotionWindowsDocument = graphql(`
  query PromotionWindows($year: Int!) {
    promotionPipeline(year: $year) {
      year
      windows {
        window {
          id
          name
          effectiveOn
        }
        due {
          value
          display
        }
        newlyDue {
          value
          display
        }
      }
    }
  }
`);

// Who is due in one window, with what the rule looks at: rank and since when, and the yearly predikat.
export const PromotionDueDocument = graphql(`
  query PromotionDue($windowID: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    promotionDue(
      windowID: $windowID
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
          ...DueEmployee
        }
      }
    }
  }
`);

export const DueEmployeeFragment = graphql(`
  fragment DueEmployee on Employee {
    id
    name
    rank
    rankSince
    yearsInRank
    position {
      title
    }
    unit {
      name
    }
    years {
      year
      predikat
    }
  }
`);

export const PromotionCheckDocument = graphql(`
  query PromotionCheck($employeeID: ID!, $effectiveOn: Date!) {
    promotionCheck(employeeID: $employeeID, effectiveOn: $effectiveOn) {
      due
      reasons
    }
  }
`);

export const RecordRankPromotionDocument = graphql(`
  mutation RecordRankPromotion($employeeID: ID!, $input: RankPromotionInput!) {
    recordRankPromotion(employeeID: $employeeID, input: $input) {
      id
      rank
      rankName
      rankSince
      yearsInRank
    }
  }
`);

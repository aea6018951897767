import { graphql } from "../../gql";

// A supervisor's staff short of 20 JP in a year: a team fits one page of the API's largest.
export const TeamJpShortfallDocument = graphql(`
  query TeamJpShortfall($year: Int!) {
    jpShortfall(year: $year, first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          id
          name
          position {
            id
            title
          }
          jpCompleted(year: $year)
        }
      }
    }
  }
`);

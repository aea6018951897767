import { graphql } from "../gql";

/** A unit by id: its name for a picker or a heading, its path for a subtree filter. */
export const UnitDocument = graphql(`
  query Unit($id: ID!) {
    node(id: $id) {
      __typename
      ... on OrgUnit {
        id
        name
        path
      }
    }
  }
`);

/** Units by name, within the viewer's scope, for the unit picker. */
export const UnitSearchDocument = graphql(`
  query UnitSearch($name: String!, $within: String) {
    orgUnits(
      first: 20
      where: { nameContainsFold: $name, pathHasPrefix: $within }
      orderBy: [{ field: NAME, direction: ASC }]
    ) {
      edges {
        node {
          id
          name
          kind
          parent {
            id
            name
          }
        }
      }
    }
  }
`);

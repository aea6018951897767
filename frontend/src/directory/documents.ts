import { graphql } from "../gql";

// What the viewer may not read is not asked for at all (@include), rather than asked and refused:
// an analyst's browser never requests a NIP or a name.
export const DirectoryDocument = graphql(`
  query Directory(
    $where: EmployeeWhereInput
    $orderBy: [EmployeeOrder!]
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
    $withPersonal: Boolean!
    $withName: Boolean!
    $withRecord: Boolean!
  ) {
    employees(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
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
          nip @include(if: $withPersonal)
          name @include(if: $withName)
          rank @include(if: $withRecord)
          pppkGrade @include(if: $withRecord)
          latestPredikat @include(if: $withRecord)
          retirementDate @include(if: $withRecord)
          position {
            id
            title
            kind
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

import { graphql } from "../gql";

// The audit trail: entries the viewer may read (ADMIN all, HR and leaders their scope), and the changes
// to the signed-in employee's own record.

export const AuditEntryFieldsFragment = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    at
    action
    entityType
    entityID
    employeeID
    actorDisplayName
    actorName
    changes {
      field
      old
      new
    }
  }
`);

export const AuditTrailDocument = graphql(`
  query AuditTrail($where: AuditEntryWhereInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    auditEntries(
      where: $where
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: [{ field: AT, direction: DESC }]
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
          ...AuditEntryFields
        }
      }
    }
  }
`);

export const MyRecordChangesDocument = graphql(`
  query MyRecordChanges($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    myRecordChanges(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...AuditEntryFields
        }
      }
    }
  }
`);

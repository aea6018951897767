import { graphql } from "../../gql";

// Accounts: ADMIN manages all of them, HR those of its scope (never ADMIN or ANALYST ones).

export const AdminAccountFieldsFragment = graphql(`
  fragment AdminAccountFields on Account {
    id
    username
    role
    active
    updatedAt
    employee {
      id
      name
    }
    scopeUnit {
      id
      name
    }
  }
`);

export const AdminAccountsDocument = graphql(`
  query AdminAccounts($where: AccountWhereInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    accounts(
      where: $where
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: [{ field: USERNAME, direction: ASC }]
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
          ...AdminAccountFields
        }
      }
    }
  }
`);

export const CreateAccountDocument = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AdminAccountFields
    }
  }
`);

export const UpdateAccountDocument = graphql(`
  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, input: $input) {
      ...AdminAccountFields
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($id: ID!, $newPassword: String!) {
    resetPassword(id: $id, newPassword: $newPassword) {
      ...AdminAccountFields
    }
  }
`);

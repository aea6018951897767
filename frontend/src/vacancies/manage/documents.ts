import { graphql } from "../../gql";

// HR's own vacancies, every status, newest opening first: drafts only HR of the post's unit sees, so
// the list is limited to posts of the viewer's scope (an ADMIN, with no scope, sees them all).
export const ManagedVacanciesDocument = graphql(`
  query ManagedVacancies(
    $where: VacancyWhereInput!
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
  ) {
    vacancies(
      first: $first
      after: $after
      last: $last
      before: $before
      where: $where
      orderBy: [{ field: OPENS_ON, direction: DESC }, { field: TITLE, direction: ASC }]
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
          ...ManagedVacancy
        }
      }
    }
  }
`);

export const ManagedVacancyFragment = graphql(`
  fragment ManagedVacancy on Vacancy {
    id
    kind
    title
    description
    status
    opensOn
    closesOn
    filledAt
    requirements {
      ...Requirements
    }
    stages {
      stage
      weight
    }
    position {
      id
      title
      unit {
        id
        name
      }
    }
    applications(first: 1) {
      totalCount
    }
  }
`);

export const ManagedVacancyDocument = graphql(`
  query ManagedVacancy($id: ID!) {
    node(id: $id) {
      __typename
      ... on Vacancy {
        ...ManagedVacancy
      }
    }
  }
`);

// The posts HR may announce: those of its scope, found by title.
export const VacancyPositionSearchDocument = graphql(`
  query VacancyPositionSearch($where: PositionWhereInput!) {
    positions(first: 20, where: $where, orderBy: [{ field: TITLE, direction: ASC }]) {
      edges {
        node {
          id
          title
          kind
          quota
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateVacancyDocument = graphql(`
  mutation CreateVacancy($input: VacancyInput!) {
    createVacancy(input: $input) {
      ...ManagedVacancy
    }
  }
`);

export const UpdateVacancyDocument = graphql(`
  mutation UpdateVacancy($id: ID!, $input: VacancyInput!) {
    updateVacancy(id: $id, input: $input) {
      ...ManagedVacancy
    }
  }
`);

export const PublishVacancyDocument = graphql(`
  mutation PublishVacancy($id: ID!) {
    publishVacancy(id: $id) {
      ...ManagedVacancy
    }
  }
`);

export const CloseVacancyDocument = graphql(`
  mutation CloseVacancy($id: ID!) {
    closeVacancy(id: $id) {
      ...ManagedVacancy
    }
  }
`);

export const CancelVacancyDocument = graphql(`
  mutation CancelVacancy($id: ID!) {
    cancelVacancy(id: $id) {
      ...ManagedVacancy
    }
  }
`);

import { graphql } from "../gql";

// The public board: OPEN vacancies (anonymous visitors see no others), closing soonest first. A
// government announces a handful at a time, so one page of 50 holds them.
export const BoardDocument = graphql(`
  query VacancyBoard($where: VacancyWhereInput!) {
    vacancies(first: 50, where: $where, orderBy: [{ field: CLOSES_ON, direction: ASC }]) {
      totalCount
      edges {
        node {
          ...VacancySummary
        }
      }
    }
    orgUnits(first: 50, where: { kind: INSTANSI }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          path
        }
      }
    }
  }
`);

export const VacancySummaryFragment = graphql(`
  fragment VacancySummary on Vacancy {
    id
    kind
    title
    status
    opensOn
    closesOn
    requirements {
      ...Requirements
    }
    position {
      id
      title
      unit {
        id
        name
      }
    }
  }
`);

export const RequirementsFragment = graphql(`
  fragment Requirements on VacancyRequirements {
    minRank
    minPredikat
    predikatYears
    trainingKinds
    minEducation
    minYearsToRetirement
    noSanctionYears
  }
`);

export const VacancyDocument = graphql(`
  query Vacancy($id: ID!) {
    node(id: $id) {
      __typename
      ... on Vacancy {
        ...VacancySummary
        description
        filledAt
        stages {
          stage
          weight
        }
      }
    }
  }
`);

export const AnnouncementsDocument = graphql(`
  query VacancyAnnouncements {
    vacancyAnnouncements(limit: 10) {
      vacancy {
        id
        title
      }
      selectedName
      positionTitle
      unitName
      filledAt
    }
  }
`);

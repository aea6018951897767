import { graphql } from "../gql";

// The whole profile in one request. Personal fields and names are not asked for where the role never
// reads them (analysts); other refused fields come back null and show as "—".
export const ProfileDocument = graphql(`
  query Profile($id: ID!, $year: Int!, $yearFrom: Date!, $yearTo: Date!, $withPersonal: Boolean!, $withName: Boolean!) {
    node(id: $id) {
      __typename
      ... on Employee {
        id
        nip @include(if: $withPersonal)
        name @include(if: $withName)
        birthDate @include(if: $withPersonal)
        age @include(if: $withPersonal)
        email @include(if: $withPersonal)
        gender
        employmentType
        rank
        pppkGrade
        rankSince
        yearsInRank
        education
        hiredAt
        status
        retirementDate
        latestPredikat
        talentBox(year: $year)
        jpCompleted(year: $year)
        position {
          id
          title
          kind
          functionalLevel
          jobClass
        }
        unit {
          id
          name
          parent {
            id
            name
          }
        }
        supervisor {
          id
          name @include(if: $withName)
          position {
            id
            title
          }
        }
        years {
          id
          year
          predikat
          talentBox
          jpCompleted
        }
        careerEvents(first: 100, orderBy: [{ field: EFFECTIVE_DATE, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              kind
              fromValue
              toValue
              effectiveDate
              decreeNumber
              reason
            }
          }
        }
        evaluations(first: 40, orderBy: [{ field: YEAR, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              year
              period
              status
              workResult
              workBehavior
              predikat
            }
          }
        }
        enrollments(first: 50, where: { hasTrainingWith: [{ startsOnGTE: $yearFrom, startsOnLTE: $yearTo }] }) {
          edges {
            node {
              id
              status
              completedAt
              training {
                id
                title
                kind
                hoursJp
                startsOn
                endsOn
              }
            }
          }
        }
        mentorshipsAsMentor {
          id
          status
          startsOn
          endsOn
          goals
          mentee {
            id
            name @include(if: $withName)
          }
        }
        mentorshipsAsMentee {
          id
          status
          startsOn
          endsOn
          goals
          mentor {
            id
            name @include(if: $withName)
          }
        }
      }
    }
  }
`);

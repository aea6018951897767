import { graphql } from "../gql";

// The mentoring screens: the lists of the mentoring page, the pairing form with its people search,
// a mentorship's page with its check-ins, and the three steps.

export const MentorshipRowFragment = graphql(`
  fragment MentorshipRow on Mentorship {
    id
    status
    goals
    startsOn
    endsOn
    mentor {
      id
      name
    }
    mentee {
      id
      name
    }
  }
`);

/** Mentorships the viewer reads: its own (as mentor or mentee), or the active ones of its scope. */
export const MentorshipsDocument = graphql(`
  query Mentorships($where: MentorshipWhereInput!, $first: Int!, $after: Cursor) {
    mentorships(first: $first, after: $after, where: $where, orderBy: [{ field: STARTS_ON, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MentorshipRow
        }
      }
    }
  }
`);

/** HR, leaders and ADMIN: new staff still waiting for a mentor, longest waiting first. */
export const NewStaffWithoutMentorDocument = graphql(`
  query NewStaffWithoutMentor($unitID: ID, $first: Int!, $after: Cursor) {
    newStaffWithoutMentor(
      unitID: $unitID
      first: $first
      after: $after
      orderBy: [{ field: HIRED_AT, direction: ASC }]
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          nip
          hiredAt
          rankName
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

/** The pairing form's pickers: active staff by name (or NIP, for those who may search by it). */
export const MentoringPeopleDocument = graphql(`
  query MentoringPeople($where: EmployeeWhereInput!, $withRecord: Boolean!) {
    employees(first: 10, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
          nip @include(if: $withRecord)
          rankName @include(if: $withRecord)
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

export const CreateMentorshipDocument = graphql(`
  mutation CreateMentorship($input: CreateMentorshipInput!) {
    createMentorship(input: $input) {
      ...MentorshipRow
    }
  }
`);

export const MentorshipDocument = graphql(`
  query Mentorship($id: ID!) {
    node(id: $id) {
      __typename
      ... on Mentorship {
        ...MentorshipRow
        outcome
        viewerCanCheckIn
        viewerCanEnd
        checkIns(first: 100, orderBy: [{ field: HELD_ON, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              heldOn
              note
              author {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const AddMentorshipCheckInDocument = graphql(`
  mutation AddMentorshipCheckIn($mentorshipID: ID!, $heldOn: Date!, $note: String!) {
    addMentorshipCheckIn(mentorshipID: $mentorshipID, heldOn: $heldOn, note: $note) {
      id
      heldOn
      note
      mentorship {
        id
        checkIns(first: 100, orderBy: [{ field: HELD_ON, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              heldOn
              note
              author {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const EndMentorshipDocument = graphql(`
  mutation EndMentorship($id: ID!, $status: MentorshipStatus!, $outcome: String!, $endsOn: Date!) {
    endMentorship(id: $id, status: $status, outcome: $outcome, endsOn: $endsOn) {
      ...MentorshipRow
      outcome
      viewerCanCheckIn
      viewerCanEnd
    }
  }
`);

import { graphql } from "../../gql";

export const EligibilityResultFragment = graphql(`
  fragment RequirementResults on RequirementResult {
    requirement
    met
    reason
  }
`);

export const CheckEligibilityDocument = graphql(`
  query CheckEligibility($vacancyID: ID!) {
    checkEligibility(vacancyID: $vacancyID) {
      eligible
      requirements {
        ...RequirementResults
      }
    }
  }
`);

export const ApplyDocument = graphql(`
  mutation ApplyToVacancy($vacancyID: ID!) {
    applyToVacancy(vacancyID: $vacancyID) {
      id
      status
      eligibility {
        ...RequirementResults
      }
    }
  }
`);

export const MyApplicationsDocument = graphql(`
  query MyApplications {
    myApplications(first: 50, orderBy: [{ field: SUBMITTED_AT, direction: DESC }]) {
      edges {
        node {
          id
          status
          submittedAt
          vacancy {
            id
            title
            status
          }
          eligibility {
            ...RequirementResults
          }
        }
      }
    }
  }
`);

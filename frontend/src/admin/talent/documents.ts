import { graphql } from "../../gql";

export const AdminTalentSettingsDocument = graphql(`
  query AdminTalentSettings {
    talentSettings {
      minYearsToRetirement
      sanctionFreeYears
      atRiskYears
      maxMentees
      newStaffYears
    }
  }
`);

export const AdminUpdateTalentSettingsDocument = graphql(`
  mutation AdminUpdateTalentSettings($input: UpdateTalentSettingsInput!) {
    updateTalentSettings(input: $input) {
      minYearsToRetirement
      sanctionFreeYears
      atRiskYears
      maxMentees
      newStaffYears
    }
  }
`);

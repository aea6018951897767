import { graphql } from "../gql";

// The dashboard screen's documents: the saved dashboards, and one analytics query per kind of widget.
// Each widget asks only for what it draws; counts come with their display text ("< 5" for analysts).

// Fragments are spread by name below; the generated documents carry their text.
graphql(`
  fragment WidgetFields on DashboardWidget {
    id
    kind
    title
    x
    y
    w
    h
    chart
    settings {
      dimensions
      unitID
      year
      period
      years
    }
  }
`);

graphql(`
  fragment DashboardFields on Dashboard {
    id
    name
    mine
    ownerName
    sharedWith {
      id
      name
    }
    widgets {
      ...WidgetFields
    }
  }
`);

export const DashboardsDocument = graphql(`
  query Dashboards {
    dashboards(first: 100) {
      edges {
        node {
          ...DashboardFields
        }
      }
    }
    defaultDashboard {
      name
      widgets {
        ...WidgetFields
      }
    }
  }
`);

export const SaveDashboardDocument = graphql(`
  mutation SaveDashboard($input: SaveDashboardInput!) {
    saveDashboard(input: $input) {
      ...DashboardFields
    }
  }
`);

export const ShareDashboardDocument = graphql(`
  mutation ShareDashboard($id: ID!, $unitID: ID) {
    shareDashboard(id: $id, unitID: $unitID) {
      ...DashboardFields
    }
  }
`);

export const DeleteDashboardDocument = graphql(`
  mutation DeleteDashboard($id: ID!) {
    deleteDashboard(id: $id)
  }
`);

export const HeadcountDocument = graphql(`
  query HeadcountWidget($by: [Dimension!]!, $unitID: ID) {
    headcount(by: $by, unitID: $unitID) {
      total {
        display
      }
      groups {
        buckets {
          dimension
          key
          label
        }
        count {
          value
          display
        }
      }
    }
  }
`);

export const PerformanceDocument = graphql(`
  query PerformanceWidget($year: Int!, $period: EvaluationPeriod = ANNUAL, $unitID: ID) {
    performanceDistribution(year: $year, period: $period, unitID: $unitID) {
      total {
        value
        display
      }
      predikat {
        predikat
        label
        count {
          value
          display
        }
      }
      units {
        unit {
          id
          name
        }
        predikat {
          predikat
          label
          count {
            value
            display
          }
        }
        caps {
          atLeast
          maxShare
          count
          allowed
          over
        }
      }
    }
  }
`);

export const ComplianceDocument = graphql(`
  query ComplianceWidget($year: Int!, $unitID: ID) {
    trainingCompliance(year: $year, unitID: $unitID) {
      requiredJP
      compliance {
        ...ComplianceCounts
      }
      units {
        unit {
          id
          name
        }
        compliance {
          ...ComplianceCounts
        }
      }
    }
  }

  fragment ComplianceCounts on Compliance {
    pns {
      value
      display
    }
    met {
      value
      display
    }
    metShare
  }
`);

export const TalentDocument = graphql(`
  query TalentWidget($year: Int!, $unitID: ID) {
    talentMatrix(year: $year, unitID: $unitID) {
      cells {
        box
        performance
        potential
        label
        inPool
        count {
          value
          display
        }
      }
      unplaced {
        display
      }
    }
  }
`);

export const RetirementDocument = graphql(`
  query RetirementWidget($fromYear: Int!, $years: Int!, $unitID: ID) {
    retirementForecast(fromYear: $fromYear, years: $years, unitID: $unitID) {
      years {
        year
        total {
          value
          display
        }
        byKind {
          buckets {
            key
            label
          }
          count {
            value
            display
          }
        }
      }
    }
  }
`);

export const PromotionDocument = graphql(`
  query PromotionWidget($year: Int!, $unitID: ID) {
    promotionPipeline(year: $year, unitID: $unitID) {
      windows {
        window {
          id
          name
        }
        due {
          value
          display
        }
        newlyDue {
          value
          display
        }
      }
    }
  }
`);

export const VacancyDocument = graphql(`
  query VacancyWidget($unitID: ID) {
    vacancyFunnel(unitID: $unitID) {
      total {
        byStatus {
          status
          label
          count {
            value
            display
          }
        }
      }
      vacancies {
        vacancy {
          id
          title
        }
        funnel {
          applications {
            value
          }
          byStatus {
            status
            label
            count {
              value
              display
            }
          }
        }
      }
    }
  }
`);

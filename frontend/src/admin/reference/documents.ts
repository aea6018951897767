import { graphql } from "../../gql";

/** A unit of the tree as the admin pages show it; `children` only tells whether it can be expanded. */
export const RefUnitFields = graphql(`
  fragment RefUnitFields on OrgUnit {
    id
    code
    name
    kind
    path
    parentID
    children {
      id
    }
  }
`);

/** Units of one level of the tree (the roots, the viewer's scope unit, or a unit's children). */
export const RefUnitsDocument = graphql(`
  query RefUnits($where: OrgUnitWhereInput!) {
    orgUnits(first: 100, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      edges {
        node {
          ...RefUnitFields
        }
      }
    }
  }
`);

/** How much moves with a unit: the units of its subtree (itself included) and the employees in them. */
export const RefSubtreeSizeDocument = graphql(`
  query RefSubtreeSize($path: String!) {
    orgUnits(first: 1, where: { pathHasPrefix: $path }) {
      totalCount
    }
    employees(first: 1, where: { hasUnitWith: [{ pathHasPrefix: $path }] }) {
      totalCount
    }
  }
`);

export const RefCreateUnitDocument = graphql(`
  mutation RefCreateUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      ...RefUnitFields
    }
  }
`);

/** Renames a unit or moves it (with its subtree) under another parent. */
export const RefUpdateUnitDocument = graphql(`
  mutation RefUpdateUnit($id: ID!, $input: UpdateOrgUnitInput!) {
    updateOrgUnit(id: $id, input: $input) {
      ...RefUnitFields
    }
  }
`);

export const RefPositionFields = graphql(`
  fragment RefPositionFields on Position {
    id
    title
    kind
    functionalLevel
    jobClass
    minRank
    quota
    holders {
      id
      name
    }
  }
`);

/** The posts of one unit with who holds them. */
export const RefPositionsDocument = graphql(`
  query RefPositions($unitID: ID!) {
    positions(first: 100, where: { unitID: $unitID }, orderBy: [{ field: TITLE, direction: ASC }]) {
      totalCount
      edges {
        node {
          ...RefPositionFields
        }
      }
    }
  }
`);

export const RefCreatePositionDocument = graphql(`
  mutation RefCreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      ...RefPositionFields
    }
  }
`);

export const RefUpdatePositionDocument = graphql(`
  mutation RefUpdatePosition($id: ID!, $input: UpdatePositionInput!) {
    updatePosition(id: $id, input: $input) {
      ...RefPositionFields
    }
  }
`);

/** The unit ratings of a year (in a unit's subtree) and the calibration caps (which hold for every year). */
export const RefRatingsDocument = graphql(`
  query RefRatings($where: UnitRatingWhereInput!) {
    unitRatings(first: 100, where: $where) {
      totalCount
      edges {
        node {
          id
          year
          rating
          unit {
            id
            name
            parent {
              id
              name
            }
          }
        }
      }
    }
    calibrationCaps(first: 100) {
      edges {
        node {
          id
          unitRating
          atLeast
          maxShare
        }
      }
    }
  }
`);

export const RefCreateRatingDocument = graphql(`
  mutation RefCreateRating($input: CreateUnitRatingInput!) {
    createUnitRating(input: $input) {
      id
      year
      rating
      unit {
        id
        name
      }
    }
  }
`);

export const RefUpdateRatingDocument = graphql(`
  mutation RefUpdateRating($id: ID!, $input: UpdateUnitRatingInput!) {
    updateUnitRating(id: $id, input: $input) {
      id
      rating
    }
  }
`);

export const RefCreateCapDocument = graphql(`
  mutation RefCreateCap($input: CreateCalibrationCapInput!) {
    createCalibrationCap(input: $input) {
      id
      unitRating
      atLeast
      maxShare
    }
  }
`);

export const RefUpdateCapDocument = graphql(`
  mutation RefUpdateCap($id: ID!, $input: UpdateCalibrationCapInput!) {
    updateCalibrationCap(id: $id, input: $input) {
      id
      maxShare
    }
  }
`);

export const RefWindowFields = graphql(`
  fragment RefWindowFields on PromotionWindow {
    id
    name
    opensOn
    closesOn
    effectiveOn
  }
`);

/** The promotion windows whose promotions take effect in a year. */
export const RefWindowsDocument = graphql(`
  query RefWindows($from: Date!, $to: Date!) {
    promotionWindows(
      first: 20
      where: { effectiveOnGTE: $from, effectiveOnLT: $to }
      orderBy: [{ field: EFFECTIVE_ON, direction: ASC }]
    ) {
      edges {
        node {
          ...RefWindowFields
        }
      }
    }
  }
`);

export const RefCreateWindowDocument = graphql(`
  mutation RefCreateWindow($input: CreatePromotionWindowInput!) {
    createPromotionWindow(input: $input) {
      ...RefWindowFields
    }
  }
`);

export const RefUpdateWindowDocument = graphql(`
  mutation RefUpdateWindow($id: ID!, $input: UpdatePromotionWindowInput!) {
    updatePromotionWindow(id: $id, input: $input) {
      ...RefWindowFields
    }
  }
`);

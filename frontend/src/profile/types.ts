import type { ProfileQuery } from "../gql/graphql";

/** The employee of the profile query (the node narrowed to Employee). */
export type ProfileEmployee = Extract<NonNullable<ProfileQuery["node"]>, { __typename: "Employee" }>;

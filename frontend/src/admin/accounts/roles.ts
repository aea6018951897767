import type { Role } from "../../gql/graphql";

const allRoles: Role[] = ["EMPLOYEE", "SUPERVISOR", "LEADER", "HR", "ANALYST", "ADMIN"];

/** The roles the viewer may give: HR never gives ADMIN or ANALYST (the API refuses it). */
export function assignableRoles(viewerRole: Role): Role[] {
  return viewerRole === "ADMIN" ? allRoles : allRoles.filter((r) => r !== "ADMIN" && r !== "ANALYST");
}

/** HR and LEADER act within a scope unit. */
export const scoped = (role: Role) => role === "HR" || role === "LEADER";

import type { Role } from "../gql/graphql";

// What each role may do, as the API's access rules allow it (README: "Who may see and change what"),
// so that a screen offers only what will work. The server enforces the same rules; this only hides
// what it would refuse.

const fullReaders: Role[] = ["ADMIN", "HR", "LEADER"];

export function permissionsFor(role: Role) {
  const full = fullReaders.includes(role);
  return {
    /** The dashboard of aggregates: everyone but a plain employee, who has their own profile. */
    dashboard: role !== "EMPLOYEE",
    /** Assessing subordinates and deciding objections to their assessments: those who head units. */
    appraise: role === "SUPERVISOR" || role === "LEADER",
    /** NIP, birth date, age, e-mail: analysts never read them, so never ask for them. */
    personalFields: role !== "ANALYST",
    /** Names: analysts read records without knowing whose they are. */
    names: role !== "ANALYST",
    /** Rank, predikat, retirement and the rest of a career record; employees see colleagues' names only. */
    recordFields: role !== "EMPLOYEE",
    /** Filtering and sorting by record fields (rank, predikat, retirement date). */
    filterByRecord: full || role === "ANALYST",
    /** Filtering by the yearly figures (talent box) follows an edge into every employee's years. */
    filterByYears: full || role === "ANALYST",
    /** Searching by name. */
    searchByName: role !== "ANALYST",
    /** Searching by NIP prefix. */
    searchByNip: full,
    /** Sharing a dashboard with a unit: an analyst's statistics are not for others to read. */
    shareDashboards: role !== "ANALYST",
    /** Nominating others for a training: their supervisors, and HR (ADMIN too) for anyone they manage. */
    nominate: role === "SUPERVISOR" || role === "HR" || role === "ADMIN",
    /** Nominating anyone found by name or NIP, rather than from one's own team. */
    nominateAnyone: role === "HR" || role === "ADMIN",
    /** Participants, attendance, completion, feedback and curriculum revisions: HR and ADMIN. */
    manageTrainings: role === "HR" || role === "ADMIN",
    /** Pairing a mentor with a mentee: HR of the mentee's scope, ADMIN, the mentee's supervisors. */
    pairMentors: role === "HR" || role === "ADMIN" || role === "SUPERVISOR",
    /** The active mentorships of the viewer's scope or team. */
    mentoringOverview: full || role === "SUPERVISOR",
    /** New staff still without a mentor (newStaffWithoutMentor). */
    newStaffWithoutMentor: full,
    /** The 9-box of a unit, the posts at risk and succession lists: they weigh named people. */
    talent: full,
    /** Recording potential assessments and disciplinary sanctions: HR (of the employee's scope) and ADMIN. */
    recordTalent: role === "HR" || role === "ADMIN",
    /** The audit trail of their scope (ADMIN: all of it). */
    auditTrail: full,
    /** The administration pages: ADMIN, and HR for the accounts of its scope. */
    admin: role === "ADMIN" || role === "HR",
    /** Creating and changing accounts: ADMIN, HR within its scope (never ADMIN or ANALYST ones). */
    manageAccounts: role === "ADMIN" || role === "HR",
    /** Changing the talent settings. */
    talentSettings: role === "ADMIN",
    /** Announcing vacancies of their scope and running their selections: HR and ADMIN. */
    manageVacancies: role === "HR" || role === "ADMIN",
    /** Recording regular rank promotions from the due list: HR and ADMIN. */
    recordPromotions: role === "HR" || role === "ADMIN",
    /** The team members short of their 20 JP: a supervisor's own staff (jpShortfall). */
    teamJp: role === "SUPERVISOR",
  };
}

export type Permissions = ReturnType<typeof permissionsFor>;

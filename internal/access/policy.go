// Package access decides who may read and write what: the ent privacy policies of every entity (row
// filters, so that lists, counts, searches, nested edges and node(id) see the same rows), the access a
// viewer has to the fields of one record, and which filters and orderings a viewer may use.
package access

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"

	entgen "github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/application"
	"github.com/jenjang/jenjang/ent/auditentry"
	"github.com/jenjang/jenjang/ent/careerevent"
	"github.com/jenjang/jenjang/ent/coachingplan"
	"github.com/jenjang/jenjang/ent/dashboard"
	"github.com/jenjang/jenjang/ent/disciplinarysanction"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/ent/mentorship"
	"github.com/jenjang/jenjang/ent/mentorshipcheckin"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/potentialassessment"
	"github.com/jenjang/jenjang/ent/predicate"
	"github.com/jenjang/jenjang/ent/privacy"
	"github.com/jenjang/jenjang/ent/unitrating"
	"github.com/jenjang/jenjang/ent/vacancy"
	"github.com/jenjang/jenjang/internal/auth"
)

// SystemContext acts for the system itself (seeding, migrations, scheduled work): every rule allows it.
func SystemContext(ctx context.Context) context.Context {
	return privacy.DecisionContext(auth.WithSystem(ctx), privacy.Allow)
}

// Allow lets internal code read or write what the rules would hide from the viewer, for derived
// writes (a hook keeping a stored column up to date) and bookkeeping (the audit trail); the viewer
// stays in the context, so that the audit trail still names it.
func Allow(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

// restrict applies a read rule to a query: every row, the rows of a predicate, or a refusal.
func restrict(ctx context.Context, what string, r rows, apply func(func(*sql.Selector))) error {
	switch {
	case auth.IsSystem(ctx) || r.all:
		return privacy.Allow
	case r.pred == nil:
		return deny(ctx, "read "+what)
	}
	apply(func(s *sql.Selector) { s.Where(r.pred(s)) })
	return privacy.Allow
}

var allowAdmin = privacy.ContextQueryMutationRule(func(ctx context.Context) error {
	if auth.IsSystem(ctx) || auth.FromContext(ctx).Is(auth.RoleAdmin) {
		return privacy.Allow
	}
	return privacy.Skip
})

// allowSystem lets the system write (seeding, migrations); an ADMIN goes through the entity's rules.
var allowSystem = privacy.ContextQueryMutationRule(func(ctx context.Context) error {
	if auth.IsSystem(ctx) {
		return privacy.Allow
	}
	return privacy.Skip
})

// refuse ends a mutation policy: what no rule allowed is refused.
func refuse(action string) privacy.MutationRuleFunc {
	return func(ctx context.Context, _ entgen.Mutation) error { return deny(ctx, action) }
}

func public() privacy.QueryPolicy { return privacy.QueryPolicy{privacy.AlwaysAllowRule()} }

// OrgUnitPolicy: the organisation is public; ADMIN changes it, HR within its scope.
func OrgUnitPolicy() ent.Policy {
	return privacy.Policy{
		Query: public(),
		Mutation: privacy.MutationPolicy{
			allowAdmin,
			privacy.OrgUnitMutationRuleFunc(func(ctx context.Context, m *entgen.OrgUnitMutation) error {
				return hrWrite(ctx, m, byUnit, orgunit.FieldParentID, orgunit.FieldID, func(p func(*sql.Selector)) { m.Where(p) })
			}),
			refuse("change the organisation outside your scope"),
		},
	}
}

// PositionPolicy: posts are public (vacancies name them); ADMIN changes them, HR within its scope.
func PositionPolicy() ent.Policy {
	return privacy.Policy{
		Query: public(),
		Mutation: privacy.MutationPolicy{
			allowAdmin,
			privacy.PositionMutationRuleFunc(func(ctx context.Context, m *entgen.PositionMutation) error {
				return hrWrite(ctx, m, byUnit, position.FieldUnitID, position.FieldUnitID, func(p func(*sql.Selector)) { m.Where(p) })
			}),
			refuse("change posts outside your scope"),
		},
	}
}

// TrainingPolicy: the catalogue is for everyone signed in; ADMIN and HR keep it.
func TrainingPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{privacy.ContextQueryMutationRule(func(ctx context.Context) error {
			if auth.IsSystem(ctx) || auth.FromContext(ctx) != nil {
				return privacy.Allow
			}
			return deny(ctx, "read trainings")
		})},
		Mutation: privacy.MutationPolicy{
			allowAdmin,
			allowRole(auth.RoleHR),
			refuse("change trainings"),
		},
	}
}

// VacancyPolicy: open recruitment is public, so anyone reads open vacancies; signed-in viewers also
// read closed and past ones; drafts are for ADMIN and the HR of the post's unit.
func VacancyPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			allowAdmin,
			privacy.VacancyQueryRuleFunc(func(ctx context.Context, q *entgen.VacancyQuery) error {
				v := auth.FromContext(ctx)
				switch {
				case v == nil:
					q.Where(vacancy.StatusEQ(vacancy.StatusOPEN))
				case v.Is(auth.RoleHR) && v.ScopePath != "":
					q.Where(func(s *sql.Selector) {
						s.Where(sql.Or(sql.NEQ(s.C(vacancy.FieldStatus), vacancy.StatusDRAFT), sql.In(s.C(vacancy.FieldPositionID), positionsUnder(v.ScopePath))))
					})
				default:
					q.Where(vacancy.StatusNEQ(vacancy.StatusDRAFT))
				}
				return privacy.Allow
			}),
		},
		Mutation: privacy.MutationPolicy{
			allowAdmin,
			privacy.VacancyMutationRuleFunc(func(ctx context.Context, m *entgen.VacancyMutation) error {
				return hrWrite(ctx, m, byPosition, vacancy.FieldPositionID, vacancy.FieldPositionID, func(p func(*sql.Selector)) { m.Where(p) })
			}),
			refuse("change vacancies outside your scope"),
		},
	}
}

// EmployeePolicy: see visibleEmployees; ADMIN and HR within its scope change employees.
func EmployeePolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			privacy.EmployeeQueryRuleFunc(func(ctx context.Context, q *entgen.EmployeeQuery) error {
				return restrict(ctx, "employees", visibleEmployees(auth.FromContext(ctx)), func(p func(*sql.Selector)) { q.Where(p) })
			}),
		},
		Mutation: privacy.MutationPolicy{
			allowAdmin,
			privacy.EmployeeMutationRuleFunc(func(ctx context.Context, m *entgen.EmployeeMutation) error {
				return hrWrite(ctx, m, byUnit, "unit_id", "unit_id", func(p func(*sql.Selector)) { m.Where(p) })
			}),
			refuse("change employees outside your scope"),
		},
	}
}

// EvaluationPolicy: an employee's evaluations are read by whoever reads the employee in full.
func EvaluationPolicy() ent.Policy {
	return ownedPolicy("evaluations",
		privacy.EvaluationQueryRuleFunc(readOwned[predicate.Evaluation, *entgen.EvaluationQuery]("evaluations", evaluation.FieldEmployeeID)),
		privacy.EvaluationMutationRuleFunc(writeOwned[predicate.Evaluation, *entgen.EvaluationMutation](evaluation.FieldEmployeeID)))
}

// PotentialAssessmentPolicy: like evaluations.
func PotentialAssessmentPolicy() ent.Policy {
	return ownedPolicy("potential assessments",
		privacy.PotentialAssessmentQueryRuleFunc(readOwned[predicate.PotentialAssessment, *entgen.PotentialAssessmentQuery]("potential assessments", potentialassessment.FieldEmployeeID)),
		privacy.PotentialAssessmentMutationRuleFunc(writeOwned[predicate.PotentialAssessment, *entgen.PotentialAssessmentMutation](potentialassessment.FieldEmployeeID)))
}

// DisciplinarySanctionPolicy: like evaluations.
func DisciplinarySanctionPolicy() ent.Policy {
	return ownedPolicy("sanctions",
		privacy.DisciplinarySanctionQueryRuleFunc(readOwned[predicate.DisciplinarySanction, *entgen.DisciplinarySanctionQuery]("sanctions", disciplinarysanction.FieldEmployeeID)),
		privacy.DisciplinarySanctionMutationRuleFunc(writeOwned[predicate.DisciplinarySanction, *entgen.DisciplinarySanctionMutation](disciplinarysanction.FieldEmployeeID)))
}

// EnrollmentPolicy: like evaluations.
func EnrollmentPolicy() ent.Policy {
	return ownedPolicy("enrolments",
		privacy.EnrollmentQueryRuleFunc(readOwned[predicate.Enrollment, *entgen.EnrollmentQuery]("enrolments", enrollment.FieldEmployeeID)),
		privacy.EnrollmentMutationRuleFunc(writeOwned[predicate.Enrollment, *entgen.EnrollmentMutation](enrollment.FieldEmployeeID)))
}

// CareerEventPolicy: like evaluations.
func CareerEventPolicy() ent.Policy {
	return ownedPolicy("career history",
		privacy.CareerEventQueryRuleFunc(readOwned[predicate.CareerEvent, *entgen.CareerEventQuery]("career history", careerevent.FieldEmployeeID)),
		privacy.CareerEventMutationRuleFunc(writeOwned[predicate.CareerEvent, *entgen.CareerEventMutation](careerevent.FieldEmployeeID)))
}

// readOwned reads the records whose employee, in column, the viewer reads in full.
func readOwned[P ~func(*sql.Selector), Q interface{ Where(...P) Q }](what, column string) func(context.Context, Q) error {
	return func(ctx context.Context, q Q) error {
		return restrict(ctx, what, fullEmployees(auth.FromContext(ctx), column), func(p func(*sql.Selector)) { q.Where(p) })
	}
}

// writeOwned lets HR write the records whose employee, in column, lies in its scope.
func writeOwned[P ~func(*sql.Selector), M interface {
	clientMutation
	Where(...P)
}](column string) func(context.Context, M) error {
	return func(ctx context.Context, m M) error {
		return hrWrite(ctx, m, byEmployee, column, column, func(p func(*sql.Selector)) { m.Where(p) })
	}
}

// ApplicationPolicy: an application is read by whoever reads its applicant in full, and by HR and
// leaders of the unit that announced the vacancy (applicants of an open selection come from anywhere).
func ApplicationPolicy() ent.Policy {
	return ownedPolicy("applications",
		privacy.ApplicationQueryRuleFunc(func(ctx context.Context, q *entgen.ApplicationQuery) error {
			v := auth.FromContext(ctx)
			r := fullEmployees(v, application.FieldApplicantID)
			if v.Is(auth.RoleHR, auth.RoleLeader) && v.ScopePath != "" {
				applicant := r.pred
				r = where(func(s *sql.Selector) *sql.Predicate {
					t := sql.Table(vacancy.Table)
					announced := sql.Select(t.C(vacancy.FieldID)).From(t).Where(sql.In(t.C(vacancy.FieldPositionID), positionsUnder(v.ScopePath)))
					return sql.Or(applicant(s), sql.In(s.C(application.FieldVacancyID), announced))
				})
			}
			return restrict(ctx, "applications", r, func(p func(*sql.Selector)) { q.Where(p) })
		}),
		privacy.ApplicationMutationRuleFunc(writeOwned[predicate.Application, *entgen.ApplicationMutation](application.FieldApplicantID)))
}

// MentorshipPolicy: a mentorship is read by whoever reads its mentor or its mentee in full.
func MentorshipPolicy() ent.Policy {
	return ownedPolicy("mentorships",
		privacy.MentorshipQueryRuleFunc(func(ctx context.Context, q *entgen.MentorshipQuery) error {
			v := auth.FromContext(ctx)
			mentor, mentee := fullEmployees(v, mentorship.FieldMentorID), fullEmployees(v, mentorship.FieldMenteeID)
			r := mentor
			if !mentor.all && mentor.pred != nil {
				r = where(func(s *sql.Selector) *sql.Predicate { return sql.Or(mentor.pred(s), mentee.pred(s)) })
			}
			return restrict(ctx, "mentorships", r, func(p func(*sql.Selector)) { q.Where(p) })
		}),
		privacy.MentorshipMutationRuleFunc(writeOwned[predicate.Mentorship, *entgen.MentorshipMutation](mentorship.FieldMenteeID)))
}

func ownedPolicy(what string, read privacy.QueryRule, write privacy.MutationRule) ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{read},
		Mutation: privacy.MutationPolicy{allowAdmin, write, refuse("change " + what + " of employees outside your scope")},
	}
}

// AccountPolicy: ADMIN manages every account, HR the accounts of its scope; everyone reads their own.
func AccountPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			allowAdmin,
			privacy.AccountQueryRuleFunc(func(ctx context.Context, q *entgen.AccountQuery) error {
				v := auth.FromContext(ctx)
				switch {
				case v == nil:
					return deny(ctx, "read accounts")
				case v.Is(auth.RoleHR) && v.ScopePath != "":
					q.Where(func(s *sql.Selector) {
						s.Where(sql.Or(
							sql.EQ(s.C(account.FieldID), string(v.AccountID)),
							sql.In(s.C(account.FieldScopeUnitID), unitsUnder(v.ScopePath)),
							sql.In(s.C(account.FieldEmployeeID), employeesUnder(v.ScopePath)),
						))
					})
				default:
					q.Where(account.ID(v.AccountID))
				}
				return privacy.Allow
			}),
		},
		Mutation: privacy.MutationPolicy{
			allowAdmin,
			privacy.AccountMutationRuleFunc(accountWrite),
			refuse("manage accounts"),
		},
	}
}

// AuditEntryPolicy: ADMIN reads the whole trail, HR and leaders the entries of their scope, and every
// employee the entries about their own record. Entries are written only by the audit hook.
func AuditEntryPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			allowAdmin,
			privacy.AuditEntryQueryRuleFunc(func(ctx context.Context, q *entgen.AuditEntryQuery) error {
				v := auth.FromContext(ctx)
				var r rows
				switch {
				case v.Is(auth.RoleHR, auth.RoleLeader) && v.ScopePath != "":
					r = where(func(s *sql.Selector) *sql.Predicate {
						return sql.Or(sql.In(s.C(auditentry.FieldUnitID), unitsUnder(v.ScopePath)), self(v, s.C(auditentry.FieldEmployeeID)))
					})
				case v != nil && v.EmployeeID != "":
					r = where(func(s *sql.Selector) *sql.Predicate { return self(v, s.C(auditentry.FieldEmployeeID)) })
				}
				return restrict(ctx, "the audit trail", r, func(p func(*sql.Selector)) { q.Where(p) })
			}),
		},
		Mutation: privacy.MutationPolicy{refuse("write the audit trail")},
	}
}

// DashboardPolicy: a dashboard is read and changed by its owner, and read by everyone who belongs to
// the subtree of the unit it is shared with (auth.Viewer.HomePath: the account's employee's unit, or
// the scope unit of an HR or LEADER account without an employee). ADMIN reads every dashboard. Nobody
// else sees it: lists, counts and node(id:) leave it out. Only the owner changes, shares or deletes
// it (ADMIN too, for its own), and it shares only with a unit auth.Viewer.MayShareWith allows.
func DashboardPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			allowAdmin,
			privacy.DashboardQueryRuleFunc(func(ctx context.Context, q *entgen.DashboardQuery) error {
				v := auth.FromContext(ctx)
				if v == nil {
					return deny(ctx, "read dashboards")
				}
				q.Where(OwnOrShared(v))
				return privacy.Allow
			}),
		},
		Mutation: privacy.MutationPolicy{
			allowSystem,
			privacy.DashboardMutationRuleFunc(dashboardWrite),
			refuse("change dashboards"),
		},
	}
}

// OwnOrShared selects the dashboards the viewer owns and those shared with a unit on its home path
// (its home unit or a unit above it): what every viewer but ADMIN reads, and every viewer's list.
func OwnOrShared(v *auth.Viewer) func(*sql.Selector) {
	units := make([]any, 0, 8)
	for _, id := range v.Units() {
		units = append(units, string(id))
	}
	var owner string
	if v != nil {
		owner = string(v.AccountID)
	}
	return func(s *sql.Selector) {
		s.Where(sql.Or(sql.EQ(s.C(dashboard.FieldOwnerID), owner), sql.In(s.C(dashboard.FieldSharedWithID), units...)))
	}
}

// dashboardWrite lets a signed-in viewer create dashboards it owns, share them only with units it may
// share with, and update or delete only its own (other rows are not found).
func dashboardWrite(ctx context.Context, m *entgen.DashboardMutation) error {
	v := auth.FromContext(ctx)
	if v == nil {
		return privacy.Skip
	}
	if owner, ok := m.OwnerID(); ok && owner != v.AccountID {
		return deny(ctx, "save dashboards for another account")
	}
	if unit, ok := m.SharedWithID(); ok {
		u, err := m.Client().OrgUnit.Query().Where(orgunit.ID(unit)).Select(orgunit.FieldPath).Only(Allow(ctx))
		if err != nil && !entgen.IsNotFound(err) {
			return err
		}
		if u == nil || !v.MayShareWith(u.Path) {
			return &DeniedError{Message: "you may share a dashboard only with a unit you belong to or, for HR and leaders, a unit of your scope", Field: dashboard.FieldSharedWithID}
		}
	}
	if !m.Op().Is(ent.OpCreate) {
		m.Where(dashboard.OwnerID(v.AccountID))
	}
	return privacy.Allow
}

func allowRole(role auth.Role) privacy.MutationRuleFunc {
	return func(ctx context.Context, _ entgen.Mutation) error {
		if auth.FromContext(ctx).Is(role) {
			return privacy.Allow
		}
		return privacy.Skip
	}
}

// signedIn reads every record for any signed-in viewer: organisational figures, not personal data.
func signedIn(what string) privacy.QueryPolicy {
	return privacy.QueryPolicy{privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if auth.IsSystem(ctx) || auth.FromContext(ctx) != nil {
			return privacy.Allow
		}
		return deny(ctx, "read "+what)
	})}
}

// UnitRatingPolicy: unit ratings are read by everyone signed in; ADMIN sets them, HR within its scope.
func UnitRatingPolicy() ent.Policy {
	return privacy.Policy{
		Query: signedIn("unit ratings"),
		Mutation: privacy.MutationPolicy{
			allowAdmin,
			privacy.UnitRatingMutationRuleFunc(func(ctx context.Context, m *entgen.UnitRatingMutation) error {
				return hrWrite(ctx, m, byUnit, unitrating.FieldUnitID, unitrating.FieldUnitID, func(p func(*sql.Selector)) { m.Where(p) })
			}),
			refuse("rate units outside your scope"),
		},
	}
}

// CalibrationCapPolicy: the caps are read by everyone signed in and set by ADMIN.
func CalibrationCapPolicy() ent.Policy {
	return privacy.Policy{Query: signedIn("calibration caps"), Mutation: privacy.MutationPolicy{allowAdmin, refuse("change calibration caps")}}
}

// PromotionWindowPolicy: the windows are read by everyone signed in and set by ADMIN.
func PromotionWindowPolicy() ent.Policy {
	return privacy.Policy{Query: signedIn("promotion windows"), Mutation: privacy.MutationPolicy{allowAdmin, refuse("change promotion windows")}}
}

// CoachingPlanPolicy: a coaching plan is read like the evaluation it follows, and written only by the
// appraisal workflow, which checks who may take each step.
func CoachingPlanPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.CoachingPlanQueryRuleFunc(readOwned[predicate.CoachingPlan, *entgen.CoachingPlanQuery]("coaching plans", coachingplan.FieldEmployeeID))},
		Mutation: privacy.MutationPolicy{refuse("change coaching plans but through the appraisal workflow")},
	}
}

// EmployeeYearPolicy: an employee's yearly figures are read like their evaluations, and written only
// by the hooks that derive them.
func EmployeeYearPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.EmployeeYearQueryRuleFunc(readOwned[predicate.EmployeeYear, *entgen.EmployeeYearQuery]("yearly figures", employeeyear.FieldEmployeeID))},
		Mutation: privacy.MutationPolicy{refuse("change derived yearly figures")},
	}
}

// Internal is the policy of a table that only internal code reads and writes, with raw SQL: through
// ent, nobody may.
func Internal(what string) ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.QueryRuleFunc(func(ctx context.Context, _ entgen.Query) error { return deny(ctx, "read "+what) })},
		Mutation: privacy.MutationPolicy{refuse("change " + what)},
	}
}

// FeedbackPolicy: participants' feedback is read by ADMIN and HR, who improve the curricula, and
// written only by the feedback workflow, which checks that the writer took part.
func FeedbackPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			allowAdmin,
			privacy.ContextQueryMutationRule(func(ctx context.Context) error {
				if auth.FromContext(ctx).Is(auth.RoleHR) {
					return privacy.Allow
				}
				return deny(ctx, "read participants' feedback")
			}),
		},
		Mutation: privacy.MutationPolicy{refuse("change feedback but through the feedback workflow")},
	}
}

// MentorshipCheckInPolicy: a mentoring note is read by whoever reads its mentorship, and written only
// by the mentoring workflow, which checks that the writer is the mentor or the mentee.
func MentorshipCheckInPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{privacy.MentorshipCheckInQueryRuleFunc(func(ctx context.Context, q *entgen.MentorshipCheckInQuery) error {
			v := auth.FromContext(ctx)
			mentor, mentee := fullEmployees(v, mentorship.FieldMentorID), fullEmployees(v, mentorship.FieldMenteeID)
			r := mentor
			if !mentor.all && mentor.pred != nil {
				r = where(func(s *sql.Selector) *sql.Predicate {
					t := sql.Table(mentorship.Table)
					read := sql.Select(t.C(mentorship.FieldID)).From(t)
					read.Where(sql.Or(mentor.pred(read), mentee.pred(read)))
					return sql.In(s.C(mentorshipcheckin.FieldMentorshipID), read)
				})
			}
			return restrict(ctx, "mentoring notes", r, func(p func(*sql.Selector)) { q.Where(p) })
		})},
		Mutation: privacy.MutationPolicy{refuse("change mentoring notes but through the mentoring workflow")},
	}
}

// TalentPolicyPolicy: the talent settings are read by everyone signed in and changed by ADMIN.
func TalentPolicyPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{privacy.QueryRuleFunc(func(ctx context.Context, _ entgen.Query) error {
			if auth.IsSystem(ctx) || auth.FromContext(ctx) != nil {
				return privacy.Allow
			}
			return deny(ctx, "read the talent settings")
		})},
		Mutation: privacy.MutationPolicy{allowAdmin, refuse("change the talent settings")},
	}
}

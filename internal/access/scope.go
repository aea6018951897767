package access

import (
	"context"
	"strings"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/privacy"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/auth"
)

// rows is what a viewer may read of one entity: every row, no row, or the rows a predicate selects.
type rows struct {
	all  bool
	pred func(*sql.Selector) *sql.Predicate
}

var (
	everyRow = rows{all: true}
	noRow    = rows{}
)

func where(pred func(*sql.Selector) *sql.Predicate) rows { return rows{pred: pred} }

// unitsUnder selects the IDs of the units in the subtree whose root has the given path.
func unitsUnder(path string) *sql.Selector {
	t := sql.Table(orgunit.Table)
	return sql.Select(t.C(orgunit.FieldID)).From(t).Where(sql.HasPrefix(t.C(orgunit.FieldPath), path))
}

// employeesUnder selects the IDs of the employees working in the subtree whose root has the given path.
func employeesUnder(path string) *sql.Selector {
	t := sql.Table(employee.Table)
	return sql.Select(t.C(employee.FieldID)).From(t).Where(sql.In(t.C(employee.FieldUnitID), unitsUnder(path)))
}

// positionsUnder selects the IDs of the posts in the subtree whose root has the given path.
func positionsUnder(path string) *sql.Selector {
	t := sql.Table(position.Table)
	return sql.Select(t.C(position.FieldID)).From(t).Where(sql.In(t.C(position.FieldUnitID), unitsUnder(path)))
}

// inSubordinates holds when the column is one of the direct or indirect subordinates of the employee.
// UNION (not UNION ALL) stops the recursion even if the data ever held a cycle.
func inSubordinates(column string, of pulid.ID) *sql.Predicate {
	return sql.P(func(b *sql.Builder) {
		b.Ident(column).WriteString(" IN (WITH RECURSIVE subordinates(id) AS (SELECT id FROM ").
			WriteString(employee.Table).WriteString(" WHERE supervisor_id = ").Arg(string(of)).
			WriteString(" UNION SELECT e.id FROM ").WriteString(employee.Table).
			WriteString(" AS e JOIN subordinates AS s ON e.supervisor_id = s.id) SELECT id FROM subordinates)")
	})
}

// self holds when the column is the viewer's own employee record.
func self(v *auth.Viewer, column string) *sql.Predicate {
	if v == nil || v.EmployeeID == "" {
		return sql.False()
	}
	return sql.EQ(column, string(v.EmployeeID))
}

// orSelf is a subtree rule widened to the viewer's own record, which the rule may leave out: a leader
// or HR officer whose own unit lies outside the scope. Where the rule holds the record already (the
// viewer works within the subtree, or has no employee record) it stays a lone IN (subquery), which
// PostgreSQL turns into a semi-join it can start from and estimate from the units' statistics; under
// an OR it becomes a filter tested row by row, with a guessed selectivity that leads the planner to
// walk a whole index (the directory ordered by name) or to hash the scope's every employee per
// statement (an employee's records).
func orSelf(v *auth.Viewer, path string, rule *sql.Predicate, column string) *sql.Predicate {
	if v.EmployeeID == "" || (v.UnitPath != "" && strings.HasPrefix(v.UnitPath, path)) {
		return rule
	}
	return sql.Or(rule, self(v, column))
}

// fullEmployees is the rule at the heart of every policy: which employees the viewer may read in full,
// as a predicate on a column holding an employee ID. Records that belong to an employee (evaluations,
// enrolments, applications, …) are visible exactly when their employee is.
func fullEmployees(v *auth.Viewer, column string) rows {
	switch {
	case v == nil:
		return noRow
	case v.Is(auth.RoleAdmin, auth.RoleAnalyst):
		return everyRow
	case v.Is(auth.RoleHR, auth.RoleLeader) && v.ScopePath != "":
		return where(func(s *sql.Selector) *sql.Predicate {
			return orSelf(v, v.ScopePath, sql.In(s.C(column), employeesUnder(v.ScopePath)), s.C(column))
		})
	case v.Is(auth.RoleSupervisor):
		return where(func(s *sql.Selector) *sql.Predicate {
			return sql.Or(self(v, s.C(column)), inSubordinates(s.C(column), v.EmployeeID))
		})
	}
	return where(func(s *sql.Selector) *sql.Predicate { return self(v, s.C(column)) })
}

// visibleEmployees are the employee rows the viewer sees at all: those it reads in full, and for
// supervisors and employees also their colleagues in the same instansi, in the directory.
func visibleEmployees(v *auth.Viewer) rows {
	switch {
	case v == nil:
		return noRow
	case v.Is(auth.RoleAdmin, auth.RoleAnalyst):
		return everyRow
	case v.Is(auth.RoleHR, auth.RoleLeader) && v.ScopePath != "":
		return where(func(s *sql.Selector) *sql.Predicate {
			return orSelf(v, v.ScopePath, sql.In(s.C(employee.FieldUnitID), unitsUnder(v.ScopePath)), s.C(employee.FieldID))
		})
	}
	return where(func(s *sql.Selector) *sql.Predicate {
		rule := self(v, s.C(employee.FieldID))
		if v.DirectoryPath != "" {
			rule = orSelf(v, v.DirectoryPath, sql.In(s.C(employee.FieldUnitID), unitsUnder(v.DirectoryPath)), s.C(employee.FieldID))
		}
		if v.Is(auth.RoleSupervisor) {
			rule = sql.Or(rule, inSubordinates(s.C(employee.FieldID), v.EmployeeID))
		}
		return rule
	})
}

// Counted returns the predicate of the employees the viewer may count in an aggregate: those it reads
// in full, or (analysts) statistically. Directory access is not enough, since counting colleagues by
// rank or predikat would reveal what the directory hides. Every aggregate query of employees starts
// from it.
func Counted(ctx context.Context) (func(*sql.Selector), error) {
	if auth.IsSystem(ctx) {
		return func(*sql.Selector) {}, nil
	}
	v := auth.FromContext(ctx)
	r := fullEmployees(v, employee.FieldID)
	if v.Is(auth.RoleHR, auth.RoleLeader) {
		// The same rows, by unit rather than through a subquery of employee IDs: cheaper at scale.
		r = visibleEmployees(v)
		if _, decided := privacy.DecisionFromContext(ctx); !decided && r.pred != nil {
			// They are the rows the Employee policy lets the query read anyway. A second copy of
			// the subtree test would not change the answer, only PostgreSQL's estimates, which
			// multiply the two: it then expects a row or two and probes the units row by row.
			return func(*sql.Selector) {}, nil
		}
	}
	switch {
	case r.all:
		return func(*sql.Selector) {}, nil
	case r.pred == nil:
		return nil, deny(ctx, "read aggregates")
	}
	return func(s *sql.Selector) { s.Where(r.pred(s)) }, nil
}

// SmallCells reports whether the viewer's aggregates must hide groups of fewer than five people, so that
// a count cannot single a person out: analysts see no individuals.
func SmallCells(ctx context.Context) bool {
	return auth.FromContext(ctx).Is(auth.RoleAnalyst) && !auth.IsSystem(ctx)
}

// ReadsAnnouncedUnder reports whether the viewer reads every application to the vacancies announced
// by the units of the subtree at path (ApplicationPolicy): ADMIN and analysts read all, HR and leaders
// those announced within their scope. An aggregate of exactly those applications may then leave the
// row rule out; under it, PostgreSQL hashes every employee of the scope to test the applicants, which
// for a province is most of the aggregate's time.
func ReadsAnnouncedUnder(ctx context.Context, path string) bool {
	v := auth.FromContext(ctx)
	return auth.IsSystem(ctx) || v.Is(auth.RoleAdmin, auth.RoleAnalyst) ||
		(v.Is(auth.RoleHR, auth.RoleLeader) && v.ScopePath != "" && strings.HasPrefix(path, v.ScopePath))
}

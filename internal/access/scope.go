package access

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/position"
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
			return sql.Or(sql.In(s.C(column), employeesUnder(v.ScopePath)), self(v, s.C(column)))
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
			return sql.Or(sql.In(s.C(employee.FieldUnitID), unitsUnder(v.ScopePath)), self(v, s.C(employee.FieldID)))
		})
	}
	return where(func(s *sql.Selector) *sql.Predicate {
		preds := []*sql.Predicate{self(v, s.C(employee.FieldID))}
		if v.DirectoryPath != "" {
			preds = append(preds, sql.In(s.C(employee.FieldUnitID), unitsUnder(v.DirectoryPath)))
		}
		if v.Is(auth.RoleSupervisor) {
			preds = append(preds, inSubordinates(s.C(employee.FieldID), v.EmployeeID))
		}
		return sql.Or(preds...)
	})
}

// Counted returns the predicate of the employees the viewer may count in an aggregate: those it reads
// in full, or (analysts) statistically. Directory access is not enough, since counting colleagues by
// rank or predikat would reveal what the directory hides. Every aggregate query starts from it.
func Counted(ctx context.Context) (func(*sql.Selector), error) {
	if auth.IsSystem(ctx) {
		return func(*sql.Selector) {}, nil
	}
	v := auth.FromContext(ctx)
	r := fullEmployees(v, employee.FieldID)
	if v.Is(auth.RoleHR, auth.RoleLeader) {
		// The same rows, by unit rather than through a subquery of employee IDs: cheaper at scale.
		r = visibleEmployees(v)
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

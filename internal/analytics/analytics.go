// Package analytics answers the dashboards' aggregate questions — headcount, performance distribution,
// training compliance, the 9-box — with GROUP BY in the database, never by loading rows into Go. Every
// query starts from the employees the viewer may count (access.Counted) within the requested unit's
// subtree, so no aggregate can count what its viewer may not see.
package analytics

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/tally"
)

// Service runs the aggregates over one database.
type Service struct {
	Client *ent.Client
	// Now is the clock of age bands and forecasts.
	Now func() time.Time
}

// minCell is the smallest group an analyst may see counted.
const minCell = 5

// Count is a number of people, or the sign that it is too small to show.
type Count struct {
	// Value is nil when the count is suppressed.
	Value *int
	// Display is the count as text, or "< 5" when suppressed.
	Display string
}

func count(ctx context.Context, n int) Count {
	if n > 0 && n < minCell && access.SmallCells(ctx) {
		return Count{Display: fmt.Sprintf("< %d", minCell)}
	}
	return Count{Value: &n, Display: fmt.Sprint(n)}
}

// scope is the unit an aggregate is asked about: nil means everything the viewer may count.
type scope struct {
	unit *ent.OrgUnit
}

// scopeUnit is the unit an aggregate is about: unitID when given, else the scope unit of an HR or
// LEADER viewer, else none (everything the viewer may count).
func (s Service) scopeUnit(ctx context.Context, unitID *pulid.ID) (*ent.OrgUnit, error) {
	if unitID != nil {
		return s.Client.OrgUnit.Get(ctx, *unitID)
	}
	if v := auth.FromContext(ctx); v.Is(auth.RoleHR, auth.RoleLeader) {
		return s.Client.OrgUnit.Query().Where(orgunit.PathEQ(v.ScopePath)).Only(ctx)
	}
	return nil, nil
}

// employees returns the employees an aggregate counts: those the viewer may count, within the scope
// unit's subtree. This is the one place that intersects the requested scope with the viewer's. An
// aggregate grouped by unit (byUnit) gets each employee's unit joined as "gu", whose path names the
// group (unitGroup); the subtree is then a condition of that join, which PostgreSQL starts from,
// rather than a test of each employee's unit beside it.
func (s Service) employees(ctx context.Context, unitID *pulid.ID, byUnit bool) (*ent.EmployeeQuery, scope, error) {
	counted, err := access.Counted(ctx)
	if err != nil {
		return nil, scope{}, err
	}
	unit, err := s.scopeUnit(ctx, unitID)
	if err != nil {
		return nil, scope{}, err
	}
	q := s.Client.Employee.Query().Where(counted)
	switch {
	case byUnit:
		q.Modify(func(sel *sql.Selector) {
			u := sql.Table(orgunit.Table).As(groupUnits)
			on := sql.ColumnsEQ(sel.C(employee.FieldUnitID), u.C(orgunit.FieldID))
			if unit == nil {
				sel.LeftJoin(u).OnP(on)
				return
			}
			sel.Join(u).OnP(sql.And(on, sql.HasPrefix(u.C(orgunit.FieldPath), unit.Path)))
		})
	case unit != nil:
		q.Where(employee.HasUnitWith(orgunit.PathHasPrefix(unit.Path)))
	}
	return q, scope{unit: unit}, nil
}

// groupUnits is the alias of the units joined to a query of employees byUnit.
const groupUnits = "gu"

// unitGroup is the SQL of the group each employee of a query byUnit falls in: the child of the scope
// unit (or the top-level unit, with no scope) that they work under, read from their unit's path;
// employees placed in the scope unit itself get the scope unit.
func unitGroup(sel *sql.Selector, sc scope) string {
	start := 2 // a path is "/" and then IDs, each followed by "/"
	if sc.unit != nil {
		start = len(sc.unit.Path) + 1
	}
	path := sql.Dialect(sel.Dialect()).Table(orgunit.Table).As(groupUnits).C(orgunit.FieldPath)
	group := fmt.Sprintf("SUBSTR(%s, %d, %d)", path, start, tally.IDLen)
	if sc.unit != nil {
		return fmt.Sprintf("COALESCE(NULLIF(%s, ''), '%s')", group, sc.unit.ID)
	}
	return group
}

// unitNames returns the names of units by ID, for the labels of UNIT buckets.
func (s Service) unitNames(ctx context.Context, ids []string) (map[string]string, error) {
	typed := make([]pulid.ID, len(ids))
	for i, id := range ids {
		typed[i] = pulid.ID(id)
	}
	units, err := s.Client.OrgUnit.Query().Where(orgunit.IDIn(typed...)).Select(orgunit.FieldName).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(units))
	for _, u := range units {
		out[string(u.ID)] = u.Name
	}
	return out, nil
}

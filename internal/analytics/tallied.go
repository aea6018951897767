package analytics

import (
	"context"
	"strings"

	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/tally"
)

// A tally plan answers an aggregate from the running counts (internal/tally) instead of the rows, when
// the viewer counts a whole subtree (or everything) and the scope is a tallied unit. It says which
// tallies hold the scope's total and, for a grouping by unit, which hold each group.
type tallyPlan struct {
	// scope is the tally unit of the whole scope.
	scope string
	// empty is set when the requested unit and the viewer's scope do not meet: nothing is counted.
	empty bool
	// groups maps each group's key (a unit ID, as the rows would group it) to the tally unit read.
	groups map[string]string
	// direct is the key of the group of employees placed in the scope unit itself (the scope unit's
	// ID; "" for those without a unit): the scope's total less the other groups. hasDirect tells
	// whether there is such a group.
	direct    string
	hasDirect bool
}

// plan returns how the tallies answer an aggregate of the unit's subtree (grouped by unit or not), or
// nil when only the rows can: a viewer who counts particular people (a supervisor's team), or a scope
// too deep in the tree to be tallied.
func (s Service) plan(ctx context.Context, unitID *pulid.ID, byUnit bool) (*tallyPlan, error) {
	var viewerPath string
	if v := auth.FromContext(ctx); !auth.IsSystem(ctx) && !v.Is(auth.RoleAdmin, auth.RoleAnalyst) {
		// HR and leaders count their scope's subtree, and themselves: the tallies hold that when they
		// work within it (or have no employee record).
		if !v.Is(auth.RoleHR, auth.RoleLeader) || v.ScopePath == "" || (v.EmployeeID != "" && !strings.HasPrefix(v.UnitPath, v.ScopePath)) {
			return nil, nil
		}
		viewerPath = v.ScopePath
	}
	unit, err := s.scopeUnit(ctx, unitID)
	if err != nil {
		return nil, err
	}
	var scopePath string
	if unit != nil {
		scopePath = unit.Path
	}
	effective := scopePath
	switch {
	case strings.HasPrefix(scopePath, viewerPath):
	case strings.HasPrefix(viewerPath, scopePath):
		effective = viewerPath
	default:
		return &tallyPlan{empty: true}, nil
	}
	if !tally.Tallied(effective) {
		return nil, nil
	}
	units := tally.Units(effective)
	p := &tallyPlan{scope: units[len(units)-1]}
	if !byUnit {
		return p, nil
	}
	if effective != scopePath {
		// The viewer's scope lies below the requested unit: one group, the requested unit's child on
		// the way down to it, holding the viewer's scope.
		below := strings.Split(strings.TrimPrefix(effective, scopePath), "/")[0]
		p.groups = map[string]string{below: p.scope}
		return p, nil
	}
	if !tally.ChildrenTallied(effective) {
		return nil, nil
	}
	children := s.Client.OrgUnit.Query()
	if unit != nil {
		children.Where(orgunit.ParentID(unit.ID))
		p.direct = string(unit.ID)
	} else {
		children.Where(orgunit.ParentIDIsNil())
	}
	ids, err := children.IDs(ctx)
	if err != nil {
		return nil, err
	}
	p.groups = make(map[string]string, len(ids))
	for _, id := range ids {
		p.groups[string(id)] = string(id)
	}
	p.hasDirect = true
	return p, nil
}

// tallyKey is one bucket of one measure in one year.
type tallyKey struct {
	measure string
	year    int
	bucket  string
}

// talliedCounts is what a plan reads: the scope's total and each group's, by bucket.
type talliedCounts struct {
	total  map[tallyKey]tally.Value
	groups map[string]map[tallyKey]tally.Value
}

// read reads the measures (in the years, any year when none is given) for the plan's scope and
// groups, in one query, and works out the direct group as the remainder.
func (s Service) read(ctx context.Context, p *tallyPlan, measures []string, years ...int) (talliedCounts, error) {
	out := talliedCounts{total: map[tallyKey]tally.Value{}, groups: map[string]map[tallyKey]tally.Value{}}
	if p.empty {
		return out, nil
	}
	units := []string{p.scope}
	for _, u := range p.groups {
		units = append(units, u)
	}
	rows, err := tally.Read(ctx, s.Client, units, measures, years...)
	if err != nil {
		return out, err
	}
	byUnit := map[string]map[tallyKey]tally.Value{}
	for _, r := range rows {
		if byUnit[r.Unit] == nil {
			byUnit[r.Unit] = map[tallyKey]tally.Value{}
		}
		byUnit[r.Unit][tallyKey{r.Measure, r.Year, r.Bucket}] = r.Value
	}
	out.total = byUnit[p.scope]
	if out.total == nil {
		out.total = map[tallyKey]tally.Value{}
	}
	if p.groups == nil {
		return out, nil
	}
	rest := map[tallyKey]tally.Value{}
	for k, v := range out.total {
		rest[k] = v
	}
	for key, u := range p.groups {
		values := byUnit[u]
		if len(values) == 0 {
			continue
		}
		out.groups[key] = values
		for k, v := range values {
			r := rest[k]
			rest[k] = tally.Value{N: r.N - v.N, Total: r.Total - v.Total}
		}
	}
	if p.hasDirect {
		for k, v := range rest {
			if v == (tally.Value{}) {
				delete(rest, k)
			}
		}
		if len(rest) > 0 {
			out.groups[p.direct] = rest
		}
	}
	return out, nil
}

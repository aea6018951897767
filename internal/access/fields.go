package access

import (
	"context"
	"sync"

	"entgo.io/ent/dialect/sql"

	entgen "github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/auth"
)

// Of returns how much of a record of the GraphQL type typeName the viewer of ctx may read. The record
// was loaded under the privacy rules, so it is visible; what remains is how much of it. Only employees differ row by row: HR and
// leaders see only employees of their scope (all in full), supervisors read their subordinates in full
// and other colleagues in the directory, employees read themselves in full. Of every other record,
// analysts get the statistical view and everyone else who sees it reads it in full.
func Of(ctx context.Context, typeName string, record any) auth.Access {
	if auth.IsSystem(ctx) {
		return auth.Full
	}
	v := auth.FromContext(ctx)
	e, isEmployee := record.(*entgen.Employee)
	switch {
	case v == nil:
		return auth.NoAccess
	case typeName == "Employee" && !isEmployee:
		// Which employee this is cannot be told: refuse rather than guess.
		return auth.NoAccess
	case v.Is(auth.RoleAdmin):
		return auth.Full
	case isEmployee && v.Owns(e.ID):
		return auth.Full
	case v.Is(auth.RoleAnalyst):
		return auth.Statistical
	case !isEmployee || v.Is(auth.RoleHR, auth.RoleLeader):
		return auth.Full
	case v.Is(auth.RoleSupervisor) && subordinates(ctx)[e.ID]:
		return auth.Full
	}
	return auth.Directory
}

// CanFilter reports whether the viewer may filter or sort records of a type by a field of a class:
// only if it may read that class on every record of the type it sees, since otherwise the count or
// the order of the results would reveal values it may not read.
func CanFilter(ctx context.Context, typeName string, class auth.Class) bool {
	if auth.IsSystem(ctx) {
		return true
	}
	v := auth.FromContext(ctx)
	switch {
	case v == nil:
		return false
	case v.Is(auth.RoleAdmin):
		return true
	case v.Is(auth.RoleAnalyst):
		return auth.Statistical.Reads(class)
	case typeName != "Employee" || v.Is(auth.RoleHR, auth.RoleLeader):
		return true
	}
	// Supervisors and employees see colleagues in the directory: only their names.
	return auth.Directory.Reads(class)
}

// ownerEdges lead from a record that belongs to an employee to that employee: whoever sees the record
// reads its employee in full.
var ownerEdges = map[string]bool{
	"Evaluation.employee":           true,
	"PotentialAssessment.employee":  true,
	"DisciplinarySanction.employee": true,
	"Enrollment.employee":           true,
	"Application.applicant":         true,
	"CareerEvent.employee":          true,
	"EmployeeYear.employee":         true,
}

// ownedEdges lead from an employee to the records that belong to them: a viewer who reads every
// employee it sees in full also sees all their records.
var ownedEdges = map[string]bool{
	"Employee.evaluations":          true,
	"Employee.potentialAssessments": true,
	"Employee.sanctions":            true,
	"Employee.enrollments":          true,
	"Employee.applications":         true,
	"Employee.careerEvents":         true,
	"Employee.years":                true,
}

// CanFilterEdge reports whether the viewer may filter records of a type by an edge to records of the
// target type (where: {hasXWith: …}). ent does not apply the target's privacy rules inside such a
// filter, so it is allowed only where every target record reachable from a visible record is itself
// visible; otherwise counting the results would reveal records the viewer may not read.
func CanFilterEdge(ctx context.Context, typeName, edge, target string) bool {
	if auth.IsSystem(ctx) {
		return true
	}
	v := auth.FromContext(ctx)
	switch {
	case v.Is(auth.RoleAdmin):
		return true
	case target == "OrgUnit" || target == "Position":
		return true
	case v == nil:
		return false
	case target == "Training":
		return true
	case ownerEdges[typeName+"."+edge]:
		return true
	case ownedEdges[typeName+"."+edge]:
		return v.Is(auth.RoleHR, auth.RoleLeader, auth.RoleAnalyst)
	case v.Is(auth.RoleAnalyst):
		return analystSeesAll[target]
	}
	return false
}

// occupancyEdges lead from a post to its holders: whether a post has any is its occupancy (formasi),
// which is organisational rather than personal, and which the vacancy board announces anyway.
var occupancyEdges = map[string]bool{"Position.holders": true}

// CanFilterEdgeExists reports whether the viewer may filter records of a type by whether an edge
// leads anywhere (where: {hasX: true}). Only the existence counts, not what the target records hold,
// so a post's occupancy is open to every signed-in viewer; otherwise the rule of CanFilterEdge holds.
func CanFilterEdgeExists(ctx context.Context, typeName, edge, target string) bool {
	if occupancyEdges[typeName+"."+edge] && auth.FromContext(ctx) != nil {
		return true
	}
	return CanFilterEdge(ctx, typeName, edge, target)
}

// analystSeesAll are the types of which analysts see every record (for aggregates).
var analystSeesAll = map[string]bool{
	"Employee": true, "Evaluation": true, "PotentialAssessment": true, "DisciplinarySanction": true,
	"Enrollment": true, "Application": true, "CareerEvent": true, "Mentorship": true, "EmployeeYear": true,
}

type cacheKey struct{}

// requestCache holds what the rules look up once per request rather than once per record.
type requestCache struct {
	client       *entgen.Client
	once         sync.Once
	subordinates map[pulid.ID]bool
}

// WithCache gives a request its own cache of lookups, made through client.
func WithCache(ctx context.Context, client *entgen.Client) context.Context {
	return context.WithValue(ctx, cacheKey{}, &requestCache{client: client})
}

// subordinates returns the viewer's direct and indirect subordinates, looked up once per request with
// one recursive query. Without a request cache, or if the lookup fails, it knows none: the fields of a
// subordinate are then refused rather than shown.
func subordinates(ctx context.Context) map[pulid.ID]bool {
	c, _ := ctx.Value(cacheKey{}).(*requestCache)
	if c == nil {
		return nil
	}
	c.once.Do(func() {
		c.subordinates = map[pulid.ID]bool{}
		v := auth.FromContext(ctx)
		client := c.client
		// Inside a mutation's transaction, read through it: on SQLite the only connection is the transaction's.
		if tx := entgen.FromContext(ctx); tx != nil {
			client = tx
		}
		ids, err := client.Employee.Query().Where(func(s *sql.Selector) {
			s.Where(inSubordinates(s.C(employee.FieldID), v.EmployeeID))
		}).IDs(Allow(ctx))
		if err != nil {
			return
		}
		for _, id := range ids {
			c.subordinates[id] = true
		}
	})
	return c.subordinates
}

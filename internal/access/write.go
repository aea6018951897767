package access

import (
	"context"

	"entgo.io/ent/dialect/sql"

	entgen "github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/privacy"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/auth"
)

// owner is what a record hangs from in the organisation, to decide whether it lies in a scope.
type owner int

const (
	byUnit owner = iota
	byEmployee
	byPosition
)

func (o owner) under(path string) *sql.Selector {
	switch o {
	case byEmployee:
		return employeesUnder(path)
	case byPosition:
		return positionsUnder(path)
	}
	return unitsUnder(path)
}

func (o owner) inScope(ctx context.Context, client *entgen.Client, path string, id pulid.ID) (bool, error) {
	ctx = Allow(ctx)
	switch o {
	case byEmployee:
		return client.Employee.Query().Where(employee.ID(id), employee.HasUnitWith(orgunit.PathHasPrefix(path))).Exist(ctx)
	case byPosition:
		return client.Position.Query().Where(position.ID(id), position.HasUnitWith(orgunit.PathHasPrefix(path))).Exist(ctx)
	}
	return client.OrgUnit.Query().Where(orgunit.ID(id), orgunit.PathHasPrefix(path)).Exist(ctx)
}

type clientMutation interface {
	entgen.Mutation
	Client() *entgen.Client
}

// hrWrite lets an HR account write a record that hangs, through the field ownerField, from something
// in its scope: a new owner must lie in the scope, and an update or delete touches only rows whose
// rowField owner lies in it (others are not found). Any other viewer is left to the next rule.
func hrWrite(ctx context.Context, m clientMutation, o owner, ownerField, rowField string, where func(func(*sql.Selector))) error {
	v := auth.FromContext(ctx)
	if !v.Is(auth.RoleHR) || v.ScopePath == "" {
		return privacy.Skip
	}
	if value, ok := m.Field(ownerField); ok {
		id, _ := value.(pulid.ID)
		in, err := o.inScope(ctx, m.Client(), v.ScopePath, id)
		if err != nil {
			return err
		}
		if !in {
			return &DeniedError{Message: "your scope does not include " + string(id), Field: ownerField}
		}
	} else if m.Op().Is(entgen.OpCreate) {
		return deny(ctx, "create records outside your scope")
	} else if m.FieldCleared(ownerField) {
		// A record hanging from nothing (a unit made a root) lies outside every scope.
		return &DeniedError{Message: "your scope does not include records without " + ownerField, Field: ownerField}
	}
	if !m.Op().Is(entgen.OpCreate) {
		where(func(s *sql.Selector) { s.Where(sql.In(s.C(rowField), o.under(v.ScopePath))) })
	}
	return privacy.Allow
}

// accountWrite: HR manages the accounts of its scope (never ADMIN or ANALYST ones, which are not
// scoped), and every account may change its own password.
func accountWrite(ctx context.Context, m *entgen.AccountMutation) error {
	v := auth.FromContext(ctx)
	if v == nil {
		return privacy.Skip
	}
	if id, ok := m.ID(); ok && m.Op().Is(entgen.OpUpdateOne) && id == v.AccountID && onlyCredentials(m) {
		return privacy.Allow
	}
	if !v.Is(auth.RoleHR) || v.ScopePath == "" {
		return privacy.Skip
	}
	if role, ok := m.Role(); ok && (role == auth.RoleAdmin || role == auth.RoleAnalyst) {
		return deny(ctx, "give the role "+string(role))
	}
	if unit, ok := m.ScopeUnitID(); ok {
		in, err := byUnit.inScope(ctx, m.Client(), v.ScopePath, unit)
		if err != nil {
			return err
		}
		if !in {
			return &DeniedError{Message: "your scope does not include " + string(unit), Field: account.FieldScopeUnitID}
		}
	}
	if emp, ok := m.EmployeeID(); ok {
		in, err := byEmployee.inScope(ctx, m.Client(), v.ScopePath, emp)
		if err != nil {
			return err
		}
		if !in {
			return &DeniedError{Message: "your scope does not include employee " + string(emp), Field: account.FieldEmployeeID}
		}
	}
	if !m.Op().Is(entgen.OpCreate) {
		m.Where(func(s *sql.Selector) {
			s.Where(sql.And(
				sql.NotIn(s.C(account.FieldRole), string(auth.RoleAdmin), string(auth.RoleAnalyst)),
				sql.Or(
					sql.In(s.C(account.FieldScopeUnitID), unitsUnder(v.ScopePath)),
					sql.In(s.C(account.FieldEmployeeID), employeesUnder(v.ScopePath)),
				),
			))
		})
	}
	return privacy.Allow
}

// onlyCredentials reports whether an account update touches nothing but the password and what
// follows from it.
func onlyCredentials(m *entgen.AccountMutation) bool {
	for _, f := range m.Fields() {
		switch f {
		case account.FieldPasswordHash, account.FieldTokenVersion, account.FieldUpdatedAt:
		default:
			return false
		}
	}
	return len(m.ClearedFields()) == 0
}

// Package auth knows who is asking: the viewer of a request with its role and scope, the bearer tokens
// that carry it, password hashing and the throttling of failed logins. It decides nothing about rows;
// internal/access turns a viewer into what it may read and write.
package auth

import (
	"context"
	"strings"

	"github.com/jenjang/jenjang/ent/schema/pulid"
)

// Viewer is the account a request acts for. A nil *Viewer is an anonymous caller.
type Viewer struct {
	AccountID    pulid.ID
	Username     string
	Role         Role
	TokenVersion int
	// EmployeeID is the viewer's own employee record, if the account has one.
	EmployeeID pulid.ID
	// ScopePath is the materialised path of the scope unit of an HR or LEADER account: it acts on
	// every unit whose path starts with it.
	ScopePath string
	// DirectoryPath is the path of the instansi the viewer's employee works in: its colleagues there
	// are visible in the directory.
	DirectoryPath string
	// UnitPath is the path of the unit the viewer's employee works in.
	UnitPath string
}

// Is reports whether the viewer is signed in with one of the roles.
func (v *Viewer) Is(roles ...Role) bool {
	if v == nil {
		return false
	}
	for _, r := range roles {
		if v.Role == r {
			return true
		}
	}
	return false
}

// Owns reports whether id is the viewer's own employee record.
func (v *Viewer) Owns(id pulid.ID) bool { return v != nil && v.EmployeeID != "" && v.EmployeeID == id }

// InScope reports whether a unit with the given path lies in the subtree of the viewer's scope.
func (v *Viewer) InScope(unitPath string) bool {
	return v != nil && v.Role.Scoped() && v.ScopePath != "" && strings.HasPrefix(unitPath, v.ScopePath)
}

// HomePath is the path of the unit the account belongs to: its employee's unit, or, for an HR or
// LEADER account without an employee, its scope unit. It is empty for an account that belongs to no
// unit (ADMIN, ANALYST).
func (v *Viewer) HomePath() string {
	switch {
	case v == nil:
		return ""
	case v.UnitPath != "":
		return v.UnitPath
	case v.EmployeeID == "" && v.Role.Scoped():
		return v.ScopePath
	}
	return ""
}

// Units returns the IDs on the viewer's home path (its home unit and every unit above it): a
// dashboard shared with one of them is shared with a subtree the viewer belongs to.
func (v *Viewer) Units() []pulid.ID {
	var ids []pulid.ID
	for _, id := range strings.Split(strings.Trim(v.HomePath(), "/"), "/") {
		if id != "" {
			ids = append(ids, pulid.ID(id))
		}
	}
	return ids
}

// MayShareWith reports whether the viewer may share a dashboard with the unit of the given path, that
// is, with everyone who belongs to its subtree. ADMIN shares with any unit; HR and LEADER with any unit
// of their scope's subtree; SUPERVISOR and EMPLOYEE with the groups they belong to themselves: their
// own unit or a unit above it, up to their instansi. ANALYST, which belongs to no unit, shares with
// none.
func (v *Viewer) MayShareWith(unitPath string) bool {
	switch {
	case v == nil || unitPath == "":
		return false
	case v.Is(RoleAdmin):
		return true
	case v.Is(RoleHR, RoleLeader):
		return v.InScope(unitPath)
	case v.Is(RoleSupervisor, RoleEmployee):
		if v.UnitPath == "" || !strings.HasPrefix(v.UnitPath, unitPath) {
			return false
		}
		if v.DirectoryPath == "" { // a unit outside any instansi: only the unit itself
			return unitPath == v.UnitPath
		}
		return strings.HasPrefix(unitPath, v.DirectoryPath)
	}
	return false
}

type ctxKey int

const (
	viewerKey ctxKey = iota
	systemKey
)

// NewContext returns a context acting for the viewer (nil for an anonymous caller).
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, viewerKey, v)
}

// FromContext returns the viewer of the context, or nil for an anonymous caller or the system.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(viewerKey).(*Viewer)
	return v
}

// WithSystem marks the context as acting for the system itself (seeding, migrations, scheduled
// work): internal/access lets it do anything, and the audit trail names no account.
func WithSystem(ctx context.Context) context.Context {
	return context.WithValue(ctx, systemKey, true)
}

// IsSystem reports whether the context acts for the system.
func IsSystem(ctx context.Context) bool {
	system, _ := ctx.Value(systemKey).(bool)
	return system
}

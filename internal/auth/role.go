package auth

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Role is what an account may do; HR and LEADER act within the subtree of their scope unit.
type Role string

// The roles, from the most to the least powerful.
const (
	RoleAdmin      Role = "ADMIN"
	RoleHR         Role = "HR"
	RoleLeader     Role = "LEADER"
	RoleSupervisor Role = "SUPERVISOR"
	RoleEmployee   Role = "EMPLOYEE"
	RoleAnalyst    Role = "ANALYST"
)

// Values lists the roles (ent enum values).
func (Role) Values() []string {
	return []string{string(RoleAdmin), string(RoleHR), string(RoleLeader), string(RoleSupervisor), string(RoleEmployee), string(RoleAnalyst)}
}

// Scoped reports whether the role acts within a scope unit's subtree and so needs one.
func (r Role) Scoped() bool { return r == RoleHR || r == RoleLeader }

// MarshalGQL implements graphql.Marshaler.
func (r Role) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(r))) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (r *Role) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !slices.Contains(r.Values(), s) {
		return fmt.Errorf("%v is not a valid Role", v)
	}
	*r = Role(s)
	return nil
}

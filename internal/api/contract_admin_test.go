package api_test

import (
	"context"
	"fmt"
	"maps"
	"sync/atomic"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
)

// The audit trail screens (the trail of a scope, the changes to one's own record) and the
// administration pages: accounts (ADMIN, HR within its scope) and the talent settings.
func init() {
	maps.Copy(contractCalls, map[string][]contractCall{
		"AuditTrail": {
			{admin, func(w world) map[string]any {
				return trailVars(map[string]any{"entityType": "Employee", "entityID": w.teachers[5].ID, "actorUsername": "admin",
					"action": "update", "atGTE": "2026-10-31T17:00:00.000Z", "atLT": "2026-11-23T17:00:00.000Z"})
			}},
			{hr, func(world) map[string]any { return trailVars(map[string]any{}) }},
			{leader, func(world) map[string]any { return trailVars(map[string]any{"entityType": "Account"}) }},
		},
		"MyRecordChanges": {
			{employee, func(world) map[string]any { return map[string]any{"first": 25, "after": nil} }},
			{hr, func(world) map[string]any { return map[string]any{"last": 25, "before": nil} }},
		},
		"AdminAccounts": {
			{admin, func(world) map[string]any {
				return map[string]any{"first": 25, "after": nil, "where": map[string]any{"or": []any{
					map[string]any{"usernameContainsFold": "guru"},
					map[string]any{"hasEmployeeWith": []any{map[string]any{"nameContainsFold": "guru"}}}}}}
			}},
			{hr, func(world) map[string]any {
				return map[string]any{"last": 25, "before": nil, "where": map[string]any{"usernameContainsFold": "hr"}}
			}},
		},
		"CreateAccount": {
			{admin, func(w world) map[string]any {
				return accountInput(map[string]any{"role": "EMPLOYEE", "employeeID": w.teachers[20].ID, "scopeUnitID": nil})
			}},
			{hr, func(w world) map[string]any {
				return accountInput(map[string]any{"role": "LEADER", "employeeID": w.teachers[21].ID, "scopeUnitID": w.disdik.ID})
			}},
		},
		"UpdateAccount": {
			{admin, func(w world) map[string]any {
				return map[string]any{"id": contractAccount(w, auth.RoleEmployee, w.teachers[22].ID, ""),
					"input": map[string]any{"role": "HR", "scopeUnitID": w.instansi.ID, "clearScopeUnit": nil}}
			}},
			{hr, func(w world) map[string]any {
				return map[string]any{"id": contractAccount(w, auth.RoleLeader, w.teachers[23].ID, w.disdik.ID),
					"input": map[string]any{"role": "SUPERVISOR", "scopeUnitID": nil, "clearScopeUnit": true}}
			}},
			{admin, func(w world) map[string]any {
				return map[string]any{"id": contractAccount(w, auth.RoleEmployee, w.teachers[24].ID, ""), "input": map[string]any{"active": false}}
			}},
		},
		"ResetPassword": {
			{admin, func(w world) map[string]any {
				return map[string]any{"id": contractAccount(w, auth.RoleEmployee, w.teachers[25].ID, ""), "newPassword": "Sementara2345"}
			}},
			{hr, func(w world) map[string]any {
				return map[string]any{"id": contractAccount(w, auth.RoleEmployee, w.teachers[26].ID, ""), "newPassword": "Sementara6789"}
			}},
		},
		"AdminTalentSettings":       {{admin, noVars}, {hr, noVars}},
		"AdminUpdateTalentSettings": {{admin, func(world) map[string]any { return map[string]any{"input": map[string]any{"maxMentees": 4}} }}},
	})
}

// trailVars is the first page of the trail with the filters the screen sets (the others left out).
func trailVars(where map[string]any) map[string]any {
	return map[string]any{"where": where, "first": 25, "after": nil, "last": nil, "before": nil}
}

var contractAccountSeq atomic.Int64

// accountInput is a new account as the form sends it: a fresh username and a generated password.
func accountInput(in map[string]any) map[string]any {
	in["username"] = fmt.Sprintf("kontrak.akun%d", contractAccountSeq.Add(1))
	in["password"] = "Sementara2345"
	return map[string]any{"input": in}
}

// contractAccount creates an account for a call to change.
func contractAccount(w world, role auth.Role, employee, scope pulid.ID) pulid.ID {
	c := w.client.Account.Create().SetUsername(fmt.Sprintf("kontrak.ubah%d", contractAccountSeq.Add(1))).
		SetPasswordHash("not a bcrypt hash").SetRole(role).SetEmployeeID(employee)
	if scope != "" {
		c.SetScopeUnitID(scope)
	}
	return c.SaveX(access.SystemContext(context.Background())).ID
}

package derive

import (
	"context"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/hook"
)

// AccountTokenVersion bumps an account's token version when its password, role, scope, employee or
// active flag changes: tokens carry the version they were issued at, so every older token stops working.
var AccountTokenVersion ent.Hook = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.AccountFunc(func(ctx context.Context, m *ent.AccountMutation) (ent.Value, error) {
		if touches(m, []string{account.FieldPasswordHash, account.FieldRole, account.FieldScopeUnitID, account.FieldEmployeeID, account.FieldActive}) {
			m.AddTokenVersion(1)
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpUpdate|ent.OpUpdateOne)

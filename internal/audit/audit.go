// Package audit writes the audit trail: an ent hook records every create, update and delete of every
// entity as an AuditEntry, in the same transaction as the change.
package audit

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/privacy"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/schema/schematype"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/reqid"
)

// batch bounds the IDs of one snapshot or lookup and the rows of one insert: a bulk update may touch
// more rows than SQLite and PostgreSQL accept bind parameters in one statement.
const batch = 500

// mutation is what every generated mutation offers beyond ent.Mutation.
type mutation interface {
	ent.Mutation
	Client() *ent.Client
	ID() (pulid.ID, bool)
	IDs(context.Context) ([]pulid.ID, error)
}

// Hook records the writes of one entity type; every audited schema carries it through schema.Audited.
// It compares the stored rows before and after the write rather than the mutation's fields, so that
// values set by inner hooks, by Modify (raw SQL) and by bulk updates are recorded as they were stored.
// The entries go through the mutation's own client: inside a transaction they commit or roll back
// with the change.
func Hook(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if importing(ctx) {
			return next.Mutate(ctx, m)
		}
		am, ok := m.(mutation)
		if !ok {
			return nil, fmt.Errorf("audit: %T is not a generated mutation", m)
		}
		// The trail is bookkeeping: it reads rows and writes entries the viewer may not see.
		allow := privacy.DecisionContext(ctx, privacy.Allow)
		var ids []pulid.ID
		var before map[pulid.ID]map[string]any
		if !m.Op().Is(ent.OpCreate) {
			var err error
			if ids, err = am.IDs(allow); err != nil {
				return nil, fmt.Errorf("audit: %w", err)
			}
			if before, err = snapshot(allow, m, ids); err != nil {
				return nil, err
			}
		}
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return nil, err
		}
		entries, err := record(allow, am, ids, before)
		if err != nil {
			return nil, err
		}
		if err := write(ctx, am, entries); err != nil {
			return nil, err
		}
		return v, nil
	})
}

// entry is one changed row, before attribution.
type entry struct {
	id      pulid.ID
	row     map[string]any // the row after the write, or before a delete
	changes []schematype.FieldChange
}

// record lists the rows the write changed, with their changed fields.
func record(ctx context.Context, m mutation, ids []pulid.ID, before map[pulid.ID]map[string]any) ([]entry, error) {
	switch {
	case m.Op().Is(ent.OpCreate):
		id, ok := m.ID()
		if !ok {
			return nil, fmt.Errorf("audit: created %s has no ID", m.Type())
		}
		after, err := snapshot(ctx, m, []pulid.ID{id})
		row, created := after[id]
		if err != nil || !created { // no row under the ID, nothing to record
			return nil, err
		}
		return []entry{{id: id, row: row, changes: diff(nil, row, hidden(m, row)...)}}, nil
	case m.Op().Is(ent.OpDelete | ent.OpDeleteOne):
		var out []entry
		for _, id := range ids {
			if row, ok := before[id]; ok {
				out = append(out, entry{id: id, row: row, changes: diff(row, nil)})
			}
		}
		return out, nil
	}
	after, err := snapshot(ctx, m, ids)
	if err != nil {
		return nil, err
	}
	var out []entry
	for _, id := range ids {
		old, ok := before[id]
		row, still := after[id]
		if !ok || !still {
			continue
		}
		if changes := diff(old, row, hidden(m, row)...); len(changes) > 0 {
			out = append(out, entry{id: id, row: row, changes: changes})
		}
	}
	return out, nil
}

func snapshot(ctx context.Context, m ent.Mutation, ids []pulid.ID) (map[pulid.ID]map[string]any, error) {
	out := make(map[pulid.ID]map[string]any, len(ids))
	for part := range slices.Chunk(ids, batch) {
		rows, err := ent.AuditSnapshot(ctx, m, part)
		if err != nil {
			return nil, fmt.Errorf("audit: %w", err)
		}
		maps.Copy(out, rows)
	}
	return out, nil
}

// write attributes the entries to their owners and inserts them.
func write(ctx context.Context, m mutation, entries []entry) error {
	if len(entries) == 0 {
		return nil
	}
	allow := privacy.DecisionContext(ctx, privacy.Allow)
	client := m.Client()
	owners, err := ownersOf(allow, client, m.Type(), entries)
	if err != nil {
		return err
	}
	actorID, actorName := actor(ctx)
	verb := action(ctx, m.Op())
	builders := make([]*ent.AuditEntryCreate, len(entries))
	for i, e := range entries {
		builders[i] = client.AuditEntry.Create().
			SetNillableActorID(nonEmpty(string(actorID))).
			SetActorName(actorName).
			SetAction(verb).
			SetEntityType(m.Type()).
			SetEntityID(string(e.id)).
			SetChanges(e.changes).
			SetNillableEmployeeID(nonEmpty(owners[i].employee)).
			SetNillableUnitID(nonEmpty(owners[i].unit)).
			SetNillableRequestID(nonEmpty(reqid.FromContext(ctx)))
	}
	for part := range slices.Chunk(builders, batch) {
		if err := client.AuditEntry.CreateBulk(part...).Exec(allow); err != nil {
			return fmt.Errorf("audit: %w", err)
		}
	}
	return nil
}

// nonEmpty leaves an unknown value NULL rather than "".
func nonEmpty[T ~string](v T) *T {
	if v == "" {
		return nil
	}
	return &v
}

func actor(ctx context.Context) (pulid.ID, string) {
	if v := auth.FromContext(ctx); v != nil {
		return v.AccountID, v.Username
	}
	if auth.IsSystem(ctx) {
		return "", "system"
	}
	return "", "anonymous"
}

type (
	importKey struct{}
	actionKey struct{}
)

// Import marks the writes of a bulk import (the demo data, a generated dataset) as not audited row
// by row: they are one load by the system, not changes anyone made to a record.
func Import(ctx context.Context) context.Context { return context.WithValue(ctx, importKey{}, true) }

func importing(ctx context.Context) bool {
	v, _ := ctx.Value(importKey{}).(bool)
	return v
}

// WithAction names the writes made with the context after a workflow, such as "assessEvaluation", in
// place of create, update or delete: the trail then says what was done, and the fields how.
func WithAction(ctx context.Context, action string) context.Context {
	return context.WithValue(ctx, actionKey{}, action)
}

func action(ctx context.Context, op ent.Op) string {
	if a, _ := ctx.Value(actionKey{}).(string); a != "" {
		return a
	}
	switch {
	case op.Is(ent.OpCreate):
		return "create"
	case op.Is(ent.OpDelete | ent.OpDeleteOne):
		return "delete"
	}
	return "update"
}

package schema

import (
	"context"
	"fmt"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/career"
)

// Audited puts an entity on the audit trail: every create, update and delete of it writes an
// AuditEntry in the same transaction (internal/audit). Every entity but AuditEntry itself has it.
type Audited struct {
	mixin.Schema
}

// Hooks of the Audited mixin.
func (Audited) Hooks() []ent.Hook {
	return []ent.Hook{audit.Hook}
}

// TimeMixin gives an entity created_at and updated_at, and stores every time field in UTC: SQLite
// compares times as text, so a value with another offset would sort wrongly.
type TimeMixin struct {
	mixin.Schema
}

// Fields of the TimeMixin.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").
			Default(now).
			Immutable().
			Comment("When the record was created.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		field.Time("updated_at").
			Default(now).
			UpdateDefault(now).
			Comment("When the record was last changed.").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
	}
}

// Hooks of the TimeMixin.
func (TimeMixin) Hooks() []ent.Hook {
	return []ent.Hook{utcTimes}
}

func now() time.Time { return time.Now().UTC() }

func utcTimes(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		for _, name := range m.Fields() {
			v, _ := m.Field(name)
			t, ok := v.(time.Time)
			if !ok || t.Location() == time.UTC {
				continue
			}
			if err := m.SetField(name, t.UTC()); err != nil {
				return nil, err
			}
		}
		return next.Mutate(ctx, m)
	})
}

// datesInOrder refuses a write that would leave the date field `later` before the date field
// `earlier`; either may be unset. On an update of one record the unchanged side is read from the
// stored record.
func datesInOrder(earlier, later string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			_, earlierSet := m.Field(earlier)
			_, laterSet := m.Field(later)
			if m.Op().Is(ent.OpCreate|ent.OpUpdateOne) && (earlierSet || laterSet) {
				from, okFrom := timeValue(ctx, m, earlier)
				to, okTo := timeValue(ctx, m, later)
				if okFrom && okTo && to.Before(from) {
					return nil, &career.FieldError{
						Field:   later,
						Message: fmt.Sprintf("%s (%s) tidak boleh sebelum %s (%s)", dateLabel(later), to.Format(time.DateOnly), dateLabel(earlier), from.Format(time.DateOnly)),
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// dateLabels name the ordered date fields in the words of the forms that show the message beside them.
var dateLabels = map[string]string{
	"birth_date": "tanggal lahir", "hired_at": "TMT CPNS/PPPK", "rank_since": "TMT pangkat",
	"opens_on": "tanggal dibuka", "closes_on": "tanggal ditutup", "effective_on": "TMT kenaikan pangkat",
	"starts_on": "tanggal mulai", "ends_on": "tanggal selesai", "imposed_on": "tanggal penjatuhan",
}

func dateLabel(field string) string {
	if label, ok := dateLabels[field]; ok {
		return label
	}
	return field
}

func timeValue(ctx context.Context, m ent.Mutation, name string) (time.Time, bool) {
	v, ok := m.Field(name)
	if !ok && m.Op().Is(ent.OpUpdateOne) {
		old, err := m.OldField(ctx, name)
		if err != nil {
			return time.Time{}, false
		}
		v, ok = old, true
	}
	switch t := v.(type) {
	case time.Time:
		return t, ok && !t.IsZero()
	case *time.Time:
		return derefTime(t)
	}
	return time.Time{}, false
}

func derefTime(t *time.Time) (time.Time, bool) {
	if t == nil || t.IsZero() {
		return time.Time{}, false
	}
	return *t, true
}

// dateOnly marks a date field: stored as midnight UTC, written YYYY-MM-DD in GraphQL.
var dateOnly = entgql.Type("Date")

// derived marks a stored column that only hooks write: no GraphQL input sets it.
var derived = entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)

// noInput keeps an edge out of the create and update inputs: records on its other side are attached
// by their own workflows, not by editing this one.
var noInput = entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)

// notFiltered marks a field without an index: it stays out of the where: filters, because every
// filter the API offers must be backed by an index.
var notFiltered = entgql.Skip(entgql.SkipWhereInput)

package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/schema/schematype"
	"github.com/jenjang/jenjang/internal/access"
)

// AuditEntry records one write: who changed which record, which fields, from what to what, and when.
// It has no edges so that it outlives what it describes.
type AuditEntry struct {
	ent.Schema
}

// Mixin of AuditEntry.
func (AuditEntry) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("AUD")}
}

// Fields of AuditEntry.
func (AuditEntry) Fields() []ent.Field {
	return []ent.Field{
		field.String("actor_id").
			Optional().
			Comment("ID of the account that made the change; empty for the system.").
			Immutable(),
		field.String("actor_name").
			Optional().
			Comment("Username of the account at the time, or \"system\".").
			Immutable().
			Annotations(notFiltered),
		field.String("action").
			NotEmpty().
			Comment("What was done: create, update, delete, or a workflow verb such as assessEvaluation.").
			Immutable(),
		field.String("entity_type").
			NotEmpty().
			Comment("Type of the record changed, such as Employee.").
			Immutable(),
		field.String("entity_id").
			NotEmpty().
			Comment("ID of the record changed.").
			Immutable(),
		field.JSON("changes", []schematype.FieldChange{}).
			Optional().
			Comment("The fields changed with their old and new values (sensitive values are masked).").
			Immutable().
			Annotations(entgql.Type("[FieldChange!]")),
		field.String("employee_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The employee the changed record belongs to (the employee, or the owner of an evaluation, enrolment, …), if any: they may read the entry.").
			Immutable().
			Annotations(entgql.Type("ID")),
		field.String("unit_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The unit the changed record belongs to, if any: HR and leaders of that unit's tree may read the entry.").
			Immutable().
			Annotations(entgql.Type("ID")),
		field.String("request_id").
			Optional().
			Comment("ID of the HTTP request, to find its log line.").
			Immutable().
			Annotations(notFiltered),
		field.Time("at").
			Default(now).
			Immutable().
			Comment("When the change was committed.").
			Annotations(entgql.OrderField("AT")),
	}
}

// Indexes of AuditEntry.
func (AuditEntry) Indexes() []ent.Index {
	return []ent.Index{
		// IDs carry their type's prefix: the ID alone finds a record's history.
		index.Fields("entity_id"),
		// The trail reads newest first, filtered by account, kind of record, action, employee or unit.
		index.Fields("actor_id", "at"),
		index.Fields("entity_type", "at"),
		index.Fields("action", "at"),
		index.Fields("employee_id", "at"),
		index.Fields("unit_id", "at"),
		index.Fields("at"),
	}
}

// Annotations of AuditEntry.
func (AuditEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("One audited write: who changed what, from what to what, and when."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of AuditEntry: who may read and write it (internal/access).
func (AuditEntry) Policy() ent.Policy { return access.AuditEntryPolicy() }

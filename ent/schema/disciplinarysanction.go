package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// DisciplinarySanction is a disciplinary penalty (hukuman disiplin, PP 94/2021) imposed on an employee.
type DisciplinarySanction struct {
	ent.Schema
}

// Mixin of DisciplinarySanction.
func (DisciplinarySanction) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("SAN"), Audited{}, TimeMixin{}}
}

// Fields of DisciplinarySanction.
func (DisciplinarySanction) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("level").
			GoType(career.SanctionLevel("")).Annotations(entgql.Type("SanctionLevel")).
			Comment("Weight of the sanction: LIGHT, MODERATE or HEAVY. Moderate and heavy sanctions exclude from promotion and the talent pool for two years."),
		field.String("description").
			NotEmpty().MaxLen(500).
			Comment("What the sanction is, such as \"Teguran tertulis\".").
			Annotations(notFiltered),
		field.Time("imposed_on").Annotations(dateOnly).
			Comment("Date the sanction took effect.").
			Annotations(entgql.OrderField("IMPOSED_ON")),
		field.Time("ends_on").Annotations(dateOnly).
			Optional().Nillable().
			Comment("Date the sanction ends, if it has an end.").
			Annotations(notFiltered),
		field.String("decree_number").
			NotEmpty().MaxLen(100).
			Comment("Number of the decree (SK) imposing it.").
			Annotations(notFiltered),
		field.String("employee_id").
			GoType(pulid.ID("")).
			Comment("The employee sanctioned."),
	}
}

// Edges of DisciplinarySanction.
func (DisciplinarySanction) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("employee", Employee.Type).Ref("sanctions").Field("employee_id").Unique().Required().
			Comment("The employee sanctioned."),
	}
}

// Indexes of DisciplinarySanction.
func (DisciplinarySanction) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employee_id", "imposed_on"),
		index.Fields("level", "imposed_on"),
		index.Fields("imposed_on"),
	}
}

// Annotations of DisciplinarySanction.
func (DisciplinarySanction) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A disciplinary sanction imposed on an employee."),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Hooks of DisciplinarySanction.
func (DisciplinarySanction) Hooks() []ent.Hook {
	return []ent.Hook{datesInOrder("imposed_on", "ends_on")}
}

// Policy of DisciplinarySanction: who may read and write it (internal/access).
func (DisciplinarySanction) Policy() ent.Policy { return access.DisciplinarySanctionPolicy() }

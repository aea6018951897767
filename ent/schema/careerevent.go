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
)

// CareerEvent is one entry of an employee's career history (riwayat).
type CareerEvent struct {
	ent.Schema
}

// Mixin of CareerEvent.
func (CareerEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("CEV"), Audited{}, TimeMixin{}}
}

// Fields of CareerEvent.
func (CareerEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").
			Values("HIRE", "RANK_PROMOTION", "POSITION_ASSIGNMENT", "TRANSFER", "TRAINING_COMPLETED", "PREDIKAT", "SANCTION", "RETIREMENT").
			Comment("What happened: HIRE, RANK_PROMOTION, POSITION_ASSIGNMENT, TRANSFER, TRAINING_COMPLETED, PREDIKAT, SANCTION or RETIREMENT."),
		field.String("from_value").
			Optional().MaxLen(200).
			Comment("The value before, such as the old rank or position.").
			Annotations(notFiltered),
		field.String("to_value").
			Optional().MaxLen(200).
			Comment("The value after, such as the new rank or position.").
			Annotations(notFiltered),
		field.Time("effective_date").Annotations(dateOnly).
			Comment("Effective date (TMT).").
			Annotations(entgql.OrderField("EFFECTIVE_DATE")),
		field.String("decree_number").
			Optional().MaxLen(100).
			Comment("Number of the decree (SK), if any.").
			Annotations(notFiltered),
		field.Text("reason").
			Optional().
			Comment("Why, in words.").
			Annotations(notFiltered),
		field.String("employee_id").
			GoType(pulid.ID("")).
			Comment("The employee."),
		field.String("vacancy_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The vacancy the event resulted from, if any."),
	}
}

// Edges of CareerEvent.
func (CareerEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("employee", Employee.Type).Ref("career_events").Field("employee_id").Unique().Required().
			Comment("The employee."),
		edge.From("vacancy", Vacancy.Type).Ref("career_events").Field("vacancy_id").Unique().
			Comment("The vacancy the event resulted from."),
	}
}

// Indexes of CareerEvent.
func (CareerEvent) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employee_id", "effective_date"),
		index.Fields("vacancy_id"),
		index.Fields("kind", "effective_date"),
		index.Fields("effective_date"),
	}
}

// Annotations of CareerEvent.
func (CareerEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An entry of an employee's career history (riwayat)."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of CareerEvent: who may read and write it (internal/access).
func (CareerEvent) Policy() ent.Policy { return access.CareerEventPolicy() }

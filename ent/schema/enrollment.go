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
	"github.com/jenjang/jenjang/internal/derive"
)

// Enrollment is one employee's place in one training.
type Enrollment struct {
	ent.Schema
}

// Mixin of Enrollment.
func (Enrollment) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("ENR"), Audited{}, TimeMixin{}}
}

// Fields of Enrollment.
func (Enrollment) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("status").
			Values("REGISTERED", "ATTENDED", "COMPLETED", "FAILED", "CANCELLED").
			Default("REGISTERED").
			Comment("REGISTERED, ATTENDED, COMPLETED (counts towards the JP of the year), FAILED or CANCELLED."),
		field.Float("score").
			Optional().Nillable().
			Range(0, 100).
			Comment("Final score, 0–100, when completed.").
			Annotations(notFiltered),
		field.Bool("nominated").
			Default(false).
			Comment("Whether a supervisor or HR nominated the employee (rather than self-enrolment).").
			Annotations(notFiltered),
		field.Time("completed_at").
			Optional().Nillable().
			Comment("When the enrolment was completed.").
			Annotations(entgql.OrderField("COMPLETED_AT")),
		field.String("employee_id").
			GoType(pulid.ID("")).
			Comment("The participant."),
		field.String("training_id").
			GoType(pulid.ID("")).
			Comment("The training."),
	}
}

// Edges of Enrollment.
func (Enrollment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("employee", Employee.Type).Ref("enrollments").Field("employee_id").Unique().Required().
			Comment("The participant."),
		edge.From("training", Training.Type).Ref("enrollments").Field("training_id").Unique().Required().
			Comment("The training."),
		edge.To("feedback", ModuleFeedback.Type).
			Comment("The participant's feedback on the modules.").
			Annotations(noInput, entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of Enrollment.
func (Enrollment) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employee_id", "training_id").Unique(),
		index.Fields("training_id", "status"),
		index.Fields("status"),
		index.Fields("completed_at"),
	}
}

// Annotations of Enrollment.
func (Enrollment) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An employee's enrolment in a training."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of Enrollment: who may read and write it (internal/access).
func (Enrollment) Policy() ent.Policy { return access.EnrollmentPolicy() }

// Hooks of Enrollment.
func (Enrollment) Hooks() []ent.Hook {
	return []ent.Hook{derive.EnrollmentYears}
}

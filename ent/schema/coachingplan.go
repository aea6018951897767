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

// CoachingPlan is the follow-up of a final predikat below BAIK (pembinaan): what the supervisor and the
// employee will do, by when, and how it ended. It is opened by the appraisal workflow when the
// evaluation becomes final, in the same transaction, and filled and closed by the supervisor.
type CoachingPlan struct {
	ent.Schema
}

// Mixin of CoachingPlan.
func (CoachingPlan) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("CCH"), Audited{}, TimeMixin{}}
}

// Fields of CoachingPlan.
func (CoachingPlan) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("status").
			Values("OPEN", "CLOSED").
			Default("OPEN").
			Comment("OPEN until the supervisor closes it with an outcome."),
		field.Text("plan").
			Optional().
			Comment("What will be done, and by whom.").
			Annotations(notFiltered),
		field.Time("due_on").Annotations(dateOnly).
			Optional().Nillable().
			Comment("When the plan should be carried out.").
			Annotations(entgql.OrderField("DUE_ON")),
		field.Text("outcome").
			Optional().
			Comment("How it ended, written when it is closed.").
			Annotations(notFiltered),
		field.Time("closed_at").
			Optional().Nillable().
			Comment("When it was closed."),
		field.String("evaluation_id").
			GoType(pulid.ID("")).
			Comment("The final evaluation that called for it."),
		field.String("employee_id").
			GoType(pulid.ID("")).
			Comment("The employee coached."),
		field.String("coach_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The supervisor responsible: the assessor of the evaluation."),
	}
}

// Edges of CoachingPlan.
func (CoachingPlan) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("evaluation", Evaluation.Type).Ref("coaching_plan").Field("evaluation_id").Unique().Required().
			Comment("The evaluation that called for it."),
		edge.From("employee", Employee.Type).Ref("coaching_plans").Field("employee_id").Unique().Required().
			Comment("The employee coached."),
		edge.To("coach", Employee.Type).Field("coach_id").Unique().
			Comment("The supervisor responsible."),
	}
}

// Indexes of CoachingPlan.
func (CoachingPlan) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("evaluation_id").Unique(),
		index.Fields("employee_id"),
		index.Fields("coach_id", "status"),
		index.Fields("status"),
	}
}

// Annotations of CoachingPlan.
func (CoachingPlan) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("The coaching follow-up of a final predikat below BAIK."),
		entgql.RelayConnection(),
		entgql.QueryField(),
		entgql.MultiOrder(),
	}
}

// Policy of CoachingPlan: who may read it (internal/access); the appraisal workflow writes it.
func (CoachingPlan) Policy() ent.Policy { return access.CoachingPlanPolicy() }

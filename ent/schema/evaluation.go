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
	"github.com/jenjang/jenjang/internal/derive"
)

// Evaluation is a performance evaluation (SKP, penilaian kinerja) of one employee for one period.
type Evaluation struct {
	ent.Schema
}

// Mixin of Evaluation.
func (Evaluation) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("EVL"), Audited{}, TimeMixin{}}
}

// Fields of Evaluation.
func (Evaluation) Fields() []ent.Field {
	return []ent.Field{
		field.Int("year").
			Range(2000, 2100).
			Comment("Year of the evaluation.").
			Annotations(entgql.OrderField("YEAR")),
		field.Enum("period").
			GoType(career.EvaluationPeriod("")).Annotations(entgql.Type("EvaluationPeriod")).
			Comment("Period: a quarter (Q1–Q4) or the annual (year-end) evaluation."),
		field.JSON("work_plans", []career.WorkPlan{}).
			Optional().
			Comment("Work plans (rencana hasil kerja) with their individual indicators: target and realisation.").
			Annotations(entgql.Type("[WorkPlan!]"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Enum("work_result").
			GoType(career.Rating("")).Annotations(entgql.Type("Rating")).
			Optional().Nillable().
			Comment("Rating of the work result (hasil kerja), set by the assessor."),
		field.Enum("work_behavior").
			GoType(career.Rating("")).Annotations(entgql.Type("Rating")).
			Optional().Nillable().
			Comment("Rating of the work behaviour (perilaku kerja) against the BerAKHLAK values, set by the assessor."),
		field.Enum("predikat").
			GoType(career.Predikat("")).Annotations(entgql.Type("Predikat")).
			Optional().Nillable().
			Comment("Performance predikat from the PermenPANRB 6/2022 matrix of the two ratings. Written by a hook, never by a client.").
			Annotations(derived),
		field.JSON("behavior_notes", []career.BehaviorNote{}).
			Optional().
			Comment("Notes per BerAKHLAK value by the employee and the assessor.").
			Annotations(entgql.Type("[BehaviorNote!]"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Text("coaching_note").
			Optional().
			Comment("The assessor's note on coaching and follow-up.").
			Annotations(notFiltered),
		field.Enum("status").
			GoType(career.EvaluationStatus("")).Annotations(entgql.Type("EvaluationStatus")).
			Default(string(career.EvalDraft)).
			Comment("Workflow step: DRAFT → SUBMITTED → ASSESSED → (OBJECTED →) FINAL."),
		field.Time("submitted_at").
			Optional().Nillable().
			Comment("When the employee submitted the evaluation.").
			Annotations(notFiltered),
		field.Time("assessed_at").
			Optional().Nillable().
			Comment("When the assessor assessed it; the 14-day objection window starts here.").
			Annotations(entgql.OrderField("ASSESSED_AT")),
		field.Time("finalized_at").
			Optional().Nillable().
			Comment("When the evaluation became final.").
			Annotations(notFiltered),
		field.Text("objection_reason").
			Optional().
			Comment("The employee's written objection (keberatan).").
			Annotations(notFiltered),
		field.Time("objected_at").
			Optional().Nillable().
			Comment("When the employee objected.").
			Annotations(notFiltered),
		field.Text("decision_reason").
			Optional().
			Comment("Reasons of the assessor's superior for the decision on the objection.").
			Annotations(notFiltered),
		field.Time("decided_at").
			Optional().Nillable().
			Comment("When the objection was decided.").
			Annotations(notFiltered),
		field.Int("version").
			Default(1).
			Comment("Version for optimistic locking; every workflow step increments it.").
			Annotations(derived, notFiltered),
		field.String("employee_id").
			GoType(pulid.ID("")).
			Comment("The employee evaluated."),
		field.String("evaluator_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The assessor (pejabat penilai kinerja): the employee's direct superior."),
		field.String("decided_by_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The assessor's superior (atasan pejabat penilai) who decided the objection."),
	}
}

// Edges of Evaluation.
func (Evaluation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("employee", Employee.Type).Ref("evaluations").Field("employee_id").Unique().Required().
			Comment("The employee evaluated."),
		edge.To("evaluator", Employee.Type).Field("evaluator_id").Unique().
			Comment("The assessor."),
		edge.To("decided_by", Employee.Type).Field("decided_by_id").Unique().
			Comment("Who decided the objection."),
		edge.To("coaching_plan", CoachingPlan.Type).Unique().
			Comment("The coaching plan that followed a final predikat below BAIK.").
			Annotations(noInput),
	}
}

// Indexes of Evaluation.
func (Evaluation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employee_id", "year", "period").Unique(),
		index.Fields("evaluator_id"),
		index.Fields("decided_by_id"),
		index.Fields("year", "period"),
		index.Fields("period"),
		index.Fields("status", "assessed_at"),
		index.Fields("assessed_at"),
		index.Fields("predikat"),
		index.Fields("work_result"),
		index.Fields("work_behavior"),
	}
}

// Annotations of Evaluation.
func (Evaluation) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A performance evaluation (SKP) of one employee for one period."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Hooks of Evaluation.
func (Evaluation) Hooks() []ent.Hook {
	return []ent.Hook{derive.EvaluationTallies, derive.EvaluationPredikat}
}

// Policy of Evaluation: who may read and write it (internal/access).
func (Evaluation) Policy() ent.Policy { return access.EvaluationPolicy() }

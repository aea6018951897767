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

// Application is an employee's application to a vacancy, with the eligibility result and its reasons.
type Application struct {
	ent.Schema
}

// Mixin of Application.
func (Application) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("APL"), Audited{}, TimeMixin{}}
}

// Fields of Application.
func (Application) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("status").
			Values("SUBMITTED", "INELIGIBLE", "ELIGIBLE", "SHORTLISTED", "SELECTED", "REJECTED", "WITHDRAWN").
			Default("SUBMITTED").
			Comment("SUBMITTED, INELIGIBLE or ELIGIBLE after the check, SHORTLISTED (the best three), SELECTED, REJECTED or WITHDRAWN."),
		field.JSON("eligibility", []career.RequirementResult{}).
			Optional().
			Comment("Every requirement of the vacancy with whether it was met and why, as checked when applying.").
			Annotations(entgql.Type("[RequirementResult!]"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.JSON("stage_scores", []career.StageScore{}).
			Optional().
			Comment("Scores of the selection stages with their weights.").
			Annotations(entgql.Type("[StageScore!]"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Float("total_score").
			Optional().Nillable().
			Comment("Weighted total of the stage scores.").
			Annotations(entgql.OrderField("TOTAL_SCORE")),
		field.Time("submitted_at").
			Default(now).
			Comment("When the application was submitted.").
			Annotations(entgql.OrderField("SUBMITTED_AT")),
		field.String("vacancy_id").
			GoType(pulid.ID("")).
			Comment("The vacancy applied to."),
		field.String("applicant_id").
			GoType(pulid.ID("")).
			Comment("The applicant."),
	}
}

// Edges of Application.
func (Application) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("vacancy", Vacancy.Type).Ref("applications").Field("vacancy_id").Unique().Required().
			Comment("The vacancy applied to."),
		edge.From("applicant", Employee.Type).Ref("applications").Field("applicant_id").Unique().Required().
			Comment("The applicant."),
	}
}

// Indexes of Application.
func (Application) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("vacancy_id", "applicant_id").Unique(),
		index.Fields("applicant_id"),
		index.Fields("status"),
		index.Fields("total_score"),
		index.Fields("submitted_at"),
	}
}

// Annotations of Application.
func (Application) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An employee's application to a vacancy."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of Application: who may read and write it (internal/access).
func (Application) Policy() ent.Policy { return access.ApplicationPolicy() }

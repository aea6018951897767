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

// PotentialAssessment is an employee's assessed potential in a year: the potential axis of the 9-box.
type PotentialAssessment struct {
	ent.Schema
}

// Mixin of PotentialAssessment.
func (PotentialAssessment) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("PAS"), Audited{}, TimeMixin{}}
}

// Fields of PotentialAssessment.
func (PotentialAssessment) Fields() []ent.Field {
	return []ent.Field{
		field.Int("year").
			Range(2000, 2100).
			Comment("Year of the assessment.").
			Annotations(entgql.OrderField("YEAR")),
		field.Enum("level").
			GoType(career.PotentialLevel("")).Annotations(entgql.Type("PotentialLevel")).
			Comment("Potential level: HIGH, MEDIUM or LOW."),
		field.Float("score").
			Range(0, 100).
			Comment("Score of the assessment, 0–100.").
			Annotations(entgql.OrderField("SCORE")),
		field.String("method").
			NotEmpty().MaxLen(100).
			Comment("How potential was assessed, such as \"Assessment Center\" or \"Uji Kompetensi\".").
			Annotations(notFiltered),
		field.String("employee_id").
			GoType(pulid.ID("")).
			Comment("The employee assessed."),
		field.String("assessed_by_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("Who recorded the assessment."),
	}
}

// Edges of PotentialAssessment.
func (PotentialAssessment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("employee", Employee.Type).Ref("potential_assessments").Field("employee_id").Unique().Required().
			Comment("The employee assessed."),
		edge.To("assessed_by", Employee.Type).Field("assessed_by_id").Unique().
			Comment("Who recorded the assessment."),
	}
}

// Indexes of PotentialAssessment.
func (PotentialAssessment) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employee_id", "year").Unique(),
		index.Fields("assessed_by_id"),
		index.Fields("year", "level"),
		index.Fields("level"),
		index.Fields("score"),
	}
}

// Annotations of PotentialAssessment.
func (PotentialAssessment) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An employee's assessed potential in one year (the potential axis of the 9-box)."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of PotentialAssessment: who may read and write it (internal/access).
func (PotentialAssessment) Policy() ent.Policy { return access.PotentialAssessmentPolicy() }

// Hooks of PotentialAssessment.
func (PotentialAssessment) Hooks() []ent.Hook {
	return []ent.Hook{derive.PotentialYears}
}

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

// EmployeeYear is what one year adds up to for one employee: the final annual predikat, the place on
// the 9-box, and the lesson hours of development completed. It is derived — written only by hooks
// (internal/derive) in the transaction of the evaluation, assessment or enrolment that changes it —
// and stored so that dashboards group and filter by it without recomputing rules row by row. Being
// derived from audited records, it is not audited itself.
type EmployeeYear struct {
	ent.Schema
}

// Mixin of EmployeeYear.
func (EmployeeYear) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("EYR")}
}

// Fields of EmployeeYear.
func (EmployeeYear) Fields() []ent.Field {
	return []ent.Field{
		field.Int("year").
			Range(2000, 2100).
			Comment("The year.").
			Annotations(entgql.OrderField("YEAR")),
		field.Enum("predikat").
			GoType(career.Predikat("")).Annotations(entgql.Type("Predikat")).
			Optional().Nillable().
			Comment("Predikat of the year's final annual evaluation, if any."),
		field.Enum("performance").
			GoType(career.PerformanceAxis("")).Annotations(entgql.Type("PerformanceAxis")).
			Optional().Nillable().
			Comment("Place on the 9-box performance axis: the lower of the last two final annual predikat up to this year."),
		field.Enum("potential").
			GoType(career.PotentialLevel("")).Annotations(entgql.Type("PotentialLevel")).
			Optional().Nillable().
			Comment("Potential from the latest assessment up to this year."),
		field.Int("talent_box").
			Optional().Nillable().
			Range(1, 9).
			Comment("Box of the 9-box grid (PermenPANRB 3/2020), if both axes are known."),
		field.Int("jp_completed").
			Default(0).
			Comment("Lesson hours (JP) of development completed in the year."),
		field.String("employee_id").
			GoType(pulid.ID("")).
			Comment("The employee."),
	}
}

// Edges of EmployeeYear.
func (EmployeeYear) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("employee", Employee.Type).Ref("years").Field("employee_id").Unique().Required().
			Comment("The employee."),
	}
}

// Indexes of EmployeeYear.
func (EmployeeYear) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employee_id", "year").Unique(),
		index.Fields("year", "talent_box"),
		index.Fields("year", "jp_completed"),
		index.Fields("year", "predikat"),
	}
}

// Annotations of EmployeeYear.
func (EmployeeYear) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("One employee's year in figures: final predikat, 9-box placement and JP completed (derived)."),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of EmployeeYear: who may read it (internal/access); only hooks write it.
func (EmployeeYear) Policy() ent.Policy { return access.EmployeeYearPolicy() }

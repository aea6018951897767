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

// UnitRating is a unit's organisational performance rating for a year, which caps how its staff's
// predikat may be spread (calibration).
type UnitRating struct {
	ent.Schema
}

// Mixin of UnitRating.
func (UnitRating) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("URT"), Audited{}, TimeMixin{}}
}

// Fields of UnitRating.
func (UnitRating) Fields() []ent.Field {
	return []ent.Field{
		field.Int("year").
			Range(2000, 2100).
			Comment("Year rated.").
			Annotations(entgql.OrderField("YEAR")),
		field.Enum("rating").
			GoType(career.UnitPerformance("")).Annotations(entgql.Type("UnitPerformance")).
			Comment("The unit's performance rating: ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG or SANGAT_KURANG."),
		field.String("unit_id").
			GoType(pulid.ID("")).
			Comment("The unit rated."),
	}
}

// Edges of UnitRating.
func (UnitRating) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("unit", OrgUnit.Type).Ref("ratings").Field("unit_id").Unique().Required().
			Comment("The unit rated."),
	}
}

// Indexes of UnitRating.
func (UnitRating) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("unit_id", "year").Unique(),
		index.Fields("year", "rating"),
	}
}

// Annotations of UnitRating.
func (UnitRating) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A unit's organisational performance rating for a year; it caps its staff's predikat distribution."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Policy of UnitRating: who may read and write it (internal/access).
func (UnitRating) Policy() ent.Policy { return access.UnitRatingPolicy() }

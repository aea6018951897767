package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// CalibrationCap is one cap of the predikat distribution: in a unit with a given rating, at most a
// share of the assessed staff may have a predikat or better. The regulation leaves the shares to each
// government, so they are data.
type CalibrationCap struct {
	ent.Schema
}

// Mixin of CalibrationCap.
func (CalibrationCap) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("CAP"), Audited{}, TimeMixin{}}
}

// Fields of CalibrationCap.
func (CalibrationCap) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("unit_rating").
			GoType(career.UnitPerformance("")).Annotations(entgql.Type("UnitPerformance")).
			Comment("The unit rating the cap applies to."),
		field.Enum("at_least").
			GoType(career.Predikat("")).Annotations(entgql.Type("Predikat")).
			Comment("The predikat capped, counted with every better one."),
		field.Float("max_share").
			Range(0, 1).
			Comment("The largest share (0–1) of assessed staff that may have atLeast or better."),
	}
}

// Indexes of CalibrationCap.
func (CalibrationCap) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("unit_rating", "at_least").Unique(),
	}
}

// Annotations of CalibrationCap.
func (CalibrationCap) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A calibration cap: in a unit with this rating, at most maxShare of assessed staff may have atLeast or better."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Policy of CalibrationCap: who may read and write it (internal/access).
func (CalibrationCap) Policy() ent.Policy { return access.CalibrationCapPolicy() }

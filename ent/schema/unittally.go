package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jenjang/jenjang/internal/access"
)

// UnitTally is a running count kept for the dashboards: how many employees of a unit's subtree fall in
// one bucket of one measure (their rank, a year's predikat, a year's box of the 9-box, ...), and a
// sum beside it where the measure has one (JP). It is derived — maintained by hooks (internal/tally)
// in the transaction of every write that changes what it counts — so that an aggregate over a
// province reads a few hundred rows instead of a million employees. Only the units at the top levels
// of the tree (regions, instansi, agencies) and the whole dataset (unit "") have tallies; smaller
// subtrees are counted from the rows themselves.
type UnitTally struct {
	ent.Schema
}

// Fields of UnitTally.
func (UnitTally) Fields() []ent.Field {
	return []ent.Field{
		field.String("unit_id").
			Comment("The unit whose subtree is counted, or empty for the whole dataset."),
		field.String("measure").
			Comment("What is counted, such as RANK_GROUP or PREDIKAT_ANNUAL."),
		field.Int("year").
			Default(0).
			Comment("The year of a yearly measure, 0 for the others."),
		field.String("bucket").
			Comment("The bucket of the measure, such as III or BAIK."),
		field.Int("n").
			Default(0).
			Comment("How many employees (or evaluations) are in the bucket."),
		field.Int("total").
			Default(0).
			Comment("A sum kept beside the count, such as the JP completed."),
	}
}

// Indexes of UnitTally.
func (UnitTally) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("unit_id", "measure", "year", "bucket").Unique(),
	}
}

// Annotations of UnitTally.
func (UnitTally) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A running count of a unit's subtree for the dashboards (derived)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of UnitTally: read and written by raw SQL in internal/tally only, never through ent.
func (UnitTally) Policy() ent.Policy { return access.Internal("unit tallies") }

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

// Position is a post (jabatan, formasi) in a unit with a quota of seats.
type Position struct {
	ent.Schema
}

// Mixin of Position.
func (Position) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("POS"), Audited{}, TimeMixin{}}
}

// Fields of Position.
func (Position) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").
			NotEmpty().MaxLen(200).
			Comment("Title of the post, such as \"Kepala Dinas Pendidikan\" or \"Guru Ahli Muda\".").
			Annotations(entgql.OrderField("TITLE")),
		field.Enum("kind").
			GoType(career.PositionKind("")).Annotations(entgql.Type("PositionKind")).
			Comment("Kind of post (UU 5/2014): JPT utama/madya/pratama, administrator, pengawas, pelaksana or fungsional. With the functional level it sets the retirement age."),
		field.Enum("functional_level").
			GoType(career.FunctionalLevel("")).Annotations(entgql.Type("FunctionalLevel")).
			Optional().Nillable().
			Comment("Level of a functional post: AHLI_PERTAMA … AHLI_UTAMA or PEMULA … PENYELIA; empty for other kinds."),
		field.Int("job_class").
			Range(1, 17).
			Comment("Job class (kelas jabatan, 1–17); it sets the performance allowance (tunjangan kinerja).").
			Annotations(entgql.OrderField("JOB_CLASS")),
		field.Enum("min_rank").
			GoType(career.Rank("")).Annotations(entgql.Type("Rank")).
			Optional().Nillable().
			Comment("Lowest rank a PNS must hold to be appointed to this post."),
		field.Int("quota").
			Min(1).
			Default(1).
			Comment("Number of seats (formasi) of the post; at least 1.").
			Annotations(notFiltered),
		field.String("unit_id").
			GoType(pulid.ID("")).
			Comment("The unit the post belongs to."),
	}
}

// Edges of Position.
func (Position) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("unit", OrgUnit.Type).Ref("positions").Field("unit_id").Unique().Required().
			Comment("The unit the post belongs to."),
		edge.To("holders", Employee.Type).
			Comment("Employees who hold the post.").
			Annotations(noInput),
		edge.To("vacancies", Vacancy.Type).
			Comment("Vacancies announced for the post.").
			Annotations(noInput),
	}
}

// Indexes of Position.
func (Position) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("unit_id"),
		index.Fields("title"),
		index.Fields("kind", "functional_level"),
		index.Fields("functional_level"),
		index.Fields("job_class"),
		index.Fields("min_rank"),
	}
}

// Annotations of Position.
func (Position) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A post (jabatan) of a unit, with a quota of seats (formasi)."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Hooks of Position.
func (Position) Hooks() []ent.Hook {
	return []ent.Hook{derive.PositionTallies, derive.PositionHolders, derive.PositionQuota}
}

// Policy of Position: who may read and write it (internal/access).
func (Position) Policy() ent.Policy { return access.PositionPolicy() }

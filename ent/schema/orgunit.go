package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/derive"
)

// OrgUnit is a node of the organisation tree: a region, a government (instansi), an agency and its
// sub-units. A role's scope is a subtree, found through the materialised path.
type OrgUnit struct {
	ent.Schema
}

// Mixin of OrgUnit.
func (OrgUnit) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("ORG"), Audited{}, TimeMixin{}}
}

// Fields of OrgUnit.
func (OrgUnit) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").
			NotEmpty().MaxLen(64).Unique().
			Comment("Unique code of the unit, such as a BKN unit code.").
			Annotations(entgql.OrderField("CODE")),
		field.String("name").
			NotEmpty().MaxLen(200).
			Comment("Official name, such as \"Dinas Pendidikan\".").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("kind").
			Values("REGION", "INSTANSI", "AGENCY", "BUREAU", "DIVISION", "SECTION").
			Comment("Level in the tree: REGION (an area) → INSTANSI (a government) → AGENCY (dinas, badan) → BUREAU → DIVISION (bidang) → SECTION (seksi, subbagian)."),
		field.String("path").
			Optional().
			Comment("Materialised path of IDs from the root down to this unit, such as \"/ORG…/ORG…/\"; subtree filters match its prefix. Written by a hook.").
			Annotations(derived),
		field.String("parent_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The parent unit; empty for a root."),
	}
}

// Edges of OrgUnit.
func (OrgUnit) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", OrgUnit.Type).
			Comment("The units directly below.").
			Annotations(noInput).
			From("parent").Unique().Field("parent_id").
			Comment("The unit directly above; empty for a root."),
		edge.To("employees", Employee.Type).
			Comment("Employees placed in this unit (not in its sub-units).").
			Annotations(noInput, entgql.RelayConnection()),
		edge.To("positions", Position.Type).
			Comment("Posts (formasi) of this unit.").
			Annotations(noInput),
		edge.To("ratings", UnitRating.Type).
			Comment("The unit's performance ratings, one per year.").
			Annotations(noInput),
	}
}

// Indexes of OrgUnit.
func (OrgUnit) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("parent_id"),
		// Subtree filters match a prefix of the path (LIKE 'prefix%'); PostgreSQL serves that from a
		// B-tree only with the pattern operator class, as the database's collation is not C.
		index.Fields("path").Annotations(entsql.OpClass("varchar_pattern_ops")),
		index.Fields("name"),
		index.Fields("kind"),
	}
}

// Annotations of OrgUnit.
func (OrgUnit) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A unit of the organisation tree (unit kerja): region, instansi, agency, bureau, division or section."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Hooks of OrgUnit.
func (OrgUnit) Hooks() []ent.Hook {
	return []ent.Hook{derive.OrgUnitTallies, derive.OrgUnitPath}
}

// Policy of OrgUnit: who may read and write it (internal/access).
func (OrgUnit) Policy() ent.Policy { return access.OrgUnitPolicy() }

package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/schema/schematype"
	"github.com/jenjang/jenjang/internal/access"
)

// Dashboard is a saved arrangement of analytics widgets, owned by an account and optionally shared
// with everyone who belongs to a unit's subtree. It is written only through the saveDashboard,
// shareDashboard and deleteDashboard mutations (internal/dashboards), which validate the widgets.
type Dashboard struct {
	ent.Schema
}

// Mixin of Dashboard.
func (Dashboard) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("DSH"), Audited{}, TimeMixin{}}
}

// Fields of Dashboard.
func (Dashboard) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			NotEmpty().MaxLen(120).
			Comment("Name of the dashboard.").
			Annotations(entgql.OrderField("NAME")),
		field.JSON("widgets", []schematype.Widget{}).
			Optional().
			Comment("The widgets and their places on the grid, in the order saved.").
			Annotations(entgql.Type("[DashboardWidget!]!"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.String("owner_id").
			GoType(pulid.ID("")).
			Comment("The account that owns the dashboard."),
		field.String("shared_with_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The unit whose subtree may open the dashboard (read only), if shared."),
	}
}

// Edges of Dashboard.
func (Dashboard) Edges() []ent.Edge {
	return []ent.Edge{
		// Not in GraphQL: a reader of a shared dashboard may not read its owner's account, and the
		// required edge would then null the whole dashboard. Dashboard.mine and ownerName say whose it is.
		edge.From("owner", Account.Type).Ref("dashboards").Field("owner_id").Unique().Required().
			Comment("The owner.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("shared_with", OrgUnit.Type).Field("shared_with_id").Unique().
			Comment("The unit it is shared with."),
	}
}

// Indexes of Dashboard.
func (Dashboard) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("owner_id", "name"),
		index.Fields("shared_with_id"),
		index.Fields("name"),
	}
}

// Annotations of Dashboard.
func (Dashboard) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A saved dashboard of analytics widgets."),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of Dashboard: who may read and write it (internal/access).
func (Dashboard) Policy() ent.Policy { return access.DashboardPolicy() }

package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
)

// PromotionWindow is one promotion period of a year (six a year from 2024, Peraturan BKN 4/2023): the
// rank promotions it grants take effect on one date, and proposals are taken in a window before it.
type PromotionWindow struct {
	ent.Schema
}

// Mixin of PromotionWindow.
func (PromotionWindow) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("PRW"), Audited{}, TimeMixin{}}
}

// Fields of PromotionWindow.
func (PromotionWindow) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			NotEmpty().MaxLen(100).
			Comment("Name of the period, such as \"Periode April 2026\".").
			Annotations(notFiltered),
		field.Time("effective_on").Annotations(dateOnly).
			Comment("Date the promotions take effect (TMT).").
			Annotations(entgql.OrderField("EFFECTIVE_ON")),
		field.Time("opens_on").Annotations(dateOnly).
			Comment("First day proposals are taken."),
		field.Time("closes_on").Annotations(dateOnly).
			Comment("Last day proposals are taken."),
	}
}

// Indexes of PromotionWindow.
func (PromotionWindow) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("effective_on").Unique(),
		index.Fields("opens_on"),
		index.Fields("closes_on"),
	}
}

// Annotations of PromotionWindow.
func (PromotionWindow) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A promotion period: proposals between opensOn and closesOn, promotions effective on effectiveOn."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Hooks of PromotionWindow.
func (PromotionWindow) Hooks() []ent.Hook {
	return []ent.Hook{
		datesInOrder("opens_on", "closes_on"),
		datesInOrder("closes_on", "effective_on"),
	}
}

// Policy of PromotionWindow: who may read and write it (internal/access).
func (PromotionWindow) Policy() ent.Policy { return access.PromotionWindowPolicy() }

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

// TalentPolicy holds the configurable values of talent management and mentoring (DOMAIN.md §2): one
// row for the whole platform, kept by ADMIN through internal/settings; until ADMIN first changes it the
// defaults of internal/career apply. GraphQL shows it as TalentSettings.
type TalentPolicy struct {
	ent.Schema
}

// Mixin of TalentPolicy.
func (TalentPolicy) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("TPL"), Audited{}, TimeMixin{}}
}

// Fields of TalentPolicy.
func (TalentPolicy) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("scope").
			Values("PLATFORM").Immutable().
			Comment("What the settings apply to: the whole platform."),
		field.Int("min_years_to_retirement").
			Default(2).Min(0).Max(10).
			Comment("A succession candidate has at least this many years before retirement."),
		field.Int("sanction_free_years").
			Default(2).Min(0).Max(10).
			Comment("A moderate or heavy sanction excludes from the talent pool for this many years."),
		field.Int("at_risk_years").
			Default(2).Min(1).Max(10).
			Comment("A post is at risk when its holder retires within this many years and it has no candidate."),
		field.Int("max_mentees").
			Default(3).Min(1).Max(20).
			Comment("How many active mentees one mentor may have."),
		field.Int("new_staff_years").
			Default(2).Min(1).Max(10).
			Comment("Staff hired less than this many years ago should have a mentor."),
	}
}

// Indexes of TalentPolicy.
func (TalentPolicy) Indexes() []ent.Index {
	// Unique, so that two first changes at once cannot store two rows.
	return []ent.Index{index.Fields("scope").Unique()}
}

// Annotations of TalentPolicy.
func (TalentPolicy) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("The configurable values of talent management and mentoring."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of TalentPolicy: read by everyone signed in, changed by ADMIN (internal/access).
func (TalentPolicy) Policy() ent.Policy { return access.TalentPolicyPolicy() }

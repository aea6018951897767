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
)

// Mentorship pairs a senior mentor with a junior mentee.
type Mentorship struct {
	ent.Schema
}

// Mixin of Mentorship.
func (Mentorship) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("MEN"), Audited{}, TimeMixin{}}
}

// Fields of Mentorship.
func (Mentorship) Fields() []ent.Field {
	return []ent.Field{
		field.Text("goals").
			NotEmpty().
			Comment("What the mentee should learn or achieve.").
			Annotations(notFiltered),
		field.Time("starts_on").Annotations(dateOnly).
			Comment("First day of the mentorship.").
			Annotations(entgql.OrderField("STARTS_ON")),
		field.Time("ends_on").Annotations(dateOnly).
			Optional().Nillable().
			Comment("Last day, once ended.").
			Annotations(notFiltered),
		field.Enum("status").
			Values("ACTIVE", "COMPLETED", "CANCELLED").
			Default("ACTIVE").
			Comment("ACTIVE, COMPLETED or CANCELLED."),
		field.Text("outcome").
			Optional().
			Comment("What came of it, written when it ends.").
			Annotations(notFiltered),
		field.String("mentor_id").
			GoType(pulid.ID("")).
			Comment("The mentor."),
		field.String("mentee_id").
			GoType(pulid.ID("")).
			Comment("The mentee."),
	}
}

// Edges of Mentorship.
func (Mentorship) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("mentor", Employee.Type).Ref("mentorships_as_mentor").Field("mentor_id").Unique().Required().
			Comment("The mentor."),
		edge.From("mentee", Employee.Type).Ref("mentorships_as_mentee").Field("mentee_id").Unique().Required().
			Comment("The mentee."),
		edge.To("check_ins", MentorshipCheckIn.Type).
			Comment("Notes of its meetings.").
			Annotations(entgql.RelayConnection()),
	}
}

// Indexes of Mentorship.
func (Mentorship) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("mentor_id", "status"),
		index.Fields("mentee_id", "status"),
		index.Fields("status"),
		index.Fields("starts_on"),
	}
}

// Annotations of Mentorship.
func (Mentorship) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A mentoring relation between a senior mentor and a junior mentee."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Hooks of Mentorship.
func (Mentorship) Hooks() []ent.Hook {
	return []ent.Hook{datesInOrder("starts_on", "ends_on")}
}

// Policy of Mentorship: who may read and write it (internal/access).
func (Mentorship) Policy() ent.Policy { return access.MentorshipPolicy() }

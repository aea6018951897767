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

// MentorshipCheckIn is a note of one meeting of a mentorship, written by the mentor or the mentee.
type MentorshipCheckIn struct {
	ent.Schema
}

// Mixin of MentorshipCheckIn.
func (MentorshipCheckIn) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("MCK"), Audited{}, TimeMixin{}}
}

// Fields of MentorshipCheckIn.
func (MentorshipCheckIn) Fields() []ent.Field {
	return []ent.Field{
		field.Time("held_on").Annotations(dateOnly).
			Comment("Day of the meeting.").
			Annotations(entgql.OrderField("HELD_ON")),
		field.Text("note").
			NotEmpty().MaxLen(4000).
			Comment("What was discussed and agreed.").
			Annotations(notFiltered),
		field.String("mentorship_id").
			GoType(pulid.ID("")).
			Comment("The mentorship."),
		field.String("author_id").
			GoType(pulid.ID("")).
			Comment("Who wrote the note: the mentor or the mentee."),
	}
}

// Edges of MentorshipCheckIn.
func (MentorshipCheckIn) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("mentorship", Mentorship.Type).Ref("check_ins").Field("mentorship_id").Unique().Required().
			Comment("The mentorship."),
		edge.To("author", Employee.Type).Field("author_id").Unique().Required().
			Comment("Who wrote the note."),
	}
}

// Indexes of MentorshipCheckIn.
func (MentorshipCheckIn) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("mentorship_id", "held_on"),
		index.Fields("author_id"),
	}
}

// Annotations of MentorshipCheckIn.
func (MentorshipCheckIn) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A note of one mentoring meeting."),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of MentorshipCheckIn: read with its mentorship, written by the mentoring workflow (internal/access).
func (MentorshipCheckIn) Policy() ent.Policy { return access.MentorshipCheckInPolicy() }

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

// Training is a competency-development offering (pelatihan, diklat) with a number of seats.
type Training struct {
	ent.Schema
}

// Mixin of Training.
func (Training) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("TRN"), Audited{}, TimeMixin{}}
}

// Fields of Training.
func (Training) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").
			NotEmpty().MaxLen(200).
			Comment("Title of the training.").
			Annotations(entgql.OrderField("TITLE")),
		field.Enum("kind").
			GoType(career.TrainingKind("")).Annotations(entgql.Type("TrainingKind")).
			Comment("Kind: leadership (PKN, PKA, PKP), basic training (LATSAR), functional, technical or seminar."),
		field.String("competency").
			NotEmpty().MaxLen(200).
			Comment("The competency developed, such as \"Manajemen Kinerja\"."),
		field.Int("hours_jp").
			Positive().
			Comment("Length in lesson hours (JP); every PNS has the right to at least 20 JP a year.").
			Annotations(entgql.OrderField("HOURS_JP")),
		field.Time("starts_on").Annotations(dateOnly).
			Comment("First day.").
			Annotations(entgql.OrderField("STARTS_ON")),
		field.Time("ends_on").Annotations(dateOnly).
			Comment("Last day; not before the first.").
			Annotations(notFiltered),
		field.String("provider").
			NotEmpty().MaxLen(200).
			Comment("Who runs it, such as \"BPSDM Provinsi Jambi\".").
			Annotations(notFiltered),
		field.Int("capacity").
			NonNegative().
			Comment("Number of seats; enrolments never exceed it.").
			Annotations(notFiltered),
		field.Int("seats_taken").
			NonNegative().
			Default(0).
			Comment("Seats taken by active enrolments. Written by the enrolment workflow.").
			Annotations(derived, notFiltered),
		field.Enum("status").
			Values("PLANNED", "OPEN", "ONGOING", "COMPLETED", "CANCELLED").
			Default("PLANNED").
			Comment("PLANNED, OPEN for enrolment, ONGOING, COMPLETED or CANCELLED."),
		field.Text("description").
			Optional().
			Comment("What participants learn.").
			Annotations(notFiltered),
		field.String("curriculum_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The curriculum this training is a cohort of, if any."),
	}
}

// Edges of Training.
func (Training) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("enrollments", Enrollment.Type).
			Comment("Enrolments of participants.").
			Annotations(noInput, entgql.RelayConnection()),
		edge.From("curriculum", Curriculum.Type).Ref("trainings").Field("curriculum_id").Unique().
			Comment("The curriculum this training is a cohort of, if any."),
		edge.To("feedback", ModuleFeedback.Type).
			Comment("Participants' feedback on the modules.").
			Annotations(noInput, entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of Training.
func (Training) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("title"),
		index.Fields("kind"),
		index.Fields("competency"),
		index.Fields("hours_jp"),
		index.Fields("starts_on"),
		index.Fields("status", "starts_on"),
		index.Fields("curriculum_id"),
	}
}

// Annotations of Training.
func (Training) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A training (pelatihan) offered to employees."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Hooks of Training.
func (Training) Hooks() []ent.Hook {
	return []ent.Hook{datesInOrder("starts_on", "ends_on"), derive.TrainingYears}
}

// Policy of Training: who may read and write it (internal/access).
func (Training) Policy() ent.Policy { return access.TrainingPolicy() }

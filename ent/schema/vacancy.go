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
)

// Vacancy is an openly announced post: an open selection for a JPT post, an internal promotion, or
// external recruitment.
type Vacancy struct {
	ent.Schema
}

// Mixin of Vacancy.
func (Vacancy) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("VAC"), Audited{}, TimeMixin{}}
}

// Fields of Vacancy.
func (Vacancy) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").
			Values("OPEN_SELECTION", "PROMOTION", "RECRUITMENT").
			Comment("OPEN_SELECTION (seleksi terbuka for a JPT post), PROMOTION (internal) or RECRUITMENT (external, CPNS/PPPK)."),
		field.String("title").
			NotEmpty().MaxLen(200).
			Comment("Title of the announcement.").
			Annotations(entgql.OrderField("TITLE")),
		field.Text("description").
			Optional().
			Comment("The announcement text: duties, procedure, schedule.").
			Annotations(notFiltered),
		field.JSON("requirements", career.Requirements{}).
			Comment("What an applicant must meet: minimum rank, predikat in the last years, trainings, education, years to retirement, no recent sanction.").
			Annotations(entgql.Type("VacancyRequirements"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.JSON("stages", []career.StageWeight{}).
			Optional().
			Comment("The weighted stages of an open selection (PermenPANRB 15/2019), in percent.").
			Annotations(entgql.Type("[StageWeight!]"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("opens_on").Annotations(dateOnly).
			Comment("First day applications are accepted.").
			Annotations(entgql.OrderField("OPENS_ON")),
		field.Time("closes_on").Annotations(dateOnly).
			Comment("Last day applications are accepted.").
			Annotations(entgql.OrderField("CLOSES_ON")),
		field.Enum("status").
			Values("DRAFT", "OPEN", "CLOSED", "FILLED", "CANCELLED").
			Default("DRAFT").
			Comment("DRAFT (not public), OPEN, CLOSED, FILLED or CANCELLED."),
		field.Time("filled_at").
			Optional().Nillable().
			Comment("When the selected candidate was appointed.").
			Annotations(notFiltered),
		field.String("position_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The post to be filled."),
	}
}

// Edges of Vacancy.
func (Vacancy) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("position", Position.Type).Ref("vacancies").Field("position_id").Unique().
			Comment("The post to be filled."),
		edge.To("applications", Application.Type).
			Comment("Applications received.").
			Annotations(entgql.RelayConnection()),
		edge.To("career_events", CareerEvent.Type).
			Comment("Career events (appointments) that resulted from the vacancy."),
	}
}

// Indexes of Vacancy.
func (Vacancy) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("position_id"),
		index.Fields("status", "closes_on"),
		index.Fields("kind"),
		index.Fields("title"),
		index.Fields("opens_on"),
		index.Fields("closes_on"),
	}
}

// Annotations of Vacancy.
func (Vacancy) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("An openly announced vacancy (lowongan) with its requirements."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Hooks of Vacancy.
func (Vacancy) Hooks() []ent.Hook {
	return []ent.Hook{datesInOrder("opens_on", "closes_on")}
}

// Policy of Vacancy: who may read and write it (internal/access).
func (Vacancy) Policy() ent.Policy { return access.VacancyPolicy() }

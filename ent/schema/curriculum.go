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

// Curriculum is a training programme: the modules its cohorts (trainings) teach, and the revisions the
// participants' feedback led to.
type Curriculum struct {
	ent.Schema
}

// Mixin of Curriculum.
func (Curriculum) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("CUR"), Audited{}, TimeMixin{}}
}

// Fields of Curriculum.
func (Curriculum) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			NotEmpty().MaxLen(200).
			Comment("Name of the programme, such as \"Pelatihan Kepemimpinan Administrator\".").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("kind").
			GoType(career.TrainingKind("")).Annotations(entgql.Type("TrainingKind")).
			Comment("Kind of training its cohorts are."),
		field.String("competency").
			NotEmpty().MaxLen(200).
			Comment("The competency it develops."),
		field.Text("description").
			Optional().
			Comment("What the programme is for.").
			Annotations(notFiltered),
	}
}

// Edges of Curriculum.
func (Curriculum) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("trainings", Training.Type).
			Comment("The cohorts that taught it.").
			Annotations(noInput, entgql.RelayConnection()),
		edge.To("modules", TrainingModule.Type).
			Comment("Its modules, in order.").
			Annotations(noInput),
		edge.To("revisions", CurriculumRevision.Type).
			Comment("The revisions recorded, with the feedback behind them.").
			Annotations(noInput),
	}
}

// Indexes of Curriculum.
func (Curriculum) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("name"),
		index.Fields("kind"),
		index.Fields("competency"),
	}
}

// Annotations of Curriculum.
func (Curriculum) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A training programme whose cohorts share its modules."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Policy of Curriculum: read by everyone signed in, kept by HR, like the trainings.
func (Curriculum) Policy() ent.Policy { return access.TrainingPolicy() }

// TrainingModule is one module of a curriculum, on which participants give feedback.
type TrainingModule struct {
	ent.Schema
}

// Mixin of TrainingModule.
func (TrainingModule) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("MOD"), Audited{}, TimeMixin{}}
}

// Fields of TrainingModule.
func (TrainingModule) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").
			NotEmpty().MaxLen(200).
			Comment("Title of the module."),
		field.Int("position").
			Positive().
			Comment("Its place in the curriculum, from 1.").
			Annotations(entgql.OrderField("POSITION")),
		field.Int("hours_jp").
			NonNegative().
			Default(0).
			Comment("Lesson hours (JP) of the module.").
			Annotations(notFiltered),
		field.String("curriculum_id").
			GoType(pulid.ID("")).
			Comment("The curriculum."),
	}
}

// Edges of TrainingModule.
func (TrainingModule) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("curriculum", Curriculum.Type).Ref("modules").Field("curriculum_id").Unique().Required().
			Comment("The curriculum."),
		edge.To("feedback", ModuleFeedback.Type).
			Comment("Participants' feedback on the module.").
			Annotations(noInput, entgql.Skip(entgql.SkipAll)),
	}
}

// Indexes of TrainingModule.
func (TrainingModule) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("curriculum_id", "position").Unique(),
	}
}

// Annotations of TrainingModule.
func (TrainingModule) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A module of a curriculum."),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Policy of TrainingModule: like the trainings.
func (TrainingModule) Policy() ent.Policy { return access.TrainingPolicy() }

// ModuleFeedback is one participant's rating (1–5) and comment on one module of a training they
// completed: once per module. Who gave it is kept for that rule only and never shown: comments are
// attributed to participants in aggregate.
type ModuleFeedback struct {
	ent.Schema
}

// Mixin of ModuleFeedback.
func (ModuleFeedback) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("FBK"), Audited{}, TimeMixin{}}
}

// Fields of ModuleFeedback.
func (ModuleFeedback) Fields() []ent.Field {
	return []ent.Field{
		field.Int("rating").
			Range(1, 5).
			Comment("Rating from 1 (poor) to 5 (excellent)."),
		field.Text("comment").
			Optional().MaxLen(2000).
			Comment("What the participant wrote.").
			Annotations(notFiltered),
		field.String("module_id").
			GoType(pulid.ID("")).
			Comment("The module."),
		field.String("training_id").
			GoType(pulid.ID("")).
			Comment("The cohort (training) it was given in."),
		field.String("enrollment_id").
			GoType(pulid.ID("")).
			Comment("The participant's enrolment.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of ModuleFeedback.
func (ModuleFeedback) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("module", TrainingModule.Type).Ref("feedback").Field("module_id").Unique().Required().
			Comment("The module."),
		edge.From("training", Training.Type).Ref("feedback").Field("training_id").Unique().Required().
			Comment("The cohort."),
		edge.From("enrollment", Enrollment.Type).Ref("feedback").Field("enrollment_id").Unique().Required().
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.From("revisions", CurriculumRevision.Type).Ref("cites").
			Comment("Revisions that cite it.").
			Annotations(noInput),
	}
}

// Indexes of ModuleFeedback.
func (ModuleFeedback) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("enrollment_id", "module_id").Unique(),
		index.Fields("module_id", "training_id"),
		index.Fields("training_id"),
		index.Fields("rating"),
	}
}

// Annotations of ModuleFeedback.
func (ModuleFeedback) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A participant's feedback on one module, shown without the participant's name."),
		entgql.RelayConnection(),
	}
}

// Policy of ModuleFeedback: HR reads it; the feedback workflow writes it.
func (ModuleFeedback) Policy() ent.Policy { return access.FeedbackPolicy() }

// CurriculumRevision is a change to a curriculum, with the feedback that led to it.
type CurriculumRevision struct {
	ent.Schema
}

// Mixin of CurriculumRevision.
func (CurriculumRevision) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("REV"), Audited{}, TimeMixin{}}
}

// Fields of CurriculumRevision.
func (CurriculumRevision) Fields() []ent.Field {
	return []ent.Field{
		field.Text("changes").
			NotEmpty().
			Comment("What changed.").
			Annotations(notFiltered),
		field.Text("reason").
			NotEmpty().
			Comment("Why, in the light of the feedback cited.").
			Annotations(notFiltered),
		field.String("curriculum_id").
			GoType(pulid.ID("")).
			Comment("The curriculum revised."),
	}
}

// Edges of CurriculumRevision.
func (CurriculumRevision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("curriculum", Curriculum.Type).Ref("revisions").Field("curriculum_id").Unique().Required().
			Comment("The curriculum revised."),
		edge.To("cites", ModuleFeedback.Type).
			Comment("The feedback behind the revision, all of the same curriculum."),
	}
}

// Indexes of CurriculumRevision.
func (CurriculumRevision) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("curriculum_id"),
	}
}

// Annotations of CurriculumRevision.
func (CurriculumRevision) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A revision of a curriculum citing the feedback behind it."),
		entgql.RelayConnection(),
	}
}

// Policy of CurriculumRevision: read like the trainings; the revision workflow writes it.
func (CurriculumRevision) Policy() ent.Policy { return access.TrainingPolicy() }

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

// Employee is a civil servant (ASN): a PNS with a rank or a PPPK with a grade.
type Employee struct {
	ent.Schema
}

// Mixin of Employee.
func (Employee) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("EMP"), Audited{}, TimeMixin{}}
}

// Fields of Employee.
func (Employee) Fields() []ent.Field {
	return []ent.Field{
		field.String("nip").
			Unique().
			Validate(career.CheckNIPDigits).
			Comment("Employee number (NIP, 18 digits). For a PNS it encodes the birth date, the month of appointment and the gender, and must agree with them.").
			Annotations(entgql.OrderField("NIP")),
		field.String("name").
			NotEmpty().MaxLen(200).
			Comment("Full name with academic titles, as on the decree."),
		// The databases compare names byte by byte, which put a name written with a lower-case title
		// (dr., drg.) after every capitalised one; the NAME order sorts by this key instead.
		field.String("sort_name").
			Default("").
			Comment("The name as the NAME order sorts it: folded to lower case. Written by a hook.").
			Annotations(entgql.Skip(entgql.SkipType, entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
				entgql.OrderField("NAME")),
		field.Enum("gender").
			GoType(career.Gender("")).Annotations(entgql.Type("Gender")).
			Comment("Gender, as encoded in a PNS's NIP."),
		field.Time("birth_date").Annotations(dateOnly).
			Comment("Date of birth.").
			Annotations(entgql.OrderField("BIRTH_DATE")),
		field.Enum("employment_type").
			GoType(career.EmploymentType("")).Annotations(entgql.Type("EmploymentType")).
			Comment("PNS (civil servant) or PPPK (government employee on contract)."),
		field.Enum("rank").
			GoType(career.Rank("")).Annotations(entgql.Type("Rank")).
			Optional().Nillable().
			Comment("Rank (pangkat/golongan) of a PNS, I_A … IV_E; empty for PPPK."),
		field.Enum("pppk_grade").
			GoType(career.PPPKGrade("")).Annotations(entgql.Type("PPPKGrade")).
			Optional().Nillable().
			Comment("Grade (golongan) of a PPPK, I … XVII; empty for PNS."),
		field.Int("rank_order").
			Default(0).
			Comment("Order of the rank (1 = I/a … 17 = IV/e) or of the PPPK grade (1 … 17), for \"at least\" comparisons. Written by a hook.").
			Annotations(derived, entgql.OrderField("RANK")),
		field.Time("rank_since").Annotations(dateOnly).
			Comment("Effective date (TMT) of the current rank or grade."),
		field.Enum("education").
			GoType(career.Education("")).Annotations(entgql.Type("Education")).
			Comment("Highest formal education, SD … S3."),
		field.Time("hired_at").Annotations(dateOnly).
			Comment("Effective date (TMT) of the first appointment as CPNS or PPPK.").
			Annotations(entgql.OrderField("HIRED_AT")),
		field.Enum("status").
			Values("ACTIVE", "LEAVE", "SUSPENDED", "RETIRED", "RESIGNED", "DECEASED").
			Default("ACTIVE").
			Comment("Employment status."),
		field.String("email").
			Optional().MaxLen(200).
			Comment("Work e-mail address.").
			Annotations(notFiltered),
		field.Time("retirement_date").Annotations(dateOnly).
			Optional().Nillable().
			Comment("Retirement date (BUP): the first day of the month after the birthday on which the retirement age of the position is reached. Written by a hook.").
			Annotations(derived, entgql.OrderField("RETIREMENT_DATE")),
		field.Enum("latest_predikat").
			GoType(career.Predikat("")).Annotations(entgql.Type("Predikat")).
			Optional().Nillable().
			Comment("Predikat of the latest final annual evaluation. Written by a hook.").
			Annotations(derived),
		field.String("unit_id").
			GoType(pulid.ID("")).
			Comment("The unit the employee works in."),
		field.String("position_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The post the employee holds."),
		field.String("supervisor_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The direct superior (atasan langsung), who assesses the employee's performance."),
	}
}

// Edges of Employee.
func (Employee) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("unit", OrgUnit.Type).Ref("employees").Field("unit_id").Unique().Required().
			Comment("The unit the employee works in."),
		edge.From("position", Position.Type).Ref("holders").Field("position_id").Unique().
			Comment("The post the employee holds."),
		edge.To("subordinates", Employee.Type).
			Comment("Employees whose direct superior this employee is.").
			Annotations(noInput).
			From("supervisor").Unique().Field("supervisor_id").
			Comment("The direct superior (atasan langsung), who assesses the employee's performance."),
		edge.To("evaluations", Evaluation.Type).
			Comment("Performance evaluations (SKP) of the employee.").
			Annotations(noInput, entgql.RelayConnection()),
		edge.To("enrollments", Enrollment.Type).
			Comment("Trainings the employee is enrolled in.").
			Annotations(noInput, entgql.RelayConnection()),
		edge.To("applications", Application.Type).
			Comment("Applications to vacancies.").
			Annotations(noInput, entgql.RelayConnection()),
		edge.To("potential_assessments", PotentialAssessment.Type).
			Comment("Potential assessments, one per year.").
			Annotations(noInput),
		edge.To("sanctions", DisciplinarySanction.Type).
			Comment("Disciplinary sanctions.").
			Annotations(noInput),
		edge.To("coaching_plans", CoachingPlan.Type).
			Comment("Coaching plans that followed a final predikat below BAIK.").
			Annotations(noInput),
		edge.To("mentorships_as_mentor", Mentorship.Type).
			Comment("Mentorships in which the employee is the mentor.").
			Annotations(noInput),
		edge.To("mentorships_as_mentee", Mentorship.Type).
			Comment("Mentorships in which the employee is the mentee.").
			Annotations(noInput),
		edge.To("career_events", CareerEvent.Type).
			Comment("Career history: promotions, assignments, transfers, completed trainings.").
			Annotations(noInput, entgql.RelayConnection()),
		edge.To("years", EmployeeYear.Type).
			Comment("The employee's years in figures: predikat, 9-box placement, JP completed (derived).").
			Annotations(noInput),
		edge.To("account", Account.Type).Unique().
			Comment("The login account of the employee, if any.").
			Annotations(noInput),
	}
}

// Indexes of Employee.
func (Employee) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("unit_id"),
		index.Fields("position_id"),
		index.Fields("supervisor_id"),
		index.Fields("sort_name"),
		index.Fields("gender"),
		index.Fields("birth_date"),
		index.Fields("employment_type"),
		index.Fields("rank"),
		index.Fields("pppk_grade"),
		index.Fields("rank_order"),
		index.Fields("rank_since"),
		index.Fields("education"),
		index.Fields("hired_at"),
		index.Fields("status"),
		index.Fields("retirement_date"),
		index.Fields("latest_predikat"),
	}
}

// Annotations of Employee.
func (Employee) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A civil servant (pegawai ASN)."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Hooks of Employee.
func (Employee) Hooks() []ent.Hook {
	return []ent.Hook{
		derive.EmployeeTallies,
		datesInOrder("birth_date", "hired_at"),
		datesInOrder("hired_at", "rank_since"),
		derive.EmployeeRecord,
		derive.EmployeeSortName,
	}
}

// Policy of Employee: who may read and write it (internal/access).
func (Employee) Policy() ent.Policy { return access.EmployeePolicy() }

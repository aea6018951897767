package api_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/schema/schematype"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// fixtures is a small organisation with one record of every entity, built through ent so that the
// hooks run as they do for the API.
type fixtures struct {
	region, instansi, disdik, dinkes *ent.OrgUnit
	head, teacher                    *ent.Position
	kepala                           *ent.Employee
	teachers                         []*ent.Employee // 45 teachers in Dinas Pendidikan
	nurses                           []*ent.Employee // 5 nurses in Dinas Kesehatan
	ids                              map[string]pulid.ID
}

const teacherCount = 45

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func must[T any](t testing.TB) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func loadFixtures(t testing.TB, client *ent.Client) fixtures {
	t.Helper()
	ctx := access.SystemContext(context.Background())
	unit := must[*ent.OrgUnit](t)
	pos := must[*ent.Position](t)
	emp := must[*ent.Employee](t)
	var f fixtures
	f.region = unit(client.OrgUnit.Create().SetCode("JMB").SetName("Provinsi Jambi").SetKind(orgunit.KindREGION).Save(ctx))
	f.instansi = unit(client.OrgUnit.Create().SetCode("JMB-PROV").SetName("Pemerintah Provinsi Jambi").SetKind(orgunit.KindINSTANSI).SetParent(f.region).Save(ctx))
	f.disdik = unit(client.OrgUnit.Create().SetCode("JMB-PROV-DISDIK").SetName("Dinas Pendidikan").SetKind(orgunit.KindAGENCY).SetParent(f.instansi).Save(ctx))
	f.dinkes = unit(client.OrgUnit.Create().SetCode("JMB-PROV-DINKES").SetName("Dinas Kesehatan").SetKind(orgunit.KindAGENCY).SetParent(f.instansi).Save(ctx))

	f.head = pos(client.Position.Create().SetTitle("Kepala Dinas Pendidikan").SetKind(career.KindJPTPratama).SetJobClass(14).SetMinRank(career.RankIVC).SetUnit(f.disdik).Save(ctx))
	f.teacher = pos(client.Position.Create().SetTitle("Guru Ahli Muda").SetKind(career.KindFungsional).SetFunctionalLevel(career.LevelAhliMuda).SetJobClass(9).SetQuota(teacherCount).SetUnit(f.disdik).Save(ctx))
	nurse := pos(client.Position.Create().SetTitle("Perawat Terampil").SetKind(career.KindFungsional).SetFunctionalLevel(career.LevelTerampil).SetJobClass(7).SetQuota(5).SetUnit(f.dinkes).Save(ctx))

	f.kepala = emp(newEmployee(client, 0, "Drs. H. Ahmad Syukri, M.Pd.", career.GenderMale, date(1968, 5, 17), date(1994, 3, 1), career.RankIVC).
		SetUnit(f.disdik).SetPosition(f.head).Save(ctx))
	ranks := []career.Rank{career.RankIIIA, career.RankIIIB, career.RankIIIC, career.RankIIID}
	for i := range teacherCount {
		gender := career.GenderFemale
		if i%3 == 0 {
			gender = career.GenderMale
		}
		name := fmt.Sprintf("Guru %02d %s", i+1, []string{"Siregar", "Lubis", "Nasution", "Harahap", "Daulay"}[i%5])
		e := emp(newEmployee(client, i+1, name, gender, date(1975+i%20, time.Month(1+i%12), 1+i%28), date(2000+i%20, time.Month(1+i%12), 1), ranks[i%len(ranks)]).
			SetUnit(f.disdik).SetPosition(f.teacher).SetSupervisor(f.kepala).Save(ctx))
		f.teachers = append(f.teachers, e)
	}
	for i := range 5 {
		grade := career.PPPKGrade("VII")
		e := emp(client.Employee.Create().
			SetNip(fmt.Sprintf("19900101202101200%d", i+1)).SetName(fmt.Sprintf("Perawat %d", i+1)).
			SetGender(career.GenderFemale).SetBirthDate(date(1990, 1, 1)).SetEmploymentType(career.EmploymentPPPK).
			SetPppkGrade(grade).SetRankSince(date(2021, 1, 1)).SetEducation(career.EducationD3).SetHiredAt(date(2021, 1, 1)).
			SetUnit(f.dinkes).SetPosition(nurse).Save(ctx))
		f.nurses = append(f.nurses, e)
	}
	f.ids = otherRecords(t, client, f)
	return f
}

func newEmployee(client *ent.Client, seq int, name string, g career.Gender, birth, hired time.Time, rank career.Rank) *ent.EmployeeCreate {
	return client.Employee.Create().
		SetNip(career.BuildNIP(birth, hired, g, seq+1)).
		SetName(name).SetGender(g).SetBirthDate(birth).
		SetEmploymentType(career.EmploymentPNS).SetRank(rank).SetRankSince(hired.AddDate(4, 0, 0)).
		SetEducation(career.EducationS1).SetHiredAt(hired)
}

// otherRecords creates one record of each remaining entity and returns every fixture ID by type name.
func otherRecords(t testing.TB, client *ent.Client, f fixtures) map[string]pulid.ID {
	t.Helper()
	ctx := access.SystemContext(context.Background())
	teacher := f.teachers[0]
	ids := map[string]pulid.ID{
		"OrgUnit":  f.disdik.ID,
		"Position": f.teacher.ID,
		"Employee": teacher.ID,
	}
	ev := must[*ent.Evaluation](t)(client.Evaluation.Create().SetYear(2025).SetPeriod(career.PeriodAnnual).
		SetWorkResult(career.RatingAbove).SetWorkBehavior(career.RatingAbove).SetStatus(career.EvalFinal).
		SetWorkPlans([]career.WorkPlan{{Title: "Pembelajaran", Kind: career.WorkPlanMain, Indicators: []career.Indicator{{Name: "RPP", Target: "12 dokumen", Realisation: "12 dokumen"}}}}).
		SetEmployee(teacher).SetEvaluator(f.kepala).Save(ctx))
	ids["Evaluation"] = ev.ID
	ids["PotentialAssessment"] = must[*ent.PotentialAssessment](t)(client.PotentialAssessment.Create().SetYear(2025).
		SetLevel(career.PotentialHigh).SetScore(82.5).SetMethod("Assessment Center").SetEmployee(teacher).Save(ctx)).ID
	ids["DisciplinarySanction"] = must[*ent.DisciplinarySanction](t)(client.DisciplinarySanction.Create().
		SetLevel(career.SanctionLight).SetDescription("Teguran lisan").SetImposedOn(date(2024, 2, 1)).
		SetDecreeNumber("800/12/DISDIK/2024").SetEmployee(f.teachers[1]).Save(ctx)).ID
	tr := must[*ent.Training](t)(client.Training.Create().SetTitle("Pelatihan Kepemimpinan Administrator").
		SetKind(career.TrainingPKA).SetCompetency("Kepemimpinan").SetHoursJp(60).
		SetStartsOn(date(2026, 3, 2)).SetEndsOn(date(2026, 5, 29)).SetProvider("BPSDM Provinsi Jambi").
		SetCapacity(30).Save(ctx))
	ids["Training"] = tr.ID
	ids["Enrollment"] = must[*ent.Enrollment](t)(client.Enrollment.Create().SetEmployee(teacher).SetTraining(tr).Save(ctx)).ID
	vac := must[*ent.Vacancy](t)(client.Vacancy.Create().SetKind("OPEN_SELECTION").SetTitle("Seleksi Terbuka Kepala Dinas Pendidikan").
		SetRequirements(career.Requirements{PredikatYears: 2}).SetOpensOn(date(2026, 11, 1)).SetClosesOn(date(2026, 12, 15)).
		SetStatus("OPEN").SetPosition(f.head).Save(ctx))
	ids["Vacancy"] = vac.ID
	ids["Application"] = must[*ent.Application](t)(client.Application.Create().SetVacancy(vac).SetApplicant(teacher).
		SetEligibility([]career.RequirementResult{{Requirement: "MIN_RANK", Met: false, Reason: "Pangkat III/a, dibutuhkan minimal IV/a"}}).Save(ctx)).ID
	ids["Mentorship"] = must[*ent.Mentorship](t)(client.Mentorship.Create().SetGoals("Menyusun RPP berbasis proyek").
		SetStartsOn(date(2026, 1, 5)).SetMentor(f.teachers[3]).SetMentee(f.teachers[4]).Save(ctx)).ID
	ids["CareerEvent"] = must[*ent.CareerEvent](t)(client.CareerEvent.Create().SetKind("HIRE").SetToValue("CPNS").
		SetEffectiveDate(teacher.HiredAt).SetEmployee(teacher).Save(ctx)).ID
	acc := must[*ent.Account](t)(client.Account.Create().SetUsername("pegawai").SetPasswordHash("x").SetRole("EMPLOYEE").SetEmployee(teacher).Save(ctx))
	ids["Account"] = acc.ID
	ids["AuditEntry"] = must[*ent.AuditEntry](t)(client.AuditEntry.Create().SetAction("create").SetEntityType("Employee").
		SetEntityID(string(teacher.ID)).SetChanges([]schematype.FieldChange{{Field: "name"}}).Save(ctx)).ID
	ids["Dashboard"] = must[*ent.Dashboard](t)(client.Dashboard.Create().SetName("Ringkasan").SetOwner(acc).
		SetWidgets([]schematype.Widget{{ID: "w1", Kind: schematype.WidgetHeadcount, Title: "Jumlah Pegawai", W: 4, H: 3,
			Chart: schematype.ChartBar, Settings: schematype.WidgetSettings{Dimensions: []schematype.WidgetDimension{"RANK_GROUP"}}}}).Save(ctx)).ID
	return ids
}

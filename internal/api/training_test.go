package api_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/careerevent"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

const enrollDoc = `mutation($t: ID!) { enrollInTraining(trainingID: $t) { id status } }`

// openTraining is a training open for enrolment that starts after the tests' today and ends in its year.
func openTraining(t *testing.T, client *ent.Client, title string, capacity, hours int, curriculum pulid.ID) *ent.Training {
	t.Helper()
	c := client.Training.Create().SetTitle(title).SetKind(career.TrainingTeknis).SetCompetency("Manajemen Kinerja").
		SetHoursJp(hours).SetStartsOn(date(2026, 12, 1)).SetEndsOn(date(2026, 12, 4)).SetProvider("BPSDM Provinsi Jambi").
		SetCapacity(capacity).SetStatus("OPEN")
	if curriculum != "" {
		c.SetCurriculumID(curriculum)
	}
	return must[*ent.Training](t)(c.Save(access.SystemContext(context.Background())))
}

// An employee who cancelled enrols again while HR nominates them, several times at once: one request
// takes the enrolment up again, the others are told it is there, and one seat is taken, not several.
func TestReEnrolmentTakesOneSeat(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		ctx := access.SystemContext(context.Background())
		tr := openTraining(t, db.Client, "Analisis Beban Kerja", 20, 24, "")
		person := f.nurses[0]
		db.Client.Enrollment.Create().SetEmployee(person).SetTraining(tr).SetStatus(enrollment.StatusCANCELLED).ExecX(ctx)
		self, hr := s.as(auth.RoleEmployee, person.ID, ""), s.as(auth.RoleHR, "", f.instansi.ID)
		const nominate = `mutation($t: ID!, $e: ID!) { nominateForTraining(trainingID: $t, employeeID: $e) { id } }`
		results := make([]response, 8)
		var wg sync.WaitGroup
		for i := range results {
			wg.Go(func() {
				if i%2 == 0 {
					results[i] = self.query(enrollDoc, map[string]any{"t": tr.ID})
				} else {
					results[i] = hr.query(nominate, map[string]any{"t": tr.ID, "e": person.ID})
				}
			})
		}
		wg.Wait()
		ok := 0
		for _, res := range results {
			switch {
			case len(res.Errors) == 0:
				ok++
			case res.Errors[0].Extensions["code"] == "BAD_USER_INPUT" && strings.Contains(res.Errors[0].Message, "sudah terdaftar"):
			default:
				t.Errorf("unexpected answer: %+v", res.Errors)
			}
		}
		if seats := db.Client.Training.GetX(ctx, tr.ID).SeatsTaken; ok != 1 || seats != 1 {
			t.Errorf("%d requests took the enrolment up again, %d seats taken; want 1 and 1", ok, seats)
		}
	})
}

// 50 employees enrol at once into 20 seats: exactly 20 get one, 30 are told the training is full.
func TestEnrolmentNeverOverBooks(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		tr := openTraining(t, db.Client, "Analisis Beban Kerja", 20, 24, "")
		ctx := access.SystemContext(context.Background())
		// Fifty employees without an account of their own yet (one teacher has the fixtures' account).
		var people []*ent.Employee
		for _, p := range append(append([]*ent.Employee{}, f.teachers...), f.nurses...) {
			if !db.Client.Account.Query().Where(account.EmployeeID(p.ID)).ExistX(ctx) {
				people = append(people, p)
			}
		}
		for i := len(people); i < 50; i++ {
			people = append(people, must[*ent.Employee](t)(newEmployee(db.Client, 700+i, "Pegawai Tambahan", career.GenderMale, date(1990, 1, 1), date(2015, 1, 1), career.RankIIIA).
				SetUnit(f.dinkes).Save(ctx)))
		}
		clients := make([]*server, len(people))
		for i, p := range people {
			clients[i] = s.as(auth.RoleEmployee, p.ID, "")
		}
		results := make([]response, len(people))
		var wg sync.WaitGroup
		for i, c := range clients {
			wg.Go(func() { results[i] = c.query(enrollDoc, map[string]any{"t": tr.ID}) })
		}
		wg.Wait()
		ok, full := 0, 0
		for _, res := range results {
			switch {
			case len(res.Errors) == 0:
				ok++
			case res.Errors[0].Extensions["code"] == "BAD_USER_INPUT" && strings.Contains(res.Errors[0].Message, "penuh"):
				full++
			default:
				t.Errorf("unexpected answer: %+v", res.Errors)
			}
		}
		stored := db.Client.Enrollment.Query().Where(enrollment.TrainingID(tr.ID), enrollment.StatusEQ(enrollment.StatusREGISTERED)).CountX(ctx)
		seats := db.Client.Training.GetX(ctx, tr.ID).SeatsTaken
		if len(people) != 50 || ok != 20 || full != 30 || stored != 20 || seats != 20 {
			t.Errorf("%d enrolments: %d accepted, %d refused as full; %d stored, %d seats taken", len(people), ok, full, stored, seats)
		}
	})
}

// A teacher enrols in a 24-JP training of a curriculum; HR records attendance and completion; the JP
// ledger passes 20 in the profile, the directory filter and the compliance aggregate; the teacher rates
// the modules once each; HR reads the feedback and records a revision citing it.
func TestTrainingStory(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		teacherEmp := f.teachers[20]
		teacher := s.as(auth.RoleEmployee, teacherEmp.ID, "")
		colleague := s.as(auth.RoleEmployee, f.teachers[21].ID, "")
		hr := s.as(auth.RoleHR, "", f.instansi.ID)
		head := s.as(auth.RoleSupervisor, f.kepala.ID, "")

		cur := db.Client.Curriculum.Create().SetName("Pelatihan Manajemen Kinerja").SetKind(career.TrainingTeknis).SetCompetency("Manajemen Kinerja").SaveX(ctx)
		m1 := db.Client.TrainingModule.Create().SetCurriculum(cur).SetTitle("Menyusun SKP").SetPosition(1).SetHoursJp(12).SaveX(ctx)
		m2 := db.Client.TrainingModule.Create().SetCurriculum(cur).SetTitle("Dialog kinerja").SetPosition(2).SetHoursJp(12).SaveX(ctx)
		other := db.Client.Curriculum.Create().SetName("Pelatihan Lain").SetKind(career.TrainingTeknis).SetCompetency("Lain").SaveX(ctx)
		otherModule := db.Client.TrainingModule.Create().SetCurriculum(other).SetTitle("Modul lain").SetPosition(1).SaveX(ctx)
		tr := openTraining(t, db.Client, "Manajemen Kinerja Angkatan I", 30, 24, cur.ID)

		jp := func() (profile int, filtered, met int) {
			var p struct{ Node struct{ JpCompleted int } }
			hr.mustQuery(`query($id: ID!) { node(id: $id) { ... on Employee { jpCompleted(year: 2026) } } }`, map[string]any{"id": teacherEmp.ID}, &p)
			var d struct{ Employees struct{ TotalCount int } }
			hr.mustQuery(`query($id: ID!) { employees(first: 1, where: {id: $id, hasYearsWith: [{year: 2026, jpCompletedGTE: 20}]}) { totalCount } }`, map[string]any{"id": teacherEmp.ID}, &d)
			var c struct {
				TrainingCompliance struct {
					Compliance struct{ Met struct{ Value int } }
				}
			}
			hr.mustQuery(`query($u: ID!) { trainingCompliance(year: 2026, unitID: $u) { compliance { met { value } } } }`, map[string]any{"u": f.disdik.ID}, &c)
			return p.Node.JpCompleted, d.Employees.TotalCount, c.TrainingCompliance.Compliance.Met.Value
		}
		_, _, metBefore := jp()

		var enrolled struct{ EnrollInTraining struct{ ID pulid.ID } }
		teacher.mustQuery(enrollDoc, map[string]any{"t": tr.ID}, &enrolled)
		id := enrolled.EnrollInTraining.ID
		wantCode(t, onlyError(t, teacher.query(enrollDoc, map[string]any{"t": tr.ID})), "BAD_USER_INPUT", "trainingID")
		wantCode(t, onlyError(t, teacher.query(`mutation($id: ID!) { recordAttendance(id: $id) { id } }`, map[string]any{"id": id})), "FORBIDDEN", "")
		feedback := `mutation($e: ID!, $m: ID!, $r: Int!, $c: String) { giveModuleFeedback(enrollmentID: $e, moduleID: $m, rating: $r, comment: $c) { id rating } }`
		wantCode(t, onlyError(t, teacher.query(feedback, map[string]any{"e": id, "m": m1.ID, "r": 4})), "BAD_USER_INPUT", "enrollmentID")

		hr.mustQuery(`mutation($id: ID!) { recordAttendance(id: $id) { id } }`, map[string]any{"id": id}, &struct{}{})
		hr.mustQuery(`mutation($id: ID!) { completeEnrollment(id: $id, passed: true, score: 88) { id status } }`, map[string]any{"id": id}, &struct{}{})
		profile, filtered, met := jp()
		if profile != 24 || filtered != 1 || met != metBefore+1 {
			t.Errorf("after completing 24 JP: profile %d, directory filter %d, compliance met %d (was %d)", profile, filtered, met, metBefore)
		}
		events := db.Client.CareerEvent.Query().Where(careerevent.EmployeeID(teacherEmp.ID), careerevent.KindEQ(careerevent.KindTRAINING_COMPLETED)).CountX(ctx)
		if events != 1 {
			t.Errorf("%d TRAINING_COMPLETED events", events)
		}

		// Feedback: once per module, by the participant only, on the curriculum's modules only.
		var given struct{ GiveModuleFeedback struct{ ID pulid.ID } }
		teacher.mustQuery(feedback, map[string]any{"e": id, "m": m1.ID, "r": 2, "c": "Contoh SKP kurang relevan untuk guru"}, &given)
		teacher.mustQuery(feedback, map[string]any{"e": id, "m": m2.ID, "r": 5}, &struct{}{})
		wantCode(t, onlyError(t, teacher.query(feedback, map[string]any{"e": id, "m": m1.ID, "r": 3})), "BAD_USER_INPUT", "moduleID")
		wantCode(t, onlyError(t, teacher.query(feedback, map[string]any{"e": id, "m": otherModule.ID, "r": 3})), "BAD_USER_INPUT", "moduleID")
		wantCode(t, onlyError(t, colleague.query(feedback, map[string]any{"e": id, "m": m2.ID, "r": 1})), "NOT_FOUND", "")
		wantCode(t, onlyError(t, head.query(feedback, map[string]any{"e": id, "m": m2.ID, "r": 1})), "FORBIDDEN", "")

		var summary struct {
			CurriculumFeedback struct {
				Count   int
				Modules []struct {
					Count        int
					Mean         float64
					Distribution []int
					Comments     []struct{ Text string }
				}
				Cohorts []struct{ Count int }
			}
		}
		hr.mustQuery(`query($c: ID!) { curriculumFeedback(curriculumID: $c) { count modules { count mean distribution comments { text } } cohorts { count } } }`,
			map[string]any{"c": cur.ID}, &summary)
		sum := summary.CurriculumFeedback
		if sum.Count != 2 || len(sum.Modules) != 2 || sum.Modules[0].Mean != 2 || sum.Modules[0].Distribution[1] != 1 ||
			len(sum.Modules[0].Comments) != 1 || len(sum.Cohorts) != 1 || sum.Cohorts[0].Count != 2 {
			t.Errorf("curriculum feedback: %+v", sum)
		}
		wantCode(t, onlyError(t, teacher.query(`query($c: ID!) { curriculumFeedback(curriculumID: $c) { count } }`, map[string]any{"c": cur.ID})), "FORBIDDEN", "")

		// A revision cites feedback of its own curriculum only.
		revise := `mutation($c: ID!, $f: [ID!]!) { recordCurriculumRevision(curriculumID: $c, changes: "Contoh SKP guru ditambahkan", reason: "Peserta guru menilai contoh kurang relevan", feedbackIDs: $f) { id cites { id rating } } }`
		wantCode(t, onlyError(t, hr.query(revise, map[string]any{"c": other.ID, "f": []pulid.ID{given.GiveModuleFeedback.ID}})), "BAD_USER_INPUT", "feedbackIDs[0]")
		var revision struct {
			RecordCurriculumRevision struct{ Cites []struct{ Rating int } }
		}
		hr.mustQuery(revise, map[string]any{"c": cur.ID, "f": []pulid.ID{given.GiveModuleFeedback.ID}}, &revision)
		if c := revision.RecordCurriculumRevision.Cites; len(c) != 1 || c[0].Rating != 2 {
			t.Errorf("revision cites %+v", c)
		}

		// The head of school sees their team short of 20 JP, without the teacher who completed 24.
		var short struct {
			JpShortfall struct {
				TotalCount int
				Edges      []struct{ Node struct{ ID pulid.ID } }
			}
		}
		head.mustQuery(`{ jpShortfall(year: 2026, first: 100) { totalCount edges { node { id } } } }`, nil, &short)
		for _, e := range short.JpShortfall.Edges {
			if e.Node.ID == teacherEmp.ID {
				t.Error("the teacher with 24 JP is listed as short")
			}
		}
		if short.JpShortfall.TotalCount == 0 {
			t.Error("nobody of the team is short of 20 JP")
		}
	})
}

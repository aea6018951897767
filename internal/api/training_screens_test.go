package api_test

import (
	"context"
	"testing"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

// The catalogue filters by seats left: a full training drops out of seatsLeft: true and is all that
// seatsLeft: false lists, beside the other filters.
func TestTrainingsBySeatsLeft(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		ctx := access.SystemContext(context.Background())
		open := openTraining(t, db.Client, "Kursi Tersisa", 20, 24, "")
		full := openTraining(t, db.Client, "Kursi Penuh", 2, 24, "")
		db.Client.Training.UpdateOne(full).SetSeatsTaken(2).ExecX(ctx)
		teacher := newServer(t, db).as(auth.RoleEmployee, f.teachers[10].ID, "")
		titles := func(left bool) []string {
			var res struct {
				Trainings struct {
					Edges []struct{ Node struct{ Title string } }
				}
			}
			teacher.mustQuery(`query($left: Boolean) { trainings(first: 10, where: {seatsLeft: $left, kind: TEKNIS}, orderBy: [{field: TITLE}]) { edges { node { title } } } }`,
				map[string]any{"left": left}, &res)
			var out []string
			for _, e := range res.Trainings.Edges {
				out = append(out, e.Node.Title)
			}
			return out
		}
		if got := titles(true); len(got) != 1 || got[0] != open.Title {
			t.Errorf("with seats left: %v", got)
		}
		if got := titles(false); len(got) != 1 || got[0] != full.Title {
			t.Errorf("fully booked: %v", got)
		}
	})
}

// A participant sees the ratings they gave in an enrolment; HR, who reads every enrolment of its
// scope and all feedback, never sees them next to the participant.
func TestOwnFeedback(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		ctx := access.SystemContext(context.Background())
		s := newServer(t, db)
		cur := db.Client.Curriculum.Create().SetName("Pelatihan Manajemen Kinerja").SetKind(career.TrainingTeknis).SetCompetency("Manajemen Kinerja").SaveX(ctx)
		m1 := db.Client.TrainingModule.Create().SetCurriculum(cur).SetTitle("Menyusun SKP").SetPosition(1).SaveX(ctx)
		db.Client.TrainingModule.Create().SetCurriculum(cur).SetTitle("Dialog kinerja").SetPosition(2).ExecX(ctx)
		tr := openTraining(t, db.Client, "Manajemen Kinerja Angkatan I", 30, 24, cur.ID)
		e := must[*ent.Enrollment](t)(db.Client.Enrollment.Create().SetEmployee(f.teachers[3]).SetTraining(tr).SetStatus("COMPLETED").Save(ctx))
		teacher := s.as(auth.RoleEmployee, f.teachers[3].ID, "")
		teacher.mustQuery(`mutation($e: ID!, $m: ID!) { giveModuleFeedback(enrollmentID: $e, moduleID: $m, rating: 4, comment: "Praktis") { id } }`,
			map[string]any{"e": e.ID, "m": m1.ID}, &struct{}{})

		const doc = `query($id: ID!) { node(id: $id) { ... on Enrollment { myFeedback { moduleID rating comment } } } }`
		type answer struct {
			Node struct {
				MyFeedback []struct {
					ModuleID pulid.ID
					Rating   int
					Comment  string
				}
			}
		}
		var own answer
		teacher.mustQuery(doc, map[string]any{"id": e.ID}, &own)
		if got := own.Node.MyFeedback; len(got) != 1 || got[0].ModuleID != m1.ID || got[0].Rating != 4 || got[0].Comment != "Praktis" {
			t.Errorf("the participant's own feedback: %+v", got)
		}
		var hr answer
		s.as(auth.RoleHR, "", f.instansi.ID).mustQuery(doc, map[string]any{"id": e.ID}, &hr)
		if len(hr.Node.MyFeedback) != 0 {
			t.Errorf("HR reads the participant's feedback on their enrolment: %+v", hr.Node.MyFeedback)
		}
	})
}

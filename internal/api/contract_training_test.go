package api_test

import (
	"context"
	"fmt"
	"sync/atomic"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// The training screens act on a training, an enrolment or a curriculum at the step before theirs.
// These helpers put one there for a contract call: an OPEN cohort of a curriculum of its own (one per
// call, so that no enrolment meets another call's), starting after the tests' today.

var contractTrainingSeq atomic.Int64

// contractCohort is a cohort with the curriculum and the modules it teaches.
type contractCohort struct {
	training   *ent.Training
	curriculum *ent.Curriculum
	modules    []*ent.TrainingModule
}

// openCohort creates a curriculum of two modules and an OPEN cohort of it with 30 seats.
func openCohort(w world) contractCohort {
	ctx := access.SystemContext(context.Background())
	n := contractTrainingSeq.Add(1)
	cur := w.client.Curriculum.Create().SetName(fmt.Sprintf("Kurikulum Kontrak %d", n)).SetKind(career.TrainingTeknis).
		SetCompetency("Manajemen kinerja").SaveX(ctx)
	modules := []*ent.TrainingModule{
		w.client.TrainingModule.Create().SetCurriculum(cur).SetTitle("Menyusun SKP").SetPosition(1).SetHoursJp(12).SaveX(ctx),
		w.client.TrainingModule.Create().SetCurriculum(cur).SetTitle("Dialog kinerja").SetPosition(2).SetHoursJp(12).SaveX(ctx),
	}
	tr := w.client.Training.Create().SetTitle(fmt.Sprintf("%s Angkatan 1", cur.Name)).SetKind(career.TrainingTeknis).
		SetCompetency("Manajemen kinerja").SetHoursJp(24).SetStartsOn(date(2026, 12, 1)).SetEndsOn(date(2026, 12, 3)).
		SetProvider("BPSDM Provinsi Jambi").SetCapacity(30).SetStatus("OPEN").SetCurriculum(cur).SaveX(ctx)
	return contractCohort{training: tr, curriculum: cur, modules: modules}
}

// enrolledIn enrols the employee in the cohort at the status; a completed enrolment has its score.
func enrolledIn(w world, c contractCohort, emp *ent.Employee, status enrollment.Status) *ent.Enrollment {
	ctx := access.SystemContext(context.Background())
	e := w.client.Enrollment.Create().SetEmployee(emp).SetTraining(c.training).SetStatus(status)
	if status == enrollment.StatusCOMPLETED {
		e.SetScore(85).SetCompletedAt(c.training.EndsOn)
	}
	w.client.Training.UpdateOne(c.training).AddSeatsTaken(1).ExecX(ctx)
	return e.SaveX(ctx)
}

// ratedCohort is a cohort in which a teacher completed and rated the first module with a comment;
// it returns the cohort and the feedback.
func ratedCohort(w world) (contractCohort, pulid.ID) {
	ctx := access.SystemContext(context.Background())
	c := openCohort(w)
	e := enrolledIn(w, c, w.teachers[30], enrollment.StatusCOMPLETED)
	f := w.client.ModuleFeedback.Create().SetEnrollment(e).SetModule(c.modules[0]).SetTraining(c.training).
		SetRating(2).SetComment("Contoh SKP guru belum ada").SaveX(ctx)
	return c, f.ID
}

func catalogueVars(me pulid.ID, where map[string]any) map[string]any {
	return map[string]any{"where": where, "orderBy": []any{map[string]any{"field": "STARTS_ON", "direction": "ASC"}},
		"first": 20, "me": me, "withMine": me != ""}
}

func myTrainingsVars(me pulid.ID) map[string]any {
	return map[string]any{"me": me, "y0": 2023, "y1": 2024, "y2": 2025, "y3": 2026, "y4": 2027}
}

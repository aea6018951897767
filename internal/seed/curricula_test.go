package seed

import (
	"context"
	"testing"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/curriculum"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/modulefeedback"
	"github.com/jenjang/jenjang/ent/training"
	"github.com/jenjang/jenjang/internal/career"
)

// checkCurricula checks what the training screens and their browser tests rely on: the curricula
// with their modules and past cohorts, feedback only from the completed participants of a cohort,
// once per module, over the whole scale and with comments; revisions citing their own curriculum's
// feedback; a cohort ahead with seats left and one nearly full; and the demo employee's completed
// cohort awaiting their feedback.
func checkCurricula(ctx context.Context, t *testing.T, c *ent.Client) {
	t.Helper()
	today := career.DateOf(reference)
	for _, cur := range c.Curriculum.Query().WithModules().WithTrainings().WithRevisions(func(q *ent.CurriculumRevisionQuery) { q.WithCites(func(q *ent.ModuleFeedbackQuery) { q.WithModule() }) }).AllX(ctx) {
		past, ahead := 0, map[int]int{} // ahead: cohorts about to start by seats left
		for _, tr := range cur.Edges.Trainings {
			switch {
			case tr.Status == training.StatusCOMPLETED:
				past++
			case tr.Status == training.StatusOPEN && tr.StartsOn.After(today.AddDate(0, 0, 14)) && tr.StartsOn.Before(today.AddDate(0, 0, 60)):
				ahead[tr.Capacity-tr.SeatsTaken]++
			}
		}
		t.Logf("%s: %d modules, %d cohorts (%d past), ahead by seats left %v", cur.Name, len(cur.Edges.Modules), len(cur.Edges.Trainings), past, ahead)
		if len(cur.Edges.Modules) < 4 || past < 2 || len(ahead) == 0 {
			t.Errorf("%s has %d modules, %d past cohorts, cohorts ahead by seats left %v", cur.Name, len(cur.Edges.Modules), past, ahead)
		}
		if len(cur.Edges.Revisions) == 0 {
			t.Errorf("%s has no revision", cur.Name)
		}
		for _, rev := range cur.Edges.Revisions {
			for _, f := range rev.Edges.Cites {
				if f.Edges.Module.CurriculumID != cur.ID || f.Rating > 2 || f.Comment == "" {
					t.Errorf("a revision of %s cites %+v", cur.Name, f)
				}
			}
		}
	}
	if n := c.Training.Query().Where(training.StatusEQ(training.StatusOPEN), training.HasCurriculum()).CountX(ctx); n < 2 {
		t.Errorf("%d open cohorts of curricula", n)
	}
	nearlyFull := c.Training.Query().Where(training.StatusEQ(training.StatusOPEN), training.HasCurriculum(), func(s *sql.Selector) {
		s.Where(sql.ExprP(s.C(training.FieldCapacity) + " - " + s.C(training.FieldSeatsTaken) + " = 1"))
	}).CountX(ctx)
	if nearlyFull == 0 {
		t.Error("no cohort with one seat left")
	}

	byRating := make([]int, 6)
	given := map[[2]string]bool{}
	for _, f := range c.ModuleFeedback.Query().WithEnrollment().WithModule().WithTraining().AllX(ctx) {
		byRating[f.Rating]++
		e := f.Edges.Enrollment
		if e.Status != enrollment.StatusCOMPLETED || e.TrainingID != f.TrainingID || f.Edges.Training.CurriculumID != f.Edges.Module.CurriculumID {
			t.Errorf("feedback %s: enrolment %s in %s, module of %s", f.ID, e.Status, f.Edges.Training.Title, f.Edges.Module.CurriculumID)
		}
		key := [2]string{string(f.EnrollmentID), string(f.ModuleID)}
		if given[key] {
			t.Errorf("two ratings of one module in enrolment %s", f.EnrollmentID)
		}
		given[key] = true
	}
	t.Logf("feedback by rating 1–5: %v", byRating[1:])
	for r := 1; r <= 5; r++ {
		if byRating[r] == 0 {
			t.Errorf("no rating %d", r)
		}
	}
	if n := c.ModuleFeedback.Query().Where(modulefeedback.CommentNEQ("")).CountX(ctx); n < 20 {
		t.Errorf("%d comments", n)
	}

	demo := c.Account.Query().Where(account.Username("pegawai")).OnlyX(ctx)
	awaiting := c.Enrollment.Query().Where(enrollment.EmployeeID(demo.EmployeeID), enrollment.StatusEQ(enrollment.StatusCOMPLETED),
		enrollment.HasTrainingWith(training.HasCurriculumWith(curriculum.KindEQ(career.TrainingTeknis))), enrollment.Not(enrollment.HasFeedback())).CountX(ctx)
	if awaiting != 1 {
		t.Errorf("the demo employee has %d completed cohorts awaiting feedback", awaiting)
	}
}

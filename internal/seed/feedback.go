package seed

import (
	"context"
	"math"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/training"
)

// createFeedback has the participants of the curriculum's past cohorts rate its modules, each module
// by about three in four of them, a third of the ratings with a comment (more of the low ones), the ratings of a module
// moving across cohorts by its trend; then records the revision that the first cohort's low ratings
// led to, citing them. The demo employee gives none: they do it in the browser.
func (g *generator) createFeedback(ctx context.Context, client *ent.Client, plan curriculumPlan, curriculum pulid.ID, modules []pulid.ID, demoEmployee pulid.ID) error {
	cohorts, err := client.Training.Query().
		Where(training.CurriculumID(curriculum), training.StatusEQ(training.StatusCOMPLETED)).
		WithEnrollments(func(q *ent.EnrollmentQuery) {
			q.Where(enrollment.StatusEQ(enrollment.StatusCOMPLETED), enrollment.EmployeeIDNEQ(demoEmployee)).Order(ent.Asc(enrollment.FieldID))
		}).
		Order(ent.Asc(training.FieldStartsOn), ent.Asc(training.FieldID)).All(ctx)
	if err != nil || len(cohorts) == 0 {
		return err
	}
	feedback := newInserter(ctx, g, client.ModuleFeedback.CreateBulk)
	var cited []pulid.ID
	for k, t := range cohorts {
		for _, e := range t.Edges.Enrollments {
			for i, m := range plan.modules {
				if !g.chance(0.75) {
					continue
				}
				id, rating := g.id("FBK"), g.rating(m.mean+m.trend*float64(k))
				f := client.ModuleFeedback.Create().SetID(id).SetEnrollmentID(e.ID).SetModuleID(modules[i]).SetTrainingID(t.ID).
					SetRating(rating).SetCreatedAt(g.officeHours(t.EndsOn.AddDate(0, 0, g.between(0, 6))))
				commenting := 0.3
				if rating <= 2 {
					commenting = 0.6 // those who rate low say why more often
				}
				if g.chance(commenting) {
					f.SetComment(pick(g, m.comments[band(rating)]))
					if k == 0 && i == plan.revision.module && rating <= 2 && len(cited) < 5 {
						cited = append(cited, id)
					}
				}
				feedback.add(f)
			}
		}
	}
	if err := feedback.close(); err != nil || len(cited) == 0 {
		return err
	}
	return client.CurriculumRevision.Create().SetID(g.id("REV")).SetCurriculumID(curriculum).
		SetChanges(plan.revision.changes).SetReason(plan.revision.reason).AddCiteIDs(cited...).
		SetCreatedAt(g.officeHours(cohorts[0].EndsOn.AddDate(0, 0, 21))).Exec(ctx)
}

// rating draws a rating from 1 to 5 around a mean.
func (g *generator) rating(mean float64) int {
	return int(min(5, max(1, math.Round(mean+0.8*g.rnd.NormFloat64()))))
}

// band is the comment list of a rating: low (1–2), middling (3) or high (4–5).
func band(rating int) int {
	switch {
	case rating <= 2:
		return 0
	case rating == 3:
		return 1
	}
	return 2
}

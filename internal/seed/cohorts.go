package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/careerevent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/predicate"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/training"
	"github.com/jenjang/jenjang/internal/career"
)

// demoProvider runs the demo's cohorts: the province's training agency, where the demo accounts work.
const demoProvider = "BPSDM Provinsi Jambi"

// cohortAhead is a cohort about to start, open for enrolment, for the staff of Pemerintah Provinsi
// Jambi that audience matches (everyone when empty).
type cohortAhead struct {
	inDays          int // days from the demo's today to its start
	capacity, taken int
	audience        []predicate.Employee
}

// catalogued is the catalogue's offering of a title.
func catalogued(title string) (trainingPlan, error) {
	for _, p := range trainingCatalogue {
		if p.title == title {
			return p, nil
		}
	}
	return trainingPlan{}, fmt.Errorf("no offering %q in the training catalogue", title)
}

// createCohortAhead adds the next cohort of a curriculum, a few weeks ahead, numbered after the
// province's earlier ones, with seats taken by its audience (never the demo employee, who enrols in
// the browser tests).
func (g *generator) createCohortAhead(ctx context.Context, client *ent.Client, plan curriculumPlan, curriculum pulid.ID, demoEmployee pulid.ID) error {
	offering, err := catalogued(plan.name)
	if err != nil {
		return err
	}
	earlier, err := client.Training.Query().Where(training.CurriculumID(curriculum), training.Provider(demoProvider)).Count(ctx)
	if err != nil {
		return err
	}
	province, err := client.OrgUnit.Query().Where(orgunit.Code("JMB-PROV")).Only(ctx)
	if err != nil {
		return err
	}
	candidates, err := client.Employee.Query().
		Where(employee.StatusEQ(employee.StatusACTIVE), employee.EmploymentTypeEQ(career.EmploymentPNS),
			employee.HasUnitWith(orgunit.PathHasPrefix(province.Path)), employee.IDNEQ(demoEmployee)).
		Where(plan.ahead.audience...).
		Order(ent.Asc(employee.FieldNip)).IDs(ctx)
	if err != nil {
		return err
	}
	shuffle(g, candidates)
	taken := min(plan.ahead.taken, len(candidates))
	starts := g.today().AddDate(0, 0, plan.ahead.inDays)
	id := g.id("TRN")
	err = client.Training.Create().SetID(id).SetTitle(fmt.Sprintf("%s Angkatan %d", plan.name, earlier+1)).
		SetKind(plan.kind).SetCompetency(offering.competency).SetHoursJp(offering.hours).
		SetStartsOn(starts).SetEndsOn(starts.AddDate(0, 0, max(1, offering.hours/8)-1)).
		SetProvider(demoProvider).SetCapacity(plan.ahead.capacity).SetSeatsTaken(taken).
		SetStatus(training.StatusOPEN).SetCurriculumID(curriculum).SetDescription(plan.description).Exec(ctx)
	if err != nil {
		return err
	}
	enrollments := make([]*ent.EnrollmentCreate, taken)
	for i, who := range candidates[:taken] {
		enrollments[i] = client.Enrollment.Create().SetID(g.id("ENR")).SetEmployeeID(who).SetTrainingID(id).SetNominated(g.chance(0.4))
	}
	return client.Enrollment.CreateBulk(enrollments...).Exec(ctx)
}

// completeForDemoEmployee makes sure the demo employee completed a past cohort of the curriculum in
// the province, so that they have feedback to give: their completed enrolment if they have one,
// else a seat in the latest cohort of an earlier year with one left (this year's JP stay for the
// browser tests to move over 20), completed with its career event.
func (g *generator) completeForDemoEmployee(ctx context.Context, client *ent.Client, curriculum, demoEmployee pulid.ID) error {
	cohorts, err := client.Training.Query().
		Where(training.CurriculumID(curriculum), training.Provider(demoProvider), training.StatusEQ(training.StatusCOMPLETED),
			training.EndsOnLT(g.census())).
		WithEnrollments(func(q *ent.EnrollmentQuery) { q.Where(enrollment.EmployeeID(demoEmployee)) }).
		Order(ent.Desc(training.FieldStartsOn)).All(ctx)
	if err != nil {
		return err
	}
	for _, t := range cohorts {
		if len(t.Edges.Enrollments) > 0 {
			if t.Edges.Enrollments[0].Status == enrollment.StatusCOMPLETED {
				return nil
			}
			continue
		}
		if t.SeatsTaken >= t.Capacity {
			continue
		}
		y, m, d := t.EndsOn.Date()
		err := client.Enrollment.Create().SetID(g.id("ENR")).SetEmployeeID(demoEmployee).SetTrainingID(t.ID).
			SetStatus(enrollment.StatusCOMPLETED).SetScore(float64(g.between(78, 90))).
			SetCompletedAt(time.Date(y, m, d, 16, 0, 0, 0, career.WIB)).Exec(ctx)
		if err != nil {
			return err
		}
		if err := client.Training.UpdateOne(t).AddSeatsTaken(1).Exec(ctx); err != nil {
			return err
		}
		return client.CareerEvent.Create().SetID(g.id("CEV")).SetEmployeeID(demoEmployee).SetKind(careerevent.KindTRAINING_COMPLETED).
			SetEffectiveDate(t.EndsOn).SetToValue(t.Title).SetReason(fmt.Sprintf("%d JP, %s", t.HoursJp, t.Provider)).
			SetDecreeNumber(fmt.Sprintf("STTPL/%d/%s/%d", g.between(100, 9999), t.Kind, y)).Exec(ctx)
	}
	return fmt.Errorf("no completed cohort of %s in the province with a seat for the demo employee", curriculum)
}

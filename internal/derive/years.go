package derive

import (
	"context"
	"maps"
	"slices"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/ent/hook"
	"github.com/jenjang/jenjang/ent/potentialassessment"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/training"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/tally"
)

// PotentialYears keeps the 9-box placement of the employees whose potential assessments change.
var PotentialYears ent.Hook = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.PotentialAssessmentFunc(func(ctx context.Context, m *ent.PotentialAssessmentMutation) (ent.Value, error) {
		return refreshAround(ctx, m, next, func(ctx context.Context, ids []pulid.ID) ([]string, error) {
			return m.Client().PotentialAssessment.Query().Where(potentialassessment.IDIn(ids...)).Unique(true).Select(potentialassessment.FieldEmployeeID).Strings(ctx)
		})
	})
}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne)

// EnrollmentYears keeps the JP completed of the employees whose enrolments change.
var EnrollmentYears ent.Hook = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.EnrollmentFunc(func(ctx context.Context, m *ent.EnrollmentMutation) (ent.Value, error) {
		return refreshAround(ctx, m, next, func(ctx context.Context, ids []pulid.ID) ([]string, error) {
			return m.Client().Enrollment.Query().Where(enrollment.IDIn(ids...)).Unique(true).Select(enrollment.FieldEmployeeID).Strings(ctx)
		})
	})
}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne)

type yearsMutation interface {
	ent.Mutation
	Client() *ent.Client
	IDs(context.Context) ([]pulid.ID, error)
}

// refreshAround runs the mutation and then recomputes the yearly figures of every employee whose
// records it touched, before and after (an update may move a record to another employee), and their
// tallies.
func refreshAround(ctx context.Context, m yearsMutation, next ent.Mutator, employeesOf func(context.Context, []pulid.ID) ([]string, error)) (ent.Value, error) {
	if bulk(ctx) {
		return next.Mutate(ctx, m)
	}
	allow := access.Allow(ctx)
	affected := map[pulid.ID]bool{}
	if v, ok := m.Field("employee_id"); ok {
		affected[v.(pulid.ID)] = true
	}
	if !m.Op().Is(ent.OpCreate) {
		ids, err := m.IDs(allow)
		if err != nil {
			return nil, err
		}
		before, err := employeesOf(allow, ids)
		if err != nil {
			return nil, err
		}
		for _, id := range before {
			affected[pulid.ID(id)] = true
		}
	}
	employees := slices.Collect(maps.Keys(affected))
	var v ent.Value
	err := tally.Touch(ctx, m.Client(), employees, func(ctx context.Context) error {
		var err error
		if v, err = next.Mutate(ctx, m); err != nil {
			return err
		}
		return RefreshYears(access.Allow(ctx), m.Client(), employees...)
	})
	return v, err
}

type bulkKey struct{}

// Bulk marks the writes of a bulk load: the yearly figures are not refreshed record by record, and
// the load calls RebuildYears once at its end.
func Bulk(ctx context.Context) context.Context { return context.WithValue(ctx, bulkKey{}, true) }

func bulk(ctx context.Context) bool {
	v, _ := ctx.Value(bulkKey{}).(bool)
	return v
}

// RebuildYears recomputes the EmployeeYear rows of every employee, a batch of employees at a time with
// three reads per batch: the bulk path of RefreshYears.
func RebuildYears(ctx context.Context, client *ent.Client) error {
	ctx = access.Allow(ctx)
	const batch = 1000
	var after pulid.ID
	for {
		ids, err := client.Employee.Query().Where(employee.IDGT(after)).Order(ent.Asc(employee.FieldID)).Limit(batch).IDs(ctx)
		if err != nil || len(ids) == 0 {
			return err
		}
		after = ids[len(ids)-1]
		records, err := yearRecords(ctx, client, ids)
		if err != nil {
			return err
		}
		if _, err := client.EmployeeYear.Delete().Where(employeeyear.EmployeeIDIn(ids...)).Exec(ctx); err != nil {
			return err
		}
		var builders []*ent.EmployeeYearCreate
		for _, id := range ids {
			builders = append(builders, yearBuilders(client, id, career.Years(records[id]))...)
		}
		for chunk := range slices.Chunk(builders, batch) {
			if err := client.EmployeeYear.CreateBulk(chunk...).Exec(ctx); err != nil {
				return err
			}
		}
	}
}

// RefreshYears recomputes the EmployeeYear rows of the employees from their final annual evaluations,
// potential assessments and completed enrolments, with the rules of internal/career.
func RefreshYears(ctx context.Context, client *ent.Client, employees ...pulid.ID) error {
	if bulk(ctx) || len(employees) == 0 {
		return nil
	}
	ctx = access.Allow(ctx)
	// Two refreshes of one employee at once (an SKP saved while HR nominates the same person for a
	// training) would each delete the rows, and the second, not seeing what the first inserted, would
	// insert them again against the unique index: they take turns.
	if err := tally.Lock(ctx, client, employees); err != nil {
		return err
	}
	records, err := yearRecords(ctx, client, employees)
	if err != nil {
		return err
	}
	if _, err := client.EmployeeYear.Delete().Where(employeeyear.EmployeeIDIn(employees...)).Exec(ctx); err != nil {
		return err
	}
	var builders []*ent.EmployeeYearCreate
	for _, id := range employees {
		builders = append(builders, yearBuilders(client, id, career.Years(records[id]))...)
	}
	return client.EmployeeYear.CreateBulk(builders...).Exec(ctx)
}

func yearBuilders(client *ent.Client, id pulid.ID, years []career.YearFigures) []*ent.EmployeeYearCreate {
	out := make([]*ent.EmployeeYearCreate, len(years))
	for i, y := range years {
		out[i] = client.EmployeeYear.Create().
			SetEmployeeID(id).SetYear(y.Year).
			SetNillablePredikat(y.Predikat).SetNillablePerformance(y.Performance).SetNillablePotential(y.Potential).
			SetNillableTalentBox(y.TalentBox).SetJpCompleted(y.JP)
	}
	return out
}

// yearRecords reads, with three queries, the records the yearly figures of the employees come from.
func yearRecords(ctx context.Context, client *ent.Client, ids []pulid.ID) (map[pulid.ID]career.YearRecords, error) {
	out := make(map[pulid.ID]career.YearRecords, len(ids))
	of := func(id pulid.ID) career.YearRecords {
		r, ok := out[id]
		if !ok {
			r = career.YearRecords{Predikat: map[int]career.Predikat{}, Potential: map[int]career.PotentialLevel{}, JP: map[int]int{}}
			out[id] = r
		}
		return r
	}
	evals, err := client.Evaluation.Query().
		Where(evaluation.EmployeeIDIn(ids...), evaluation.PeriodEQ(career.PeriodAnnual), evaluation.StatusEQ(career.EvalFinal), evaluation.PredikatNotNil()).
		Select(evaluation.FieldEmployeeID, evaluation.FieldYear, evaluation.FieldPredikat).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, e := range evals {
		of(e.EmployeeID).Predikat[e.Year] = *e.Predikat
	}
	potentials, err := client.PotentialAssessment.Query().Where(potentialassessment.EmployeeIDIn(ids...)).
		Select(potentialassessment.FieldEmployeeID, potentialassessment.FieldYear, potentialassessment.FieldLevel).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, p := range potentials {
		of(p.EmployeeID).Potential[p.Year] = p.Level
	}
	completed, err := client.Enrollment.Query().
		Where(enrollment.EmployeeIDIn(ids...), enrollment.StatusEQ(enrollment.StatusCOMPLETED)).
		WithTraining(func(q *ent.TrainingQuery) { q.Select(training.FieldHoursJp, training.FieldEndsOn) }).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, e := range completed {
		if t := e.Edges.Training; t != nil {
			day := t.EndsOn
			if e.CompletedAt != nil {
				day = *e.CompletedAt
			}
			of(e.EmployeeID).JP[career.DateOf(day).Year()] += t.HoursJp
		}
	}
	return out, nil
}

// TrainingYears keeps the JP completed of a training's graduates when its hours change.
var TrainingYears ent.Hook = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.TrainingFunc(func(ctx context.Context, m *ent.TrainingMutation) (ent.Value, error) {
		if !touches(m, []string{training.FieldHoursJp, training.FieldEndsOn}) {
			return next.Mutate(ctx, m)
		}
		return refreshAround(ctx, m, next, func(ctx context.Context, ids []pulid.ID) ([]string, error) {
			return m.Client().Enrollment.Query().
				Where(enrollment.TrainingIDIn(ids...), enrollment.StatusEQ(enrollment.StatusCOMPLETED)).
				Unique(true).Select(enrollment.FieldEmployeeID).Strings(ctx)
		})
	})
}, ent.OpUpdate|ent.OpUpdateOne)

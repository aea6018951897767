package derive

import (
	"context"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/ent/hook"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// EvaluationPredikat writes an evaluation's predikat from its two ratings (the PermenPANRB 6/2022
// matrix) and keeps the employee's latest_predikat equal to the predikat of the latest final annual
// evaluation.
var EvaluationPredikat ent.Hook = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.EvaluationFunc(func(ctx context.Context, m *ent.EvaluationMutation) (ent.Value, error) {
		ratings := []string{evaluation.FieldWorkResult, evaluation.FieldWorkBehavior}
		if touches(m, ratings) {
			if m.Op().Is(ent.OpUpdate) {
				return nil, oneAtATime("evaluation", touched(m, ratings)...)
			}
			if err := setPredikat(ctx, m); err != nil {
				return nil, err
			}
		} else if m.Op().Is(ent.OpCreate) {
			m.ClearPredikat()
		}
		affected, err := affectedEmployees(ctx, m)
		if err != nil {
			return nil, err
		}
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return nil, err
		}
		for _, id := range affected {
			if err := refreshLatestPredikat(ctx, m.Client(), id); err != nil {
				return nil, err
			}
		}
		return v, RefreshYears(ctx, m.Client(), affected...)
	})
}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)

func setPredikat(ctx context.Context, m *ent.EvaluationMutation) error {
	result, resultSet := m.WorkResult()
	behavior, behaviorSet := m.WorkBehavior()
	if m.Op().Is(ent.OpUpdateOne) {
		if !resultSet && !m.WorkResultCleared() {
			old, err := m.OldWorkResult(ctx)
			if err != nil {
				return err
			}
			if old != nil {
				result, resultSet = *old, true
			}
		}
		if !behaviorSet && !m.WorkBehaviorCleared() {
			old, err := m.OldWorkBehavior(ctx)
			if err != nil {
				return err
			}
			if old != nil {
				behavior, behaviorSet = *old, true
			}
		}
	}
	if !resultSet || !behaviorSet {
		m.ClearPredikat()
		return nil
	}
	p, ok := career.PredikatFor(result, behavior)
	if !ok {
		return &career.FieldError{Field: evaluation.FieldWorkResult, Message: "unknown rating"}
	}
	m.SetPredikat(p)
	return nil
}

// affectedEmployees lists the employees whose latest predikat the mutation may change: those of annual
// evaluations whose status, ratings or year change.
func affectedEmployees(ctx context.Context, m *ent.EvaluationMutation) ([]pulid.ID, error) {
	relevant := []string{evaluation.FieldStatus, evaluation.FieldWorkResult, evaluation.FieldWorkBehavior, evaluation.FieldYear, evaluation.FieldPeriod}
	if !touches(m, relevant) {
		return nil, nil
	}
	if m.Op().Is(ent.OpCreate) {
		period, _ := m.Period()
		status, _ := m.Status()
		id, _ := m.EmployeeID()
		if period != career.PeriodAnnual || status != career.EvalFinal {
			return nil, nil
		}
		return []pulid.ID{id}, nil
	}
	if m.Op().Is(ent.OpUpdateOne) {
		// The stored row is already loaded when the ratings changed; OldEmployeeID reuses it.
		id, err := m.OldEmployeeID(ctx)
		return []pulid.ID{id}, err
	}
	ids, err := m.IDs(ctx)
	if err != nil {
		return nil, err
	}
	employees, err := m.Client().Evaluation.Query().
		Where(evaluation.IDIn(ids...)).
		Unique(true).
		Select(evaluation.FieldEmployeeID).
		Strings(ctx)
	out := make([]pulid.ID, len(employees))
	for i, id := range employees {
		out[i] = pulid.ID(id)
	}
	return out, err
}

// refreshLatestPredikat is a derived write: whoever changed the evaluation may not be allowed to
// change the employee, but the stored column must follow.
func refreshLatestPredikat(ctx context.Context, client *ent.Client, employeeID pulid.ID) error {
	ctx = access.Allow(ctx)
	latest, err := client.Evaluation.Query().
		Where(
			evaluation.EmployeeID(employeeID),
			evaluation.PeriodEQ(career.PeriodAnnual),
			evaluation.StatusEQ(career.EvalFinal),
			evaluation.PredikatNotNil(),
		).
		Order(ent.Desc(evaluation.FieldYear)).
		First(ctx)
	update := client.Employee.Update().Where(employee.ID(employeeID))
	switch {
	case ent.IsNotFound(err):
		update.ClearLatestPredikat()
	case err != nil:
		return err
	default:
		update.SetLatestPredikat(*latest.Predikat)
	}
	return update.Exec(ctx)
}

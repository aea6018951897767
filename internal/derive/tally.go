package derive

import (
	"context"
	"slices"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/tally"
)

// The tally hooks keep the dashboards' running counts (internal/tally) in the transaction of every
// write that changes what they count. Each one names the employees a write touches; tally.Touch
// does the rest.

// EmployeeTallies: an employee created, deleted, or changed in what the tallies count.
var EmployeeTallies = tallied(
	[]string{employee.FieldUnitID, employee.FieldRank, employee.FieldPppkGrade, employee.FieldRankOrder, employee.FieldRankSince,
		employee.FieldEmploymentType, employee.FieldEducation, employee.FieldGender, employee.FieldPositionID,
		employee.FieldStatus, employee.FieldBirthDate, employee.FieldRetirementDate},
	func(ctx context.Context, m *ent.EmployeeMutation) ([]pulid.ID, error) {
		if id, ok := m.ID(); ok {
			return []pulid.ID{id}, nil
		}
		return m.IDs(ctx)
	})

// EvaluationTallies: an evaluation whose predikat, period, year, status or employee may change.
var EvaluationTallies = tallied(
	[]string{evaluation.FieldWorkResult, evaluation.FieldWorkBehavior, evaluation.FieldPredikat, evaluation.FieldStatus,
		evaluation.FieldYear, evaluation.FieldPeriod, evaluation.FieldEmployeeID},
	func(ctx context.Context, m *ent.EvaluationMutation) ([]pulid.ID, error) {
		var out []pulid.ID
		if id, ok := m.EmployeeID(); ok {
			out = append(out, id)
		}
		if m.Op().Is(ent.OpCreate) {
			return out, nil
		}
		ids, err := m.IDs(ctx)
		if err != nil {
			return nil, err
		}
		before, err := m.Client().Evaluation.Query().Where(evaluation.IDIn(ids...)).Unique(true).Select(evaluation.FieldEmployeeID).Strings(ctx)
		return append(out, typed(before)...), err
	})

// PositionTallies: a post whose kind changes moves its holders to another bucket (and, through their
// retirement age, another retirement year).
var PositionTallies = tallied(
	[]string{position.FieldKind, position.FieldFunctionalLevel},
	func(ctx context.Context, m *ent.PositionMutation) ([]pulid.ID, error) {
		if m.Op().Is(ent.OpCreate) {
			return nil, nil
		}
		ids, err := m.IDs(ctx)
		if err != nil {
			return nil, err
		}
		return m.Client().Employee.Query().Where(employee.PositionIDIn(ids...)).IDs(ctx)
	})

// OrgUnitTallies: a unit moved to another parent takes its whole subtree's employees to other
// ancestors.
var OrgUnitTallies = tallied(
	[]string{orgunit.FieldParentID},
	func(ctx context.Context, m *ent.OrgUnitMutation) ([]pulid.ID, error) {
		if m.Op().Is(ent.OpCreate) {
			return nil, nil
		}
		ids, err := m.IDs(ctx)
		if err != nil {
			return nil, err
		}
		paths, err := m.Client().OrgUnit.Query().Where(orgunit.IDIn(ids...)).Select(orgunit.FieldPath).Strings(ctx)
		if err != nil {
			return nil, err
		}
		var out []pulid.ID
		for _, p := range paths {
			within, err := m.Client().Employee.Query().Where(employee.HasUnitWith(orgunit.PathHasPrefix(p))).IDs(ctx)
			if err != nil {
				return nil, err
			}
			out = append(out, within...)
		}
		return out, nil
	})

type tallyMutation interface {
	ent.Mutation
	Client() *ent.Client
}

// tallied is a hook that keeps the tallies of the employees a write touches (named by employees),
// when it creates or deletes rows or changes one of the relevant fields.
func tallied[M tallyMutation](relevant []string, employees func(context.Context, M) ([]pulid.ID, error)) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, mutation ent.Mutation) (ent.Value, error) {
			m, ok := mutation.(M)
			if !ok || bulk(ctx) || !(m.Op().Is(ent.OpCreate|ent.OpDelete|ent.OpDeleteOne) || touches(m, relevant) || cleared(m, relevant)) {
				return next.Mutate(ctx, mutation)
			}
			// The employees behind a record are counted whoever may read them.
			ids, err := employees(access.Allow(ctx), m)
			if err != nil {
				return nil, err
			}
			var v ent.Value
			err = tally.Touch(ctx, m.Client(), ids, func(ctx context.Context) error {
				var err error
				v, err = next.Mutate(ctx, mutation)
				return err
			})
			return v, err
		})
	}
}

// cleared reports whether the mutation clears one of the fields.
func cleared(m ent.Mutation, fields []string) bool {
	return slices.ContainsFunc(fields, m.FieldCleared)
}

func typed(ids []string) []pulid.ID {
	out := make([]pulid.ID, len(ids))
	for i, id := range ids {
		out[i] = pulid.ID(id)
	}
	return out
}

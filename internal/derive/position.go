package derive

import (
	"context"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/hook"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// PositionHolders recomputes the retirement dates of a post's holders when its kind or functional level
// changes, because the retirement age follows the post.
var PositionHolders ent.Hook = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.PositionFunc(func(ctx context.Context, m *ent.PositionMutation) (ent.Value, error) {
		fields := []string{position.FieldKind, position.FieldFunctionalLevel}
		if !touches(m, fields) {
			return next.Mutate(ctx, m)
		}
		if m.Op().Is(ent.OpUpdate) {
			return nil, oneAtATime("position", touched(m, fields)...)
		}
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return nil, err
		}
		// Holders' retirement dates are derived: they follow the post whoever changed it.
		ctx = access.Allow(ctx)
		p := v.(*ent.Position)
		var level career.FunctionalLevel
		if p.FunctionalLevel != nil {
			level = *p.FunctionalLevel
		}
		holders, err := m.Client().Employee.Query().
			Where(employee.PositionID(p.ID)).
			Select(employee.FieldID, employee.FieldBirthDate).
			All(ctx)
		if err != nil {
			return nil, err
		}
		for _, h := range holders {
			err := m.Client().Employee.Update().
				Where(employee.ID(h.ID)).
				SetRetirementDate(career.RetirementDate(h.BirthDate, p.Kind, level)).
				Exec(ctx)
			if err != nil {
				return nil, err
			}
		}
		return v, nil
	})
}, ent.OpUpdate|ent.OpUpdateOne)

// PositionQuota refuses a quota below one seat or below the post's current holders (career.CheckQuota).
var PositionQuota ent.Hook = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.PositionFunc(func(ctx context.Context, m *ent.PositionMutation) (ent.Value, error) {
		quota, ok := m.Quota()
		if !ok {
			return next.Mutate(ctx, m)
		}
		if m.Op().Is(ent.OpUpdate) {
			return nil, oneAtATime("position", position.FieldQuota)
		}
		holders := 0
		if id, ok := m.ID(); ok && m.Op().Is(ent.OpUpdateOne) {
			// Counted whoever may read the holders: the seats are the post's, not the viewer's.
			n, err := m.Client().Employee.Query().Where(employee.PositionID(id)).Count(access.Allow(ctx))
			if err != nil {
				return nil, err
			}
			holders = n
		}
		if err := career.CheckQuota(quota, holders); err != nil {
			return nil, err
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)

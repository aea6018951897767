package appraisal

import (
	"context"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/career"
)

// FinalizeLapsed makes final every assessment whose objection window has passed without an answer,
// each in a transaction of its own, and returns how many it finalized. It is idempotent and safe to
// run on several servers at once: each evaluation moves only from ASSESSED under the version read, so
// exactly one run finalizes it and opens its coaching plan.
func (s Service) FinalizeLapsed(ctx context.Context) (int, error) {
	ctx = audit.WithAction(access.SystemContext(ctx), "finalizeLapsedEvaluation")
	now := s.Now()
	// Every deadline is at least ObjectionWindowDays after the assessment: those assessed since then
	// cannot have lapsed, and the rule decides for the others.
	candidates, err := s.Client.Evaluation.Query().
		Where(evaluation.StatusEQ(career.EvalAssessed), evaluation.AssessedAtLT(now.AddDate(0, 0, -career.ObjectionWindowDays))).
		All(ctx)
	if err != nil {
		return 0, err
	}
	done := 0
	for _, ev := range candidates {
		if _, err := career.CheckAppraisalStep(career.StepLapse, ev.Status, career.AppraisalParties{}, ev.AssessedAt, "", now); err != nil {
			continue
		}
		finalized, err := s.finalizeLapsed(ctx, ev, now)
		if err != nil {
			return done, err
		}
		if finalized {
			done++
		}
	}
	return done, nil
}

func (s Service) finalizeLapsed(ctx context.Context, ev *ent.Evaluation, now time.Time) (bool, error) {
	tx, err := s.Client.Tx(ctx)
	if err != nil {
		return false, err
	}
	ctx = ent.NewTxContext(ctx, tx)
	saved, err := tx.Evaluation.UpdateOneID(ev.ID).
		Where(evaluation.StatusEQ(career.EvalAssessed), evaluation.Version(ev.Version)).
		SetStatus(career.EvalFinal).SetFinalizedAt(now).SetVersion(ev.Version + 1).
		Save(ctx)
	if ent.IsNotFound(err) {
		// Another server, or the employee, got there first.
		return false, tx.Rollback()
	}
	if err == nil {
		err = openCoachingPlan(ctx, tx.Client(), saved)
	}
	if err != nil {
		_ = tx.Rollback()
		return false, err
	}
	return true, tx.Commit()
}

// Tick runs FinalizeLapsed every interval until the context ends, reporting errors to report.
func (s Service) Tick(ctx context.Context, interval time.Duration, report func(error)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, err := s.FinalizeLapsed(ctx); err != nil && ctx.Err() == nil {
			report(err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

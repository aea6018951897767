package api_test

import (
	"context"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// The appraisal screens send each workflow step to an evaluation at the step before it. These helpers
// put one there for a contract call: a teacher's evaluation (a period of its own, so that no two calls
// meet) assessed by the teacher's supervisor, the contract's SUPERVISOR.

var contractPlans = []career.WorkPlan{{Title: "Pembelajaran kelas X", Kind: career.WorkPlanMain,
	Indicators: []career.Indicator{{Name: "Ketuntasan belajar", Target: "85%"}}}}

// evaluationAt creates an evaluation of the employee for the year and period at the status, with what
// that status implies (ratings and the assessment time once assessed, an objection once objected).
func evaluationAt(w world, emp *ent.Employee, year int, period career.EvaluationPeriod, status career.EvaluationStatus) *ent.Evaluation {
	ctx := access.SystemContext(context.Background())
	c := w.client.Evaluation.Create().SetEmployee(emp).SetYear(year).SetPeriod(period).SetStatus(status).SetWorkPlans(contractPlans)
	if emp.SupervisorID != "" {
		c.SetEvaluatorID(emp.SupervisorID)
	}
	if status != career.EvalDraft {
		c.SetSubmittedAt(today)
	}
	if status == career.EvalAssessed || status == career.EvalObjected || status == career.EvalFinal {
		c.SetWorkResult(career.RatingBelow).SetWorkBehavior(career.RatingMeets).SetAssessedAt(today)
	}
	if status == career.EvalObjected {
		c.SetObjectionReason("Target ketuntasan tercapai, bukti terlampir").SetObjectedAt(today)
	}
	return c.SaveX(ctx)
}

// stepVars is the variables of a workflow mutation on the evaluation: its ID and the version read, and more.
func stepVars(ev *ent.Evaluation, more map[string]any) map[string]any {
	vars := map[string]any{"id": ev.ID, "version": ev.Version}
	for k, v := range more {
		vars[k] = v
	}
	return vars
}

// coachingPlanFor creates the coaching plan of a final evaluation below BAIK, with the employee's
// supervisor responsible.
func coachingPlanFor(w world, emp *ent.Employee, year int) pulid.ID {
	ctx := access.SystemContext(context.Background())
	ev := evaluationAt(w, emp, year, career.PeriodAnnual, career.EvalFinal)
	plan := w.client.CoachingPlan.Create().SetEvaluation(ev).SetEmployee(emp).SetCoachID(emp.SupervisorID).SaveX(ctx)
	return plan.ID
}

// assessedBySubordinate creates an objection for the contract's SUPERVISOR to decide: a teacher
// assessed by another teacher whom the supervisor heads.
func assessedBySubordinate(w world) *ent.Evaluation {
	ctx := access.SystemContext(context.Background())
	assessor, assessed := w.teachers[21], w.teachers[20]
	assessed = w.client.Employee.UpdateOne(assessed).SetSupervisor(assessor).SaveX(ctx)
	return evaluationAt(w, assessed, 2026, career.PeriodAnnual, career.EvalObjected)
}

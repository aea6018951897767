// Package appraisal runs the performance appraisal workflow (SKP): each step checks, with the rules of
// internal/career, that the viewer is the person whose step it is and that the evaluation is where the
// step starts, then writes it in the request's transaction under the version the client read. The
// privacy rules still decide what the viewer may read; the writes themselves are allowed here, because
// the workflow is a finer rule than "may edit evaluations in scope".
package appraisal

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/coachingplan"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
)

// Service runs the workflow over one database.
type Service struct {
	Client *ent.Client
	Now    func() time.Time
}

// NoteInput is a note on one BerAKHLAK value.
type NoteInput struct {
	Value career.BerakhlakValue
	Note  string
}

// SaveInput is what the employee fills in a draft.
type SaveInput struct {
	WorkPlans []career.WorkPlan
	SelfNotes []NoteInput
}

// AssessInput is the assessor's ratings and notes.
type AssessInput struct {
	WorkResult, WorkBehavior career.Rating
	AssessorNotes            []NoteInput
	CoachingNote             *string
}

// DecideInput is the decision on an objection.
type DecideInput struct {
	WorkResult, WorkBehavior career.Rating
	Reason                   string
}

// AssessPayload is an assessment and the calibration of the unit after it.
type AssessPayload struct {
	Evaluation  *ent.Evaluation
	Calibration *Calibration
}

// client is the request's transaction when there is one.
func (s Service) client(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return s.Client
}

// Start creates the viewer's own draft for a year and period.
func (s Service) Start(ctx context.Context, year int, period career.EvaluationPeriod) (*ent.Evaluation, error) {
	v := auth.FromContext(ctx)
	if v == nil || v.EmployeeID == "" {
		return nil, &career.AppraisalError{Forbidden: true, Message: "hanya akun yang terhubung dengan data pegawai yang dapat memulai penilaian kinerja"}
	}
	if now := career.DateOf(s.Now()).Year(); year < now-1 || year > now {
		return nil, &career.FieldError{Field: "year", Message: fmt.Sprintf("penilaian dapat dimulai untuk tahun %d atau %d", now-1, now)}
	}
	client := s.client(ctx)
	exists, err := client.Evaluation.Query().Where(evaluation.EmployeeID(v.EmployeeID), evaluation.Year(year), evaluation.PeriodEQ(period)).Exist(access.Allow(ctx))
	if err != nil {
		return nil, err
	}
	if exists {
		return nil, &career.FieldError{Field: "period", Message: fmt.Sprintf("penilaian %s %d Anda sudah ada", period, year)}
	}
	return client.Evaluation.Create().SetEmployeeID(v.EmployeeID).SetYear(year).SetPeriod(period).SetStatus(career.EvalDraft).
		Save(access.Allow(audit.WithAction(ctx, "startEvaluation")))
}

// Save replaces the work plans and self-notes of the viewer's own draft.
func (s Service) Save(ctx context.Context, id pulid.ID, version int, in SaveInput) (*ent.Evaluation, error) {
	if err := checkWorkPlans(in.WorkPlans); err != nil {
		return nil, err
	}
	if err := checkNotes("selfNotes", in.SelfNotes); err != nil {
		return nil, err
	}
	return s.step(ctx, "saveEvaluation", id, version, career.StepSave, "", func(u *ent.EvaluationUpdateOne, ev *ent.Evaluation) {
		u.SetWorkPlans(in.WorkPlans).SetBehaviorNotes(mergeNotes(ev.BehaviorNotes, in.SelfNotes, false))
	})
}

// Submit hands the viewer's own draft to the direct supervisor, who becomes its assessor.
func (s Service) Submit(ctx context.Context, id pulid.ID, version int) (*ent.Evaluation, error) {
	return s.step(ctx, "submitEvaluation", id, version, career.StepSubmit, "", func(u *ent.EvaluationUpdateOne, ev *ent.Evaluation) {
		u.SetSubmittedAt(s.Now())
	}, requireWorkPlans)
}

// Assess rates a submitted evaluation and returns it with the unit's calibration after it: breaking a
// cap is a warning for the assessor, not a refusal.
func (s Service) Assess(ctx context.Context, id pulid.ID, version int, in AssessInput) (*AssessPayload, error) {
	if err := checkNotes("assessorNotes", in.AssessorNotes); err != nil {
		return nil, err
	}
	viewer := auth.FromContext(ctx)
	ev, err := s.step(ctx, "assessEvaluation", id, version, career.StepAssess, "", func(u *ent.EvaluationUpdateOne, ev *ent.Evaluation) {
		u.SetWorkResult(in.WorkResult).SetWorkBehavior(in.WorkBehavior).SetAssessedAt(s.Now()).
			SetEvaluatorID(viewer.EmployeeID).SetBehaviorNotes(mergeNotes(ev.BehaviorNotes, in.AssessorNotes, true))
		if in.CoachingNote != nil {
			u.SetCoachingNote(strings.TrimSpace(*in.CoachingNote))
		}
	})
	if err != nil {
		return nil, err
	}
	calibration, err := s.calibration(ctx, ev, nil)
	if err != nil {
		return nil, err
	}
	return &AssessPayload{Evaluation: ev, Calibration: calibration}, nil
}

// Accept makes the assessment of the viewer's own evaluation final.
func (s Service) Accept(ctx context.Context, id pulid.ID, version int) (*ent.Evaluation, error) {
	return s.step(ctx, "acceptEvaluation", id, version, career.StepAccept, "", func(u *ent.EvaluationUpdateOne, _ *ent.Evaluation) {
		u.SetFinalizedAt(s.Now())
	})
}

// Object records the viewer's objection to the assessment of their own evaluation.
func (s Service) Object(ctx context.Context, id pulid.ID, version int, reason string) (*ent.Evaluation, error) {
	return s.step(ctx, "objectToEvaluation", id, version, career.StepObject, reason, func(u *ent.EvaluationUpdateOne, _ *ent.Evaluation) {
		u.SetObjectionReason(strings.TrimSpace(reason)).SetObjectedAt(s.Now())
	})
}

// Decide records the decision of the assessor's superior on an objection, which makes the evaluation
// final with the ratings decided.
func (s Service) Decide(ctx context.Context, id pulid.ID, version int, in DecideInput) (*ent.Evaluation, error) {
	viewer := auth.FromContext(ctx)
	return s.step(ctx, "decideObjection", id, version, career.StepDecide, in.Reason, func(u *ent.EvaluationUpdateOne, _ *ent.Evaluation) {
		now := s.Now()
		u.SetWorkResult(in.WorkResult).SetWorkBehavior(in.WorkBehavior).SetDecisionReason(strings.TrimSpace(in.Reason)).
			SetDecidedByID(viewer.EmployeeID).SetDecidedAt(now).SetFinalizedAt(now)
	})
}

// step takes one step of the workflow on an evaluation the viewer can read: it checks the rules, writes
// the step's fields with the status it leads to under the version the client read, and, when the
// evaluation becomes final, opens its coaching plan. checks run on the stored evaluation before the
// write.
func (s Service) step(ctx context.Context, action string, id pulid.ID, version int, step career.AppraisalStep, reasons string,
	set func(*ent.EvaluationUpdateOne, *ent.Evaluation), checks ...func(*ent.Evaluation) error) (*ent.Evaluation, error) {
	client := s.client(ctx)
	ev, err := client.Evaluation.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if ev.Version != version {
		return nil, stale(ev)
	}
	parties, err := s.parties(ctx, client, ev)
	if err != nil {
		return nil, err
	}
	to, err := career.CheckAppraisalStep(step, ev.Status, parties, ev.AssessedAt, reasons, s.Now())
	if err != nil {
		return nil, err
	}
	for _, check := range checks {
		if err := check(ev); err != nil {
			return nil, err
		}
	}
	write := access.Allow(audit.WithAction(ctx, action))
	u := client.Evaluation.UpdateOneID(id).Where(evaluation.Version(version)).SetVersion(version + 1).SetStatus(to)
	if step == career.StepSubmit && parties.Supervisor != "" {
		u.SetEvaluatorID(pulid.ID(parties.Supervisor))
	}
	set(u, ev)
	saved, err := u.Save(write)
	if ent.IsNotFound(err) {
		return nil, stale(ev)
	}
	if err != nil {
		return nil, err
	}
	if to == career.EvalFinal {
		if err := openCoachingPlan(write, client, saved); err != nil {
			return nil, err
		}
	}
	return saved, nil
}

func stale(ev *ent.Evaluation) error {
	return &career.ConflictError{Message: fmt.Sprintf("penilaian ini telah diubah orang lain (versi %d); muat ulang lalu ulangi langkah Anda", ev.Version)}
}

// parties reads who stands around the evaluation: the employee's direct supervisor, and the assessor's
// own superior. They are read whatever the viewer may see of them: only their IDs are used.
func (s Service) parties(ctx context.Context, client *ent.Client, ev *ent.Evaluation) (career.AppraisalParties, error) {
	p := career.AppraisalParties{Employee: string(ev.EmployeeID)}
	if v := auth.FromContext(ctx); v != nil {
		p.Viewer = string(v.EmployeeID)
	}
	ids := []pulid.ID{ev.EmployeeID}
	if ev.EvaluatorID != "" && ev.Status != career.EvalSubmitted {
		p.Assessor = string(ev.EvaluatorID)
		ids = append(ids, ev.EvaluatorID)
	}
	people, err := client.Employee.Query().Where(employee.IDIn(ids...)).Select(employee.FieldID, employee.FieldSupervisorID).All(access.Allow(ctx))
	if err != nil {
		return p, err
	}
	for _, e := range people {
		if e.ID == ev.EmployeeID {
			p.Supervisor = string(e.SupervisorID)
		}
		if string(e.ID) == p.Assessor {
			p.AssessorSuperior = string(e.SupervisorID)
		}
	}
	return p, nil
}

// openCoachingPlan opens the coaching plan a final predikat below BAIK calls for, with the assessor as
// the supervisor responsible, unless the evaluation has one.
func openCoachingPlan(ctx context.Context, client *ent.Client, ev *ent.Evaluation) error {
	if ev.Predikat == nil || !career.NeedsCoaching(*ev.Predikat) {
		return nil
	}
	exists, err := client.CoachingPlan.Query().Where(coachingplan.EvaluationID(ev.ID)).Exist(ctx)
	if err != nil || exists {
		return err
	}
	create := client.CoachingPlan.Create().SetEvaluationID(ev.ID).SetEmployeeID(ev.EmployeeID)
	if ev.EvaluatorID != "" {
		create.SetCoachID(ev.EvaluatorID)
	}
	return create.Exec(ctx)
}

func requireWorkPlans(ev *ent.Evaluation) error {
	if len(ev.WorkPlans) == 0 {
		return &career.FieldError{Field: "workPlans", Message: "isi minimal satu rencana hasil kerja sebelum mengajukan penilaian"}
	}
	return nil
}

// maxWorkPlans bounds an SKP: a handful of main and additional plans, not a task list.
const maxWorkPlans = 20

func checkWorkPlans(plans []career.WorkPlan) error {
	if len(plans) > maxWorkPlans {
		return &career.FieldError{Field: "workPlans", Message: fmt.Sprintf("paling banyak %d rencana hasil kerja", maxWorkPlans)}
	}
	for i, p := range plans {
		field := fmt.Sprintf("workPlans[%d]", i)
		if strings.TrimSpace(p.Title) == "" {
			return &career.FieldError{Field: field + ".title", Message: "rencana hasil kerja harus diberi judul"}
		}
		if len(p.Indicators) == 0 {
			return &career.FieldError{Field: field + ".indicators", Message: "setiap rencana hasil kerja membutuhkan minimal satu indikator"}
		}
		for j, ind := range p.Indicators {
			if strings.TrimSpace(ind.Name) == "" || strings.TrimSpace(ind.Target) == "" {
				return &career.FieldError{Field: fmt.Sprintf("%s.indicators[%d]", field, j), Message: "indikator membutuhkan nama dan target"}
			}
		}
	}
	return nil
}

func checkNotes(field string, notes []NoteInput) error {
	seen := map[career.BerakhlakValue]bool{}
	for i, n := range notes {
		if seen[n.Value] {
			return &career.FieldError{Field: fmt.Sprintf("%s[%d].value", field, i), Message: fmt.Sprintf("nilai %s disebut dua kali", n.Value)}
		}
		seen[n.Value] = true
	}
	return nil
}

// mergeNotes replaces the notes of one side (the employee's or the assessor's) in the stored notes per
// BerAKHLAK value, keeping the other side's, in the values' order.
func mergeNotes(stored []career.BehaviorNote, notes []NoteInput, assessor bool) []career.BehaviorNote {
	byValue := map[career.BerakhlakValue]career.BehaviorNote{}
	for _, n := range stored {
		// This side's notes are replaced as a whole.
		if assessor {
			n.AssessorNote = ""
		} else {
			n.SelfNote = ""
		}
		byValue[n.Value] = n
	}
	for _, n := range notes {
		note := byValue[n.Value]
		note.Value = n.Value
		if assessor {
			note.AssessorNote = strings.TrimSpace(n.Note)
		} else {
			note.SelfNote = strings.TrimSpace(n.Note)
		}
		byValue[n.Value] = note
	}
	var out []career.BehaviorNote
	for _, v := range career.BerakhlakValues {
		if n, ok := byValue[v]; ok && (n.SelfNote != "" || n.AssessorNote != "") {
			out = append(out, n)
		}
	}
	return slices.Clip(out)
}

package career

import (
	"fmt"
	"strings"
	"time"
)

// ObjectionWindowDays is how many calendar days after the assessment (WIB) the employee may object;
// when they pass without an answer the assessment becomes final.
const ObjectionWindowDays = 14

// ObjectionDeadline is the first moment an objection to an assessment made at assessedAt is late:
// midnight WIB at the start of the fifteenth calendar day after the day of the assessment. The day of
// the assessment is day 0; day 14 is the last day to object.
func ObjectionDeadline(assessedAt time.Time) time.Time {
	y, m, d := assessedAt.In(WIB).Date()
	return time.Date(y, m, d+ObjectionWindowDays+1, 0, 0, 0, 0, WIB)
}

// ObjectionDaysLeft is how many calendar days, today included, the employee still has to object:
// 15 on the day of the assessment, 1 on day 14, 0 after it.
func ObjectionDaysLeft(assessedAt, now time.Time) int {
	deadline := ObjectionDeadline(assessedAt)
	if !now.Before(deadline) {
		return 0
	}
	y, m, d := now.In(WIB).Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, WIB)
	return int(deadline.Sub(today).Hours()/24 + 0.5)
}

// AppraisalStep is a step of the appraisal workflow.
type AppraisalStep string

// The steps of the appraisal, and who takes each.
const (
	// StepSave edits the work plans and self-notes of a draft: the employee.
	StepSave AppraisalStep = "SAVE"
	// StepSubmit hands the draft to the assessor: the employee.
	StepSubmit AppraisalStep = "SUBMIT"
	// StepAssess rates a submitted evaluation: the employee's direct supervisor (pejabat penilai).
	StepAssess AppraisalStep = "ASSESS"
	// StepAccept accepts the assessment: the employee.
	StepAccept AppraisalStep = "ACCEPT"
	// StepObject objects to the assessment within the window, with reasons: the employee.
	StepObject AppraisalStep = "OBJECT"
	// StepDecide decides an objection, with reasons: the assessor's superior (atasan pejabat penilai).
	StepDecide AppraisalStep = "DECIDE"
	// StepLapse makes an unanswered assessment final once the window has passed: the system.
	StepLapse AppraisalStep = "LAPSE"
)

// appraisalFlow is the status each step starts from and leads to.
var appraisalFlow = map[AppraisalStep]struct{ from, to EvaluationStatus }{
	StepSave:   {EvalDraft, EvalDraft},
	StepSubmit: {EvalDraft, EvalSubmitted},
	StepAssess: {EvalSubmitted, EvalAssessed},
	StepAccept: {EvalAssessed, EvalFinal},
	StepObject: {EvalAssessed, EvalObjected},
	StepDecide: {EvalObjected, EvalFinal},
	StepLapse:  {EvalAssessed, EvalFinal},
}

var statusLabels = map[EvaluationStatus]string{
	EvalDraft: "draf", EvalSubmitted: "diajukan", EvalAssessed: "dinilai", EvalObjected: "keberatan", EvalFinal: "final",
}

// Label is the status in Indonesian.
func (s EvaluationStatus) Label() string { return statusLabels[s] }

// AppraisalParties are the people around one evaluation, by employee ID ("" when there is none): the
// viewer, the employee evaluated, the employee's direct supervisor, the assessor once there is one,
// and the assessor's own superior.
type AppraisalParties struct {
	Viewer, Employee, Supervisor, Assessor, AssessorSuperior string
}

// AppraisalError is a step refused by a rule of the workflow: the wrong person (Forbidden) or the
// wrong moment or input (a field error).
type AppraisalError struct {
	Forbidden bool
	Field     string
	Message   string
}

func (e *AppraisalError) Error() string { return e.Message }

// CheckAppraisalStep checks that the viewer may take the step on an evaluation in the status, at now,
// with the reasons given (objections and decisions need them), and returns the status it leads to.
func CheckAppraisalStep(step AppraisalStep, status EvaluationStatus, p AppraisalParties, assessedAt *time.Time, reasons string, now time.Time) (EvaluationStatus, error) {
	flow, ok := appraisalFlow[step]
	if !ok {
		return "", fmt.Errorf("unknown appraisal step %q", step)
	}
	if err := checkActor(step, p); err != nil {
		return "", err
	}
	if status != flow.from {
		return "", &AppraisalError{Field: "status", Message: fmt.Sprintf("penilaian berstatus %s; langkah ini hanya untuk penilaian berstatus %s", status.Label(), flow.from.Label())}
	}
	switch step {
	case StepObject:
		if assessedAt == nil || !now.Before(ObjectionDeadline(*assessedAt)) {
			return "", &AppraisalError{Field: "reason", Message: fmt.Sprintf("masa keberatan %d hari sejak penilaian telah berakhir", ObjectionWindowDays)}
		}
		if strings.TrimSpace(reasons) == "" {
			return "", &AppraisalError{Field: "reason", Message: "keberatan harus disertai alasan tertulis"}
		}
	case StepDecide:
		if strings.TrimSpace(reasons) == "" {
			return "", &AppraisalError{Field: "reason", Message: "keputusan atas keberatan harus disertai alasan"}
		}
	case StepLapse:
		if assessedAt == nil || now.Before(ObjectionDeadline(*assessedAt)) {
			return "", &AppraisalError{Field: "status", Message: "masa keberatan belum berakhir"}
		}
	}
	return flow.to, nil
}

func checkActor(step AppraisalStep, p AppraisalParties) error {
	forbidden := func(message string) error { return &AppraisalError{Forbidden: true, Message: message} }
	switch step {
	case StepSave, StepSubmit, StepAccept, StepObject:
		if p.Viewer == "" || p.Viewer != p.Employee {
			return forbidden("hanya pegawai yang dinilai yang dapat mengisi, mengajukan, menerima atau mengajukan keberatan atas penilaiannya")
		}
	case StepAssess:
		if p.Supervisor == "" {
			return forbidden("pegawai ini belum memiliki atasan langsung sebagai pejabat penilai")
		}
		if p.Viewer != p.Supervisor {
			return forbidden("hanya atasan langsung pegawai (pejabat penilai) yang dapat menilai")
		}
	case StepDecide:
		if p.AssessorSuperior == "" {
			return forbidden("pejabat penilai tidak memiliki atasan yang dapat memutus keberatan")
		}
		if p.Viewer != p.AssessorSuperior {
			return forbidden("hanya atasan pejabat penilai yang dapat memutus keberatan")
		}
	}
	return nil
}

// NeedsCoaching reports whether a final predikat calls for a coaching plan: below BAIK.
func NeedsCoaching(p Predikat) bool { return p.Order() > 0 && p.Order() < PredikatBaik.Order() }

// Recognised reports whether a final predikat puts the employee on the recognition list.
func Recognised(p Predikat) bool { return p == PredikatSangatBaik }

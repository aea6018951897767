package career_test

import (
	"errors"
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

func wib(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, career.WIB)
}

// The window counts calendar days in WIB from the day of the assessment (day 0): day 14 is the last
// day to object, whatever the hour of the assessment or the time zone of the clock.
func TestObjectionWindow(t *testing.T) {
	assessed := wib(2026, time.March, 2, 23, 30) // 16:30 UTC
	for _, tt := range []struct {
		name     string
		now      time.Time
		daysLeft int
		open     bool
	}{
		{"the day of the assessment", wib(2026, time.March, 2, 23, 45), 15, true},
		{"day 10", wib(2026, time.March, 12, 9, 0), 5, true},
		{"day 14, last minute", wib(2026, time.March, 16, 23, 59), 1, true},
		{"day 15, midnight WIB", wib(2026, time.March, 17, 0, 0), 0, false},
		{"day 15 in WIB, still day 14 in UTC", time.Date(2026, time.March, 16, 17, 30, 0, 0, time.UTC), 0, false},
		{"day 14 in WIB, day 13 in UTC evening", time.Date(2026, time.March, 15, 20, 0, 0, 0, time.UTC), 1, true},
	} {
		if got := career.ObjectionDaysLeft(assessed, tt.now); got != tt.daysLeft {
			t.Errorf("%s: %d days left, want %d", tt.name, got, tt.daysLeft)
		}
		_, err := career.CheckAppraisalStep(career.StepObject, career.EvalAssessed,
			career.AppraisalParties{Viewer: "E", Employee: "E"}, &assessed, "alasan", tt.now)
		if (err == nil) != tt.open {
			t.Errorf("%s: objection error %v, want open %v", tt.name, err, tt.open)
		}
		_, err = career.CheckAppraisalStep(career.StepLapse, career.EvalAssessed, career.AppraisalParties{}, &assessed, "", tt.now)
		if (err == nil) == tt.open {
			t.Errorf("%s: lapse error %v, want lapse %v", tt.name, err, !tt.open)
		}
	}
	// An assessment made just after midnight WIB (still the previous day in UTC) counts from its WIB day.
	early := time.Date(2026, time.March, 1, 17, 30, 0, 0, time.UTC) // 2 March 00:30 WIB
	if got, want := career.ObjectionDeadline(early), wib(2026, time.March, 17, 0, 0); !got.Equal(want) {
		t.Errorf("deadline of an assessment at 00:30 WIB: %v, want %v", got, want)
	}
}

func TestAppraisalSteps(t *testing.T) {
	now := wib(2026, time.March, 5, 10, 0)
	assessed := wib(2026, time.March, 2, 10, 0)
	parties := career.AppraisalParties{Employee: "E", Supervisor: "S", Assessor: "S", AssessorSuperior: "K"}
	as := func(viewer string) career.AppraisalParties {
		p := parties
		p.Viewer = viewer
		return p
	}
	type want struct {
		to        career.EvaluationStatus
		forbidden bool
		field     string
	}
	for _, tt := range []struct {
		name    string
		step    career.AppraisalStep
		status  career.EvaluationStatus
		parties career.AppraisalParties
		reasons string
		want    want
	}{
		{"the employee saves a draft", career.StepSave, career.EvalDraft, as("E"), "", want{to: career.EvalDraft}},
		{"the supervisor cannot fill it", career.StepSave, career.EvalDraft, as("S"), "", want{forbidden: true}},
		{"the employee submits", career.StepSubmit, career.EvalDraft, as("E"), "", want{to: career.EvalSubmitted}},
		{"submitting twice", career.StepSubmit, career.EvalSubmitted, as("E"), "", want{field: "status"}},
		{"the supervisor assesses", career.StepAssess, career.EvalSubmitted, as("S"), "", want{to: career.EvalAssessed}},
		{"the employee cannot assess", career.StepAssess, career.EvalSubmitted, as("E"), "", want{forbidden: true}},
		{"the superior cannot assess", career.StepAssess, career.EvalSubmitted, as("K"), "", want{forbidden: true}},
		{"a draft cannot be assessed", career.StepAssess, career.EvalDraft, as("S"), "", want{field: "status"}},
		{"no supervisor, no assessor", career.StepAssess, career.EvalSubmitted, career.AppraisalParties{Viewer: "S", Employee: "E"}, "", want{forbidden: true}},
		{"the employee accepts", career.StepAccept, career.EvalAssessed, as("E"), "", want{to: career.EvalFinal}},
		{"the supervisor cannot accept", career.StepAccept, career.EvalAssessed, as("S"), "", want{forbidden: true}},
		{"the employee objects", career.StepObject, career.EvalAssessed, as("E"), "Target tercapai", want{to: career.EvalObjected}},
		{"an objection needs reasons", career.StepObject, career.EvalAssessed, as("E"), "  ", want{field: "reason"}},
		{"a final evaluation cannot be objected to", career.StepObject, career.EvalFinal, as("E"), "alasan", want{field: "status"}},
		{"the superior decides", career.StepDecide, career.EvalObjected, as("K"), "Bukti dukung lengkap", want{to: career.EvalFinal}},
		{"a decision needs reasons", career.StepDecide, career.EvalObjected, as("K"), "", want{field: "reason"}},
		{"the assessor cannot decide on their own assessment", career.StepDecide, career.EvalObjected, as("S"), "alasan", want{forbidden: true}},
		{"no superior, nobody decides", career.StepDecide, career.EvalObjected, career.AppraisalParties{Viewer: "K", Employee: "E", Assessor: "S"}, "alasan", want{forbidden: true}},
		{"an assessment within the window does not lapse", career.StepLapse, career.EvalAssessed, career.AppraisalParties{}, "", want{field: "status"}},
	} {
		got, err := career.CheckAppraisalStep(tt.step, tt.status, tt.parties, &assessed, tt.reasons, now)
		var ae *career.AppraisalError
		switch {
		case tt.want.to != "":
			if err != nil || got != tt.want.to {
				t.Errorf("%s: %q, %v; want %q", tt.name, got, err, tt.want.to)
			}
		case !errors.As(err, &ae):
			t.Errorf("%s: error %v, want a refusal", tt.name, err)
		case ae.Forbidden != tt.want.forbidden || ae.Field != tt.want.field || ae.Message == "":
			t.Errorf("%s: %+v, want forbidden %v field %q", tt.name, ae, tt.want.forbidden, tt.want.field)
		}
	}
}

func TestCoachingAndRecognition(t *testing.T) {
	for _, tt := range []struct {
		p                  career.Predikat
		coaching, recognis bool
	}{
		{career.PredikatSangatBaik, false, true},
		{career.PredikatBaik, false, false},
		{career.PredikatButuhPerbaikan, true, false},
		{career.PredikatKurang, true, false},
		{career.PredikatSangatKurang, true, false},
		{"", false, false},
	} {
		if career.NeedsCoaching(tt.p) != tt.coaching || career.Recognised(tt.p) != tt.recognis {
			t.Errorf("%q: coaching %v recognised %v", tt.p, career.NeedsCoaching(tt.p), career.Recognised(tt.p))
		}
	}
}

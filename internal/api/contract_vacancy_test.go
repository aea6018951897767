package api_test

import (
	"context"
	"fmt"
	"sync/atomic"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/application"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/ent/promotionwindow"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/vacancy"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// The vacancy screens act on a vacancy or an application at the step before theirs. These helpers put
// one there for a contract call: an OPEN vacancy of its own post in Dinas Pendidikan (a post per call,
// so that no appointment fills another call's seat), open to anyone, and teachers' applications to it.

var contractPostSeq atomic.Int64

// The kinds and statuses the contract table names.
var (
	vacPromotion, vacOpenSelection = vacancy.KindPROMOTION, vacancy.KindOPEN_SELECTION
	appEligible, appShortlisted    = application.StatusELIGIBLE, application.StatusSHORTLISTED
)

// openVacancy creates an OPEN vacancy of the kind, open today, for a new one-seat post.
func openVacancy(w world, kind vacancy.Kind) *ent.Vacancy {
	ctx := access.SystemContext(context.Background())
	n := contractPostSeq.Add(1)
	post := w.client.Position.Create().SetTitle(fmt.Sprintf("Kepala Seksi Kontrak %d", n)).SetKind(career.KindPengawas).
		SetJobClass(9).SetQuota(1).SetUnit(w.disdik).SaveX(ctx)
	baik := career.PredikatBaik
	c := w.client.Vacancy.Create().SetKind(kind).SetTitle(fmt.Sprintf("Promosi Kontrak %d", n)).SetStatus(vacancy.StatusOPEN).
		SetRequirements(career.Requirements{MinPredikat: &baik, PredikatYears: 2}).
		SetOpensOn(today.AddDate(0, 0, -7)).SetClosesOn(today.AddDate(0, 0, 14)).SetPosition(post)
	if kind == vacancy.KindOPEN_SELECTION {
		c.SetStages(career.DefaultStageWeights)
	}
	return c.SaveX(ctx)
}

// applied creates a teacher's application to the vacancy at the status, scored in every stage when
// the vacancy is an open selection.
func applied(w world, v *ent.Vacancy, teacher int, status application.Status) pulid.ID {
	ctx := access.SystemContext(context.Background())
	c := w.client.Application.Create().SetVacancy(v).SetApplicant(w.teachers[teacher]).SetStatus(status).SetSubmittedAt(today)
	if len(v.Stages) > 0 {
		score := 80.0
		scores := make([]career.StageScore, len(v.Stages))
		for i, s := range v.Stages {
			scores[i] = career.StageScore{Stage: string(s.Stage), Weight: s.Weight, Score: &score}
		}
		c.SetStageScores(scores).SetTotalScore(80)
	}
	return c.SaveX(ctx).ID
}

func vacancyVars(kind vacancy.Kind) func(w world) map[string]any {
	return func(w world) map[string]any { return map[string]any{"id": openVacancy(w, kind).ID} }
}

func applicationVars(kind vacancy.Kind, status application.Status) func(w world) map[string]any {
	return func(w world) map[string]any {
		return map[string]any{"id": applied(w, openVacancy(w, kind), 40, status)}
	}
}

// draftVacancy creates a DRAFT open selection for a new post of Dinas Pendidikan, for HR to edit,
// publish or cancel.
func draftVacancy(w world) *ent.Vacancy {
	v := openVacancy(w, vacOpenSelection)
	return w.client.Vacancy.UpdateOne(v).SetStatus(vacancy.StatusDRAFT).SaveX(access.SystemContext(context.Background()))
}

// vacancyInput is the create and edit form's input, every requirement filled in.
func vacancyInput(w world) map[string]any {
	post := w.client.Position.Create().SetTitle(fmt.Sprintf("Kepala Bidang Kontrak %d", contractPostSeq.Add(1))).
		SetKind(career.KindAdministrator).SetJobClass(12).SetQuota(1).SetUnit(w.disdik).SaveX(access.SystemContext(context.Background()))
	return map[string]any{
		"kind": "OPEN_SELECTION", "title": "Seleksi Terbuka Kontrak", "description": "Uraian", "positionID": post.ID,
		"opensOn": "2026-11-24", "closesOn": "2026-12-14",
		"requirements": map[string]any{"minRank": "III_D", "minPredikat": "BAIK", "predikatYears": 2, "trainingKinds": []string{"PKA"},
			"minEducation": "S1", "minYearsToRetirement": 2, "noSanctionYears": 2},
		"stages": []any{map[string]any{"stage": "WRITTEN_TEST", "weight": 20}, map[string]any{"stage": "ASSESSMENT_CENTRE", "weight": 25},
			map[string]any{"stage": "INTERVIEW", "weight": 35}, map[string]any{"stage": "TRACK_RECORD", "weight": 20}},
	}
}

// promotionWindow creates a promotion window of the year, and a teacher of the fixtures due in it:
// III/b for five years and BAIK in the two years before.
func promotionWindow(w world, year int) (windowID, dueID pulid.ID) {
	ctx := access.SystemContext(context.Background())
	win, err := w.client.PromotionWindow.Query().Where(promotionwindow.EffectiveOn(date(year, 10, 1))).Only(ctx)
	if ent.IsNotFound(err) {
		win, err = w.client.PromotionWindow.Create().SetName(fmt.Sprintf("Periode Oktober %d", year)).
			SetEffectiveOn(date(year, 10, 1)).SetOpensOn(date(year, 8, 1)).SetClosesOn(date(year, 9, 1)).Save(ctx)
	}
	if err != nil {
		panic(err)
	}
	e := w.teachers[42]
	if !w.client.Evaluation.Query().Where(evaluation.EmployeeID(e.ID), evaluation.Year(year-1)).ExistX(ctx) {
		w.client.Employee.UpdateOne(e).SetRank(career.RankIIIB).SetRankSince(date(year-5, 4, 1)).ExecX(ctx)
		for _, y := range []int{year - 2, year - 1} {
			w.client.Evaluation.Create().SetEmployee(e).SetYear(y).SetPeriod(career.PeriodAnnual).SetStatus(career.EvalFinal).
				SetWorkResult(career.RatingMeets).SetWorkBehavior(career.RatingMeets).ExecX(ctx)
		}
	}
	return win.ID, e.ID
}

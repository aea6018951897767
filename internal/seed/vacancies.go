package seed

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/application"
	"github.com/jenjang/jenjang/ent/careerevent"
	"github.com/jenjang/jenjang/ent/vacancy"
	"github.com/jenjang/jenjang/internal/career"
)

// selectionStages are the stages of an open selection for a JPT post with their weights (PermenPANRB
// 15/2019 allows written test 15–20%, assessment centre 20–25%, interview 30–35%, track record 15–20%).
var selectionStages = []career.StageScore{
	{Stage: "WRITTEN_TEST", Weight: 0.20}, {Stage: "ASSESSMENT_CENTRE", Weight: 0.25},
	{Stage: "INTERVIEW", Weight: 0.35}, {Stage: "TRACK_RECORD", Weight: 0.20},
}

// createVacancies announces, in the first instansi of each load: an open selection that is open now and
// one that was filled last year, an internal promotion, an external recruitment and a draft.
func (g *generator) createVacancies(ctx context.Context, client *ent.Client, r *roster) error {
	first := r.people[0].seat.instansi.ID
	postOf := func(agencyCode string, kind career.PositionKind) (*person, bool) {
		for _, p := range r.people {
			if p.seat.instansi.ID == first && p.seat.template.code == agencyCode && p.position.Kind == kind {
				return p, true
			}
		}
		return nil, false
	}
	today := g.today()
	jptReq := career.Requirements{
		MinRank: ptr(career.RankIVA), MinPredikat: ptr(career.PredikatBaik), PredikatYears: 2,
		TrainingKinds: []career.TrainingKind{career.TrainingPKA}, MinEducation: ptr(career.EducationS1),
		MinYearsToRetirement: 2, NoSanctionYears: 2,
	}
	byKind := func(kind career.PositionKind) []*person {
		var out []*person
		for _, p := range r.people {
			if p.position.Kind == kind && p.status == "ACTIVE" {
				out = append(out, p)
			}
		}
		return out
	}
	if head, ok := postOf("DINKES", career.KindJPTPratama); ok {
		if err := g.vacancy(ctx, client, head, vacancy.KindOPEN_SELECTION, vacancy.StatusOPEN, "Seleksi Terbuka "+head.position.Title,
			jptReq, today.AddDate(0, 0, -10), today.AddDate(0, 0, 20), byKind(career.KindAdministrator), 9, false); err != nil {
			return err
		}
	}
	// Last year's selection appointed a head who met every requirement then.
	opens := date(g.year-1, time.March, 3)
	for _, head := range byKind(career.KindJPTPratama) {
		if _, eligible := career.Eligibility(head.applicant(), jptReq, opens); !eligible || head.seat.instansi.ID != first {
			continue
		}
		if err := g.vacancy(ctx, client, head, vacancy.KindOPEN_SELECTION, vacancy.StatusFILLED, "Seleksi Terbuka "+head.position.Title,
			jptReq, opens, opens.AddDate(0, 0, 21), byKind(career.KindAdministrator), 6, true); err != nil {
			return err
		}
		break
	}
	promotionReq := career.Requirements{MinRank: ptr(career.RankIIID), MinPredikat: ptr(career.PredikatBaik), PredikatYears: 2,
		TrainingKinds: []career.TrainingKind{career.TrainingPKP}, MinEducation: ptr(career.EducationS1), NoSanctionYears: 2}
	for _, code := range []string{"BKD", "BKPSDM"} {
		if head, ok := postOf(code, career.KindAdministrator); ok {
			if err := g.vacancy(ctx, client, head, vacancy.KindPROMOTION, vacancy.StatusOPEN, "Promosi "+head.position.Title,
				promotionReq, today.AddDate(0, 0, -5), today.AddDate(0, 0, 25), byKind(career.KindPengawas), 8, false); err != nil {
				return err
			}
		}
	}
	if teacher, ok := postOf("DISDIK", career.KindFungsional); ok {
		recruit := career.Requirements{MinEducation: ptr(career.EducationS1)}
		if err := g.vacancy(ctx, client, teacher, vacancy.KindRECRUITMENT, vacancy.StatusOPEN, fmt.Sprintf("Pengadaan PPPK Guru Tahun %d", g.year),
			recruit, today.AddDate(0, 0, -3), today.AddDate(0, 1, 0), nil, 0, false); err != nil {
			return err
		}
	}
	if head, ok := postOf("INSPEKTORAT", career.KindJPTPratama); ok {
		return g.vacancy(ctx, client, head, vacancy.KindOPEN_SELECTION, vacancy.StatusDRAFT, "Seleksi Terbuka "+head.position.Title,
			jptReq, today.AddDate(0, 1, 0), today.AddDate(0, 1, 21), nil, 0, false)
	}
	return nil
}

// vacancy announces the post held by holder and records applications from up to n of the pool, each
// with its eligibility result. In a filled selection the holder applied too and was selected.
func (g *generator) vacancy(ctx context.Context, client *ent.Client, holder *person, kind vacancy.Kind, status vacancy.Status,
	title string, req career.Requirements, opens, closes time.Time, pool []*person, n int, filled bool) error {
	id := g.id("VAC")
	v := client.Vacancy.Create().SetID(id).SetKind(kind).SetTitle(title).SetRequirements(req).
		SetOpensOn(opens).SetClosesOn(closes).SetStatus(status).SetPositionID(holder.position.ID).
		SetDescription(fmt.Sprintf("Pemerintah membuka kesempatan bagi ASN yang memenuhi syarat untuk mengisi jabatan %s. "+
			"Pendaftaran dibuka %s sampai %s.", holder.position.Title, opens.Format("02-01-2006"), closes.Format("02-01-2006")))
	if filled {
		v.SetFilledAt(closes.AddDate(0, 2, 0))
	}
	if err := v.Exec(ctx); err != nil {
		return err
	}
	g.rnd.Shuffle(len(pool), func(a, b int) { pool[a], pool[b] = pool[b], pool[a] })
	applicants := pool[:min(n, len(pool))]
	if filled {
		applicants = append([]*person{holder}, applicants...)
	}
	var apps []*ent.ApplicationCreate
	for _, p := range applicants {
		results, eligible := career.Eligibility(p.applicant(), req, opens)
		a := client.Application.Create().SetID(g.id("APL")).SetVacancyID(id).SetApplicantID(p.id).
			SetEligibility(results).SetSubmittedAt(opens.AddDate(0, 0, g.between(0, 9)).Add(9 * time.Hour)).
			SetStatus(application.StatusINELIGIBLE)
		if eligible {
			a.SetStatus(application.StatusELIGIBLE)
			if filled {
				stages, total := g.stageScores(p == holder)
				a.SetStageScores(stages).SetTotalScore(total).SetStatus(application.StatusREJECTED)
				if p == holder {
					a.SetStatus(application.StatusSELECTED)
				}
			}
		}
		apps = append(apps, a)
	}
	if err := bulk(ctx, apps, client.Application.CreateBulk); err != nil {
		return err
	}
	if filled {
		// The holder of the post was appointed through this selection.
		return client.CareerEvent.Create().SetID(g.id("CEV")).SetEmployeeID(holder.id).SetVacancyID(id).
			SetKind(careerevent.KindPOSITION_ASSIGNMENT).SetToValue(holder.position.Title).
			SetEffectiveDate(closes.AddDate(0, 2, 0)).SetReason("Hasil seleksi terbuka " + strings.ToLower(holder.position.Title)).
			SetDecreeNumber(fmt.Sprintf("821.22/%d/BKD/%d", g.between(100, 999), closes.Year())).Exec(ctx)
	}
	return nil
}

// stageScores scores the selection stages; the winner scores above everyone else.
func (g *generator) stageScores(winner bool) ([]career.StageScore, float64) {
	stages := make([]career.StageScore, len(selectionStages))
	total := 0.0
	for i, s := range selectionStages {
		score := float64(g.between(60, 84))
		if winner {
			score = float64(g.between(86, 97))
		}
		s.Score = &score
		stages[i] = s
		total += s.Weight * score
	}
	return stages, float64(int(total*100)) / 100
}

func ptr[T any](v T) *T { return &v }

package seed

import (
	"context"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/internal/career"
)

var quarters = []career.EvaluationPeriod{career.PeriodQ1, career.PeriodQ2, career.PeriodQ3, career.PeriodQ4}

// periodBounds are the first and last day of a period.
func periodBounds(year int, period career.EvaluationPeriod) (time.Time, time.Time) {
	for i, q := range quarters {
		if q == period {
			start := date(year, time.Month(3*i+1), 1)
			return start, start.AddDate(0, 3, -1)
		}
	}
	return date(year, time.January, 1), date(year, time.December, 31)
}

// createEvaluations writes the SKP of the past years, final, and the current quarter's, in progress
// (draft or submitted, a few assessed, one or two objected); with g.detail also the quarterly
// evaluations of past quarters, final. A handful of last year's annual evaluations went through an
// objection that was decided.
func (g *generator) createEvaluations(ctx context.Context, client *ent.Client, s *staff) error {
	evals := newInserter(ctx, g, client.Evaluation.CreateBulk)
	today := g.today()
	objected, decided := 0, 0
	for _, p := range s.people {
		for year := g.year - g.years; year < g.year; year++ {
			for _, q := range quarters {
				if g.detail && g.evaluated(p, year, q) {
					evals.add(g.evaluation(client, p, year, q, career.EvalFinal))
				}
			}
			if !g.evaluated(p, year, career.PeriodAnnual) {
				continue
			}
			e := g.evaluation(client, p, year, career.PeriodAnnual, career.EvalFinal)
			if year == g.year-1 && decided < 3 && g.chance(0.01) && p.supervisor != nil && p.supervisor.supervisor != nil {
				g.decidedObjection(e, p)
				decided++
			}
			result, _ := e.Mutation().WorkResult()
			behavior, _ := e.Mutation().WorkBehavior()
			p.annual[year], _ = career.PredikatFor(result, behavior)
			evals.add(e)
		}
		for _, q := range quarters {
			start, end := periodBounds(g.year, q)
			if !g.evaluated(p, g.year, q) {
				continue
			}
			if end.Before(today) {
				if g.detail {
					evals.add(g.evaluation(client, p, g.year, q, career.EvalFinal))
				}
				continue
			}
			// The current quarter, once it has run a few days; later ones have not begun.
			if !p.active() || today.Sub(start) < 5*24*time.Hour {
				continue
			}
			status := g.inProgress()
			if status == career.EvalAssessed && objected < 2 && g.chance(0.3) && p.supervisor != nil {
				status = career.EvalObjected
				objected++
			}
			evals.add(g.evaluation(client, p, g.year, q, status))
		}
	}
	return evals.close()
}

// evaluated tells whether the person has an evaluation for the period: in service for at least a
// month of it (the whole year, for an annual evaluation, save for the first quarter of a new hire).
func (g *generator) evaluated(p *person, year int, period career.EvaluationPeriod) bool {
	start, end := periodBounds(year, period)
	if period == career.PeriodAnnual {
		return p.hired.Before(date(year, time.October, 1)) && p.serves(end)
	}
	return p.hired.Before(end.AddDate(0, -1, 0)) && p.serves(start)
}

func (g *generator) inProgress() career.EvaluationStatus {
	switch x := g.rnd.Float64(); {
	case x < 0.55:
		return career.EvalDraft
	case x < 0.96:
		return career.EvalSubmitted
	}
	return career.EvalAssessed
}

// evaluation builds one SKP evaluation at the given step of its workflow, with the dates of each step,
// and its work plans and behaviour notes unless it is final and g.detail is off.
func (g *generator) evaluation(client *ent.Client, p *person, year int, period career.EvaluationPeriod, status career.EvaluationStatus) *ent.EvaluationCreate {
	result, behavior := g.ratings(p)
	detail := g.detail || status != career.EvalFinal
	c := client.Evaluation.Create().SetID(g.id("EVL")).SetEmployeeID(p.id).SetYear(year).SetPeriod(period).SetStatus(status)
	if detail {
		c.SetWorkPlans(g.workPlans(p, period, result, status))
	}
	if p.supervisor != nil {
		c.SetEvaluatorID(p.supervisor.id)
	}
	if status == career.EvalDraft {
		return c
	}
	start, end := periodBounds(year, period)
	var steps []time.Time
	if status == career.EvalFinal {
		gap := [2]int{1, 10}
		if period == career.PeriodAnnual {
			gap = [2]int{4, 20}
		}
		steps = g.milestones(end, gap, [2]int{1, 7}, [2]int{1, 14})
	} else {
		// An evaluation in progress was submitted in the last days; an assessment is still open to
		// objection (14 days).
		submitted := maxTime(start, g.today().AddDate(0, 0, -g.between(4, 12)))
		steps = g.milestones(submitted, [2]int{0, 0}, [2]int{1, 2}, [2]int{1, 1})
	}
	c.SetSubmittedAt(steps[0]).SetVersion(2)
	if status == career.EvalSubmitted {
		return c
	}
	c.SetAssessedAt(steps[1]).SetWorkResult(result).SetWorkBehavior(behavior).SetVersion(3)
	if period == career.PeriodAnnual && detail {
		c.SetBehaviorNotes(g.behaviorNotes(behavior))
	}
	if p, _ := career.PredikatFor(result, behavior); p.Order() < career.PredikatBaik.Order() {
		c.SetCoachingNote(pick(g, coachingNotes))
	}
	switch status {
	case career.EvalObjected:
		c.SetObjectedAt(steps[2]).SetObjectionReason(pick(g, objectionReasons)).SetVersion(4)
	case career.EvalFinal:
		c.SetFinalizedAt(steps[2]).SetVersion(4)
	}
	return c
}

// ratings draws the two ratings of one period from the person's tendency: most people meet
// expectations, strong performers often exceed them, weak ones often fall short.
func (g *generator) ratings(p *person) (career.Rating, career.Rating) {
	draw := func(above, below float64) career.Rating {
		switch x := g.rnd.Float64(); {
		case x < above:
			return career.RatingAbove
		case x > 1-below:
			return career.RatingBelow
		}
		return career.RatingMeets
	}
	switch p.tendency {
	case 2:
		return draw(0.65, 0), draw(0.6, 0)
	case 0:
		return draw(0, 0.4), draw(0, 0.1)
	}
	return draw(0.06, 0.02), draw(0.05, 0.01)
}

// decidedObjection turns a final annual evaluation into one the employee objected to and the
// assessor's superior decided; half the objections are granted, raising the work result.
func (g *generator) decidedObjection(c *ent.EvaluationCreate, p *person) {
	m := c.Mutation()
	assessed, _ := m.AssessedAt()
	objected := assessed.AddDate(0, 0, g.between(2, 10))
	decidedAt := objected.AddDate(0, 0, g.between(7, 14))
	c.SetObjectionReason(pick(g, objectionReasons)).SetObjectedAt(objected).
		SetDecidedAt(decidedAt).SetFinalizedAt(decidedAt).SetDecidedByID(p.supervisor.supervisor.id).SetVersion(6)
	result, _ := m.WorkResult()
	if g.chance(0.5) && result != career.RatingAbove {
		c.SetWorkResult(career.RatingMeets)
		if result == career.RatingMeets {
			c.SetWorkResult(career.RatingAbove)
		}
		c.SetDecisionReason("Keberatan diterima: setelah mendengar pegawai dan pejabat penilai, capaian indikator yang belum diperhitungkan terbukti memenuhi target, sehingga hasil kerja dinaikkan satu tingkat.")
		return
	}
	c.SetDecisionReason("Keberatan ditolak: penilaian pejabat penilai telah sesuai dengan bukti capaian indikator kinerja individu.")
}

// milestones are the moments of a workflow after day, one gap (in days) after another, during office
// hours. When they would not fit before today they are squeezed in.
func (g *generator) milestones(day time.Time, gaps ...[2]int) []time.Time {
	days := make([]int, len(gaps))
	total := 0
	for i, gap := range gaps {
		days[i] = g.between(gap[0], gap[1])
		total += days[i]
	}
	room := max(0, int(g.today().Sub(day).Hours()/24)-1)
	out := make([]time.Time, len(gaps))
	for i := range days {
		if total > room {
			days[i] = days[i] * room / total
		}
		day = day.AddDate(0, 0, days[i])
		y, m, d := day.Date()
		out[i] = time.Date(y, m, d, 8+2*i, g.between(0, 59), 0, 0, career.WIB)
	}
	return out
}

var coachingNotes = []string{
	"Perlu bimbingan kinerja: rencana perbaikan disusun bersama atasan dan dipantau setiap bulan.",
	"Disarankan mengikuti pelatihan teknis dan pendampingan oleh rekan senior pada triwulan berikutnya.",
	"Konseling kinerja telah dilakukan; target indikator dipecah menjadi target bulanan.",
}

var objectionReasons = []string{
	"Realisasi kegiatan pendampingan belum diperhitungkan dalam penilaian hasil kerja.",
	"Bukti dukung capaian indikator telah diunggah tetapi tidak dipertimbangkan pejabat penilai.",
	"Penilaian perilaku kerja tidak disertai catatan umpan balik selama periode penilaian.",
}

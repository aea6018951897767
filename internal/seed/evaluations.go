package seed

import (
	"context"
	"strings"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/internal/career"
)

var quarterEnds = map[career.EvaluationPeriod]time.Month{
	career.PeriodQ1: time.March, career.PeriodQ2: time.June, career.PeriodQ3: time.September, career.PeriodQ4: time.December,
}

// createEvaluations writes three full years of final SKP evaluations and this year's so far: past
// quarters final, the current quarter in progress (draft, submitted, assessed, a few objected).
func (g *generator) createEvaluations(ctx context.Context, client *ent.Client, r *roster) error {
	var builders []*ent.EvaluationCreate
	flush := func() error {
		if len(builders) == 0 {
			return nil
		}
		_, err := client.Evaluation.CreateBulk(builders...).Save(ctx)
		builders = builders[:0]
		return err
	}
	today := g.today()
	currentQuarter := career.EvaluationPeriod("Q" + string(rune('0'+(int(today.Month())-1)/3+1)))
	for _, p := range r.people {
		for year := g.year - 3; year <= g.year; year++ {
			if year < p.hired.Year() {
				continue
			}
			for _, period := range []career.EvaluationPeriod{career.PeriodQ1, career.PeriodQ2, career.PeriodQ3, career.PeriodQ4, career.PeriodAnnual} {
				status := career.EvalFinal
				if year == g.year {
					if period == career.PeriodAnnual || quarterEnds[period] > quarterEnds[currentQuarter] {
						continue
					}
					if period == currentQuarter {
						status = g.inProgress()
					}
				}
				builders = append(builders, g.evaluation(client, p, year, period, status))
			}
		}
		if len(builders) >= 1000 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

func (g *generator) inProgress() career.EvaluationStatus {
	switch x := g.rnd.Float64(); {
	case x < 0.45:
		return career.EvalDraft
	case x < 0.8:
		return career.EvalSubmitted
	case x < 0.985:
		return career.EvalAssessed
	}
	return career.EvalObjected
}

func (g *generator) evaluation(client *ent.Client, p *person, year int, period career.EvaluationPeriod, status career.EvaluationStatus) *ent.EvaluationCreate {
	end := date(year, time.December, 31)
	if m, ok := quarterEnds[period]; ok {
		end = date(year, m+1, 1).AddDate(0, 0, -1)
	}
	c := client.Evaluation.Create().SetID(g.id("EVL")).SetEmployeeID(p.id).SetYear(year).SetPeriod(period).
		SetStatus(status).SetWorkPlans(g.workPlans(p)).SetVersion(1)
	if p.supervisor != nil {
		c.SetEvaluatorID(p.supervisor.id)
	}
	if status == career.EvalDraft {
		return c
	}
	submitted := end.AddDate(0, 0, g.between(1, 10))
	if today := g.today(); submitted.After(today) {
		submitted = today.AddDate(0, 0, -g.between(3, 12))
	}
	c.SetSubmittedAt(submitted)
	if status == career.EvalSubmitted {
		return c
	}
	assessed := submitted.AddDate(0, 0, g.between(1, 7))
	if today := g.today(); assessed.After(today) {
		assessed = today.AddDate(0, 0, -1)
	}
	result, behavior := g.workResult(p), g.workBehavior(p)
	c.SetAssessedAt(assessed).SetWorkResult(result).SetWorkBehavior(behavior)
	if period == career.PeriodAnnual && status == career.EvalFinal {
		p.annual[year], _ = career.PredikatFor(result, behavior)
	}
	if period == career.PeriodAnnual {
		c.SetBehaviorNotes(g.behaviorNotes())
	}
	switch status {
	case career.EvalObjected:
		c.SetObjectedAt(assessed.AddDate(0, 0, 2)).
			SetObjectionReason("Realisasi kegiatan pendampingan belum diperhitungkan dalam penilaian hasil kerja.")
	case career.EvalFinal:
		c.SetFinalizedAt(assessed.AddDate(0, 0, 14))
	}
	if p.tendency == 0 {
		c.SetCoachingNote("Perlu bimbingan kinerja: susun rencana perbaikan bersama atasan setiap bulan.")
	}
	return c
}

func (g *generator) workResult(p *person) career.Rating {
	x := g.rnd.Float64()
	switch p.tendency {
	case 2:
		if x < 0.6 {
			return career.RatingAbove
		}
	case 0:
		if x < 0.45 {
			return career.RatingBelow
		}
	default:
		if x < 0.08 {
			return career.RatingAbove
		}
		if x > 0.97 {
			return career.RatingBelow
		}
	}
	return career.RatingMeets
}

func (g *generator) workBehavior(p *person) career.Rating {
	x := g.rnd.Float64()
	switch {
	case p.tendency == 2 && x < 0.4:
		return career.RatingAbove
	case p.tendency == 0 && x < 0.1:
		return career.RatingBelow
	case x < 0.04:
		return career.RatingAbove
	}
	return career.RatingMeets
}

// planTemplates are work plans by the kind of work a post does.
var planTemplates = map[string][]career.WorkPlan{
	"Guru": {
		{Title: "Terlaksananya pembelajaran yang berpusat pada peserta didik", Indicators: []career.Indicator{{Name: "Jumlah modul ajar yang disusun", Target: "12 modul"}, {Name: "Persentase ketuntasan belajar", Target: "85%"}}},
		{Title: "Meningkatnya hasil asesmen peserta didik", Indicators: []career.Indicator{{Name: "Rata-rata nilai asesmen sumatif", Target: "78"}}},
	},
	"Perawat": {
		{Title: "Terlaksananya asuhan keperawatan sesuai standar", Indicators: []career.Indicator{{Name: "Jumlah pasien yang mendapat asuhan keperawatan", Target: "300 pasien"}, {Name: "Kepatuhan pada SOP", Target: "95%"}}},
	},
	"Auditor": {
		{Title: "Tersusunnya laporan hasil pemeriksaan", Indicators: []career.Indicator{{Name: "Jumlah laporan hasil audit", Target: "8 laporan"}, {Name: "Rekomendasi yang ditindaklanjuti", Target: "80%"}}},
	},
	"Kepala": {
		{Title: "Tercapainya sasaran kinerja unit", Indicators: []career.Indicator{{Name: "Capaian indikator kinerja utama unit", Target: "100%"}, {Name: "Realisasi anggaran", Target: "95%"}}},
		{Title: "Meningkatnya kualitas pelayanan publik", Indicators: []career.Indicator{{Name: "Indeks kepuasan masyarakat", Target: "85"}}},
	},
	"": {
		{Title: "Terselesaikannya administrasi dan layanan unit kerja tepat waktu", Indicators: []career.Indicator{{Name: "Dokumen yang diselesaikan", Target: "120 dokumen"}, {Name: "Ketepatan waktu penyelesaian", Target: "90%"}}},
		{Title: "Tersedianya data pendukung keputusan", Indicators: []career.Indicator{{Name: "Laporan rekapitulasi data", Target: "12 laporan"}}},
	},
}

func (g *generator) workPlans(p *person) []career.WorkPlan {
	key := ""
	for prefix := range planTemplates {
		if prefix != "" && strings.HasPrefix(p.position.Title, prefix) {
			key = prefix
		}
	}
	plans := make([]career.WorkPlan, 0, 3)
	for _, t := range planTemplates[key] {
		plan := career.WorkPlan{Title: t.Title, Kind: career.WorkPlanMain}
		for _, ind := range t.Indicators {
			ind.Realisation = ind.Target
			plan.Indicators = append(plan.Indicators, ind)
		}
		plans = append(plans, plan)
	}
	if g.chance(0.3) {
		plans = append(plans, career.WorkPlan{Title: "Menjadi narasumber atau panitia kegiatan instansi", Kind: career.WorkPlanAdditional,
			Indicators: []career.Indicator{{Name: "Kegiatan yang diikuti", Target: "2 kegiatan", Realisation: "2 kegiatan"}}})
	}
	return plans
}

var selfNotes = map[career.BerakhlakValue]string{
	career.ValueBerorientasiPelayanan: "Menanggapi permintaan layanan dalam satu hari kerja.",
	career.ValueAkuntabel:             "Menyelesaikan laporan tepat waktu dan dapat dipertanggungjawabkan.",
	career.ValueKompeten:              "Mengikuti pelatihan untuk meningkatkan kompetensi teknis.",
	career.ValueHarmonis:              "Membangun suasana kerja yang saling menghargai.",
	career.ValueLoyal:                 "Menjaga nama baik instansi dan rahasia jabatan.",
	career.ValueAdaptif:               "Menerapkan aplikasi layanan digital yang baru.",
	career.ValueKolaboratif:           "Bekerja sama lintas bidang dalam penyusunan program.",
}

func (g *generator) behaviorNotes() []career.BehaviorNote {
	notes := make([]career.BehaviorNote, 0, 3)
	start := g.rnd.IntN(len(career.BerakhlakValues))
	for i := range 3 {
		v := career.BerakhlakValues[(start+i)%len(career.BerakhlakValues)]
		notes = append(notes, career.BehaviorNote{Value: v, SelfNote: selfNotes[v]})
	}
	return notes
}

package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/careerevent"
	"github.com/jenjang/jenjang/internal/career"
)

// createPotentialAndSanctions assesses the potential of most employees in the last two years and
// records a few disciplinary sanctions.
func (g *generator) createPotentialAndSanctions(ctx context.Context, client *ent.Client, r *roster) error {
	var assessments []*ent.PotentialAssessmentCreate
	var sanctions []*ent.DisciplinarySanctionCreate
	for _, p := range r.people {
		for year := g.year - 2; year < g.year; year++ {
			if year < p.hired.Year()+1 || !g.chance(0.7) {
				continue
			}
			score := 55 + 10*float64(p.tendency) + g.rnd.Float64()*20
			level := career.PotentialMedium
			switch {
			case score >= 78:
				level = career.PotentialHigh
			case score < 62:
				level = career.PotentialLow
			}
			c := client.PotentialAssessment.Create().SetID(g.id("PAS")).SetEmployeeID(p.id).SetYear(year).
				SetLevel(level).SetScore(float64(int(score*10)) / 10).SetMethod(pick(g, []string{"Assessment Center", "Uji Kompetensi"}))
			assessments = append(assessments, c)
		}
		if g.chance(0.025) {
			level := career.SanctionLight
			description := pick(g, []string{"Teguran lisan", "Teguran tertulis", "Pernyataan tidak puas secara tertulis"})
			if g.chance(0.3) {
				level, description = career.SanctionModerate, "Pemotongan tunjangan kinerja 25% selama 6 bulan"
			} else if g.chance(0.1) {
				level, description = career.SanctionHeavy, "Penurunan jabatan setingkat lebih rendah selama 12 bulan"
			}
			imposed := date(g.year-g.between(0, 3), time.Month(g.between(1, 12)), g.between(1, 28))
			if imposed.After(g.today()) || imposed.Before(p.hired) {
				continue
			}
			p.sanctions = append(p.sanctions, career.Sanction{Level: level, ImposedOn: imposed})
			sanctions = append(sanctions, client.DisciplinarySanction.Create().SetID(g.id("SAN")).SetEmployeeID(p.id).
				SetLevel(level).SetDescription(description).SetImposedOn(imposed).SetEndsOn(imposed.AddDate(0, 6, 0)).
				SetDecreeNumber(fmt.Sprintf("800/%d/BKD/%d", g.between(10, 999), imposed.Year())))
		}
	}
	if err := bulk(ctx, assessments, client.PotentialAssessment.CreateBulk); err != nil {
		return err
	}
	return bulk(ctx, sanctions, client.DisciplinarySanction.CreateBulk)
}

// bulkSaver is a CreateBulk builder of any entity.
type bulkSaver[B any] interface {
	Exec(context.Context) error
}

// bulk inserts builders in batches of 500.
func bulk[C any, B bulkSaver[B]](ctx context.Context, builders []C, create func(...C) B) error {
	for start := 0; start < len(builders); start += 500 {
		if err := create(builders[start:min(start+500, len(builders))]...).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// createMentorships pairs junior staff with senior colleagues of the same instansi: a higher rank,
// not their own supervisor. Recent hires have active mentorships, earlier ones completed.
func (g *generator) createMentorships(ctx context.Context, client *ent.Client, r *roster) error {
	seniors := map[string][]*person{}
	for _, p := range r.people {
		if !p.pppk && p.rank.Order() >= career.RankIIID.Order() {
			seniors[string(p.seat.instansi.ID)] = append(seniors[string(p.seat.instansi.ID)], p)
		}
	}
	var builders []*ent.MentorshipCreate
	for _, p := range r.people {
		years := g.year - p.hired.Year()
		if years > 4 || !g.chance(0.35) {
			continue
		}
		pool := seniors[string(p.seat.instansi.ID)]
		if len(pool) == 0 {
			continue
		}
		mentor := pick(g, pool)
		if mentor == p.supervisor || mentor == p || (!p.pppk && mentor.rank.Order() <= p.rank.Order()) {
			continue
		}
		starts := p.hired.AddDate(0, 2, 0)
		c := client.Mentorship.Create().SetID(g.id("MEN")).SetMentorID(mentor.id).SetMenteeID(p.id).SetStartsOn(starts).
			SetGoals(pick(g, []string{
				"Memahami tugas pokok dan alur layanan unit kerja",
				"Menyusun SKP dan indikator kinerja individu yang terukur",
				"Menguasai aplikasi kepegawaian dan pelaporan",
				"Mempersiapkan uji kompetensi kenaikan jenjang jabatan fungsional",
			}))
		if years >= 2 {
			c.SetStatus("COMPLETED").SetEndsOn(starts.AddDate(1, 0, 0)).SetOutcome("Mentee mampu menyelesaikan tugas secara mandiri.")
		}
		builders = append(builders, c)
	}
	return bulk(ctx, builders, client.Mentorship.CreateBulk)
}

// createCareerEvents writes each employee's history: appointment, the last rank promotion, and the
// assignment to a structural post.
func (g *generator) createCareerEvents(ctx context.Context, client *ent.Client, r *roster) error {
	var builders []*ent.CareerEventCreate
	for _, p := range r.people {
		hire := "CPNS"
		if p.pppk {
			hire = "PPPK"
		}
		builders = append(builders, client.CareerEvent.Create().SetID(g.id("CEV")).SetEmployeeID(p.id).
			SetKind(careerevent.KindHIRE).SetToValue(hire).SetEffectiveDate(p.hired).
			SetDecreeNumber(fmt.Sprintf("813/%d/BKD/%d", g.between(100, 9999), p.hired.Year())))
		if !p.pppk && p.rank != p.startRank {
			previous, _ := career.RankAt(p.rank.Order() - 1)
			builders = append(builders, client.CareerEvent.Create().SetID(g.id("CEV")).SetEmployeeID(p.id).
				SetKind(careerevent.KindRANK_PROMOTION).SetFromValue(previous.Label()).SetToValue(p.rank.Label()).
				SetEffectiveDate(p.rankSince).SetReason("Kenaikan pangkat reguler").
				SetDecreeNumber(fmt.Sprintf("823/%d/BKD/%d", g.between(100, 9999), p.rankSince.Year())))
		}
		if p.position.Kind != career.KindPelaksana && p.position.Kind != career.KindFungsional {
			builders = append(builders, client.CareerEvent.Create().SetID(g.id("CEV")).SetEmployeeID(p.id).
				SetKind(careerevent.KindPOSITION_ASSIGNMENT).SetToValue(p.position.Title).SetEffectiveDate(p.rankSince).
				SetReason("Pelantikan dalam jabatan").
				SetDecreeNumber(fmt.Sprintf("821.2/%d/BKD/%d", g.between(100, 999), p.rankSince.Year())))
		}
	}
	return bulk(ctx, builders, client.CareerEvent.CreateBulk)
}

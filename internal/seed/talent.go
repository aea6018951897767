package seed

import (
	"context"
	"fmt"
	"math"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/internal/career"
)

// createPotential assesses the potential of most employees in each past year but the earliest (two of
// three by default), recorded by the head of their instansi's personnel agency. Potential follows
// performance loosely.
func (g *generator) createPotential(ctx context.Context, client *ent.Client, s *staff) error {
	assessments := newInserter(ctx, g, client.PotentialAssessment.CreateBulk)
	for _, p := range s.people {
		for year := g.year - max(1, g.years-1); year < g.year; year++ {
			if !p.serves(date(year, 7, 1)) || !g.chance(0.75) {
				continue
			}
			score := 55 + 9*float64(p.tendency) + 16*g.rnd.Float64()
			if p.education.Order() >= career.EducationS2.Order() {
				score += 2
			}
			level := career.PotentialMedium
			switch {
			case score >= 80:
				level = career.PotentialHigh
			case score < 65:
				level = career.PotentialLow
			}
			method := "Uji Kompetensi"
			if isStructural(p.role.kind) || g.chance(0.15) {
				method = "Assessment Center"
			}
			c := client.PotentialAssessment.Create().SetID(g.id("PAS")).SetEmployeeID(p.id).SetYear(year).
				SetLevel(level).SetScore(math.Round(score*10) / 10).SetMethod(method)
			if hr := s.heads[p.unit.instansi.personnel]; hr != nil && hr != p {
				c.SetAssessedByID(hr.id)
			}
			assessments.add(c)
		}
	}
	return assessments.close()
}

// createSanctions imposes a few disciplinary sanctions (PP 94/2021) in the past years, mostly
// light, more often on people who perform poorly. Officials in structural posts have none: a
// moderate or heavy sanction would have cost them the post.
func (g *generator) createSanctions(ctx context.Context, client *ent.Client, s *staff) error {
	sanctions := newInserter(ctx, g, client.DisciplinarySanction.CreateBulk)
	today := g.today()
	for _, p := range s.people {
		share := 0.015
		if p.tendency == 0 {
			share = 0.08
		}
		if isStructural(p.role.kind) || !g.chance(share) {
			continue
		}
		earliest := maxTime(p.hired.AddDate(1, 0, 0), today.AddDate(-g.years, 0, 0))
		latest := today.AddDate(0, 0, -1)
		if !p.retired.IsZero() {
			latest = p.retired.AddDate(0, -1, 0)
		}
		if !earliest.Before(latest) {
			continue
		}
		imposed := earliest.AddDate(0, 0, g.rnd.IntN(int(latest.Sub(earliest).Hours()/24)))
		level, description, months := career.SanctionLight, pick(g, []string{"Teguran lisan", "Teguran tertulis", "Pernyataan tidak puas secara tertulis"}), 0
		switch x := g.rnd.Float64(); {
		case x > 0.92:
			level, months = career.SanctionHeavy, 12
			description = pick(g, []string{"Penurunan jabatan setingkat lebih rendah selama 12 bulan", "Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan"})
		case x > 0.7:
			level, months = career.SanctionModerate, pick(g, []int{6, 9, 12})
			description = fmt.Sprintf("Pemotongan tunjangan kinerja sebesar 25%% selama %d bulan", months)
		}
		decree := g.decree("800", p, imposed)
		c := client.DisciplinarySanction.Create().SetID(g.id("SAN")).SetEmployeeID(p.id).SetLevel(level).
			SetDescription(description).SetImposedOn(imposed).SetDecreeNumber(decree)
		if months > 0 {
			c.SetEndsOn(imposed.AddDate(0, months, -1))
		}
		p.sanctions = append(p.sanctions, sanction{career.Sanction{Level: level, ImposedOn: imposed}, description, decree})
		sanctions.add(c)
	}
	return sanctions.close()
}

package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/promotionwindow"
	"github.com/jenjang/jenjang/internal/career"
)

// createReferenceData adds what the analytics compare the records with: the default calibration caps
// when there are none, and the promotion windows of every year of the history up to next year that has
// none yet.
func (g *generator) createReferenceData(ctx context.Context, client *ent.Client) error {
	n, err := client.CalibrationCap.Query().Count(ctx)
	if err != nil {
		return err
	}
	if n == 0 {
		var caps []*ent.CalibrationCapCreate
		for _, rating := range career.UnitPerformances {
			for _, c := range career.DefaultCaps[rating] {
				caps = append(caps, client.CalibrationCap.Create().SetID(g.ref.id("CAP")).
					SetUnitRating(rating).SetAtLeast(c.AtLeast).SetMaxShare(c.MaxShare))
			}
		}
		if err := client.CalibrationCap.CreateBulk(caps...).Exec(ctx); err != nil {
			return err
		}
	}
	present := map[int]bool{}
	existing, err := client.PromotionWindow.Query().Select(promotionwindow.FieldEffectiveOn).All(ctx)
	if err != nil {
		return err
	}
	for _, w := range existing {
		present[w.EffectiveOn.Year()] = true
	}
	var windows []*ent.PromotionWindowCreate
	for year := g.year - g.years; year <= g.year+1; year++ {
		if present[year] {
			continue
		}
		for _, effective := range promotionDates(year) {
			windows = append(windows, client.PromotionWindow.Create().SetID(g.ref.id("PRW")).
				SetName(fmt.Sprintf("Periode %s %d", monthNames[effective.Month()], year)).
				SetEffectiveOn(effective).SetOpensOn(effective.AddDate(0, -2, 0)).SetClosesOn(effective.AddDate(0, -1, 0)))
		}
	}
	return client.PromotionWindow.CreateBulk(windows...).Exec(ctx)
}

// promotionDates are the days rank promotions take effect in a year: six from 2024 (Peraturan BKN
// 4/2023), the two of 1 April and 1 October before.
func promotionDates(year int) []time.Time {
	months := []time.Month{time.February, time.April, time.June, time.August, time.October, time.December}
	if year < 2024 {
		months = []time.Month{time.April, time.October}
	}
	out := make([]time.Time, len(months))
	for i, m := range months {
		out[i] = date(year, m, 1)
	}
	return out
}

var monthNames = map[time.Month]string{
	time.January: "Januari", time.February: "Februari", time.March: "Maret", time.April: "April",
	time.May: "Mei", time.June: "Juni", time.July: "Juli", time.August: "Agustus",
	time.September: "September", time.October: "Oktober", time.November: "November", time.December: "Desember",
}

// createUnitRatings rates every agency and bureau for each past year: mostly BAIK, some ISTIMEWA, a few
// BUTUH_PERBAIKAN, and a unit's rating mostly stays what it was the year before.
func (g *generator) createUnitRatings(ctx context.Context, client *ent.Client, units []*unit) error {
	ratings := newInserter(ctx, g, client.UnitRating.CreateBulk)
	r := g.ref
	for _, u := range units {
		if u.plan.kind != orgunit.KindAGENCY && u.plan.kind != orgunit.KindBUREAU {
			continue
		}
		var rating career.UnitPerformance
		for year := g.year - g.years; year < g.year; year++ {
			if rating == "" || !r.chance(0.7) {
				switch x := r.rnd.Float64(); {
				case x < 0.15:
					rating = career.UnitIstimewa
				case x < 0.92:
					rating = career.UnitBaik
				default:
					rating = career.UnitButuhPerbaikan
				}
			}
			ratings.add(client.UnitRating.Create().SetID(r.id("URT")).SetUnitID(u.id).SetYear(year).SetRating(rating))
		}
	}
	return ratings.close()
}

package career

import (
	"fmt"
	"time"
)

// Regular rank promotion (kenaikan pangkat reguler): at least MinYearsInRank years in the current rank
// at the promotion date, and a final annual predikat of at least BAIK in each of the PromotionYears
// years before it.
const (
	MinYearsInRank = 4
	PromotionYears = 2
)

// PromotionCheck is the outcome of the regular promotion rule for one employee and one window.
type PromotionCheck struct {
	Due bool
	// Reasons says, in Indonesian, what is not met; empty when due.
	Reasons []string
}

// RegularPromotion applies the regular rank promotion rule of PNS for a promotion window taking effect
// on windowDate: years in rank are counted up to that date, and the predikat of the PromotionYears
// calendar years before the window's year must each be at least BAIK. predikat holds the final annual
// predikat by year. PPPK have no ranks, and IV/e is the highest rank.
func RegularPromotion(rank *Rank, rankSince time.Time, predikat map[int]Predikat, windowDate time.Time) PromotionCheck {
	var reasons []string
	switch {
	case rank == nil:
		return PromotionCheck{Reasons: []string{"PPPK tidak memiliki kenaikan pangkat"}}
	case *rank == RankIVE:
		return PromotionCheck{Reasons: []string{"Pangkat IV/e adalah pangkat tertinggi"}}
	}
	if years := fullYears(DateOf(rankSince), DateOf(windowDate)); years < MinYearsInRank {
		reasons = append(reasons, fmt.Sprintf("Masa kerja dalam pangkat %s: %d tahun, dibutuhkan minimal %d tahun", rank.Golongan(), years, MinYearsInRank))
	}
	for year := windowDate.Year() - PromotionYears; year < windowDate.Year(); year++ {
		p, ok := predikat[year]
		switch {
		case !ok:
			reasons = append(reasons, fmt.Sprintf("Predikat %d: belum ada penilaian akhir, dibutuhkan minimal %s", year, PredikatBaik.Label()))
		case p.Order() < PredikatBaik.Order():
			reasons = append(reasons, fmt.Sprintf("Predikat %d: %s, dibutuhkan minimal %s", year, p.Label(), PredikatBaik.Label()))
		}
	}
	return PromotionCheck{Due: len(reasons) == 0, Reasons: reasons}
}

// PromotionCriteria are the regular promotion rule's conditions for one window, in the form a query
// over stored columns applies them to many employees at once: a rank held since at most RankSince, a
// final predikat in AllowedPredikat in each of Years, and a rank below IV/e. RegularPromotion applies
// the same conditions to one employee; a test holds the two together.
type PromotionCriteria struct {
	RankSince       time.Time
	Years           []int
	AllowedPredikat []Predikat
	MaxRankOrder    int
}

// RegularPromotionCriteria returns the conditions of the regular promotion rule for a window taking
// effect on windowDate.
func RegularPromotionCriteria(windowDate time.Time) PromotionCriteria {
	c := PromotionCriteria{
		RankSince:    DateOf(windowDate).AddDate(-MinYearsInRank, 0, 0),
		MaxRankOrder: RankIVE.Order() - 1,
	}
	for year := windowDate.Year() - PromotionYears; year < windowDate.Year(); year++ {
		c.Years = append(c.Years, year)
	}
	for _, p := range Predikats {
		if p.Order() >= PredikatBaik.Order() {
			c.AllowedPredikat = append(c.AllowedPredikat, p)
		}
	}
	return c
}

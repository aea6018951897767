package career_test

import (
	"slices"
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

func TestPerformanceFrom(t *testing.T) {
	sb, b, bp, k, sk := career.PredikatSangatBaik, career.PredikatBaik, career.PredikatButuhPerbaikan, career.PredikatKurang, career.PredikatSangatKurang
	tests := []struct {
		lastTwo []career.Predikat
		want    career.PerformanceAxis
		ok      bool
	}{
		{[]career.Predikat{sb, sb}, career.PerformanceAbove, true},
		{[]career.Predikat{sb, b}, career.PerformanceExpected, true},
		{[]career.Predikat{b, sb}, career.PerformanceExpected, true},
		{[]career.Predikat{b, b}, career.PerformanceExpected, true},
		{[]career.Predikat{sb, bp}, career.PerformanceBelow, true},
		{[]career.Predikat{k, sb}, career.PerformanceBelow, true},
		{[]career.Predikat{sk, sk}, career.PerformanceBelow, true},
		{[]career.Predikat{sb}, career.PerformanceAbove, true},
		{[]career.Predikat{bp}, career.PerformanceBelow, true},
		{[]career.Predikat{b, b, sk}, career.PerformanceExpected, true}, // only the last two count
		{nil, "", false},
		{[]career.Predikat{"", b}, "", false},
	}
	for _, tt := range tests {
		got, ok := career.PerformanceFrom(tt.lastTwo...)
		if got != tt.want || ok != tt.ok {
			t.Errorf("PerformanceFrom(%v) = %q, %v; want %q, %v", tt.lastTwo, got, ok, tt.want, tt.ok)
		}
	}
}

func TestTalentBox(t *testing.T) {
	below, expected, above := career.PerformanceBelow, career.PerformanceExpected, career.PerformanceAbove
	high, medium, low := career.PotentialHigh, career.PotentialMedium, career.PotentialLow
	tests := []struct {
		performance career.PerformanceAxis
		potential   career.PotentialLevel
		want        int
	}{
		{below, high, 6}, {expected, high, 8}, {above, high, 9},
		{below, medium, 3}, {expected, medium, 5}, {above, medium, 7},
		{below, low, 1}, {expected, low, 2}, {above, low, 4},
		{"", high, 0}, {above, "", 0},
	}
	seen := map[int]bool{}
	for _, tt := range tests {
		got := career.TalentBox(tt.performance, tt.potential)
		if got != tt.want {
			t.Errorf("TalentBox(%s, %s) = %d, want %d", tt.performance, tt.potential, got, tt.want)
		}
		if got > 0 {
			seen[got] = true
			performance, potential, ok := career.TalentBoxAxes(got)
			if !ok || performance != tt.performance || potential != tt.potential {
				t.Errorf("TalentBoxAxes(%d) = %s, %s", got, performance, potential)
			}
			if career.InTalentPool(got) != (got >= 7) {
				t.Errorf("InTalentPool(%d) = %v", got, career.InTalentPool(got))
			}
			if career.TalentBoxLabel(got) == "" {
				t.Errorf("box %d has no label", got)
			}
		}
	}
	if len(seen) != 9 {
		t.Errorf("the grid has %d boxes, want 9", len(seen))
	}
}

func TestRegularPromotion(t *testing.T) {
	rank := func(r career.Rank) *career.Rank { return &r }
	window := time.Date(2026, time.April, 1, 0, 0, 0, 0, time.UTC)
	good := map[int]career.Predikat{2024: career.PredikatBaik, 2025: career.PredikatSangatBaik}
	tests := []struct {
		name      string
		rank      *career.Rank
		rankSince time.Time
		predikat  map[int]career.Predikat
		due       bool
		reasons   int
	}{
		{"four years in rank, two good years", rank(career.RankIIIA), time.Date(2022, time.April, 1, 0, 0, 0, 0, time.UTC), good, true, 0},
		{"a day short of four years", rank(career.RankIIIA), time.Date(2022, time.April, 2, 0, 0, 0, 0, time.UTC), good, false, 1},
		{"a poor year", rank(career.RankIIIA), time.Date(2020, time.April, 1, 0, 0, 0, 0, time.UTC), map[int]career.Predikat{2024: career.PredikatButuhPerbaikan, 2025: career.PredikatBaik}, false, 1},
		{"a year without a final evaluation", rank(career.RankIIIA), time.Date(2020, time.April, 1, 0, 0, 0, 0, time.UTC), map[int]career.Predikat{2025: career.PredikatBaik}, false, 1},
		{"only older years", rank(career.RankIIB), time.Date(2020, time.April, 1, 0, 0, 0, 0, time.UTC), map[int]career.Predikat{2022: career.PredikatBaik, 2023: career.PredikatBaik}, false, 2},
		{"everything missing", rank(career.RankIIB), time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC), nil, false, 3},
		{"the highest rank", rank(career.RankIVE), time.Date(2010, time.April, 1, 0, 0, 0, 0, time.UTC), good, false, 1},
		{"PPPK", nil, time.Date(2010, time.April, 1, 0, 0, 0, 0, time.UTC), good, false, 1},
	}
	for _, tt := range tests {
		got := career.RegularPromotion(tt.rank, tt.rankSince, tt.predikat, window)
		if got.Due != tt.due || len(got.Reasons) != tt.reasons {
			t.Errorf("%s: %+v, want due %v with %d reasons", tt.name, got, tt.due, tt.reasons)
		}
	}
	got := career.RegularPromotion(rank(career.RankIIIA), time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), map[int]career.Predikat{2024: career.PredikatKurang, 2025: career.PredikatBaik}, window)
	if !slices.Contains(got.Reasons, "Predikat 2024: Kurang, dibutuhkan minimal Baik") {
		t.Errorf("reasons %q do not name the value", got.Reasons)
	}
}

func TestTrainingCompliance(t *testing.T) {
	tests := []struct {
		jp         int
		employment career.EmploymentType
		want       career.JPCompliance
	}{
		{0, career.EmploymentPNS, career.JPCompliance{Applies: true, Short: 20}},
		{19, career.EmploymentPNS, career.JPCompliance{Applies: true, Short: 1}},
		{20, career.EmploymentPNS, career.JPCompliance{Applies: true, Met: true}},
		{64, career.EmploymentPNS, career.JPCompliance{Applies: true, Met: true}},
		{-3, career.EmploymentPNS, career.JPCompliance{Applies: true, Short: 20}},
		{0, career.EmploymentPPPK, career.JPCompliance{}},
		{24, career.EmploymentPPPK, career.JPCompliance{}},
	}
	for _, tt := range tests {
		if got := career.TrainingCompliance(tt.jp, tt.employment); got != tt.want {
			t.Errorf("TrainingCompliance(%d, %s) = %+v, want %+v", tt.jp, tt.employment, got, tt.want)
		}
	}
}

func TestCalibrate(t *testing.T) {
	caps := career.DefaultCaps[career.UnitBaik] // SANGAT_BAIK ≤ 10%, BAIK or better ≤ 70%
	tests := []struct {
		name   string
		counts map[career.Predikat]int
		want   []career.CapCheck
	}{
		{"within the caps", map[career.Predikat]int{career.PredikatSangatBaik: 1, career.PredikatBaik: 6, career.PredikatButuhPerbaikan: 3}, []career.CapCheck{
			{Cap: caps[0], Count: 1, Share: 0.1, Allowed: 1},
			{Cap: caps[1], Count: 7, Share: 0.7, Allowed: 7},
		}},
		{"too many rated well", map[career.Predikat]int{career.PredikatSangatBaik: 2, career.PredikatBaik: 7, career.PredikatKurang: 1}, []career.CapCheck{
			{Cap: caps[0], Count: 2, Share: 0.2, Allowed: 1, Over: true},
			{Cap: caps[1], Count: 9, Share: 0.9, Allowed: 7, Over: true},
		}},
		{"nobody assessed", nil, []career.CapCheck{{Cap: caps[0]}, {Cap: caps[1]}}},
		{"a small unit rounds down", map[career.Predikat]int{career.PredikatBaik: 2, career.PredikatButuhPerbaikan: 1}, []career.CapCheck{
			{Cap: caps[0], Count: 0, Share: 0, Allowed: 0},
			{Cap: caps[1], Count: 2, Share: 2.0 / 3, Allowed: 2},
		}},
	}
	for _, tt := range tests {
		got := career.Calibrate(tt.counts, caps)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
	for _, rating := range career.UnitPerformances {
		if len(career.DefaultCaps[rating]) == 0 || rating.Label() == "" {
			t.Errorf("unit rating %s has no default caps or label", rating)
		}
	}
}

func TestYears(t *testing.T) {
	in := career.YearRecords{
		Predikat:  map[int]career.Predikat{2023: career.PredikatSangatBaik, 2024: career.PredikatBaik, 2025: career.PredikatSangatBaik},
		Potential: map[int]career.PotentialLevel{2024: career.PotentialHigh},
		JP:        map[int]int{2022: 12, 2025: 24},
	}
	type row struct {
		year     int
		predikat career.Predikat
		box, jp  int
	}
	want := []row{
		{2022, "", 0, 12},                        // JP only; no predikat or potential yet
		{2023, career.PredikatSangatBaik, 0, 0},  // no potential yet
		{2024, career.PredikatBaik, 8, 0},        // lower of BAIK and SANGAT_BAIK: as expected, high → 8
		{2025, career.PredikatSangatBaik, 8, 24}, // lower of SANGAT_BAIK and BAIK; potential carried from 2024
	}
	got := career.Years(in)
	if len(got) != len(want) {
		t.Fatalf("%d years, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		predikat, box := career.Predikat(""), 0
		if g.Predikat != nil {
			predikat = *g.Predikat
		}
		if g.TalentBox != nil {
			box = *g.TalentBox
		}
		if g.Year != w.year || predikat != w.predikat || box != w.box || g.JP != w.jp {
			t.Errorf("year %d: predikat %q box %d jp %d; want %+v", g.Year, predikat, box, g.JP, w)
		}
	}
	if len(career.Years(career.YearRecords{})) != 0 {
		t.Error("years without records")
	}
}

// The criteria a query applies must agree with the rule applied to one employee.
func TestRegularPromotionCriteriaAgreeWithTheRule(t *testing.T) {
	window := time.Date(2026, time.June, 1, 0, 0, 0, 0, time.UTC)
	c := career.RegularPromotionCriteria(window)
	ranks := []career.Rank{career.RankIIA, career.RankIIID, career.RankIVD, career.RankIVE}
	sinces := []time.Time{
		time.Date(2022, time.June, 1, 0, 0, 0, 0, time.UTC), time.Date(2022, time.June, 2, 0, 0, 0, 0, time.UTC),
		time.Date(2018, time.January, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC),
	}
	histories := []map[int]career.Predikat{
		{2024: career.PredikatBaik, 2025: career.PredikatSangatBaik},
		{2024: career.PredikatButuhPerbaikan, 2025: career.PredikatBaik},
		{2025: career.PredikatBaik},
		{2023: career.PredikatBaik, 2024: career.PredikatBaik, 2025: career.PredikatKurang},
	}
	for _, rank := range ranks {
		for _, since := range sinces {
			for _, h := range histories {
				byCriteria := !since.After(c.RankSince) && rank.Order() <= c.MaxRankOrder
				for _, y := range c.Years {
					byCriteria = byCriteria && slices.Contains(c.AllowedPredikat, h[y])
				}
				r := rank
				if byRule := career.RegularPromotion(&r, since, h, window).Due; byRule != byCriteria {
					t.Errorf("%s since %s, %v: rule %v, criteria %v", rank, since.Format(time.DateOnly), h, byRule, byCriteria)
				}
			}
		}
	}
}

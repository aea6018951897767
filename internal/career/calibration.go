package career

// UnitPerformance is the organisational performance rating of a unit for a year (PermenPANRB 6/2022),
// which caps how its staff's predikat may be spread.
type UnitPerformance string

// Unit ratings, best first.
const (
	UnitIstimewa       UnitPerformance = "ISTIMEWA"
	UnitBaik           UnitPerformance = "BAIK"
	UnitButuhPerbaikan UnitPerformance = "BUTUH_PERBAIKAN"
	UnitKurang         UnitPerformance = "KURANG"
	UnitSangatKurang   UnitPerformance = "SANGAT_KURANG"
)

// UnitPerformances lists the unit ratings, best first.
var UnitPerformances = []UnitPerformance{UnitIstimewa, UnitBaik, UnitButuhPerbaikan, UnitKurang, UnitSangatKurang}

// Values lists the ratings for ent's enum column.
func (UnitPerformance) Values() []string { return stringValues(UnitPerformances) }

var unitPerformanceLabels = map[UnitPerformance]string{
	UnitIstimewa: "Istimewa", UnitBaik: "Baik", UnitButuhPerbaikan: "Butuh Perbaikan", UnitKurang: "Kurang", UnitSangatKurang: "Sangat Kurang",
}

// Label is the rating as written in Indonesian.
func (u UnitPerformance) Label() string { return unitPerformanceLabels[u] }

// Cap is one calibration cap: at most MaxShare (0–1) of a unit's assessed staff may have the predikat
// AtLeast or better.
type Cap struct {
	AtLeast  Predikat
	MaxShare float64
}

// CapCheck is a unit's distribution against one cap.
type CapCheck struct {
	Cap
	// Count is how many assessed staff have the predikat AtLeast or better; Share is Count over all
	// assessed staff.
	Count int
	Share float64
	// Allowed is the most staff the cap lets have AtLeast or better, rounded down.
	Allowed int
	Over    bool
}

// Calibrate checks a unit's predikat counts against its caps, so that the distribution can be shown
// beside them and a sign-off that breaks one can be warned about.
func Calibrate(counts map[Predikat]int, caps []Cap) []CapCheck {
	total := 0
	for _, n := range counts {
		total += n
	}
	out := make([]CapCheck, 0, len(caps))
	for _, c := range caps {
		n := 0
		for p, k := range counts {
			if p.Order() >= c.AtLeast.Order() && p.Order() > 0 {
				n += k
			}
		}
		check := CapCheck{Cap: c, Count: n, Allowed: int(c.MaxShare*float64(total) + 1e-9)}
		if total > 0 {
			check.Share = float64(n) / float64(total)
		}
		check.Over = n > check.Allowed
		out = append(out, check)
	}
	return out
}

// DefaultCaps are the caps the demo and a fresh installation start from; they are data (CalibrationCap
// records) because the regulation leaves the exact shares to each government. The "BAIK or better at
// most 70% in a unit rated Baik" figure follows PermenPANRB 6/2022's example; the rest are assumptions
// in the same spirit.
var DefaultCaps = map[UnitPerformance][]Cap{
	UnitIstimewa:       {{PredikatSangatBaik, 0.20}, {PredikatBaik, 1.00}},
	UnitBaik:           {{PredikatSangatBaik, 0.10}, {PredikatBaik, 0.70}},
	UnitButuhPerbaikan: {{PredikatSangatBaik, 0.05}, {PredikatBaik, 0.50}},
	UnitKurang:         {{PredikatSangatBaik, 0.00}, {PredikatBaik, 0.30}},
	UnitSangatKurang:   {{PredikatSangatBaik, 0.00}, {PredikatBaik, 0.10}},
}

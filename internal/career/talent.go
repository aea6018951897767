package career

import "fmt"

// PerformanceAxis is the performance axis of the 9-box talent grid (PermenPANRB 3/2020).
type PerformanceAxis string

// The three steps of the performance axis.
const (
	PerformanceBelow    PerformanceAxis = "BELOW"
	PerformanceExpected PerformanceAxis = "AS_EXPECTED"
	PerformanceAbove    PerformanceAxis = "ABOVE"
)

// Values lists the steps for ent's enum column.
func (PerformanceAxis) Values() []string {
	return stringValues([]PerformanceAxis{PerformanceBelow, PerformanceExpected, PerformanceAbove})
}

// PerformanceFrom places an employee on the performance axis from the final annual predikat of the
// last two years, latest first: the lower of the two counts, so that one good year does not hide a
// poor one. With a single year on record, that year counts alone; with none there is no placement.
// The mapping is the common one: SANGAT_BAIK is above expectation, BAIK as expected, the rest below.
func PerformanceFrom(lastTwo ...Predikat) (PerformanceAxis, bool) {
	if len(lastTwo) > 2 {
		lastTwo = lastTwo[:2]
	}
	lowest := Predikat("")
	for _, p := range lastTwo {
		if p.Order() == 0 {
			return "", false
		}
		if lowest == "" || p.Order() < lowest.Order() {
			lowest = p
		}
	}
	switch lowest {
	case "":
		return "", false
	case PredikatSangatBaik:
		return PerformanceAbove, true
	case PredikatBaik:
		return PerformanceExpected, true
	}
	return PerformanceBelow, true
}

// talentBoxes is the grid of PermenPANRB 3/2020: potential first, then performance.
var talentBoxes = map[PotentialLevel]map[PerformanceAxis]int{
	PotentialHigh:   {PerformanceBelow: 6, PerformanceExpected: 8, PerformanceAbove: 9},
	PotentialMedium: {PerformanceBelow: 3, PerformanceExpected: 5, PerformanceAbove: 7},
	PotentialLow:    {PerformanceBelow: 1, PerformanceExpected: 2, PerformanceAbove: 4},
}

// TalentBox is the box (1–9) of the 9-box grid for a performance and a potential, or 0 when either
// is unknown.
func TalentBox(performance PerformanceAxis, potential PotentialLevel) int {
	return talentBoxes[potential][performance]
}

// TalentBoxAxes returns the performance and potential of a box, for charts that lay the grid out.
func TalentBoxAxes(box int) (PerformanceAxis, PotentialLevel, bool) {
	for potential, row := range talentBoxes {
		for performance, b := range row {
			if b == box {
				return performance, potential, true
			}
		}
	}
	return "", "", false
}

// InTalentPool reports whether a box makes its employee a succession candidate (boxes 7, 8 and 9).
func InTalentPool(box int) bool { return box >= 7 && box <= 9 }

var talentBoxLabels = map[int]string{
	9: "Kotak 9 — kinerja di atas ekspektasi, potensial tinggi: promosi dan pertahankan",
	8: "Kotak 8 — kinerja sesuai ekspektasi, potensial tinggi: pertahankan, rotasi, kembangkan",
	7: "Kotak 7 — kinerja di atas ekspektasi, potensial menengah: pertahankan, rotasi, kembangkan",
	6: "Kotak 6 — kinerja di bawah ekspektasi, potensial tinggi: penempatan dan bimbingan",
	5: "Kotak 5 — kinerja sesuai ekspektasi, potensial menengah: penempatan dan bimbingan",
	4: "Kotak 4 — kinerja di atas ekspektasi, potensial rendah: pertahankan di jabatan",
	3: "Kotak 3 — kinerja di bawah ekspektasi, potensial menengah: bimbingan dan konseling",
	2: "Kotak 2 — kinerja sesuai ekspektasi, potensial rendah: bimbingan dan konseling",
	1: "Kotak 1 — kinerja di bawah ekspektasi, potensial rendah: penanganan kinerja rendah",
}

// TalentBoxLabel describes a box in Indonesian with what PermenPANRB 3/2020 recommends for it.
func TalentBoxLabel(box int) string {
	if l, ok := talentBoxLabels[box]; ok {
		return l
	}
	return fmt.Sprintf("Kotak %d", box)
}

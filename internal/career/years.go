package career

import (
	"maps"
	"slices"
)

// YearRecords are an employee's records that the yearly figures come from, by year.
type YearRecords struct {
	Predikat  map[int]Predikat       // final annual predikat
	Potential map[int]PotentialLevel // assessed potential
	JP        map[int]int            // lesson hours of development completed
}

// YearFigures are one employee's figures for one year.
type YearFigures struct {
	Year        int
	Predikat    *Predikat
	Performance *PerformanceAxis
	Potential   *PotentialLevel
	TalentBox   *int
	JP          int
}

// Years computes the figures of every year that has a record: the year's predikat and JP, the
// performance axis from the last two final predikat up to the year, the latest potential up to the
// year, and the 9-box placement from the two.
func Years(in YearRecords) []YearFigures {
	years := map[int]bool{}
	for _, m := range []map[int]bool{keysOf(in.Predikat), keysOf(in.Potential), keysOf(in.JP)} {
		maps.Copy(years, m)
	}
	predikatYears := slices.Sorted(maps.Keys(in.Predikat))
	potentialYears := slices.Sorted(maps.Keys(in.Potential))
	out := make([]YearFigures, 0, len(years))
	for _, year := range slices.Sorted(maps.Keys(years)) {
		f := YearFigures{Year: year, JP: in.JP[year]}
		if p, ok := in.Predikat[year]; ok {
			f.Predikat = &p
		}
		var lastTwo []Predikat
		for i := len(predikatYears) - 1; i >= 0 && len(lastTwo) < 2; i-- {
			if predikatYears[i] <= year {
				lastTwo = append(lastTwo, in.Predikat[predikatYears[i]])
			}
		}
		if axis, ok := PerformanceFrom(lastTwo...); ok {
			f.Performance = &axis
		}
		for i := len(potentialYears) - 1; i >= 0; i-- {
			if potentialYears[i] <= year {
				level := in.Potential[potentialYears[i]]
				f.Potential = &level
				break
			}
		}
		if f.Performance != nil && f.Potential != nil {
			if box := TalentBox(*f.Performance, *f.Potential); box > 0 {
				f.TalentBox = &box
			}
		}
		out = append(out, f)
	}
	return out
}

func keysOf[V any](m map[int]V) map[int]bool {
	out := make(map[int]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

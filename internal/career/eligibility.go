package career

import (
	"fmt"
	"slices"
	"time"
)

// Applicant is what the eligibility rule needs to know about an employee.
type Applicant struct {
	Rank               *Rank // nil for a PPPK
	Education          Education
	RetirementDate     time.Time
	AnnualPredikat     map[int]Predikat // final annual predikat by year
	CompletedTrainings []TrainingKind
	Sanctions          []Sanction
}

// Sanction is a disciplinary sanction as the eligibility rule sees it.
type Sanction struct {
	Level     SanctionLevel
	ImposedOn time.Time
}

// Eligibility checks every requirement of a vacancy and explains each result in Indonesian, naming
// the values, so that an applicant who is not eligible learns exactly why. The years of the predikat
// requirement are the full years before today's (WIB).
func Eligibility(a Applicant, req Requirements, today time.Time) (results []RequirementResult, eligible bool) {
	add := func(code string, met bool, format string, args ...any) {
		results = append(results, RequirementResult{Requirement: code, Met: met, Reason: fmt.Sprintf(format, args...)})
	}
	if req.MinRank != nil {
		switch {
		case a.Rank == nil:
			add("MIN_RANK", false, "Tidak memiliki pangkat PNS, dibutuhkan minimal %s", req.MinRank.Golongan())
		default:
			add("MIN_RANK", a.Rank.Order() >= req.MinRank.Order(), "Pangkat %s, dibutuhkan minimal %s", a.Rank.Golongan(), req.MinRank.Golongan())
		}
	}
	if req.MinPredikat != nil {
		year := DateOf(today).Year()
		for y := year - req.PredikatYears; y < year; y++ {
			p, ok := a.AnnualPredikat[y]
			if !ok {
				add(fmt.Sprintf("PREDIKAT_%d", y), false, "Predikat %d: belum ada penilaian akhir, dibutuhkan minimal %s", y, req.MinPredikat.Label())
				continue
			}
			add(fmt.Sprintf("PREDIKAT_%d", y), p.Order() >= req.MinPredikat.Order(), "Predikat %d: %s, dibutuhkan minimal %s", y, p.Label(), req.MinPredikat.Label())
		}
	}
	for i, kind := range req.TrainingKinds {
		// A kind listed twice (the vacancy form does not stop it) is still one requirement.
		if slices.Contains(req.TrainingKinds[:i], kind) {
			continue
		}
		done := slices.Contains(a.CompletedTrainings, kind)
		state := "belum"
		if done {
			state = "sudah"
		}
		add("TRAINING_"+string(kind), done, "Pelatihan %s: %s diikuti", kind, state)
	}
	if req.MinEducation != nil {
		add("MIN_EDUCATION", a.Education.Order() >= req.MinEducation.Order(), "Pendidikan %s, dibutuhkan minimal %s", a.Education, *req.MinEducation)
	}
	if req.MinYearsToRetirement > 0 {
		left := fullYears(DateOf(today), a.RetirementDate)
		add("YEARS_TO_RETIREMENT", left >= req.MinYearsToRetirement, "Sisa masa kerja %d tahun sebelum pensiun, dibutuhkan minimal %d tahun", left, req.MinYearsToRetirement)
	}
	if req.NoSanctionYears > 0 {
		since := DateOf(today).AddDate(-req.NoSanctionYears, 0, 0)
		var last *Sanction
		for i, s := range a.Sanctions {
			if s.Level != SanctionLight && !s.ImposedOn.Before(since) {
				last = &a.Sanctions[i]
			}
		}
		if last != nil {
			add("NO_SANCTION", false, "Hukuman disiplin tingkat %s pada %s, dalam %d tahun terakhir", sanctionWord[last.Level], last.ImposedOn.Format(time.DateOnly), req.NoSanctionYears)
		} else {
			add("NO_SANCTION", true, "Tidak ada hukuman disiplin sedang atau berat dalam %d tahun terakhir", req.NoSanctionYears)
		}
	}
	eligible = true
	for _, r := range results {
		eligible = eligible && r.Met
	}
	return results, eligible
}

var sanctionWord = map[SanctionLevel]string{SanctionLight: "ringan", SanctionModerate: "sedang", SanctionHeavy: "berat"}

package career

import (
	"fmt"
	"time"
)

// SuccessionPolicy is the configurable part of the succession rule (DOMAIN.md §2): the talent pool is
// boxes 7–9; a candidate for a post also holds its minimum rank, has no moderate or heavy sanction in
// the last SanctionFreeYears years, and (our rule) at least MinYearsToRetirement years before retirement.
type SuccessionPolicy struct {
	MinYearsToRetirement int
	SanctionFreeYears    int
}

// Candidate tells whether an employee placed in a box (nil: not placed) is a succession candidate
// for a post of the minimum rank, with every condition met or not and why: the box first, then the
// conditions of the eligibility rule, which is the one implementation of rank, retirement and
// sanction checks.
func (p SuccessionPolicy) Candidate(box *int, a Applicant, minRank *Rank, today time.Time) (bool, []RequirementResult) {
	pool := RequirementResult{Requirement: "TALENT_POOL"}
	switch {
	case box == nil:
		pool.Reason = "Belum ada penempatan dalam 9-box, dibutuhkan kotak 7–9"
	default:
		pool.Met = InTalentPool(*box)
		pool.Reason = fmt.Sprintf("Kotak talenta %d, dibutuhkan kotak 7–9", *box)
	}
	results, eligible := Eligibility(a, Requirements{MinRank: minRank, MinYearsToRetirement: p.MinYearsToRetirement, NoSanctionYears: p.SanctionFreeYears}, today)
	return pool.Met && eligible, append([]RequirementResult{pool}, results...)
}

package career_test

import (
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

func TestSuccessionCandidate(t *testing.T) {
	today := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	box := func(b int) *int { return &b }
	rank := func(r career.Rank) *career.Rank { return &r }
	base := career.Applicant{Rank: rank(career.RankIVA), RetirementDate: time.Date(2035, 1, 1, 0, 0, 0, 0, time.UTC)}
	with := func(change func(*career.Applicant)) career.Applicant {
		a := base
		change(&a)
		return a
	}
	for _, tt := range []struct {
		name    string
		box     *int
		a       career.Applicant
		minRank *career.Rank
		in      bool
		unmet   string
	}{
		{"box 9, rank and time to spare", box(9), base, rank(career.RankIIID), true, ""},
		{"box 7 holds the minimum rank exactly", box(7), base, rank(career.RankIVA), true, ""},
		{"box 6 is outside the pool", box(6), base, nil, false, "TALENT_POOL"},
		{"not placed", nil, base, nil, false, "TALENT_POOL"},
		{"rank below the post's minimum", box(8), base, rank(career.RankIVB), false, "MIN_RANK"},
		{"retiring in less than two years", box(8), with(func(a *career.Applicant) { a.RetirementDate = time.Date(2028, 6, 1, 0, 0, 0, 0, time.UTC) }), nil, false, "YEARS_TO_RETIREMENT"},
		{"a moderate sanction last year", box(9), with(func(a *career.Applicant) {
			a.Sanctions = []career.Sanction{{Level: career.SanctionModerate, ImposedOn: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)}}
		}), nil, false, "NO_SANCTION"},
		{"a light sanction does not exclude", box(9), with(func(a *career.Applicant) {
			a.Sanctions = []career.Sanction{{Level: career.SanctionLight, ImposedOn: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}}
		}), nil, true, ""},
		{"a heavy sanction three years ago no longer excludes", box(9), with(func(a *career.Applicant) {
			a.Sanctions = []career.Sanction{{Level: career.SanctionHeavy, ImposedOn: time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)}}
		}), nil, true, ""},
	} {
		in, results := career.DefaultTalentSettings.Succession().Candidate(tt.box, tt.a, tt.minRank, today)
		if in != tt.in {
			t.Errorf("%s: candidate %v, want %v (%+v)", tt.name, in, tt.in, results)
		}
		for _, r := range results {
			if r.Reason == "" {
				t.Errorf("%s: %s has no reason", tt.name, r.Requirement)
			}
			if !r.Met && r.Requirement != tt.unmet {
				t.Errorf("%s: %s unmet (%s), want only %q unmet", tt.name, r.Requirement, r.Reason, tt.unmet)
			}
		}
	}
}

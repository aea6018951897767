package career

// TalentSettings are the configurable values of talent management and mentoring.
type TalentSettings struct {
	// MinYearsToRetirement: a succession candidate has at least this many years before retirement.
	MinYearsToRetirement int
	// SanctionFreeYears: a moderate or heavy sanction excludes from the talent pool this long.
	SanctionFreeYears int
	// AtRiskYears: a post is at risk when its holder retires within this many years with no candidate.
	AtRiskYears int
	// MaxMentees: how many active mentees one mentor may have.
	MaxMentees int
	// NewStaffYears: staff hired less than this many years ago should have a mentor.
	NewStaffYears int
}

// DefaultTalentSettings apply until ADMIN changes them (DOMAIN.md §2: two sanction-free years; the
// rest our defaults).
var DefaultTalentSettings = TalentSettings{MinYearsToRetirement: 2, SanctionFreeYears: 2, AtRiskYears: 2, MaxMentees: 3, NewStaffYears: 2}

// Succession is the succession rule these settings configure.
func (t TalentSettings) Succession() SuccessionPolicy {
	return SuccessionPolicy{MinYearsToRetirement: t.MinYearsToRetirement, SanctionFreeYears: t.SanctionFreeYears}
}

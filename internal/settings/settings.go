// Package settings reads and keeps the platform's configurable values. The talent settings live in
// one TalentPolicy row that ADMIN changes (the privacy rule of internal/access says who); before the
// first change the defaults of internal/career apply, so a new database needs no setup.
package settings

import (
	"context"
	"fmt"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/talentpolicy"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/career"
)

// Talent reads the talent settings.
func Talent(ctx context.Context, client *ent.Client) (career.TalentSettings, error) {
	row, err := client.TalentPolicy.Query().First(ctx)
	switch {
	case ent.IsNotFound(err):
		return career.DefaultTalentSettings, nil
	case err != nil:
		return career.TalentSettings{}, err
	}
	return career.TalentSettings{
		MinYearsToRetirement: row.MinYearsToRetirement,
		SanctionFreeYears:    row.SanctionFreeYears,
		AtRiskYears:          row.AtRiskYears,
		MaxMentees:           row.MaxMentees,
		NewStaffYears:        row.NewStaffYears,
	}, nil
}

// TalentChange changes some of the talent settings; a nil value stays as it is.
type TalentChange struct {
	MinYearsToRetirement *int
	SanctionFreeYears    *int
	AtRiskYears          *int
	MaxMentees           *int
	NewStaffYears        *int
}

// UpdateTalent applies the change with the client given (the caller's transaction) and returns the
// settings as they now are. The first change stores the row, starting from the defaults.
func UpdateTalent(ctx context.Context, client *ent.Client, c TalentChange) (career.TalentSettings, error) {
	if err := c.check(); err != nil {
		return career.TalentSettings{}, err
	}
	ctx = audit.WithAction(ctx, "updateTalentSettings")
	row, err := client.TalentPolicy.Query().First(ctx)
	switch {
	case ent.IsNotFound(err):
		d := career.DefaultTalentSettings
		_, err = client.TalentPolicy.Create().SetScope(talentpolicy.ScopePLATFORM).
			SetMinYearsToRetirement(or(c.MinYearsToRetirement, d.MinYearsToRetirement)).
			SetSanctionFreeYears(or(c.SanctionFreeYears, d.SanctionFreeYears)).
			SetAtRiskYears(or(c.AtRiskYears, d.AtRiskYears)).
			SetMaxMentees(or(c.MaxMentees, d.MaxMentees)).
			SetNewStaffYears(or(c.NewStaffYears, d.NewStaffYears)).
			Save(ctx)
	case err == nil:
		_, err = row.Update().
			SetNillableMinYearsToRetirement(c.MinYearsToRetirement).
			SetNillableSanctionFreeYears(c.SanctionFreeYears).
			SetNillableAtRiskYears(c.AtRiskYears).
			SetNillableMaxMentees(c.MaxMentees).
			SetNillableNewStaffYears(c.NewStaffYears).
			Save(ctx)
	}
	if err != nil {
		return career.TalentSettings{}, err
	}
	return Talent(ctx, client)
}

// talentRanges are the values each setting accepts, as the TalentPolicy schema's validators do: checked
// here first so that the form hears which range in words.
var talentRanges = []struct {
	field    string
	min, max int
	value    func(TalentChange) *int
}{
	{"minYearsToRetirement", 0, 10, func(c TalentChange) *int { return c.MinYearsToRetirement }},
	{"sanctionFreeYears", 0, 10, func(c TalentChange) *int { return c.SanctionFreeYears }},
	{"atRiskYears", 1, 10, func(c TalentChange) *int { return c.AtRiskYears }},
	{"maxMentees", 1, 20, func(c TalentChange) *int { return c.MaxMentees }},
	{"newStaffYears", 1, 10, func(c TalentChange) *int { return c.NewStaffYears }},
}

func (c TalentChange) check() error {
	for _, r := range talentRanges {
		if v := r.value(c); v != nil && (*v < r.min || *v > r.max) {
			return &career.FieldError{Field: r.field, Message: fmt.Sprintf("isi angka %d sampai %d", r.min, r.max)}
		}
	}
	return nil
}

func or(v *int, def int) int {
	if v != nil {
		return *v
	}
	return def
}

package api_test

import (
	"context"
	"testing"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

// The head of the agency retires within two years: with nobody in the talent pool the post is at
// risk (in positionsAtRisk and in the retirement forecast); a box-9 employee of the required rank makes
// a candidate, while a box-9 employee below the rank is weighed and left out with the reason.
func TestSuccessionAndPositionsAtRisk(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		leader := newServer(t, db).as(auth.RoleLeader, "", f.region.ID)
		employeeView := newServer(t, db).as(auth.RoleEmployee, f.teachers[1].ID, "")
		talented := func(e *ent.Employee, rank career.Rank) {
			db.Client.Employee.UpdateOne(e).SetRank(rank).ExecX(ctx)
			finalAnnual(t, db.Client, e, 2024, career.RatingAbove, career.RatingAbove)
			finalAnnual(t, db.Client, e, 2025, career.RatingAbove, career.RatingAbove)
			db.Client.PotentialAssessment.Create().SetEmployee(e).SetYear(2025).SetLevel(career.PotentialHigh).SetScore(88).SetMethod("Assessment center").ExecX(ctx)
		}
		atRisk := func() []string {
			var r struct {
				PositionsAtRisk []struct {
					Position struct{ Title string }
					Pool     int
				}
				RetirementForecast struct {
					PositionsWithoutSuccessor []struct{ Position struct{ Title string } }
				}
			}
			leader.mustQuery(`query($u: ID!) { positionsAtRisk(unitID: $u, year: 2025) { position { title } pool }
				retirementForecast(fromYear: 2026, years: 3, unitID: $u) { positionsWithoutSuccessor { position { title } } } }`,
				map[string]any{"u": f.disdik.ID}, &r)
			var titles []string
			for _, p := range r.PositionsAtRisk {
				titles = append(titles, p.Position.Title)
			}
			if len(r.RetirementForecast.PositionsWithoutSuccessor) != len(titles) {
				t.Errorf("the forecast lists %d posts without a successor, positionsAtRisk %d", len(r.RetirementForecast.PositionsWithoutSuccessor), len(titles))
			}
			return titles
		}
		if titles := atRisk(); len(titles) != 1 || titles[0] != f.head.Title {
			t.Fatalf("at risk with an empty talent pool: %v", titles)
		}
		talented(f.teachers[40], career.RankIIIC)
		if titles := atRisk(); len(titles) != 1 {
			t.Errorf("a box-9 employee below the post's minimum rank took the post off the risk list: %v", titles)
		}
		talented(f.teachers[41], career.RankIVC)
		if titles := atRisk(); len(titles) != 0 {
			t.Errorf("still at risk with a candidate: %v", titles)
		}
		var s struct {
			SuccessionCandidates []struct {
				Employee  struct{ ID string }
				Box       int
				Candidate bool
				Reasons   []struct {
					Requirement string
					Met         bool
				}
			}
		}
		leader.mustQuery(`query($p: ID!) { successionCandidates(positionID: $p, year: 2025) { employee { id } box candidate reasons { requirement met } } }`,
			map[string]any{"p": f.head.ID}, &s)
		c := s.SuccessionCandidates
		if len(c) < 2 || !c[0].Candidate || c[0].Employee.ID != string(f.teachers[41].ID) {
			t.Fatalf("succession candidates: %+v", c)
		}
		weighed := false
		for _, m := range c[1:] {
			if m.Employee.ID != string(f.teachers[40].ID) {
				continue
			}
			weighed = true
			for _, r := range m.Reasons {
				if m.Candidate || (!r.Met && r.Requirement != "MIN_RANK") {
					t.Errorf("the rank III/c member: candidate %v, out for %s", m.Candidate, r.Requirement)
				}
			}
		}
		if !weighed {
			t.Error("the rank III/c member of the pool is not listed with the reason")
		}
		wantCode(t, onlyError(t, employeeView.query(`query($p: ID!) { successionCandidates(positionID: $p, year: 2025) { box } }`, map[string]any{"p": f.head.ID})), "FORBIDDEN", "")
	})
}

// The talent settings start at the defaults, which everyone signed in reads; ADMIN changes them (the
// first change stores them, a later one keeps what it leaves out), out-of-range values are refused
// next to the field, and nobody else may change them.
func TestTalentSettings(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		admin := newAdminServer(t, db)
		employeeView := newServer(t, db).as(auth.RoleEmployee, f.teachers[1].ID, "")
		const read = `{ talentSettings { minYearsToRetirement sanctionFreeYears atRiskYears maxMentees newStaffYears } }`
		const update = `mutation($in: UpdateTalentSettingsInput!) { updateTalentSettings(input: $in) { minYearsToRetirement sanctionFreeYears atRiskYears maxMentees newStaffYears } }`
		type settings struct{ MinYearsToRetirement, SanctionFreeYears, AtRiskYears, MaxMentees, NewStaffYears int }
		var got struct{ TalentSettings settings }
		employeeView.mustQuery(read, nil, &got)
		if want := (settings{2, 2, 2, 3, 2}); got.TalentSettings != want {
			t.Errorf("defaults = %+v, want %+v", got.TalentSettings, want)
		}
		var changed struct{ UpdateTalentSettings settings }
		admin.mustQuery(update, map[string]any{"in": map[string]any{"maxMentees": 5}}, &changed)
		admin.mustQuery(update, map[string]any{"in": map[string]any{"atRiskYears": 3}}, &changed)
		if want := (settings{2, 2, 3, 5, 2}); changed.UpdateTalentSettings != want {
			t.Errorf("after two changes = %+v, want %+v", changed.UpdateTalentSettings, want)
		}
		wantCode(t, onlyError(t, admin.query(update, map[string]any{"in": map[string]any{"maxMentees": 0}})), "BAD_USER_INPUT", "maxMentees")
		wantCode(t, onlyError(t, newServer(t, db).as(auth.RoleHR, "", f.region.ID).query(update, map[string]any{"in": map[string]any{"maxMentees": 9}})), "FORBIDDEN", "")
		wantCode(t, onlyError(t, newServer(t, db).query(read, nil)), "UNAUTHENTICATED", "")
		employeeView.mustQuery(read, nil, &got)
		if got.TalentSettings.MaxMentees != 5 {
			t.Errorf("refused changes were kept: %+v", got.TalentSettings)
		}
	})
}

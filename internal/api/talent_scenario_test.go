package api_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/jenjang/jenjang/ent/auditentry"
	"github.com/jenjang/jenjang/ent/potentialassessment"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

const (
	recordPotential = `mutation($e: ID!, $in: PotentialAssessmentInput!) { recordPotentialAssessment(employeeID: $e, input: $in) {
		id year level score method assessedByID employee { talentBox(year: 2025) } } }`
	recordSanction = `mutation($e: ID!, $in: SanctionInput!) { recordSanction(employeeID: $e, input: $in) { id level imposedOn endsOn decreeNumber } }`
)

func potentialInput(year int, level string, score float64) map[string]any {
	return map[string]any{"year": year, "level": level, "score": score, "method": "Assessment Center"}
}

// The scenario: HR's potential assessment puts a teacher with two SANGAT BAIK years into box 9
// and onto the succession list of the Sekretaris Dinas, whose holder turns 58 next year, so the post
// leaves the at-risk list; a heavy sanction takes the teacher off with the reason and puts the post
// back. The rule reads the talent settings in force, and a second assessment of the year corrects
// the first on the audit trail.
func TestTalentScenario(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		hr := s.as(auth.RoleHR, f.nurses[0].ID, f.instansi.ID)
		leader := s.as(auth.RoleLeader, "", f.region.ID)
		admin := s.as(auth.RoleAdmin, "", "")

		sekretaris := db.Client.Position.Create().SetTitle("Sekretaris Dinas Pendidikan").SetKind(career.KindAdministrator).
			SetJobClass(12).SetMinRank(career.RankIVA).SetUnit(f.disdik).SaveX(ctx)
		// Born 10 March 1969: 58, the administrator's retirement age, on 10 March 2027; retires 1 April 2027.
		newEmployee(db.Client, 300, "Hj. Rosmawati, S.Pd., M.M.", career.GenderFemale, date(1969, 3, 10), date(1995, 3, 1), career.RankIVB).
			SetUnit(f.disdik).SetPosition(sekretaris).SetSupervisor(f.kepala).SaveX(ctx)
		star := f.teachers[41]
		db.Client.Employee.UpdateOne(star).SetRank(career.RankIVC).ExecX(ctx)
		finalAnnual(t, db.Client, star, 2024, career.RatingAbove, career.RatingAbove)
		finalAnnual(t, db.Client, star, 2025, career.RatingAbove, career.RatingAbove)

		type candidate struct {
			Employee  struct{ ID string }
			Box       int
			Candidate bool
			Reasons   []reason
		}
		successors := func() []candidate {
			var r struct{ SuccessionCandidates []candidate }
			leader.mustQuery(`query($p: ID!) { successionCandidates(positionID: $p, year: 2025) { employee { id } box candidate reasons { requirement met reason } } }`,
				map[string]any{"p": sekretaris.ID}, &r)
			return r.SuccessionCandidates
		}
		atRisk := func(vars map[string]any) []string {
			var r struct {
				PositionsAtRisk []struct {
					Position struct{ Title string }
					Holder   struct{ Name string }
				}
			}
			leader.mustQuery(`query($u: ID, $y: Int) { positionsAtRisk(unitID: $u, years: $y, year: 2025) { position { title } holder { name } } }`, vars, &r)
			var titles []string
			for _, p := range r.PositionsAtRisk {
				titles = append(titles, p.Position.Title)
			}
			return titles
		}
		disdik := map[string]any{"u": f.disdik.ID}

		// The fixtures' box-9 teacher is in the pool but below the post's rank.
		entry := func(c []candidate) *candidate {
			for i := range c {
				if c[i].Employee.ID == string(star.ID) {
					return &c[i]
				}
			}
			return nil
		}
		candidates := func(c []candidate) (n int) {
			for _, x := range c {
				if x.Candidate {
					n++
				}
			}
			return n
		}
		if c := successors(); candidates(c) != 0 || entry(c) != nil {
			t.Fatalf("succession list before the assessment: %+v", c)
		}
		if titles := atRisk(disdik); !slices.Contains(titles, sekretaris.Title) {
			t.Fatalf("a post whose holder turns 58 next year with nobody to succeed her is not at risk: %v", titles)
		}

		var rec struct {
			RecordPotentialAssessment struct {
				ID           string
				Level        string
				AssessedByID string
				Employee     struct{ TalentBox int }
			}
		}
		hr.mustQuery(recordPotential, map[string]any{"e": star.ID, "in": potentialInput(2025, "HIGH", 86)}, &rec)
		if got := rec.RecordPotentialAssessment; got.Employee.TalentBox != 9 || got.AssessedByID != string(f.nurses[0].ID) {
			t.Fatalf("after a HIGH potential: %+v, want box 9 assessed by the HR officer", got)
		}
		c := successors()
		if candidates(c) != 1 || c[0].Employee.ID != string(star.ID) || !c[0].Candidate || c[0].Box != 9 {
			t.Fatalf("succession list after the assessment: %+v", c)
		}
		for _, r := range c[0].Reasons {
			if !r.Met {
				t.Errorf("a candidate with an unmet condition: %+v", r)
			}
		}
		if titles := atRisk(disdik); len(titles) != 0 {
			t.Errorf("still at risk with a candidate for every post: %v", titles)
		}

		// The rule reads the settings of the moment: eight years to retirement leaves the teacher
		// (born 1976, retiring 2034) out.
		const settings = `mutation($in: UpdateTalentSettingsInput!) { updateTalentSettings(input: $in) { minYearsToRetirement } }`
		admin.mustQuery(settings, map[string]any{"in": map[string]any{"minYearsToRetirement": 8}}, &struct{}{})
		if e := entry(successors()); e == nil || e.Candidate || unmet(e.Reasons) != "YEARS_TO_RETIREMENT" {
			t.Errorf("with eight years to retirement required: %+v", e)
		}
		admin.mustQuery(settings, map[string]any{"in": map[string]any{"minYearsToRetirement": 2}}, &struct{}{})

		var san struct {
			RecordSanction struct{ Level, ImposedOn string }
		}
		hr.mustQuery(recordSanction, map[string]any{"e": star.ID, "in": map[string]any{"level": "HEAVY",
			"description": "Penurunan jabatan setingkat lebih rendah selama 12 bulan", "decreeNumber": "800/77/BKD/2026",
			"imposedOn": "2026-11-02", "endsOn": "2027-11-01"}}, &san)
		if san.RecordSanction.Level != "HEAVY" || san.RecordSanction.ImposedOn != "2026-11-02" {
			t.Errorf("recorded sanction: %+v", san.RecordSanction)
		}
		c = successors()
		e := entry(c)
		if candidates(c) != 0 || e == nil || unmet(e.Reasons) != "NO_SANCTION" {
			t.Fatalf("after a heavy sanction: %+v", c)
		}
		for _, r := range e.Reasons {
			if r.Requirement == "NO_SANCTION" && !strings.Contains(r.Reason, "berat pada 2026-11-02") {
				t.Errorf("the reason does not name the sanction: %q", r.Reason)
			}
		}
		if titles := atRisk(disdik); !slices.Contains(titles, sekretaris.Title) || !slices.Contains(titles, f.head.Title) {
			t.Errorf("posts at risk after the sanction: %v", titles)
		}
		// Without years the horizon is the settings' atRiskYears: at one year, the Sekretaris (1 April
		// 2027) is at risk and the Kepala Dinas (1 June 2028) not yet.
		admin.mustQuery(settings, map[string]any{"in": map[string]any{"atRiskYears": 1}}, &struct{}{})
		if titles := atRisk(map[string]any{"u": f.disdik.ID, "y": nil}); !slices.Equal(titles, []string{sekretaris.Title}) {
			t.Errorf("at risk within the settings' one year: %v", titles)
		}

		// A second assessment of the year corrects the first: one record, two entries on the trail.
		hr.mustQuery(recordPotential, map[string]any{"e": star.ID, "in": potentialInput(2025, "LOW", 58)}, &rec)
		if got := rec.RecordPotentialAssessment; got.Employee.TalentBox != 4 || got.Level != "LOW" {
			t.Errorf("after the correction: %+v, want LOW in box 4", got)
		}
		if n := db.Client.PotentialAssessment.Query().Where(potentialassessment.EmployeeID(star.ID), potentialassessment.Year(2025)).CountX(ctx); n != 1 {
			t.Errorf("%d assessments of 2025, want the corrected one", n)
		}
		if n := db.Client.AuditEntry.Query().Where(auditentry.EntityID(rec.RecordPotentialAssessment.ID), auditentry.Action("recordPotentialAssessment")).CountX(ctx); n != 2 {
			t.Errorf("%d audit entries for the assessment, want the record and its correction", n)
		}
	})
}

// reason is a condition of the succession rule as the API explains it.
type reason struct {
	Requirement, Reason string
	Met                 bool
}

// unmet lists the requirements of the unmet reasons.
func unmet(reasons []reason) string {
	var out []string
	for _, r := range reasons {
		if !r.Met {
			out = append(out, r.Requirement)
		}
	}
	return strings.Join(out, ",")
}

// Only HR of the employee's scope and ADMIN record potential and sanctions; bad values are refused
// next to their field, and nothing is stored.
func TestTalentRecordRefusals(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		hr := s.as(auth.RoleHR, "", f.disdik.ID)
		teacher := f.teachers[20]
		sanction := func(change map[string]any) map[string]any {
			in := map[string]any{"level": "MODERATE", "description": "Pemotongan tunjangan kinerja 25% selama 6 bulan",
				"decreeNumber": "800/5/DISDIK/2026", "imposedOn": "2026-10-01", "endsOn": nil}
			for k, v := range change {
				in[k] = v
			}
			return map[string]any{"e": teacher.ID, "in": in}
		}
		potential := map[string]any{"e": teacher.ID, "in": potentialInput(2025, "HIGH", 80)}

		for name, viewer := range map[string]*server{
			"the employee":           s.as(auth.RoleEmployee, teacher.ID, ""),
			"a leader":               s.as(auth.RoleLeader, "", f.region.ID),
			"HR of another unit":     s.as(auth.RoleHR, "", f.dinkes.ID),
			"the teacher's superior": s.as(auth.RoleSupervisor, f.kepala.ID, ""),
		} {
			t.Run(name, func(t *testing.T) {
				wantCode(t, onlyError(t, viewer.query(recordPotential, potential)), "FORBIDDEN", "")
				wantCode(t, onlyError(t, viewer.query(recordSanction, sanction(nil))), "FORBIDDEN", "")
			})
		}
		wantCode(t, onlyError(t, s.query(recordPotential, potential)), "UNAUTHENTICATED", "")

		for field, in := range map[string]map[string]any{
			"score":  potentialInput(2025, "HIGH", 120),
			"year":   potentialInput(2027, "HIGH", 80),
			"method": {"year": 2025, "level": "HIGH", "score": 80, "method": " "},
		} {
			wantCode(t, onlyError(t, hr.query(recordPotential, map[string]any{"e": teacher.ID, "in": in})), "BAD_USER_INPUT", field)
		}
		for field, change := range map[string]map[string]any{
			"imposedOn":    {"imposedOn": "2026-12-01"},
			"endsOn":       {"endsOn": "2026-09-30"},
			"decreeNumber": {"decreeNumber": ""},
			"description":  {"description": ""},
		} {
			wantCode(t, onlyError(t, hr.query(recordSanction, sanction(change))), "BAD_USER_INPUT", field)
		}
		wantCode(t, onlyError(t, hr.query(recordPotential, map[string]any{"e": "EMP01J00000000000000000000000", "in": potentialInput(2025, "HIGH", 80)})), "NOT_FOUND", "")
		if n := db.Client.PotentialAssessment.Query().Where(potentialassessment.EmployeeID(teacher.ID)).CountX(ctx); n != 0 {
			t.Errorf("refused assessments were stored: %d", n)
		}
		if n := db.Client.DisciplinarySanction.Query().CountX(ctx); n != 1 {
			t.Errorf("refused sanctions were stored: %d sanctions, want the fixture's one", n)
		}
		hr.mustQuery(recordPotential, potential, &struct{}{})
		newAdminServer(t, db).mustQuery(recordSanction, sanction(nil), &struct{}{})
	})
}

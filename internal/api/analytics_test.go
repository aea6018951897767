package api_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

const headcountQuery = `query($by: [Dimension!]!, $unit: ID, $where: EmployeeWhereInput) {
  headcount(by: $by, unitID: $unit, where: $where) {
    total { value display }
    groups { buckets { dimension key label } count { value display } }
  }
}`

type headcountResult struct {
	Headcount struct {
		Total struct {
			Value   *int
			Display string
		}
		Groups []struct {
			Buckets []struct{ Dimension, Key, Label string }
			Count   struct {
				Value   *int
				Display string
			}
		}
	}
}

// summary writes a headcount as "label=count; …" in the order of the groups.
func (h headcountResult) summary() string {
	var parts []string
	for _, g := range h.Headcount.Groups {
		var labels []string
		for _, b := range g.Buckets {
			labels = append(labels, b.Label)
		}
		parts = append(parts, strings.Join(labels, "/")+"="+g.Count.Display)
	}
	return fmt.Sprintf("total %s: %s", h.Headcount.Total.Display, strings.Join(parts, "; "))
}

func TestHeadcount(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		run := func(who string, vars map[string]any) string {
			t.Helper()
			var h headcountResult
			w.as[who].mustQuery(headcountQuery, vars, &h)
			return h.summary()
		}
		tests := []struct {
			name string
			who  string
			vars map[string]any
			want string
		}{
			{"the region by unit", admin, map[string]any{"by": []string{"UNIT"}, "unit": w.region.ID},
				"total 55: Pemerintah Kabupaten Bungo=2; Pemerintah Kota Jambi=2; Pemerintah Provinsi Jambi=51"},
			{"a leader's own scope by default", leaderBungo, map[string]any{"by": []string{"GENDER"}},
				"total 2: Laki-laki=2"},
			{"a leader asking about another regency counts nobody", leaderBungo, map[string]any{"by": []string{"GENDER"}, "unit": w.kotaJambi.ID},
				"total 0: "},
			{"by employment type and rank group", hr, map[string]any{"by": []string{"EMPLOYMENT_TYPE", "RANK_GROUP"}},
				"total 51: PNS/Golongan III=45; PNS/Golongan IV=1; PPPK/PPPK=5"},
			{"filtered like the employees list", leader, map[string]any{"by": []string{"RANK"}, "where": map[string]any{"rankIn": []string{"III_A", "III_B"}}},
				"total 27: Penata Muda (III/a)=14; Penata Muda Tingkat I (III/b)=13"},
			{"the region by unit, filtered: counted from the rows", admin, map[string]any{"by": []string{"UNIT"}, "unit": w.region.ID, "where": map[string]any{"rankIn": []string{"III_A", "III_B"}}},
				"total 27: Pemerintah Kabupaten Bungo=2; Pemerintah Kota Jambi=2; Pemerintah Provinsi Jambi=23"},
			{"a leader's scope by unit, filtered", leader, map[string]any{"by": []string{"RANK", "UNIT"}, "where": map[string]any{"rankIn": []string{"III_A"}}},
				"total 14: Penata Muda (III/a)/Pemerintah Kota Jambi=2; Penata Muda (III/a)/Pemerintah Provinsi Jambi=12"},
			{"a supervisor counts its team and itself", supervisor, map[string]any{"by": []string{"POSITION_KIND"}},
				"total 46: JPT Pratama=1; Fungsional=45"},
			{"an employee counts only itself", employee, map[string]any{"by": []string{"GENDER"}},
				"total 1: Perempuan=1"},
			{"an analyst sees no small groups", analyst, map[string]any{"by": []string{"UNIT"}, "unit": w.region.ID},
				"total 55: Pemerintah Kabupaten Bungo=< 5; Pemerintah Kota Jambi=< 5; Pemerintah Provinsi Jambi=51"},
			{"an analyst's small total is hidden too", analyst, map[string]any{"by": []string{"AGE_BAND"}, "unit": w.bungo.ID},
				"total < 5: 40–49 tahun=< 5"},
		}
		for _, tt := range tests {
			if got := run(tt.who, tt.vars); got != tt.want {
				t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
			}
		}

		res := w.as[anonymous].query(headcountQuery, map[string]any{"by": []string{"GENDER"}})
		wantCode(t, onlyError(t, res), "UNAUTHENTICATED", "")
		res = w.as[analyst].query(headcountQuery, map[string]any{"by": []string{"GENDER"}, "where": map[string]any{"nipHasPrefix": "1985"}})
		wantCode(t, onlyError(t, res), "FORBIDDEN", "nipHasPrefix")
		res = w.as[admin].query(headcountQuery, map[string]any{"by": []string{"GENDER", "GENDER"}})
		wantCode(t, onlyError(t, res), "BAD_USER_INPUT", "by")

		before := run(admin, map[string]any{"by": []string{"UNIT"}, "unit": w.region.ID})
		w.as[admin].mustQuery(`mutation($id: ID!, $u: ID!) { updateEmployee(id: $id, input: {unitID: $u}) { id } }`,
			map[string]any{"id": w.teachers[0].ID, "u": w.bungo.ID}, &struct{}{})
		after := run(admin, map[string]any{"by": []string{"UNIT"}, "unit": w.region.ID})
		if want := "total 55: Pemerintah Kabupaten Bungo=3; Pemerintah Kota Jambi=2; Pemerintah Provinsi Jambi=50"; after != want {
			t.Errorf("after moving a teacher to Bungo:\n got %s\nwant %s (before: %s)", after, want, before)
		}
	})
}

func TestPerformanceTrainingAndTalent(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		ctx := access.SystemContext(context.Background())
		w.as[admin].mustQuery(`mutation($u: ID!) {
		  a: createCalibrationCap(input: {unitRating: BAIK, atLeast: SANGAT_BAIK, maxShare: 0.1}) { id }
		  b: createCalibrationCap(input: {unitRating: BAIK, atLeast: BAIK, maxShare: 0.7}) { id }
		  c: createUnitRating(input: {unitID: $u, year: 2025, rating: BAIK}) { id } }`, map[string]any{"u": w.instansi.ID}, &struct{}{})

		const performance = `query($u: ID) { performanceDistribution(year: 2025, unitID: $u) {
		  total { display } predikat { predikat count { display } share }
		  units { unit { name } unitRating total { display } predikat { predikat count { display } } caps { atLeast count allowed over } } } }`
		var dist struct {
			PerformanceDistribution struct {
				Total    struct{ Display string }
				Predikat []struct {
					Predikat string
					Count    struct{ Display string }
					Share    *float64
				}
				Units []struct {
					Unit       struct{ Name string }
					UnitRating *string
					Total      struct{ Display string }
					Caps       []struct {
						AtLeast        string
						Count, Allowed int
						Over           bool
					}
				}
			}
		}
		w.as[leader].mustQuery(performance, map[string]any{"u": w.region.ID}, &dist)
		d := dist.PerformanceDistribution
		if d.Total.Display != "2" || len(d.Predikat) != 5 || d.Predikat[0].Count.Display != "1" || d.Predikat[4].Count.Display != "1" || *d.Predikat[0].Share != 0.5 {
			t.Errorf("overall distribution: %+v", d)
		}
		if len(d.Units) != 2 || d.Units[0].Unit.Name != "Pemerintah Kota Jambi" || d.Units[1].Unit.Name != "Pemerintah Provinsi Jambi" {
			t.Fatalf("units: %+v", d.Units)
		}
		prov := d.Units[1]
		if prov.UnitRating == nil || *prov.UnitRating != "BAIK" || len(prov.Caps) != 2 || !prov.Caps[0].Over || prov.Caps[0].Allowed != 0 || d.Units[0].UnitRating != nil {
			t.Errorf("the province's caps: %+v; Kota Jambi: %+v", prov, d.Units[0])
		}
		w.as[leaderBungo].mustQuery(performance, map[string]any{"u": w.region.ID}, &dist)
		if dist.PerformanceDistribution.Total.Display != "0" {
			t.Errorf("Bungo's leader counts %s evaluations of the region", dist.PerformanceDistribution.Total.Display)
		}

		// A changed evaluation shows in the next read.
		db.Client.Evaluation.UpdateOneID(w.kotaEvaluation).SetWorkResult(career.RatingMeets).SetWorkBehavior(career.RatingMeets).ExecX(ctx)
		w.as[leader].mustQuery(performance, map[string]any{"u": w.region.ID}, &dist)
		if p := dist.PerformanceDistribution.Predikat; p[1].Count.Display != "1" || p[4].Count.Display != "0" {
			t.Errorf("after the Kota Jambi evaluation became BAIK: %+v", p)
		}

		const training = `{ trainingCompliance(year: 2026) { requiredJP compliance { employees { display } pns { display } met { display } metShare jp }
		  units { unit { name } compliance { met { display } jp } } } }`
		var tc struct {
			TrainingCompliance struct {
				RequiredJP int
				Compliance struct {
					Employees, Pns, Met struct{ Display string }
					MetShare            *float64
					Jp                  int
				}
				Units []struct {
					Unit       struct{ Name string }
					Compliance struct {
						Met struct{ Display string }
						Jp  int
					}
				}
			}
		}
		w.as[hr].mustQuery(training, nil, &tc)
		c := tc.TrainingCompliance.Compliance
		if tc.TrainingCompliance.RequiredJP != 20 || c.Employees.Display != "51" || c.Pns.Display != "46" || c.Met.Display != "0" || c.Jp != 0 {
			t.Errorf("before any completed training: %+v", tc.TrainingCompliance)
		}
		// A completed enrolment shows in the next read.
		db.Client.Enrollment.UpdateOneID(w.ids["Enrollment"]).SetStatus("COMPLETED").SetCompletedAt(date(2026, 5, 29)).ExecX(ctx)
		w.as[hr].mustQuery(training, nil, &tc)
		c = tc.TrainingCompliance.Compliance
		if c.Met.Display != "1" || c.Jp != 60 || c.MetShare == nil || len(tc.TrainingCompliance.Units) != 2 {
			t.Errorf("after a 60 JP training: %+v", tc.TrainingCompliance)
		}

		const matrix = `{ talentMatrix(year: 2025) { cells { box inPool count { value display } } placed { display } unplaced { display } } }`
		var tm struct {
			TalentMatrix struct {
				Cells []struct {
					Box    int
					InPool bool
					Count  struct {
						Value   *int
						Display string
					}
				}
				Placed, Unplaced struct{ Display string }
			}
		}
		w.as[hr].mustQuery(matrix, nil, &tm)
		m := tm.TalentMatrix
		if len(m.Cells) != 9 || m.Cells[0].Box != 9 || m.Cells[0].Count.Display != "1" || !m.Cells[0].InPool || m.Placed.Display != "1" || m.Unplaced.Display != "50" {
			t.Errorf("the 9-box of the province: %+v", m)
		}
		w.as[analyst].mustQuery(matrix, nil, &tm)
		if tm.TalentMatrix.Cells[0].Count.Value != nil || tm.TalentMatrix.Cells[0].Count.Display != "< 5" {
			t.Errorf("an analyst sees box 9: %+v", tm.TalentMatrix.Cells[0])
		}
		var members struct {
			TalentBoxMembers struct {
				TotalCount int
				Edges      []struct{ Node struct{ ID string } }
			}
		}
		w.as[hr].mustQuery(`{ talentBoxMembers(year: 2025, box: 9, first: 10) { totalCount edges { node { id } } } }`, nil, &members)
		if members.TalentBoxMembers.TotalCount != 1 || members.TalentBoxMembers.Edges[0].Node.ID != string(w.teachers[0].ID) {
			t.Errorf("box 9 members: %+v", members)
		}
		w.as[leaderBungo].mustQuery(`{ talentBoxMembers(year: 2025, box: 9, first: 10) { totalCount } }`, nil, &members)
		if members.TalentBoxMembers.TotalCount != 0 {
			t.Errorf("Bungo's leader sees %d members of box 9 elsewhere", members.TalentBoxMembers.TotalCount)
		}
		wantCode(t, onlyError(t, w.as[hr].query(`{ talentBoxMembers(year: 2025, box: 10, first: 10) { totalCount } }`, nil)), "BAD_USER_INPUT", "box")

		// Moving a unit moves its people in the next read.
		w.as[admin].mustQuery(`mutation($id: ID!, $p: ID!) { updateOrgUnit(id: $id, input: {parentID: $p}) { id } }`,
			map[string]any{"id": w.kotaJambi.ID, "p": w.instansi.ID}, &struct{}{})
		var h headcountResult
		w.as[admin].mustQuery(headcountQuery, map[string]any{"by": []string{"UNIT"}, "unit": w.region.ID}, &h)
		if got, want := h.summary(), "total 55: Pemerintah Kabupaten Bungo=2; Pemerintah Provinsi Jambi=53"; got != want {
			t.Errorf("after moving Kota Jambi under the province:\n got %s\nwant %s", got, want)
		}
	})
}

func TestRetirementPromotionAndVacancies(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		ctx := access.SystemContext(context.Background())

		var rf struct {
			RetirementForecast struct {
				Years []struct {
					Year   int
					Total  struct{ Display string }
					ByKind []struct {
						Buckets []struct{ Label string }
						Count   struct{ Display string }
					}
				}
			}
		}
		w.as[hr].mustQuery(`{ retirementForecast(fromYear: 2028, years: 6) { years { year total { display } byKind { buckets { label } count { display } } } } }`, nil, &rf)
		var got []string
		for _, y := range rf.RetirementForecast.Years {
			for _, k := range y.ByKind {
				got = append(got, fmt.Sprintf("%d %s=%s", y.Year, k.Buckets[0].Label, k.Count.Display))
			}
		}
		if len(rf.RetirementForecast.Years) != 6 || strings.Join(got, "; ") != "2028 JPT Pratama=1; 2033 Fungsional=3" {
			t.Errorf("retirements: %v (%d years)", got, len(rf.RetirementForecast.Years))
		}
		wantCode(t, onlyError(t, w.as[hr].query(`{ retirementForecast(fromYear: 2028, years: 50) { fromYear } }`, nil)), "BAD_USER_INPUT", "years")

		db.Client.Evaluation.Create().SetYear(2024).SetPeriod(career.PeriodAnnual).SetStatus(career.EvalFinal).
			SetWorkResult(career.RatingMeets).SetWorkBehavior(career.RatingMeets).SetEmployee(w.teachers[0]).ExecX(ctx)
		var windows struct {
			A, B struct{ ID string }
		}
		w.as[admin].mustQuery(`mutation {
		  a: createPromotionWindow(input: {name: "Periode April 2026", effectiveOn: "2026-04-01", opensOn: "2026-02-01", closesOn: "2026-03-01"}) { id }
		  b: createPromotionWindow(input: {name: "Periode Oktober 2026", effectiveOn: "2026-10-01", opensOn: "2026-08-01", closesOn: "2026-09-01"}) { id } }`, nil, &windows)
		res := w.as[admin].query(`mutation { createPromotionWindow(input: {name: "Salah", effectiveOn: "2026-06-01", opensOn: "2026-06-15", closesOn: "2026-05-01"}) { id } }`, nil)
		wantCode(t, onlyError(t, res), "BAD_USER_INPUT", "closesOn")
		wantCode(t, onlyError(t, w.as[hr].query(`mutation { createPromotionWindow(input: {name: "HR", effectiveOn: "2026-12-01", opensOn: "2026-10-01", closesOn: "2026-11-01"}) { id } }`, nil)), "FORBIDDEN", "")

		var pp struct {
			PromotionPipeline struct {
				Windows []struct {
					Window        struct{ Name string }
					Due, NewlyDue struct{ Display string }
				}
			}
		}
		w.as[hr].mustQuery(`{ promotionPipeline(year: 2026) { windows { window { name } due { display } newlyDue { display } } } }`, nil, &pp)
		p := pp.PromotionPipeline.Windows
		if len(p) != 2 || p[0].Window.Name != "Periode April 2026" || p[0].Due.Display != "1" || p[1].Due.Display != "1" || p[1].NewlyDue.Display != "0" {
			t.Errorf("pipeline: %+v", p)
		}
		var due struct {
			PromotionDue struct {
				TotalCount int
				Edges      []struct{ Node struct{ ID string } }
			}
		}
		w.as[hr].mustQuery(`query($w: ID!) { promotionDue(windowID: $w, first: 10) { totalCount edges { node { id } } } }`, map[string]any{"w": windows.A.ID}, &due)
		if due.PromotionDue.TotalCount != 1 || due.PromotionDue.Edges[0].Node.ID != string(w.teachers[0].ID) {
			t.Errorf("due in April: %+v", due)
		}
		w.as[leaderBungo].mustQuery(`query($w: ID!) { promotionDue(windowID: $w, first: 10) { totalCount } }`, map[string]any{"w": windows.A.ID}, &due)
		if due.PromotionDue.TotalCount != 0 {
			t.Errorf("Bungo's leader sees %d due elsewhere", due.PromotionDue.TotalCount)
		}

		db.Client.Application.UpdateOneID(w.ids["Application"]).SetStatus("ELIGIBLE").ExecX(ctx)
		db.Client.Application.Create().SetVacancyID(w.ids["Vacancy"]).SetApplicantID(w.teachers[1].ID).SetStatus("INELIGIBLE").ExecX(ctx)
		db.Client.Vacancy.Create().SetKind("PROMOTION").SetTitle("Kepala Seksi Kurikulum").SetRequirements(career.Requirements{}).
			SetOpensOn(date(2026, 1, 5)).SetClosesOn(date(2026, 1, 20)).SetStatus("FILLED").SetFilledAt(date(2026, 2, 4)).
			SetPositionID(w.head.ID).ExecX(ctx)
		const funnelQuery = `{ vacancyFunnel { total { applications { display } eligibleShare byStatus { status count { display } } } averageDaysToFill
		  vacancies { vacancy { title } daysToFill funnel { applications { display } } } } }`
		var vf struct {
			VacancyFunnel struct {
				Total struct {
					Applications  struct{ Display string }
					EligibleShare *float64
				}
				AverageDaysToFill *float64
				Vacancies         []struct {
					Vacancy    struct{ Title string }
					DaysToFill *int
					Funnel     struct {
						Applications struct{ Display string }
					}
				}
			}
		}
		w.as[hr].mustQuery(funnelQuery, nil, &vf)
		f := vf.VacancyFunnel
		if f.Total.Applications.Display != "2" || f.Total.EligibleShare == nil || *f.Total.EligibleShare != 0.5 ||
			f.AverageDaysToFill == nil || *f.AverageDaysToFill != 30 || len(f.Vacancies) != 2 || f.Vacancies[1].DaysToFill == nil || *f.Vacancies[1].DaysToFill != 30 {
			t.Errorf("funnel: %+v", f)
		}
		w.as[leaderBungo].mustQuery(funnelQuery, nil, &vf)
		if len(vf.VacancyFunnel.Vacancies) != 0 || vf.VacancyFunnel.Total.Applications.Display != "0" {
			t.Errorf("Bungo's funnel: %+v", vf.VacancyFunnel)
		}
		wantCode(t, onlyError(t, w.as[anonymous].query(funnelQuery, nil)), "UNAUTHENTICATED", "")
	})
}

func TestYearlyFiguresOfEmployees(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		ctx := access.SystemContext(context.Background())
		db.Client.Enrollment.UpdateOneID(w.ids["Enrollment"]).SetStatus("COMPLETED").SetCompletedAt(date(2026, 5, 29)).ExecX(ctx)
		const page = `query($n: Int) { employees(first: $n, orderBy: {field: NAME}) { edges { node { id talentBox(year: 2025) jpCompleted(year: 2026) } } } }`
		var data struct {
			Employees struct {
				Edges []struct {
					Node struct {
						ID          string
						TalentBox   *int
						JpCompleted *int
					}
				}
			}
		}
		counts := map[int]int{}
		for _, n := range []int{5, 40} {
			db.Statements.Reset()
			w.as[hr].mustQuery(page, map[string]any{"n": n}, &data)
			counts[n] = db.Statements.Count()
		}
		// The viewer, the page, and the figures in a few batches: the loader waits a moment for a batch to
		// fill, and on a loaded machine a page's lookups may straddle that moment; one per row would be 80.
		if counts[5] > 5 || counts[40] > 8 {
			t.Errorf("statements for pages of 5 and 40 with yearly figures: %v", counts)
		}
		found := false
		for _, e := range data.Employees.Edges {
			if e.Node.ID == string(w.teachers[0].ID) {
				found = e.Node.TalentBox != nil && *e.Node.TalentBox == 9 && *e.Node.JpCompleted == 60
			} else if e.Node.TalentBox != nil || e.Node.JpCompleted == nil || *e.Node.JpCompleted != 0 {
				t.Errorf("%s: box %v, JP %v", e.Node.ID, e.Node.TalentBox, e.Node.JpCompleted)
			}
		}
		if !found {
			t.Error("teacher 1's figures: want box 9 in 2025 and 60 JP in 2026")
		}
		res := w.as[employee].query(`query($id: ID!) { node(id: $id) { ... on Employee { name talentBox(year: 2025) } } }`, map[string]any{"id": w.teachers[0].ID})
		if v, code := fieldResult(res, "talentBox"); v != nil || code != "FORBIDDEN" {
			t.Errorf("a colleague's talent box: %v %q", v, code)
		}
	})
}

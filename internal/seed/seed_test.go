package seed

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/application"
	"github.com/jenjang/jenjang/ent/careerevent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/potentialassessment"
	"github.com/jenjang/jenjang/ent/promotionwindow"
	"github.com/jenjang/jenjang/ent/trainingmodule"
	"github.com/jenjang/jenjang/ent/vacancy"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

func TestMain(m *testing.M) { os.Exit(testdb.Main(m)) }

// reference is the demo's "today" in these tests.
var reference = time.Date(2026, time.November, 23, 10, 0, 0, 0, career.WIB)

func TestDemo(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		start := time.Now()
		if err := demoAt(ctx, db.Client, reference); err != nil {
			t.Fatal(err)
		}
		t.Logf("demo loaded on %s in %v", db.Dialect, time.Since(start).Round(time.Millisecond))
		counts := countAll(ctx, t, db.Client)
		for _, name := range []string{"org units", "positions", "employees", "evaluations", "potential assessments", "sanctions",
			"trainings", "enrollments", "vacancies", "applications", "mentorships", "career events",
			"curricula", "training modules", "module feedback", "curriculum revisions"} {
			t.Logf("%-22s %6d", name, counts[name])
		}
		within(t, "employees", counts["employees"], 2500, 3500)
		within(t, "trainings", counts["trainings"], 30, 60)
		within(t, "vacancies", counts["vacancies"], 8, 30)
		within(t, "sanctions", counts["sanctions"], 10, 150)
		for name, n := range counts {
			if n == 0 {
				t.Errorf("no %s", name)
			}
		}

		c := db.Client
		disdik := c.OrgUnit.Query().Where(orgunit.Code("JMB-PROV-DISDIK")).OnlyX(ctx)
		if disdik.Name != "Dinas Pendidikan" {
			t.Errorf("JMB-PROV-DISDIK is %q", disdik.Name)
		}
		if n := c.Employee.Query().Where(employee.UnitID(disdik.ID)).CountX(ctx); n < 40 {
			t.Errorf("Dinas Pendidikan of the province holds %d employees directly, want at least 40", n)
		}
		dki := c.OrgUnit.Query().Where(orgunit.Code("DKI")).OnlyX(ctx)
		inDKI := c.Employee.Query().Where(employee.HasUnitWith(orgunit.PathHasPrefix(dki.Path))).CountX(ctx)
		within(t, "employees in DKI Jakarta", inDKI, 250, 400)

		checkEmployees(ctx, t, c)
		checkReferenceData(ctx, t, c, DefaultYears)
		checkEvaluations(ctx, t, c)
		checkTrainings(ctx, t, c)
		checkCurricula(ctx, t, c)
		checkVacancies(ctx, t, c)
		checkMentorships(ctx, t, c)

		loaded, err := DemoIfEmpty(ctx, c)
		if err != nil || loaded {
			t.Errorf("DemoIfEmpty on a loaded database: %v, %v", loaded, err)
		}
		if again := countAll(ctx, t, c); again["employees"] != counts["employees"] || again["org units"] != counts["org units"] {
			t.Errorf("DemoIfEmpty added rows: %v, then %v", counts, again)
		}
	})
}

func countAll(ctx context.Context, t *testing.T, c *ent.Client) map[string]int {
	t.Helper()
	return map[string]int{
		"org units":             c.OrgUnit.Query().CountX(ctx),
		"positions":             c.Position.Query().CountX(ctx),
		"employees":             c.Employee.Query().CountX(ctx),
		"evaluations":           c.Evaluation.Query().CountX(ctx),
		"potential assessments": c.PotentialAssessment.Query().CountX(ctx),
		"sanctions":             c.DisciplinarySanction.Query().CountX(ctx),
		"trainings":             c.Training.Query().CountX(ctx),
		"enrollments":           c.Enrollment.Query().CountX(ctx),
		"vacancies":             c.Vacancy.Query().CountX(ctx),
		"applications":          c.Application.Query().CountX(ctx),
		"mentorships":           c.Mentorship.Query().CountX(ctx),
		"career events":         c.CareerEvent.Query().CountX(ctx),
		"curricula":             c.Curriculum.Query().CountX(ctx),
		"training modules":      c.TrainingModule.Query().CountX(ctx),
		"module feedback":       c.ModuleFeedback.Query().CountX(ctx),
		"curriculum revisions":  c.CurriculumRevision.Query().CountX(ctx),
	}
}

func within(t *testing.T, what string, n, lo, hi int) {
	t.Helper()
	if n < lo || n > hi {
		t.Errorf("%d %s, want %d to %d", n, what, lo, hi)
	}
}

// instansiOf is the path of the instansi a unit's path is in: its first two IDs.
func instansiOf(path string) string {
	parts := strings.SplitN(path, "/", 4)
	if len(parts) < 4 {
		return path
	}
	return strings.Join(parts[:3], "/")
}

func checkEmployees(ctx context.Context, t *testing.T, c *ent.Client) {
	today := career.DateOf(reference)
	paths := map[string]string{}
	for _, u := range c.OrgUnit.Query().AllX(ctx) {
		paths[string(u.ID)] = u.Path
	}
	employees := c.Employee.Query().WithPosition().WithSupervisor().WithCareerEvents().AllX(ctx)
	holders := map[string]int{}
	var pppk, active, withPredikat int
	statuses := map[employee.Status]int{}
	for _, e := range employees {
		statuses[e.Status]++
		if err := career.CheckNIP(e.Nip, e.EmploymentType, e.BirthDate, e.Gender, e.HiredAt); err != nil {
			t.Errorf("%s: %v", e.Name, err)
		}
		if y := e.BirthDate.Year(); y < reference.Year()-60 || y > reference.Year()-25 {
			t.Errorf("%s was born in %d", e.Name, y)
		}
		if e.HiredAt.Before(e.BirthDate.AddDate(18, 0, 0)) || e.RankSince.Before(e.HiredAt) || e.HiredAt.After(today) {
			t.Errorf("%s: born %s, hired %s, rank since %s", e.Name, e.BirthDate, e.HiredAt, e.RankSince)
		}
		if (e.Status == employee.StatusRETIRED) != !e.RetirementDate.After(today) {
			t.Errorf("%s is %s with retirement date %s", e.Name, e.Status, e.RetirementDate)
		}
		switch e.EmploymentType {
		case career.EmploymentPPPK:
			pppk++
			if e.PppkGrade == nil || e.Rank != nil {
				t.Errorf("PPPK %s has grade %v and rank %v", e.Name, e.PppkGrade, e.Rank)
			}
		case career.EmploymentPNS:
			if p := e.Edges.Position; p != nil && p.MinRank != nil && e.Rank.Order() < p.MinRank.Order() {
				t.Errorf("%s holds %s with rank %s, below its minimum %s", e.Name, p.Title, *e.Rank, *p.MinRank)
			}
		}
		if s := e.Edges.Supervisor; s != nil && instansiOf(paths[string(s.UnitID)]) != instansiOf(paths[string(e.UnitID)]) {
			t.Errorf("%s is supervised by %s from another instansi", e.Name, s.Name)
		}
		if e.Status == employee.StatusACTIVE {
			active++
			if e.LatestPredikat != nil {
				withPredikat++
			}
		}
		if e.Edges.Position != nil {
			holders[string(e.PositionID)]++
		}
		hired := 0
		for _, ev := range e.Edges.CareerEvents {
			if ev.Kind == careerevent.KindHIRE {
				hired++
			}
		}
		if hired != 1 {
			t.Errorf("%s has %d HIRE events", e.Name, hired)
		}
	}
	within(t, "percent PPPK", 100*pppk/len(employees), 7, 14)
	if statuses[employee.StatusRETIRED] == 0 || statuses[employee.StatusLEAVE] == 0 {
		t.Errorf("statuses %v, want some RETIRED and LEAVE", statuses)
	}
	if withPredikat < active*85/100 {
		t.Errorf("%d of %d active employees have a latest predikat", withPredikat, active)
	}
	for _, p := range c.Position.Query().WithVacancies().AllX(ctx) {
		// A post created with its open selection waits, empty, for the appointment.
		waiting := holders[string(p.ID)] == 0 && len(p.Edges.Vacancies) > 0
		if n := holders[string(p.ID)]; n != p.Quota && !waiting {
			t.Errorf("%s (%s) has %d holders for a quota of %d", p.Title, p.ID, n, p.Quota)
		}
	}
}

func checkEvaluations(ctx context.Context, t *testing.T, c *ent.Client) {
	year := reference.Year()
	byStatus := map[career.EvaluationStatus]int{}
	for _, e := range c.Evaluation.Query().Where(evaluation.Year(year)).AllX(ctx) {
		byStatus[e.Status]++
	}
	if byStatus[career.EvalDraft] == 0 || byStatus[career.EvalSubmitted] == 0 || byStatus[career.EvalAssessed] == 0 {
		t.Errorf("this year's evaluations by status: %v", byStatus)
	}
	within(t, "objected evaluations", byStatus[career.EvalObjected], 1, 2)
	byPredikat := map[career.Predikat]int{}
	annual := c.Evaluation.Query().Where(evaluation.Year(year-1), evaluation.PeriodEQ(career.PeriodAnnual)).WithEmployee().AllX(ctx)
	for _, e := range annual {
		if e.Status != career.EvalFinal || e.Predikat == nil {
			t.Fatalf("last year's annual evaluation of %s is %s with predikat %v", e.Edges.Employee.Name, e.Status, e.Predikat)
		}
		byPredikat[*e.Predikat]++
		if e.EvaluatorID != "" && e.EvaluatorID != e.Edges.Employee.SupervisorID {
			t.Errorf("%s was assessed by %s, not the supervisor", e.Edges.Employee.Name, e.EvaluatorID)
		}
	}
	t.Logf("predikat %d: %v", year-1, byPredikat)
	if byPredikat[career.PredikatBaik] < len(annual)*7/10 || byPredikat[career.PredikatSangatBaik] == 0 || byPredikat[career.PredikatButuhPerbaikan] == 0 {
		t.Errorf("predikat %d: %v", year-1, byPredikat)
	}
	if n := c.Evaluation.Query().Where(evaluation.DecidedByIDNotNil(), evaluation.StatusEQ(career.EvalFinal)).CountX(ctx); n == 0 {
		t.Error("no decided objection")
	}
}

func checkTrainings(ctx context.Context, t *testing.T, c *ent.Client) {
	statuses := map[string]int{}
	for _, tr := range c.Training.Query().WithEnrollments().AllX(ctx) {
		statuses[tr.Status.String()]++
		taken := 0
		for _, e := range tr.Edges.Enrollments {
			if e.Status != enrollment.StatusCANCELLED {
				taken++
			}
		}
		if tr.SeatsTaken != taken || tr.SeatsTaken > tr.Capacity {
			t.Errorf("%s: %d seats taken of %d, %d active enrolments", tr.Title, tr.SeatsTaken, tr.Capacity, taken)
		}
		if tr.HoursJp < 8 || tr.HoursJp > 120 {
			t.Errorf("%s lasts %d JP", tr.Title, tr.HoursJp)
		}
	}
	if statuses["OPEN"] == 0 || statuses["COMPLETED"] == 0 {
		t.Errorf("trainings by status: %v", statuses)
	}
	if n := c.Enrollment.Query().Where(enrollment.StatusEQ(enrollment.StatusCOMPLETED), enrollment.ScoreNotNil()).CountX(ctx); n == 0 {
		t.Error("no completed enrolment with a score")
	}
	if n := c.Enrollment.Query().Where(enrollment.StatusEQ(enrollment.StatusREGISTERED)).CountX(ctx); n == 0 {
		t.Error("no registered enrolment")
	}
}

func checkVacancies(ctx context.Context, t *testing.T, c *ent.Client) {
	today := career.DateOf(reference)
	statuses, kinds := map[vacancy.Status]int{}, map[vacancy.Kind]int{}
	for _, v := range c.Vacancy.Query().WithApplications().AllX(ctx) {
		statuses[v.Status]++
		kinds[v.Kind]++
		if v.Status == vacancy.StatusOPEN && v.ClosesOn.Before(today) {
			t.Errorf("%s is open but closed on %s", v.Title, v.ClosesOn)
		}
		for _, a := range v.Edges.Applications {
			if len(a.Eligibility) == 0 {
				t.Errorf("an application to %s has no eligibility result", v.Title)
			}
			scored := a.Status == application.StatusSHORTLISTED || v.Kind == vacancy.KindOPEN_SELECTION && a.Status == application.StatusSELECTED
			if scored && (len(a.StageScores) != 4 || a.TotalScore == nil) {
				t.Errorf("%s application %s has no stage scores", v.Title, a.Status)
			}
		}
	}
	if statuses[vacancy.StatusOPEN] == 0 || statuses[vacancy.StatusCLOSED] == 0 || statuses[vacancy.StatusFILLED] == 0 || statuses[vacancy.StatusDRAFT] != 1 {
		t.Errorf("vacancies by status: %v", statuses)
	}
	if len(kinds) != 3 {
		t.Errorf("vacancies by kind: %v", kinds)
	}
	for _, status := range []application.Status{application.StatusINELIGIBLE, application.StatusELIGIBLE, application.StatusSHORTLISTED, application.StatusSELECTED} {
		if n := c.Application.Query().Where(application.StatusEQ(status)).CountX(ctx); n == 0 {
			t.Errorf("no %s application", status)
		}
	}
	if n := c.CareerEvent.Query().Where(careerevent.VacancyIDNotNil()).CountX(ctx); n == 0 {
		t.Error("no appointment through a vacancy")
	}
}

func checkMentorships(ctx context.Context, t *testing.T, c *ent.Client) {
	for _, m := range c.Mentorship.Query().WithMentor().WithMentee().AllX(ctx) {
		mentor, mentee := m.Edges.Mentor, m.Edges.Mentee
		if mentee.SupervisorID == mentor.ID || mentor.ID == mentee.ID {
			t.Errorf("%s mentors %s, whom they supervise", mentor.Name, mentee.Name)
		}
		if mentee.Rank != nil && mentor.Rank.Order() <= mentee.Rank.Order() {
			t.Errorf("%s (%s) mentors %s (%s)", mentor.Name, *mentor.Rank, mentee.Name, *mentee.Rank)
		}
	}
}

// The same reference year gives the same employees, whatever the day.
func TestDemoIsDeterministic(t *testing.T) {
	ctx := access.SystemContext(context.Background())
	var runs [2][]*ent.Employee
	var units, modules [2]string
	for i, day := range []time.Time{reference, reference.AddDate(0, -7, -20)} {
		db := testdb.SQLite(t)
		if err := demoAt(ctx, db.Client, day); err != nil {
			t.Fatal(err)
		}
		runs[i] = db.Client.Employee.Query().Order(ent.Asc(employee.FieldID)).AllX(ctx)
		units[i] = strings.Join(db.Client.OrgUnit.Query().Order(ent.Asc(orgunit.FieldID)).Select(orgunit.FieldCode).StringsX(ctx), ",")
		for _, m := range db.Client.TrainingModule.Query().Order(ent.Asc(trainingmodule.FieldID)).AllX(ctx) {
			modules[i] += fmt.Sprintln(m.ID, m.CurriculumID, m.Position, m.Title)
		}
	}
	if len(runs[0]) != len(runs[1]) || units[0] != units[1] {
		t.Fatalf("%d vs %d employees, or different units", len(runs[0]), len(runs[1]))
	}
	if modules[0] == "" || modules[0] != modules[1] {
		t.Errorf("the curricula's modules differ:\n%s\n%s", modules[0], modules[1])
	}
	for i := range runs[0] {
		a, b := runs[0][i], runs[1][i]
		if a.ID != b.ID || a.Nip != b.Nip || a.Name != b.Name || a.SupervisorID != b.SupervisorID || a.Status != b.Status || !a.RankSince.Equal(b.RankSince) {
			t.Fatalf("run 1 has %s %s %s where run 2 has %s %s %s", a.ID, a.Nip, a.Name, b.ID, b.Nip, b.Name)
		}
	}
}

func TestGenerate(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		var progress strings.Builder
		if err := Generate(ctx, db.Client, GenerateOptions{Employees: 1500, Years: 5, Now: reference, Progress: &progress}); err != nil {
			t.Fatal(err)
		}
		if n := db.Client.Employee.Query().CountX(ctx); n != 1500 {
			t.Errorf("%d employees, want 1500", n)
		}
		if !strings.Contains(progress.String(), "1500/1500") {
			t.Errorf("progress ended with %q", progress.String()[max(0, progress.Len()-80):])
		}
		years := db.Client.Evaluation.Query().Unique(true).Select(evaluation.FieldYear).IntsX(ctx)
		slices.Sort(years)
		if want := []int{2021, 2022, 2023, 2024, 2025, 2026}; !slices.Equal(years, want) {
			t.Errorf("evaluations of the years %v, want %v", years, want)
		}
		// Past years keep their annual evaluations, without the work plans only this year's need.
		if n := db.Client.Evaluation.Query().Where(evaluation.YearLT(reference.Year()), evaluation.PeriodNEQ(career.PeriodAnnual)).CountX(ctx); n != 0 {
			t.Errorf("%d quarterly evaluations of past years", n)
		}
		if n := db.Client.Evaluation.Query().Where(evaluation.StatusNEQ(career.EvalFinal), evaluation.WorkPlansIsNil()).CountX(ctx); n != 0 {
			t.Errorf("%d evaluations in progress without work plans", n)
		}
		// The riwayat holds each appointment, and the promotions and trainings of the past years.
		if n := db.Client.CareerEvent.Query().Where(careerevent.KindEQ(careerevent.KindHIRE)).CountX(ctx); n != 1500 {
			t.Errorf("%d appointments (HIRE) for 1500 employees", n)
		}
		if n := db.Client.CareerEvent.Query().Where(careerevent.KindNEQ(careerevent.KindHIRE), careerevent.KindNEQ(careerevent.KindPOSITION_ASSIGNMENT),
			careerevent.EffectiveDateLT(date(reference.Year()-5, time.January, 1))).CountX(ctx); n != 0 {
			t.Errorf("%d career events before the five past years", n)
		}
		potential := db.Client.PotentialAssessment.Query().Unique(true).Select(potentialassessment.FieldYear).IntsX(ctx)
		slices.Sort(potential)
		if want := []int{2022, 2023, 2024, 2025}; !slices.Equal(potential, want) {
			t.Errorf("potential assessed in %v, want %v", potential, want)
		}
		checkReferenceData(ctx, t, db.Client, 5)
		caps, windows := db.Client.CalibrationCap.Query().CountX(ctx), db.Client.PromotionWindow.Query().CountX(ctx)
		// A second run adds a region of its own, NIPs that do not repeat the first run's, and no
		// reference data that is already there.
		if err := Generate(ctx, db.Client, GenerateOptions{Employees: 300, Now: reference}); err != nil {
			t.Fatal(err)
		}
		if c, w := db.Client.CalibrationCap.Query().CountX(ctx), db.Client.PromotionWindow.Query().CountX(ctx); c != caps || w != windows {
			t.Errorf("the second run left %d caps and %d windows, not %d and %d", c, w, caps, windows)
		}
		if n := db.Client.Employee.Query().CountX(ctx); n != 1800 {
			t.Errorf("%d employees after the second run, want 1800", n)
		}
		for _, e := range db.Client.Employee.Query().AllX(ctx) {
			if err := career.CheckNIP(e.Nip, e.EmploymentType, e.BirthDate, e.Gender, e.HiredAt); err != nil {
				t.Errorf("%s: %v", e.Name, err)
			}
		}
	})
}

// checkReferenceData checks the calibration caps, the promotion windows of years of history up to
// next year, and a rating of every agency and bureau for each past year.
func checkReferenceData(ctx context.Context, t *testing.T, c *ent.Client, years int) {
	t.Helper()
	caps := c.CalibrationCap.Query().AllX(ctx)
	want := 0
	for rating, list := range career.DefaultCaps {
		want += len(list)
		for _, cp := range list {
			found := slices.ContainsFunc(caps, func(x *ent.CalibrationCap) bool {
				return x.UnitRating == rating && x.AtLeast == cp.AtLeast && x.MaxShare == cp.MaxShare
			})
			if !found {
				t.Errorf("no calibration cap %s %s %v", rating, cp.AtLeast, cp.MaxShare)
			}
		}
	}
	if len(caps) != want {
		t.Errorf("%d calibration caps, want %d", len(caps), want)
	}

	windows := c.PromotionWindow.Query().Order(ent.Asc(promotionwindow.FieldEffectiveOn)).AllX(ctx)
	perYear := map[int]int{}
	for _, w := range windows {
		y := w.EffectiveOn.Year()
		perYear[y]++
		name := fmt.Sprintf("Periode %s %d", monthNames[w.EffectiveOn.Month()], y)
		if w.Name != name || w.EffectiveOn.Day() != 1 || !w.OpensOn.Equal(w.EffectiveOn.AddDate(0, -2, 0)) || !w.ClosesOn.Equal(w.EffectiveOn.AddDate(0, -1, 0)) {
			t.Errorf("window %q: opens %s, closes %s, effective %s", w.Name, w.OpensOn, w.ClosesOn, w.EffectiveOn)
		}
	}
	for y := reference.Year() - years; y <= reference.Year()+1; y++ {
		want := 6
		if y < 2024 {
			want = 2
		}
		if perYear[y] != want {
			t.Errorf("%d promotion windows in %d, want %d", perYear[y], y, want)
		}
	}
	if n := perYear[reference.Year()+2]; n != 0 {
		t.Errorf("%d promotion windows two years ahead", n)
	}

	rated := map[string]map[int]career.UnitPerformance{}
	byRating := map[career.UnitPerformance]int{}
	for _, r := range c.UnitRating.Query().WithUnit().AllX(ctx) {
		if k := r.Edges.Unit.Kind; k != orgunit.KindAGENCY && k != orgunit.KindBUREAU {
			t.Fatalf("%s (%s) is rated", r.Edges.Unit.Name, k)
		}
		if rated[string(r.UnitID)] == nil {
			rated[string(r.UnitID)] = map[int]career.UnitPerformance{}
		}
		rated[string(r.UnitID)][r.Year] = r.Rating
		byRating[r.Rating]++
	}
	units := c.OrgUnit.Query().Where(orgunit.KindIn(orgunit.KindAGENCY, orgunit.KindBUREAU)).IDsX(ctx)
	for _, id := range units {
		for y := reference.Year() - years; y < reference.Year(); y++ {
			if _, ok := rated[string(id)][y]; !ok {
				t.Fatalf("unit %s has no rating for %d", id, y)
			}
		}
	}
	total := byRating[career.UnitIstimewa] + byRating[career.UnitBaik] + byRating[career.UnitButuhPerbaikan]
	if byRating[career.UnitBaik] < total*6/10 || byRating[career.UnitIstimewa] == 0 || byRating[career.UnitButuhPerbaikan] == 0 || byRating[career.UnitButuhPerbaikan] > byRating[career.UnitIstimewa] || total != len(units)*years {
		t.Errorf("unit ratings: %v", byRating)
	}
}

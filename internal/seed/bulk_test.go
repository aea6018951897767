package seed

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/ent/migrate"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/store"
)

// The bulk path writes what the ent path writes: the same rows, derived columns as the hooks compute
// them, the same indexes and keys afterwards — and the same again on a second run.
func TestBulkLoadMatchesEntPath(t *testing.T) {
	ctx := access.SystemContext(context.Background())
	// Above the demo's Jambi, so that the dataset spreads over the provinces.
	opts := GenerateOptions{Employees: 3600, Years: 5, Now: reference}
	var digests [3]map[string]string
	var schemas [3][]string
	for i, bulk := range []bool{true, true, false} {
		db := newPostgres(t)
		client := db.Client()
		o := opts
		o.DB = db
		if err := generate(ctx, client, o, bulk); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			checkDerived(ctx, t, client)
		}
		digests[i], schemas[i] = tableDigests(t, db.SQL), schemaObjects(t, db.SQL)
	}
	for _, name := range slices.Sorted(maps.Keys(digests[2])) {
		if digests[0][name] != digests[1][name] {
			t.Errorf("%s differs between two bulk loads", name)
		}
		if digests[0][name] != digests[2][name] {
			t.Errorf("%s differs between the bulk load and the ent path", name)
		}
	}
	if !slices.Equal(schemas[0], schemas[2]) {
		t.Errorf("indexes and keys after the bulk load differ from the migrated schema's:\n%s", diff(schemas[2], schemas[0]))
	}
}

// checkDerived recomputes every stored derived value from the records with internal/career.
func checkDerived(ctx context.Context, t *testing.T, c *ent.Client) {
	t.Helper()
	records := map[pulid.ID]*career.YearRecords{}
	of := func(id pulid.ID) *career.YearRecords {
		if records[id] == nil {
			records[id] = &career.YearRecords{Predikat: map[int]career.Predikat{}, Potential: map[int]career.PotentialLevel{}, JP: map[int]int{}}
		}
		return records[id]
	}
	for _, e := range c.Evaluation.Query().AllX(ctx) {
		want, ok := career.PredikatFor(deref(e.WorkResult), deref(e.WorkBehavior))
		if ok != (e.Predikat != nil) || ok && *e.Predikat != want {
			t.Fatalf("evaluation %s rated %v/%v has predikat %v", e.ID, e.WorkResult, e.WorkBehavior, e.Predikat)
		}
		if ok && e.Period == career.PeriodAnnual && e.Status == career.EvalFinal {
			of(e.EmployeeID).Predikat[e.Year] = want
		}
	}
	for _, p := range c.PotentialAssessment.Query().AllX(ctx) {
		of(p.EmployeeID).Potential[p.Year] = p.Level
	}
	for _, e := range c.Enrollment.Query().Where(enrollment.StatusEQ(enrollment.StatusCOMPLETED)).WithTraining().AllX(ctx) {
		day := e.Edges.Training.EndsOn
		if e.CompletedAt != nil {
			day = *e.CompletedAt
		}
		of(e.EmployeeID).JP[career.DateOf(day).Year()] += e.Edges.Training.HoursJp
	}
	stored := map[pulid.ID][]career.YearFigures{}
	for _, y := range c.EmployeeYear.Query().Order(ent.Asc(employeeyear.FieldYear)).AllX(ctx) {
		stored[y.EmployeeID] = append(stored[y.EmployeeID], career.YearFigures{
			Year: y.Year, Predikat: y.Predikat, Performance: y.Performance, Potential: y.Potential, TalentBox: y.TalentBox, JP: y.JpCompleted,
		})
	}
	withLatest := 0
	for _, e := range c.Employee.Query().WithPosition().AllX(ctx) {
		r := records[e.ID]
		if r == nil {
			r = &career.YearRecords{}
		}
		var latest *career.Predikat
		if len(r.Predikat) > 0 {
			p := r.Predikat[slices.Max(slices.Collect(maps.Keys(r.Predikat)))]
			latest = &p
			withLatest++
		}
		if fmt.Sprint(deref(latest)) != fmt.Sprint(deref(e.LatestPredikat)) {
			t.Fatalf("%s: latest predikat %v, the latest final annual one is %v", e.Name, deref(e.LatestPredikat), deref(latest))
		}
		var kind career.PositionKind
		var level career.FunctionalLevel
		if p := e.Edges.Position; p != nil {
			kind, level = p.Kind, deref(p.FunctionalLevel)
		}
		if e.RankOrder != career.RankOrder(e.Rank, e.PppkGrade) || e.RetirementDate == nil || !e.RetirementDate.Equal(career.RetirementDate(e.BirthDate, kind, level)) {
			t.Fatalf("%s: rank order %d, retirement %v", e.Name, e.RankOrder, e.RetirementDate)
		}
		if got, want := fmt.Sprint(figures(stored[e.ID])), fmt.Sprint(figures(career.Years(*r))); got != want {
			t.Fatalf("%s: employee years %s, want %s", e.Name, got, want)
		}
	}
	if withLatest == 0 || len(stored) == 0 {
		t.Errorf("%d employees with a latest predikat, %d with yearly figures", withLatest, len(stored))
	}
	if n := c.Evaluation.Query().Where(evaluation.PredikatNotNil()).CountX(ctx); n == 0 {
		t.Error("no evaluation has a predikat")
	}
}

// figures prints yearly figures with their pointers followed.
func figures(ys []career.YearFigures) []string {
	out := make([]string, len(ys))
	for i, y := range ys {
		out[i] = fmt.Sprint(y.Year, deref(y.Predikat), deref(y.Performance), deref(y.Potential), deref(y.TalentBox), y.JP)
	}
	return out
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// tableDigests sums up each table's rows, in ID order, without the times of the load; employee_years
// by employee and year, because the ent path leaves its IDs to ent's random default.
func tableDigests(t *testing.T, db *sql.DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, table := range append(slices.Clone(bulkTables), migrate.CalibrationCapsTable, migrate.PromotionWindowsTable) {
		drop, order := "- 'created_at' - 'updated_at'", "x.id"
		if table == migrate.EmployeeYearsTable {
			drop, order = drop+" - 'id'", "x.employee_id, x.year"
		}
		var n int
		var digest sql.NullString
		q := fmt.Sprintf("SELECT count(*), md5(string_agg((to_jsonb(x) %s)::text, E'\\n' ORDER BY %s)) FROM %s x", drop, order, table.Name)
		if err := db.QueryRow(q).Scan(&n, &digest); err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Errorf("%s is empty", table.Name)
		}
		out[table.Name] = fmt.Sprintf("%d rows, %s", n, digest.String)
	}
	return out
}

// schemaObjects lists the indexes and constraints of the schema with their definitions and whether
// they are validated.
func schemaObjects(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`
		SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
		UNION ALL
		SELECT conname || ' ' || pg_get_constraintdef(oid) || CASE WHEN convalidated THEN '' ELSE ' NOT VALID' END
		FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
		ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if len(out) < 100 {
		t.Fatalf("only %d indexes and constraints", len(out))
	}
	return out
}

func diff(want, got []string) string {
	var b strings.Builder
	for _, s := range want {
		if !slices.Contains(got, s) {
			fmt.Fprintf(&b, "missing: %s\n", s)
		}
	}
	for _, s := range got {
		if !slices.Contains(want, s) {
			fmt.Fprintf(&b, "extra: %s\n", s)
		}
	}
	return b.String()
}

var pgSeq atomic.Int64

// newPostgres gives the test a migrated PostgreSQL database of its own, dropped afterwards; without
// TEST_DATABASE_URL the test is skipped. The bulk path drops and rebuilds indexes, so it gets a whole
// database rather than a copy of the shared template.
func newPostgres(t *testing.T) *store.DB {
	t.Helper()
	base := os.Getenv("TEST_DATABASE_URL")
	if base == "" {
		t.Skip("TEST_DATABASE_URL is not set: the bulk path is PostgreSQL's")
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("jenjang_seed%d_%d", os.Getpid(), pgSeq.Add(1))
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if admin, err := sql.Open("postgres", base); err == nil {
			_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			_ = admin.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	db, err := store.Open(u.String(), store.Options{MaxOpenConns: 4})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

// A national dataset of a million employees reaches every province, and grows its instansi with
// schools and health facilities whose codes stay unique and fit the column.
func TestNationalLayout(t *testing.T) {
	plan := newLayout(0, 1_000_000)
	if len(plan.regions) != 38 {
		t.Fatalf("%d regions", len(plan.regions))
	}
	budget, used := 1_000_000, map[int]bool{}
	codes := map[string]bool{}
	var walk func(prefix string, u unitPlan)
	walk = func(prefix string, u unitPlan) {
		code := prefix + u.code
		if codes[code] || len(code) > 64 || len(u.name) > 200 {
			t.Fatalf("unit code %q (%d characters) is repeated or too long", code, len(code))
		}
		codes[code] = true
		for _, c := range u.children {
			walk(code+"-", c)
		}
	}
	schools := 0
	n := 0
	for ; budget > 0; n++ {
		inst, region, ok := plan.instansi(n, budget)
		if !ok {
			break
		}
		used[region] = true
		walk(plan.regions[region].code+"-", inst)
		for _, a := range inst.children {
			if a.code == "DISDIK" {
				schools += len(a.children)
			}
		}
		budget -= min(budget, expectedStaff(inst))
	}
	if budget > 0 || len(used) != 38 || n < 140 || schools < 20000 {
		t.Errorf("%d instansi in %d provinces with %d schools leave %d employees", n, len(used), schools, budget)
	}
}

package seed

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/training"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

func TestMain(m *testing.M) { os.Exit(testdb.Main(m)) }

var reference = time.Date(2026, 11, 23, 10, 0, 0, 0, career.WIB)

func TestDemo(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := context.Background()
		start := time.Now()
		if err := demoAt(ctx, db.Client, reference); err != nil {
			t.Fatal(err)
		}
		t.Logf("demo loaded on %s in %v", db.Name(), time.Since(start).Round(time.Millisecond))
		c := db.Client

		employees := c.Employee.Query().WithPosition().WithSupervisor().WithUnit().AllX(ctx)
		if n := len(employees); n < 2500 || n > 4000 {
			t.Errorf("%d employees, want a few thousand", n)
		}
		disdik := c.OrgUnit.Query().Where(orgunit.Code("JMB-PROV-DISDIK")).OnlyX(ctx)
		if n := c.Employee.Query().Where(employee.UnitID(disdik.ID)).CountX(ctx); n < 40 {
			t.Errorf("Dinas Pendidikan of the province holds %d employees directly, want at least 40", n)
		}
		paths := map[string]string{}
		for _, u := range c.OrgUnit.Query().AllX(ctx) {
			paths[string(u.ID)] = u.Path
		}
		withPredikat := 0
		for _, e := range employees {
			if err := career.CheckNIP(e.Nip, e.EmploymentType, e.BirthDate, e.Gender, e.HiredAt); err != nil {
				t.Errorf("%s: %v", e.Name, err)
			}
			if e.Rank != nil && e.Edges.Position.MinRank != nil && e.Rank.Order() < e.Edges.Position.MinRank.Order() {
				t.Errorf("%s holds %s with rank %s below its minimum %s", e.Name, e.Edges.Position.Title, *e.Rank, *e.Edges.Position.MinRank)
			}
			if age := career.Age(e.BirthDate, reference); age < 19 || age > 58 || e.BirthDate.Year() < 1966 || e.BirthDate.Year() > 2007 {
				t.Errorf("%s is %d (born %s)", e.Name, age, e.BirthDate.Format(time.DateOnly))
			}
			if s := e.Edges.Supervisor; s != nil && instansiOf(paths[string(s.UnitID)]) != instansiOf(paths[string(e.UnitID)]) {
				t.Errorf("%s is supervised by %s from another instansi", e.Name, s.Name)
			}
			if e.LatestPredikat != nil {
				withPredikat++
			}
		}
		if withPredikat < len(employees)*8/10 {
			t.Errorf("only %d of %d employees have a latest predikat", withPredikat, len(employees))
		}
		for _, tr := range c.Training.Query().WithEnrollments().AllX(ctx) {
			if tr.SeatsTaken > tr.Capacity || tr.SeatsTaken != len(tr.Edges.Enrollments) {
				t.Errorf("%s: %d seats taken of %d, %d enrolments", tr.Title, tr.SeatsTaken, tr.Capacity, len(tr.Edges.Enrollments))
			}
		}
		if n := c.Training.Query().Where(training.StatusEQ(training.StatusOPEN)).CountX(ctx); n == 0 {
			t.Error("no training is open for enrolment")
		}
		for name, n := range map[string]int{
			"potential assessments": c.PotentialAssessment.Query().CountX(ctx),
			"sanctions":             c.DisciplinarySanction.Query().CountX(ctx),
			"vacancies":             c.Vacancy.Query().CountX(ctx),
			"applications":          c.Application.Query().CountX(ctx),
			"mentorships":           c.Mentorship.Query().CountX(ctx),
			"career events":         c.CareerEvent.Query().CountX(ctx),
			"evaluations":           c.Evaluation.Query().CountX(ctx),
			"employees":             len(employees),
			"trainings":             c.Training.Query().CountX(ctx),
			"enrollments":           c.Enrollment.Query().CountX(ctx),
			"org units":             c.OrgUnit.Query().CountX(ctx),
		} {
			if n == 0 {
				t.Errorf("no %s", name)
			}
			t.Logf("%s: %d", name, n)
		}

		loaded, err := DemoIfEmpty(ctx, c)
		if err != nil || loaded {
			t.Errorf("DemoIfEmpty on a full database: %v, %v", loaded, err)
		}
	})
}

func instansiOf(path string) string {
	const idLen = 29
	if len(path) < 2*(idLen+1)+1 {
		return path
	}
	return path[:2*(idLen+1)+1]
}

func TestDemoIsDeterministic(t *testing.T) {
	ctx := context.Background()
	var runs [2][]*ent.Employee
	for i := range runs {
		db := testdb.SQLite(t)
		if err := demoAt(ctx, db.Client, reference); err != nil {
			t.Fatal(err)
		}
		runs[i] = db.Client.Employee.Query().Order(ent.Asc(employee.FieldID)).AllX(ctx)
	}
	if len(runs[0]) != len(runs[1]) {
		t.Fatalf("%d vs %d employees", len(runs[0]), len(runs[1]))
	}
	for i := range runs[0] {
		a, b := runs[0][i], runs[1][i]
		if a.ID != b.ID || a.Nip != b.Nip || a.Name != b.Name {
			t.Fatalf("run 1 has %s %s %s where run 2 has %s %s %s", a.ID, a.Nip, a.Name, b.ID, b.Nip, b.Name)
		}
	}
}

func TestGenerate(t *testing.T) {
	ctx := context.Background()
	db := testdb.SQLite(t)
	if err := Generate(ctx, db.Client, GenerateOptions{Employees: 1500, Now: reference}); err != nil {
		t.Fatal(err)
	}
	if n := db.Client.Employee.Query().CountX(ctx); n != 1500 {
		t.Errorf("%d employees, want 1500", n)
	}
	// A second run adds a region of its own beside the first.
	if err := Generate(ctx, db.Client, GenerateOptions{Employees: 200, Now: reference}); err != nil {
		t.Fatal(err)
	}
	if n := db.Client.Employee.Query().CountX(ctx); n != 1700 {
		t.Errorf("%d employees after the second run, want 1700", n)
	}
}

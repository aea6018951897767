package tally_test

import (
	"context"
	"fmt"
	"maps"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/seed"
	"github.com/jenjang/jenjang/internal/tally"
	"github.com/jenjang/jenjang/internal/testdb"
)

func TestMain(m *testing.M) { os.Exit(testdb.Main(m)) }

func TestUnits(t *testing.T) {
	for _, tt := range []struct {
		path string
		want []string
	}{
		{"", []string{tally.Root}},
		{"/A/", []string{tally.Root, "A"}},
		{"/A/B/C/", []string{tally.Root, "A", "B", "C"}},
		{"/A/B/C/D/E/", []string{tally.Root, "A", "B", "C"}},
	} {
		if got := tally.Units(tt.path); !slices.Equal(got, tt.want) {
			t.Errorf("Units(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if !tally.Tallied("") || !tally.Tallied("/A/B/C/") || tally.Tallied("/A/B/C/D/") {
		t.Error("Tallied: the whole dataset and the top three levels have tallies, the fourth none")
	}
	if !tally.ChildrenTallied("/A/B/") || tally.ChildrenTallied("/A/B/C/") {
		t.Error("ChildrenTallied: the children of the second level have tallies, those of the third none")
	}
}

// The tallies kept by the writes' hooks are those a rebuild from the rows gives: writes in a
// transaction and outside one, nested derived writes, a bulk create with two rows of one employee,
// employees moved, a unit moved to another instansi, records deleted.
func TestUpkeepMatchesRebuild(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		now := time.Date(2026, time.November, 23, 0, 0, 0, 0, time.UTC)
		if err := seed.Generate(ctx, db.Client, seed.GenerateOptions{Employees: 400, Years: 3, Now: now}); err != nil {
			t.Fatal(err)
		}
		if got, want := tallies(t, db.Client), rebuilt(t, db.Client); !maps.Equal(got, want) {
			t.Fatalf("after the load: %s", diff(got, want))
		}

		people := db.Client.Employee.Query().Where(employee.EmploymentTypeEQ(career.EmploymentPNS), employee.StatusEQ(employee.StatusACTIVE)).
			Order(ent.Asc(employee.FieldID)).Limit(6).AllX(ctx)
		agencies := db.Client.OrgUnit.Query().Where(orgunit.KindEQ("AGENCY")).Order(ent.Asc(orgunit.FieldID)).AllX(ctx)
		instansi := db.Client.OrgUnit.Query().Where(orgunit.KindEQ("INSTANSI")).Order(ent.Desc(orgunit.FieldID)).AllX(ctx)
		if len(people) < 6 || len(agencies) < 2 || len(instansi) < 2 {
			t.Fatalf("dataset too small: %d people, %d agencies, %d instansi", len(people), len(agencies), len(instansi))
		}
		annual := db.Client.Evaluation.Query().Where(evaluation.PeriodEQ(career.PeriodAnnual), evaluation.StatusEQ(career.EvalFinal), evaluation.EmployeeIDIn(people[2].ID, people[3].ID)).AllX(ctx)
		if len(annual) < 2 {
			t.Fatalf("%d final annual evaluations", len(annual))
		}

		inTx(t, db.Client, ctx, func(ctx context.Context, tx *ent.Client) {
			tx.Employee.UpdateOne(people[0]).SetUnitID(agencies[len(agencies)-1].ID).SetRank(career.RankIVA).ExecX(ctx)
			tx.Evaluation.UpdateOne(annual[0]).SetWorkResult(career.RatingBelow).SetWorkBehavior(career.RatingBelow).ExecX(ctx)
			tx.Evaluation.CreateBulk(
				tx.Evaluation.Create().SetEmployee(people[1]).SetYear(2015).SetPeriod(career.PeriodQ1).SetStatus(career.EvalFinal).
					SetWorkResult(career.RatingAbove).SetWorkBehavior(career.RatingAbove),
				tx.Evaluation.Create().SetEmployee(people[1]).SetYear(2015).SetPeriod(career.PeriodQ2).SetStatus(career.EvalFinal).
					SetWorkResult(career.RatingMeets).SetWorkBehavior(career.RatingAbove),
			).ExecX(ctx)
			tx.OrgUnit.UpdateOne(agencies[0]).SetParentID(instansi[0].ID).ExecX(ctx)
		})
		db.Client.Evaluation.DeleteOne(annual[1]).ExecX(ctx)
		db.Client.Employee.UpdateOne(people[4]).SetStatus(employee.StatusRETIRED).ExecX(ctx)
		db.Client.PotentialAssessment.Create().SetEmployee(people[5]).SetYear(2015).SetLevel(career.PotentialHigh).
			SetScore(90).SetMethod("Assessment center").ExecX(ctx)

		if got, want := tallies(t, db.Client), rebuilt(t, db.Client); !maps.Equal(got, want) {
			t.Errorf("after the writes: %s", diff(got, want))
		}
	})
}

func inTx(t *testing.T, client *ent.Client, ctx context.Context, fn func(context.Context, *ent.Client)) {
	t.Helper()
	tx, err := client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fn(ent.NewTxContext(ctx, tx), tx.Client())
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// tallies reads every tally that is not empty.
func tallies(t *testing.T, client *ent.Client) map[tally.Key]tally.Value {
	t.Helper()
	rows, err := client.QueryContext(context.Background(), "SELECT unit_id, measure, year, bucket, n, total FROM unit_tallies WHERE n <> 0 OR total <> 0")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[tally.Key]tally.Value{}
	for rows.Next() {
		var k tally.Key
		var v tally.Value
		if err := rows.Scan(&k.Unit, &k.Measure, &k.Year, &k.Bucket, &v.N, &v.Total); err != nil {
			t.Fatal(err)
		}
		out[k] = v
	}
	if len(out) == 0 {
		t.Fatal("no tallies")
	}
	return out
}

// rebuilt rebuilds the tallies from the rows and reads them.
func rebuilt(t *testing.T, client *ent.Client) map[tally.Key]tally.Value {
	t.Helper()
	if err := tally.Rebuild(context.Background(), client); err != nil {
		t.Fatal(err)
	}
	return tallies(t, client)
}

func diff(got, want map[tally.Key]tally.Value) string {
	var out []string
	for k, v := range want {
		if got[k] != v {
			out = append(out, fmt.Sprintf("%+v: kept %+v, rebuilt %+v", k, got[k], v))
		}
	}
	for k, v := range got {
		if _, ok := want[k]; !ok {
			out = append(out, fmt.Sprintf("%+v: kept %+v, rebuilt none", k, v))
		}
	}
	slices.Sort(out)
	if len(out) > 10 {
		out = append(out[:10], fmt.Sprintf("… and %d more", len(out)-10))
	}
	return fmt.Sprint(out)
}

// Transactions that change one employee's counts at the same time each apply their own difference
// once: one that commits while another is open is not counted again in the other's.
func TestConcurrentUpkeepMatchesRebuild(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		now := time.Date(2026, time.November, 23, 0, 0, 0, 0, time.UTC)
		if err := seed.Generate(ctx, db.Client, seed.GenerateOptions{Employees: 60, Years: 1, Now: now}); err != nil {
			t.Fatal(err)
		}
		person := db.Client.Employee.Query().Where(employee.StatusEQ(employee.StatusACTIVE)).Order(ent.Asc(employee.FieldID)).FirstX(ctx)
		var drafts []*ent.Evaluation
		for i, period := range []career.EvaluationPeriod{career.PeriodQ1, career.PeriodQ2, career.PeriodQ3, career.PeriodQ4} {
			drafts = append(drafts, db.Client.Evaluation.Create().SetEmployee(person).SetYear(2030+i).SetPeriod(period).
				SetStatus(career.EvalDraft).SaveX(ctx))
		}
		errs := make(chan error, len(drafts))
		for _, ev := range drafts {
			go func() {
				errs <- func() error {
					tx, err := db.Client.Tx(ctx)
					if err != nil {
						return err
					}
					txCtx := ent.NewTxContext(ctx, tx)
					if err := tx.Client().Evaluation.UpdateOne(ev).SetStatus(career.EvalFinal).
						SetWorkResult(career.RatingAbove).SetWorkBehavior(career.RatingMeets).Exec(txCtx); err != nil {
						_ = tx.Rollback()
						return err
					}
					// Others commit meanwhile.
					time.Sleep(50 * time.Millisecond)
					return tx.Commit()
				}()
			}()
		}
		for range drafts {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		if got, want := tallies(t, db.Client), rebuilt(t, db.Client); !maps.Equal(got, want) {
			t.Errorf("after concurrent writes: %s", diff(got, want))
		}
	})
}

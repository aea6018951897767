package derive_test

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"entgo.io/contrib/entgql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

func TestMain(m *testing.M) { os.Exit(testdb.Main(m)) }

func newEmployee(t *testing.T, client *ent.Client) *ent.Employee {
	t.Helper()
	ctx := access.SystemContext(context.Background())
	unit := client.OrgUnit.Create().SetCode("U").SetName("Unit").SetKind("AGENCY").SaveX(ctx)
	birth, hired := time.Date(1980, 7, 31, 0, 0, 0, 0, time.UTC), time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)
	return client.Employee.Create().
		SetNip(career.BuildNIP(birth, hired, career.GenderFemale, 7)).SetName("Siti Aminah").SetGender(career.GenderFemale).
		SetBirthDate(birth).SetEmploymentType(career.EmploymentPNS).SetRank(career.RankIIIC).SetRankSince(hired).
		SetEducation(career.EducationS1).SetHiredAt(hired).SetUnit(unit).SaveX(ctx)
}

func TestEmployeeDerivedColumns(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		e := newEmployee(t, db.Client)
		// No post: the default retirement age of 58, birthday 2038-07-31, so 2038-08-01.
		if e.RankOrder != 11 || e.RetirementDate == nil || !e.RetirementDate.Equal(time.Date(2038, 8, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("rank order %d, retirement %v", e.RankOrder, e.RetirementDate)
		}
		p := db.Client.Position.Create().SetTitle("Auditor Ahli Madya").SetKind(career.KindFungsional).
			SetFunctionalLevel(career.LevelAhliMadya).SetJobClass(11).SetUnitID(e.UnitID).SaveX(ctx)
		e = db.Client.Employee.UpdateOne(e).SetPosition(p).SetRank(career.RankIVA).SaveX(ctx)
		if e.RankOrder != 13 || !e.RetirementDate.Equal(time.Date(2040, 8, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("as ahli madya: rank order %d, retirement %v", e.RankOrder, e.RetirementDate)
		}
		err := db.Client.Employee.Update().SetGender(career.GenderMale).Exec(ctx)
		if err == nil {
			t.Error("a bulk change of gender, which the NIP check needs per record, was accepted")
		}
	})
}

// The NAME order folds case on both databases, so that a name written with "dr." sorts among the D.
func TestNameOrderFoldsCase(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		e := newEmployee(t, db.Client)
		for i, name := range []string{"Zainal Arifin", "dr. Rina Wahyuni, M.Kes.", "Dewi Lestari"} {
			birth := time.Date(1981, 1, 1+i, 0, 0, 0, 0, time.UTC)
			db.Client.Employee.Create().
				SetNip(career.BuildNIP(birth, e.HiredAt, career.GenderFemale, 1)).SetName(name).SetGender(career.GenderFemale).
				SetBirthDate(birth).SetEmploymentType(career.EmploymentPNS).SetRank(career.RankIIIA).SetRankSince(e.HiredAt).
				SetEducation(career.EducationS1).SetHiredAt(e.HiredAt).SetUnitID(e.UnitID).SaveX(ctx)
		}
		db.Client.Employee.UpdateOne(e).SetName("Ahmad Fauzi").ExecX(ctx)
		first := 10
		page, err := db.Client.Employee.Query().Paginate(ctx, nil, &first, nil, nil,
			ent.WithEmployeeOrder([]*ent.EmployeeOrder{{Field: ent.EmployeeOrderFieldSortName, Direction: entgql.OrderDirectionAsc}}))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, edge := range page.Edges {
			names = append(names, edge.Node.Name)
		}
		if want := []string{"Ahmad Fauzi", "Dewi Lestari", "dr. Rina Wahyuni, M.Kes.", "Zainal Arifin"}; !slices.Equal(names, want) {
			t.Errorf("by name: %q, want %q", names, want)
		}
	})
}

func TestEvaluationPredikatAndLatest(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		e := newEmployee(t, db.Client)
		annual := func(year int, result, behavior career.Rating, status career.EvaluationStatus) *ent.Evaluation {
			return db.Client.Evaluation.Create().SetEmployee(e).SetYear(year).SetPeriod(career.PeriodAnnual).
				SetWorkResult(result).SetWorkBehavior(behavior).SetStatus(status).SaveX(ctx)
		}
		latest := func() *career.Predikat { return db.Client.Employee.GetX(ctx, e.ID).LatestPredikat }

		ev := annual(2024, career.RatingMeets, career.RatingBelow, career.EvalFinal)
		if *ev.Predikat != career.PredikatKurang || *latest() != career.PredikatKurang {
			t.Fatalf("2024: predikat %v, latest %v", *ev.Predikat, latest())
		}
		draft := annual(2025, career.RatingAbove, career.RatingAbove, career.EvalAssessed)
		if *latest() != career.PredikatKurang {
			t.Errorf("an assessed (not final) 2025 evaluation changed latest to %v", *latest())
		}
		db.Client.Evaluation.UpdateOne(draft).SetStatus(career.EvalFinal).ExecX(ctx)
		if *latest() != career.PredikatSangatBaik {
			t.Errorf("after 2025 became final, latest = %v", *latest())
		}
		// A decision on an objection changes one rating: the predikat follows.
		ev2025 := db.Client.Evaluation.UpdateOne(draft).SetWorkBehavior(career.RatingMeets).SaveX(ctx)
		if *ev2025.Predikat != career.PredikatBaik || *latest() != career.PredikatBaik {
			t.Errorf("after the behaviour rating changed: predikat %v, latest %v", *ev2025.Predikat, *latest())
		}
		// Bulk status changes (the finalising ticker) keep latest true as well.
		q := annual(2026, career.RatingBelow, career.RatingBelow, career.EvalAssessed)
		n := db.Client.Evaluation.Update().Where(evaluation.StatusEQ(career.EvalAssessed)).SetStatus(career.EvalFinal).SaveX(ctx)
		if n != 1 || *latest() != career.PredikatSangatKurang {
			t.Errorf("bulk finalising: %d rows, latest %v", n, *latest())
		}
		cleared := db.Client.Evaluation.UpdateOne(q).ClearWorkResult().SaveX(ctx)
		if cleared.Predikat != nil || *latest() != career.PredikatBaik {
			t.Errorf("after clearing a rating: predikat %v, latest %v", cleared.Predikat, *latest())
		}
	})
}

package api_test

import (
	"context"
	"encoding/json"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/auditentry"
	"github.com/jenjang/jenjang/ent/coachingplan"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/appraisal"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

const (
	startDoc  = `mutation($y: Int!) { startEvaluation(year: $y, period: ANNUAL) { id version status } }`
	saveDoc   = `mutation($id: ID!, $v: Int!, $in: SaveEvaluationInput!) { saveEvaluation(id: $id, version: $v, input: $in) { id version status } }`
	submitDoc = `mutation($id: ID!, $v: Int!) { submitEvaluation(id: $id, version: $v) { id version status } }`
	assessDoc = `mutation($id: ID!, $v: Int!, $in: AssessEvaluationInput!) { assessEvaluation(id: $id, version: $v, input: $in) {
		evaluation { id version status predikat objectionDaysLeft }
		calibration { unitRating assessed warnings caps { atLeast count allowed over } } } }`
	acceptDoc = `mutation($id: ID!, $v: Int!) { acceptEvaluation(id: $id, version: $v) { id version status } }`
	objectDoc = `mutation($id: ID!, $v: Int!, $r: String!) { objectToEvaluation(id: $id, version: $v, reason: $r) { id version status } }`
	decideDoc = `mutation($id: ID!, $v: Int!, $in: DecideObjectionInput!) { decideObjection(id: $id, version: $v, input: $in) { id version status predikat } }`
)

// step is an evaluation as a workflow mutation returns it.
type step struct {
	ID       pulid.ID
	Status   string
	Version  int
	Predikat *string
}

func workPlans() map[string]any {
	return map[string]any{
		"workPlans": []any{map[string]any{"title": "Pembelajaran kelas X", "kind": "UTAMA",
			"indicators": []any{map[string]any{"name": "Ketuntasan belajar", "target": "85%"}}}},
		"selfNotes": []any{map[string]any{"value": "AKUNTABEL", "note": "Laporan tepat waktu"}},
	}
}

// The story of one appraisal, told through the HTTP API by the people who live it: the teacher writes
// and submits, the head of school assesses BUTUH_PERBAIKAN, the teacher objects on day 10, the head of
// the agency decides and the predikat changes; a colleague's objection on day 15 is refused, and the
// unanswered assessment becomes final once, with two tickers running.
func TestAppraisalStory(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		kadis := must[*ent.Employee](t)(newEmployee(db.Client, 900, "Dr. Hj. Rosmeli, M.Pd.", career.GenderFemale, date(1966, 4, 2), date(1990, 3, 1), career.RankIVD).
			SetUnit(f.disdik).Save(ctx))
		db.Client.Employee.UpdateOne(f.kepala).SetSupervisor(kadis).ExecX(ctx)
		rating := db.Client.UnitRating.Create().SetUnitID(f.disdik.ID).SetYear(today.Year()).SetRating(career.UnitKurang).SaveX(ctx)
		for _, c := range career.DefaultCaps[rating.Rating] {
			db.Client.CalibrationCap.Create().SetUnitRating(rating.Rating).SetAtLeast(c.AtLeast).SetMaxShare(c.MaxShare).ExecX(ctx)
		}

		var clock atomic.Pointer[time.Time]
		at := func(day int) { d := today.AddDate(0, 0, day); clock.Store(&d) }
		at(0)
		s := newServerAt(t, db, func() time.Time { return *clock.Load() })
		teacher := s.as(auth.RoleEmployee, f.teachers[10].ID, "")
		colleague := s.as(auth.RoleEmployee, f.teachers[11].ID, "")
		head := s.as(auth.RoleSupervisor, f.kepala.ID, "")
		superior := s.as(auth.RoleSupervisor, kadis.ID, "")
		admin := s.as(auth.RoleAdmin, "", "")

		run := func(who *server, doc string, vars map[string]any) step {
			t.Helper()
			var data map[string]json.RawMessage
			who.mustQuery(doc, vars, &data)
			var out step
			for _, raw := range data {
				var payload struct {
					step
					Evaluation *step
				}
				if err := json.Unmarshal(raw, &payload); err != nil {
					t.Fatal(err)
				}
				out = payload.step
				if payload.Evaluation != nil {
					out = *payload.Evaluation
				}
			}
			return out
		}
		refused := func(who *server, doc string, vars map[string]any, code, field string) {
			t.Helper()
			wantCode(t, onlyError(t, who.query(doc, vars)), code, field)
		}

		// The teacher writes and submits.
		ev := run(teacher, startDoc, map[string]any{"y": today.Year()})
		if ev.Status != "DRAFT" {
			t.Fatalf("started as %s", ev.Status)
		}
		refused(teacher, submitDoc, map[string]any{"id": ev.ID, "v": ev.Version}, "BAD_USER_INPUT", "workPlans")
		bad := workPlans()
		bad["workPlans"].([]any)[0].(map[string]any)["indicators"] = []any{map[string]any{"name": "Ketuntasan", "target": ""}}
		refused(teacher, saveDoc, map[string]any{"id": ev.ID, "v": ev.Version, "in": bad}, "BAD_USER_INPUT", "workPlans[0].indicators[0]")
		refused(head, saveDoc, map[string]any{"id": ev.ID, "v": ev.Version, "in": workPlans()}, "FORBIDDEN", "")
		ev = run(teacher, saveDoc, map[string]any{"id": ev.ID, "v": ev.Version, "in": workPlans()})
		ev = run(teacher, submitDoc, map[string]any{"id": ev.ID, "v": ev.Version})

		// Only the direct supervisor assesses; the ratings give BUTUH_PERBAIKAN.
		assessment := map[string]any{"workResult": "DI_BAWAH_EKSPEKTASI", "workBehavior": "SESUAI_EKSPEKTASI", "coachingNote": "Pendampingan penyusunan modul ajar"}
		refused(teacher, assessDoc, map[string]any{"id": ev.ID, "v": ev.Version, "in": assessment}, "FORBIDDEN", "")
		refused(superior, assessDoc, map[string]any{"id": ev.ID, "v": ev.Version, "in": assessment}, "FORBIDDEN", "")
		stale := ev.Version
		ev = run(head, assessDoc, map[string]any{"id": ev.ID, "v": ev.Version, "in": assessment})
		if ev.Status != "ASSESSED" || ev.Predikat == nil || *ev.Predikat != "BUTUH_PERBAIKAN" {
			t.Fatalf("assessed: %+v", ev)
		}
		refused(teacher, acceptDoc, map[string]any{"id": ev.ID, "v": stale}, "CONFLICT", "")

		// The calibration of the agency, rated KURANG: no SANGAT_BAIK allowed, so a preview of one warns.
		var preview struct {
			CalibrationPreview struct {
				Warnings []string
				Assessed int
			}
		}
		head.mustQuery(`query($id: ID!) { calibrationPreview(evaluationID: $id, workResult: DI_ATAS_EKSPEKTASI, workBehavior: DI_ATAS_EKSPEKTASI) { warnings assessed } }`,
			map[string]any{"id": ev.ID}, &preview)
		if len(preview.CalibrationPreview.Warnings) == 0 || preview.CalibrationPreview.Assessed != 1 {
			t.Errorf("preview of a SANGAT_BAIK in a unit rated KURANG: %+v", preview.CalibrationPreview)
		}

		// Day 10: the teacher objects, with reasons; the head cannot decide on their own assessment.
		at(10)
		refused(teacher, objectDoc, map[string]any{"id": ev.ID, "v": ev.Version, "r": " "}, "BAD_USER_INPUT", "reason")
		ev = run(teacher, objectDoc, map[string]any{"id": ev.ID, "v": ev.Version, "r": "Target ketuntasan tercapai 87%, bukti terlampir"})
		decision := map[string]any{"workResult": "SESUAI_EKSPEKTASI", "workBehavior": "SESUAI_EKSPEKTASI", "reason": "Bukti ketuntasan diterima"}
		refused(head, decideDoc, map[string]any{"id": ev.ID, "v": ev.Version, "in": decision}, "FORBIDDEN", "")
		refused(superior, decideDoc, map[string]any{"id": ev.ID, "v": ev.Version, "in": map[string]any{"workResult": "SESUAI_EKSPEKTASI", "workBehavior": "SESUAI_EKSPEKTASI", "reason": ""}}, "BAD_USER_INPUT", "reason")
		ev = run(superior, decideDoc, map[string]any{"id": ev.ID, "v": ev.Version, "in": decision})
		if ev.Status != "FINAL" || ev.Predikat == nil || *ev.Predikat != "BAIK" {
			t.Fatalf("decided: %+v", ev)
		}
		var profile struct {
			Node struct{ LatestPredikat *string }
		}
		admin.mustQuery(`query($id: ID!) { node(id: $id) { ... on Employee { latestPredikat } } }`, map[string]any{"id": f.teachers[10].ID}, &profile)
		if p := profile.Node.LatestPredikat; p == nil || *p != "BAIK" {
			t.Errorf("latest predikat after the decision: %v", p)
		}

		// The audit trail names each step and who took it.
		entries := db.Client.AuditEntry.Query().Where(auditentry.EntityID(string(ev.ID))).Order(ent.Asc(auditentry.FieldAt), ent.Asc(auditentry.FieldID)).AllX(ctx)
		var trail []string
		for _, e := range entries {
			trail = append(trail, e.Action+" by "+e.ActorName)
		}
		want := []string{"startEvaluation by " + username(t, teacher), "saveEvaluation by " + username(t, teacher), "submitEvaluation by " + username(t, teacher),
			"assessEvaluation by " + username(t, head), "objectToEvaluation by " + username(t, teacher), "decideObjection by " + username(t, superior)}
		if len(trail) != len(want) {
			t.Fatalf("audit trail %q, want %q", trail, want)
		}
		for i := range want {
			if trail[i] != want[i] {
				t.Errorf("audit entry %d: %q, want %q", i, trail[i], want[i])
			}
		}

		// A colleague assessed on day 10 objects on day 25 (day 15 of the window): too late.
		other := run(colleague, startDoc, map[string]any{"y": today.Year()})
		other = run(colleague, saveDoc, map[string]any{"id": other.ID, "v": other.Version, "in": workPlans()})
		other = run(colleague, submitDoc, map[string]any{"id": other.ID, "v": other.Version})
		other = run(head, assessDoc, map[string]any{"id": other.ID, "v": other.Version, "in": assessment})
		at(25)
		refused(colleague, objectDoc, map[string]any{"id": other.ID, "v": other.Version, "r": "Terlambat"}, "BAD_USER_INPUT", "reason")

		// Two servers' tickers at once: the assessment becomes final exactly once, with one coaching plan.
		now := *clock.Load()
		var wg sync.WaitGroup
		var finalized atomic.Int64
		for range 2 {
			wg.Go(func() {
				n, err := appraisal.Service{Client: db.Client, Now: func() time.Time { return now }}.FinalizeLapsed(context.Background())
				if err != nil {
					t.Error(err)
				}
				finalized.Add(int64(n))
			})
		}
		wg.Wait()
		if finalized.Load() != 1 {
			t.Errorf("finalized %d times", finalized.Load())
		}
		final := db.Client.Evaluation.GetX(ctx, other.ID)
		lapsed := db.Client.AuditEntry.Query().Where(auditentry.EntityID(string(other.ID)), auditentry.Action("finalizeLapsedEvaluation")).CountX(ctx)
		plans := db.Client.CoachingPlan.Query().Where(coachingplan.EvaluationID(other.ID)).AllX(ctx)
		if final.Status != career.EvalFinal || lapsed != 1 || len(plans) != 1 || plans[0].CoachID != f.kepala.ID {
			t.Fatalf("after the tickers: %s, %d audit entries, coaching plans %+v", final.Status, lapsed, plans)
		}

		// The head fills and closes the coaching plan; the teacher cannot.
		plan := map[string]any{"id": plans[0].ID, "in": map[string]any{"plan": "Supervisi kelas dua kali sebulan", "dueOn": "2027-03-31"}}
		updatePlan := `mutation($id: ID!, $in: UpdateCoachingPlanInput!) { updateCoachingPlan(id: $id, input: $in) { id status } }`
		refused(colleague, updatePlan, plan, "FORBIDDEN", "")
		head.mustQuery(updatePlan, plan, &struct{}{})
		var closed struct{ CloseCoachingPlan struct{ Status string } }
		head.mustQuery(`mutation($id: ID!) { closeCoachingPlan(id: $id, outcome: "Modul ajar tersusun") { status } }`, map[string]any{"id": plans[0].ID}, &closed)
		if closed.CloseCoachingPlan.Status != "CLOSED" {
			t.Errorf("closed plan: %+v", closed)
		}
	})
}

// Two saves of the same evaluation at once: one succeeds, the other gets CONFLICT, and the evaluation
// holds the winner's ratings.
func TestAppraisalConcurrentAssessments(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		teacher := s.as(auth.RoleEmployee, f.teachers[12].ID, "")
		head := s.as(auth.RoleSupervisor, f.kepala.ID, "")
		var ev struct{ StartEvaluation step }
		teacher.mustQuery(startDoc, map[string]any{"y": today.Year()}, &ev)
		var saved struct{ SaveEvaluation step }
		teacher.mustQuery(saveDoc, map[string]any{"id": ev.StartEvaluation.ID, "v": ev.StartEvaluation.Version, "in": workPlans()}, &saved)
		var submitted struct{ SubmitEvaluation step }
		teacher.mustQuery(submitDoc, map[string]any{"id": saved.SaveEvaluation.ID, "v": saved.SaveEvaluation.Version}, &submitted)

		ratings := []string{"DI_ATAS_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"}
		results := make([]response, len(ratings))
		var wg sync.WaitGroup
		for i, r := range ratings {
			wg.Go(func() {
				results[i] = head.query(assessDoc, map[string]any{"id": submitted.SubmitEvaluation.ID, "v": submitted.SubmitEvaluation.Version,
					"in": map[string]any{"workResult": r, "workBehavior": "SESUAI_EKSPEKTASI"}})
			})
		}
		wg.Wait()
		var won []int
		for i, res := range results {
			switch {
			case len(res.Errors) == 0:
				won = append(won, i)
			case res.Errors[0].Extensions["code"] != "CONFLICT":
				t.Errorf("the loser got %+v", res.Errors)
			}
		}
		if len(won) != 1 {
			t.Fatalf("%d assessments succeeded", len(won))
		}
		stored := db.Client.Evaluation.GetX(access.SystemContext(context.Background()), submitted.SubmitEvaluation.ID)
		if stored.WorkResult == nil || string(*stored.WorkResult) != ratings[won[0]] || stored.Version != submitted.SubmitEvaluation.Version+1 {
			t.Errorf("stored %v version %d, want the winner's %s", stored.WorkResult, stored.Version, ratings[won[0]])
		}
	})
}

// username is the account name of a test server's token, as the audit trail records it.
func username(t *testing.T, s *server) string {
	t.Helper()
	var v struct{ Viewer struct{ Username string } }
	s.mustQuery(`{ viewer { username } }`, nil, &v)
	return v.Viewer.Username
}

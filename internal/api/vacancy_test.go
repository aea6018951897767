package api_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/careerevent"
	entemployee "github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/seed"
	"github.com/jenjang/jenjang/internal/testdb"
)

const (
	createVacancyDoc = `mutation($in: VacancyInput!) { createVacancy(input: $in) { id status } }`
	publishDoc       = `mutation($id: ID!) { publishVacancy(id: $id) { id status } }`
	checkDoc         = `query($v: ID!) { checkEligibility(vacancyID: $v) { eligible requirements { requirement met reason } } }`
	applyDoc         = `mutation($v: ID!) { applyToVacancy(vacancyID: $v) { id status eligibility { requirement met reason } } }`
	shortlistDoc     = `mutation($id: ID!) { shortlistApplication(id: $id) { id status } }`
	selectDoc        = `mutation($id: ID!, $sk: String!) { selectCandidate(applicationID: $id, decreeNumber: $sk) { id status } }`
	publicBoardDoc   = `{ vacancies(first: 20) { totalCount edges { node { id title status } } } vacancyAnnouncements { selectedName positionTitle unitName } }`
)

// finalAnnual gives an employee a final annual evaluation with the ratings of the predikat.
func finalAnnual(t *testing.T, client *ent.Client, e *ent.Employee, year int, result, behavior career.Rating) {
	t.Helper()
	client.Evaluation.Create().SetEmployee(e).SetYear(year).SetPeriod(career.PeriodAnnual).SetStatus(career.EvalFinal).
		SetWorkResult(result).SetWorkBehavior(behavior).ExecX(access.SystemContext(context.Background()))
}

// The story of an internal promotion vacancy: HR announces it, an employee whose last predikat is
// BUTUH_PERBAIKAN applies and is recorded INELIGIBLE with the year and predikat named, an eligible
// colleague is shortlisted and selected, which assigns the post, writes the career event, fills the
// vacancy and announces the result to anonymous visitors.
func TestVacancyStory(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		post := db.Client.Position.Create().SetTitle("Kepala Seksi Kurikulum").SetKind(career.KindPengawas).SetJobClass(9).
			SetQuota(1).SetUnit(f.disdik).SaveX(ctx)
		weak, strong := f.teachers[30], f.teachers[31]
		finalAnnual(t, db.Client, weak, 2024, career.RatingMeets, career.RatingMeets)
		finalAnnual(t, db.Client, weak, 2025, career.RatingBelow, career.RatingMeets)
		finalAnnual(t, db.Client, strong, 2024, career.RatingMeets, career.RatingMeets)
		finalAnnual(t, db.Client, strong, 2025, career.RatingAbove, career.RatingAbove)
		hr := s.as(auth.RoleHR, "", f.instansi.ID)
		anonymous := s
		weakAs := s.as(auth.RoleEmployee, weak.ID, "")
		strongAs := s.as(auth.RoleEmployee, strong.ID, "")

		var created struct{ CreateVacancy struct{ ID pulid.ID } }
		hr.mustQuery(createVacancyDoc, map[string]any{"in": map[string]any{
			"kind": "PROMOTION", "title": "Promosi Kepala Seksi Kurikulum", "positionID": post.ID,
			"opensOn": "2026-11-01", "closesOn": "2026-12-15",
			"requirements": map[string]any{"minPredikat": "BAIK", "predikatYears": 2},
		}}, &created)
		id := created.CreateVacancy.ID
		board := func() (titles []string, announced []string) {
			var b struct {
				Vacancies struct {
					Edges []struct{ Node struct{ Title string } }
				}
				VacancyAnnouncements []struct{ SelectedName, PositionTitle string }
			}
			anonymous.mustQuery(publicBoardDoc, nil, &b)
			for _, e := range b.Vacancies.Edges {
				titles = append(titles, e.Node.Title)
			}
			for _, a := range b.VacancyAnnouncements {
				announced = append(announced, a.SelectedName+" — "+a.PositionTitle)
			}
			return titles, announced
		}
		if titles, _ := board(); len(titles) != 1 || titles[0] == "Promosi Kepala Seksi Kurikulum" {
			t.Errorf("a DRAFT is on the public board: %v", titles)
		}
		wantCode(t, onlyError(t, weakAs.query(applyDoc, map[string]any{"v": id})), "BAD_USER_INPUT", "vacancyID")
		hr.mustQuery(publishDoc, map[string]any{"id": id}, &struct{}{})
		if titles, _ := board(); !slices.Contains(titles, "Promosi Kepala Seksi Kurikulum") {
			t.Errorf("the published vacancy is not on the public board: %v", titles)
		}

		type applied struct {
			ApplyToVacancy struct {
				ID          pulid.ID
				Status      string
				Eligibility []struct {
					Requirement, Reason string
					Met                 bool
				}
			}
		}
		var weakApp, strongApp applied
		weakAs.mustQuery(applyDoc, map[string]any{"v": id}, &weakApp)
		if a := weakApp.ApplyToVacancy; a.Status != "INELIGIBLE" || !hasReason(a.Eligibility, "Predikat 2025: Butuh Perbaikan, dibutuhkan minimal Baik") {
			t.Errorf("the BUTUH_PERBAIKAN applicant: %+v", a)
		}
		var check struct{ CheckEligibility struct{ Eligible bool } }
		strongAs.mustQuery(checkDoc, map[string]any{"v": id}, &check)
		if !check.CheckEligibility.Eligible {
			t.Error("the strong applicant is not eligible")
		}
		strongAs.mustQuery(applyDoc, map[string]any{"v": id}, &strongApp)
		if strongApp.ApplyToVacancy.Status != "ELIGIBLE" {
			t.Errorf("the strong applicant's application: %+v", strongApp.ApplyToVacancy)
		}
		wantCode(t, onlyError(t, strongAs.query(applyDoc, map[string]any{"v": id})), "BAD_USER_INPUT", "vacancyID")
		wantCode(t, onlyError(t, strongAs.query(shortlistDoc, map[string]any{"id": strongApp.ApplyToVacancy.ID})), "FORBIDDEN", "")
		wantCode(t, onlyError(t, hr.query(shortlistDoc, map[string]any{"id": weakApp.ApplyToVacancy.ID})), "BAD_USER_INPUT", "status")

		hr.mustQuery(shortlistDoc, map[string]any{"id": strongApp.ApplyToVacancy.ID}, &struct{}{})
		hr.mustQuery(selectDoc, map[string]any{"id": strongApp.ApplyToVacancy.ID, "sk": "821.2/123/BKD/2026"}, &struct{}{})
		appointed := db.Client.Employee.GetX(ctx, strong.ID)
		events := db.Client.CareerEvent.Query().Where(careerevent.EmployeeID(strong.ID), careerevent.KindEQ(careerevent.KindPOSITION_ASSIGNMENT)).AllX(ctx)
		filled := db.Client.Vacancy.GetX(ctx, id)
		if appointed.PositionID != post.ID || len(events) != 1 || events[0].VacancyID != id || filled.Status != "FILLED" {
			t.Errorf("after selection: position %s, events %+v, vacancy %s", appointed.PositionID, events, filled.Status)
		}
		if _, announced := board(); !slices.Contains(announced, strong.Name+" — Kepala Seksi Kurikulum") {
			t.Errorf("announcements: %v", announced)
		}
		if res := anonymous.query(`{ applications(first: 10) { totalCount } }`, nil); len(res.Errors) == 0 {
			t.Errorf("anonymous reads applications: %s", res.Data)
		}
	})
}

// Two HR officers select different candidates for a one-seat post at the same moment: exactly one
// appointment is made.
func TestSelectionConcurrency(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		post := db.Client.Position.Create().SetTitle("Sekretaris Dinas Pendidikan").SetKind(career.KindAdministrator).SetJobClass(12).
			SetQuota(1).SetUnit(f.disdik).SaveX(ctx)
		hr := s.as(auth.RoleHR, "", f.instansi.ID)
		other := s.as(auth.RoleHR, "", f.instansi.ID)
		var created struct{ CreateVacancy struct{ ID pulid.ID } }
		hr.mustQuery(createVacancyDoc, map[string]any{"in": map[string]any{
			"kind": "PROMOTION", "title": "Promosi Sekretaris Dinas", "positionID": post.ID,
			"opensOn": "2026-11-01", "closesOn": "2026-12-15", "requirements": map[string]any{},
		}}, &created)
		hr.mustQuery(publishDoc, map[string]any{"id": created.CreateVacancy.ID}, &struct{}{})
		var apps []pulid.ID
		for _, e := range f.teachers[32:34] {
			var a struct{ ApplyToVacancy struct{ ID pulid.ID } }
			s.as(auth.RoleEmployee, e.ID, "").mustQuery(applyDoc, map[string]any{"v": created.CreateVacancy.ID}, &a)
			hr.mustQuery(shortlistDoc, map[string]any{"id": a.ApplyToVacancy.ID}, &struct{}{})
			apps = append(apps, a.ApplyToVacancy.ID)
		}
		results := make([]response, 2)
		var wg sync.WaitGroup
		for i, officer := range []*server{hr, other} {
			wg.Go(func() { results[i] = officer.query(selectDoc, map[string]any{"id": apps[i], "sk": "SK/1"}) })
		}
		wg.Wait()
		won := 0
		for _, res := range results {
			switch {
			case len(res.Errors) == 0:
				won++
			case res.Errors[0].Extensions["code"] != "CONFLICT":
				t.Errorf("the losing officer got %+v", res.Errors)
			}
		}
		holders := db.Client.Employee.Query().Where(entemployee.PositionID(post.ID)).CountX(ctx)
		if won != 1 || holders != 1 {
			t.Errorf("%d selections succeeded, %d holders of the one-seat post", won, holders)
		}
	})
}

// A regular rank promotion: refused with the rule's reasons when the predikat does not allow it,
// recorded with its career event when due.
func TestRankPromotion(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		hr := s.as(auth.RoleHR, "", f.instansi.ID)
		due, weak := f.teachers[35], f.teachers[36]
		for _, e := range []*ent.Employee{due, weak} {
			db.Client.Employee.UpdateOne(e).SetRank(career.RankIIIB).SetRankSince(date(2021, 4, 1)).ExecX(ctx)
			finalAnnual(t, db.Client, e, 2024, career.RatingMeets, career.RatingMeets)
		}
		finalAnnual(t, db.Client, due, 2025, career.RatingMeets, career.RatingAbove)
		finalAnnual(t, db.Client, weak, 2025, career.RatingBelow, career.RatingMeets)
		record := `mutation($e: ID!, $in: RankPromotionInput!) { recordRankPromotion(employeeID: $e, input: $in) { id rank rankSince } }`
		in := map[string]any{"rank": "III_C", "decreeNumber": "823.3/77/BKD/2026", "effectiveOn": "2026-10-01"}
		e := onlyError(t, hr.query(record, map[string]any{"e": weak.ID, "in": in}))
		wantCode(t, e, "BAD_USER_INPUT", "employeeID")
		if !strings.Contains(e.Message, "Predikat 2025") {
			t.Errorf("the refusal does not name the predikat: %q", e.Message)
		}
		wantCode(t, onlyError(t, hr.query(record, map[string]any{"e": due.ID, "in": map[string]any{"rank": "IV_A", "decreeNumber": "x", "effectiveOn": "2026-10-01"}})), "BAD_USER_INPUT", "rank")
		var promoted struct {
			RecordRankPromotion struct{ Rank, RankSince string }
		}
		hr.mustQuery(record, map[string]any{"e": due.ID, "in": in}, &promoted)
		if p := promoted.RecordRankPromotion; p.Rank != "III_C" || p.RankSince != "2026-10-01" {
			t.Errorf("promoted: %+v", p)
		}
		events := db.Client.CareerEvent.Query().Where(careerevent.EmployeeID(due.ID), careerevent.KindEQ(careerevent.KindRANK_PROMOTION)).AllX(ctx)
		if len(events) != 1 || events[0].DecreeNumber != "823.3/77/BKD/2026" {
			t.Errorf("promotion events: %+v", events)
		}
	})
}

func hasReason(results []struct {
	Requirement, Reason string
	Met                 bool
}, reason string) bool {
	for _, r := range results {
		if !r.Met && r.Reason == reason {
			return true
		}
	}
	return false
}

// HR running a selection reads who applied — name, rank, post and unit — through the application,
// even when the applicant works outside its scope and their employee record stays closed to it;
// analysts read the applications without the names.
func TestApplicantSummaryOutsideScope(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		post := db.Client.Position.Create().SetTitle("Kepala Seksi Sarana").SetKind(career.KindPengawas).SetJobClass(9).
			SetQuota(1).SetUnit(f.disdik).SaveX(ctx)
		baik := career.PredikatBaik
		v := db.Client.Vacancy.Create().SetKind("PROMOTION").SetTitle("Promosi Kepala Seksi Sarana").SetStatus("OPEN").
			SetRequirements(career.Requirements{MinPredikat: &baik, PredikatYears: 2}).SetPosition(post).
			SetOpensOn(today.AddDate(0, 0, -7)).SetClosesOn(today.AddDate(0, 0, 7)).SaveX(ctx)
		nurse := f.nurses[0]
		s.as(auth.RoleEmployee, nurse.ID, "").mustQuery(applyDoc, map[string]any{"v": v.ID}, &struct{}{})
		hr := s.as(auth.RoleHR, "", f.disdik.ID)

		const review = `query($id: ID!) { node(id: $id) { ... on Vacancy { applications(first: 10) { totalCount edges { node {
			status applicantSummary { name rankName positionTitle unitName } } } } } } }`
		var got struct {
			Node struct {
				Applications struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							ApplicantSummary struct {
								Name, RankName, PositionTitle *string
								UnitName                      string
							}
						}
					}
				}
			}
		}
		hr.mustQuery(review, map[string]any{"id": v.ID}, &got)
		apps := got.Node.Applications
		if apps.TotalCount != 1 || len(apps.Edges) != 1 {
			t.Fatalf("HR of the post's unit sees %d applications (%d rows)", apps.TotalCount, len(apps.Edges))
		}
		sum := apps.Edges[0].Node.ApplicantSummary
		if sum.Name == nil || *sum.Name != nurse.Name || sum.RankName == nil || sum.PositionTitle == nil || sum.UnitName != "Dinas Kesehatan" {
			t.Errorf("applicant summary: %+v", sum)
		}
		// The summaries of a page of applicants come in one lookup, however many there are.
		counts := map[int]int{}
		for _, teacher := range f.teachers[24:30] {
			s.as(auth.RoleEmployee, teacher.ID, "").mustQuery(applyDoc, map[string]any{"v": v.ID}, &struct{}{})
			db.Statements.Reset()
			hr.mustQuery(review, map[string]any{"id": v.ID}, &got)
			counts[len(got.Node.Applications.Edges)] = db.Statements.Count()
		}
		if counts[2] != counts[7] {
			t.Errorf("statements per review page by its size: %v\n%s", counts, strings.Join(db.Statements.Statements(), "\n"))
		}
		// The employee record itself stays outside HR's scope.
		res := hr.query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": nurse.ID})
		if string(res.Data) != `{"node":null}` && len(res.Errors) == 0 {
			t.Errorf("HR of Dinas Pendidikan reads a nurse's record: %s", res.Data)
		}

		res = s.as(auth.RoleAnalyst, "", "").query(review, map[string]any{"id": v.ID})
		if len(res.Errors) != 7 || strings.Contains(string(res.Data), nurse.Name) {
			t.Errorf("an analyst reads the applicants' names: %+v %s", res.Errors, res.Data)
		}
		for _, e := range res.Errors {
			wantCode(t, e, "FORBIDDEN", "name")
		}
	})
}

// A post's occupancy is organisational: HR may find the posts without holders, but not filter posts
// by what their holders' records say, since holders outside its scope are not its to read.
func TestPositionsByHolders(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		hr := newServer(t, db).as(auth.RoleHR, "", f.disdik.ID)
		var got struct{ Positions struct{ TotalCount int } }
		hr.mustQuery(`{ positions(first: 5, where: {hasHolders: true}) { totalCount } }`, nil, &got)
		if got.Positions.TotalCount == 0 {
			t.Error("no post has holders")
		}
		wantCode(t, onlyError(t, hr.query(`{ positions(first: 5, where: {hasHoldersWith: {nameContainsFold: "a"}}) { totalCount } }`, nil)), "FORBIDDEN", "")
	})
}

// The demo's closed open selection has the regulation's weighted stages, scores out of 100 like the
// API's, three candidates sent on, and a free seat: the demo HR officer can appoint one of them.
func TestDemoOpenSelectionCanBeFilled(t *testing.T) {
	db := testdb.SQLite(t)
	if err := seed.Demo(context.Background(), db.Client); err != nil {
		t.Fatal(err)
	}
	hr := newServer(t, db).signIn("hr", seed.DemoPassword)
	var got struct {
		Vacancies struct {
			Edges []struct {
				Node struct {
					ID     pulid.ID
					Stages []struct {
						Stage  string
						Weight float64
					}
					Applications struct {
						Edges []struct {
							Node struct {
								ID          pulid.ID
								Status      string
								TotalScore  *float64
								StageScores []struct{ Score *float64 }
							}
						}
					}
				}
			}
		}
	}
	hr.mustQuery(`{ vacancies(first: 5, where: {kind: OPEN_SELECTION, status: CLOSED}) { edges { node { id stages { stage weight }
		applications(first: 50, where: {status: SHORTLISTED}) { edges { node { id status totalScore stageScores { score } } } } } } } }`, nil, &got)
	if len(got.Vacancies.Edges) == 0 {
		t.Fatal("the demo has no closed open selection in HR's scope")
	}
	v := got.Vacancies.Edges[0].Node
	total := 0.0
	for _, s := range v.Stages {
		total += s.Weight
	}
	if len(v.Stages) != 4 || total != 100 {
		t.Errorf("stages: %+v", v.Stages)
	}
	shortlist := v.Applications.Edges
	if len(shortlist) != 3 {
		t.Fatalf("%d candidates sent on", len(shortlist))
	}
	for _, a := range shortlist {
		if a.Node.TotalScore == nil || *a.Node.TotalScore < 50 || *a.Node.TotalScore > 100 {
			t.Errorf("total score %v is not out of 100", a.Node.TotalScore)
		}
		for _, s := range a.Node.StageScores {
			if s.Score == nil || *s.Score < 1 || *s.Score > 100 {
				t.Errorf("stage score %v is not out of 100", s.Score)
			}
		}
	}
	hr.mustQuery(selectDoc, map[string]any{"id": shortlist[0].Node.ID, "sk": "821.2/9/BKD/2026"}, &struct{}{})
}

// TestVacancyPredikatYearsBounded: every eligibility check reports each year asked, so a vacancy may not
// ask for a predikat over more years than any selection needs.
func TestVacancyPredikatYearsBounded(t *testing.T) {
	db := testdb.SQLite(t)
	f := loadFixtures(t, db.Client)
	hr := newServer(t, db).as(auth.RoleHR, "", f.instansi.ID)
	in := map[string]any{
		"kind": "PROMOTION", "title": "Promosi Guru Ahli Muda", "positionID": f.teacher.ID, "opensOn": "2026-11-01", "closesOn": "2026-12-15",
		"requirements": map[string]any{"minPredikat": "BAIK", "predikatYears": 2000000000},
	}
	wantCode(t, onlyError(t, hr.query(createVacancyDoc, map[string]any{"in": in})), "BAD_USER_INPUT", "requirements.predikatYears")
	in["requirements"] = map[string]any{"minPredikat": "BAIK", "predikatYears": 10}
	hr.mustQuery(createVacancyDoc, map[string]any{"in": in}, &struct{}{})
}

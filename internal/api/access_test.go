package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/vacancy"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

// world is the fixtures plus two more instansi of the region, Kabupaten Bungo and Kota Jambi, and a
// signed-in server per role.
type world struct {
	fixtures
	bungo, kotaJambi *ent.OrgUnit
	bungoStaff       []*ent.Employee
	kotaStaff        []*ent.Employee
	kotaEvaluation   pulid.ID
	as               map[string]*server
	// client writes what a contract call needs to exist first.
	client *ent.Client
}

// The viewers of the matrix: one per role, two leaders to compare scopes, and anonymous.
const (
	admin       = "ADMIN"
	hr          = "HR (Provinsi)"
	leader      = "LEADER (region)"
	leaderBungo = "LEADER (Bungo)"
	supervisor  = "SUPERVISOR (kepala)"
	employee    = "EMPLOYEE (teacher 6)"
	analyst     = "ANALYST"
	anonymous   = "anonymous"
)

var viewers = []string{admin, hr, leader, leaderBungo, supervisor, employee, analyst, anonymous}

func newWorld(t *testing.T, db *testdb.DB) world {
	t.Helper()
	ctx := access.SystemContext(context.Background())
	w := world{fixtures: loadFixtures(t, db.Client), client: db.Client}
	unit := must[*ent.OrgUnit](t)
	emp := must[*ent.Employee](t)
	w.bungo = unit(db.Client.OrgUnit.Create().SetCode("JMB-BUNGO").SetName("Pemerintah Kabupaten Bungo").SetKind(orgunit.KindINSTANSI).SetParent(w.region).Save(ctx))
	w.kotaJambi = unit(db.Client.OrgUnit.Create().SetCode("JMB-KOTA-JAMBI").SetName("Pemerintah Kota Jambi").SetKind(orgunit.KindINSTANSI).SetParent(w.region).Save(ctx))
	for i := range 2 {
		w.bungoStaff = append(w.bungoStaff, emp(newEmployee(db.Client, 100+i, fmt.Sprintf("Staf Bungo %d", i+1), career.GenderMale, date(1980, 2, 1), date(2005, 3, 1), career.RankIIIB).SetUnit(w.bungo).Save(ctx)))
		w.kotaStaff = append(w.kotaStaff, emp(newEmployee(db.Client, 200+i, fmt.Sprintf("Staf Kota %d", i+1), career.GenderFemale, date(1985, 6, 1), date(2010, 1, 1), career.RankIIIA).SetUnit(w.kotaJambi).Save(ctx)))
	}
	w.kotaEvaluation = must[*ent.Evaluation](t)(db.Client.Evaluation.Create().SetYear(2025).SetPeriod(career.PeriodAnnual).
		SetWorkResult(career.RatingBelow).SetWorkBehavior(career.RatingBelow).SetStatus(career.EvalFinal).
		SetEmployee(w.kotaStaff[0]).Save(ctx)).ID
	s := newServer(t, db)
	w.as = map[string]*server{
		admin:       s.as(auth.RoleAdmin, "", ""),
		hr:          s.as(auth.RoleHR, w.nurses[0].ID, w.instansi.ID),
		leader:      s.as(auth.RoleLeader, "", w.region.ID),
		leaderBungo: s.as(auth.RoleLeader, w.bungoStaff[1].ID, w.bungo.ID),
		supervisor:  s.as(auth.RoleSupervisor, w.kepala.ID, ""),
		employee:    s.as(auth.RoleEmployee, w.teachers[5].ID, ""),
		analyst:     s.as(auth.RoleAnalyst, "", ""),
		anonymous:   s,
	}
	return w
}

// Fixture sizes the expectations below are written in.
const (
	provinceStaff = 1 + teacherCount + 5 // the kepala, the teachers and the nurses of Pemerintah Provinsi Jambi
	allStaff      = provinceStaff + 4    // and two in Bungo, two in Kota Jambi
)

// count runs a totalCount query and returns the count, or the code of its single error.
func count(t *testing.T, s *server, query string, vars map[string]any) string {
	t.Helper()
	res := s.query(query, vars)
	if len(res.Errors) > 0 {
		return fmt.Sprint(res.Errors[0].Extensions["code"])
	}
	var data map[string]struct {
		TotalCount int `json:"totalCount"`
	}
	if err := json.Unmarshal(res.Data, &data); err != nil {
		t.Fatal(err)
	}
	for _, v := range data {
		return fmt.Sprint(v.TotalCount)
	}
	return "no data"
}

func TestAuthorisationMatrixOfRootQueries(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) { rootQueryMatrix(t, newWorld(t, db)) })
}

// rootQueryMatrix checks what each viewer counts of each root list; the subtree move test reruns it
// after moving units around within the province.
func rootQueryMatrix(t *testing.T, w world) {
	t.Helper()
	n := fmt.Sprint
	tests := []struct {
		query string
		want  map[string]string
	}{
		{`{ employees(first: 1) { totalCount } }`, map[string]string{
			admin: n(allStaff), hr: n(provinceStaff), leader: n(allStaff), leaderBungo: "2",
			supervisor: n(provinceStaff), employee: n(provinceStaff), analyst: n(allStaff), anonymous: "UNAUTHENTICATED"}},
		{`{ evaluations(first: 1) { totalCount } }`, map[string]string{
			admin: "2", hr: "1", leader: "2", leaderBungo: "0", supervisor: "1", employee: "0", analyst: "2", anonymous: "UNAUTHENTICATED"}},
		{`{ potentialAssessments(first: 1) { totalCount } }`, map[string]string{
			admin: "1", hr: "1", leader: "1", leaderBungo: "0", supervisor: "1", employee: "0", analyst: "1", anonymous: "UNAUTHENTICATED"}},
		{`{ enrollments(first: 1) { totalCount } }`, map[string]string{
			admin: "1", hr: "1", leader: "1", leaderBungo: "0", supervisor: "1", employee: "0", analyst: "1", anonymous: "UNAUTHENTICATED"}},
		{`{ applications(first: 1) { totalCount } }`, map[string]string{
			admin: "1", hr: "1", leader: "1", leaderBungo: "0", supervisor: "1", employee: "0", analyst: "1", anonymous: "UNAUTHENTICATED"}},
		{`{ careerEvents(first: 1) { totalCount } }`, map[string]string{
			admin: "1", hr: "1", leader: "1", leaderBungo: "0", supervisor: "1", employee: "0", analyst: "1", anonymous: "UNAUTHENTICATED"}},
		{`{ mentorships(first: 1) { totalCount } }`, map[string]string{
			admin: "1", hr: "1", leader: "1", leaderBungo: "0", supervisor: "1", employee: "0", analyst: "1", anonymous: "UNAUTHENTICATED"}},
		{`{ trainings(first: 1) { totalCount } }`, map[string]string{
			admin: "1", hr: "1", leader: "1", leaderBungo: "1", supervisor: "1", employee: "1", analyst: "1", anonymous: "UNAUTHENTICATED"}},
		{`{ orgUnits(first: 1) { totalCount } }`, map[string]string{
			admin: "6", hr: "6", leader: "6", leaderBungo: "6", supervisor: "6", employee: "6", analyst: "6", anonymous: "6"}},
		{`{ positions(first: 1) { totalCount } }`, map[string]string{
			admin: "3", hr: "3", leader: "3", leaderBungo: "3", supervisor: "3", employee: "3", analyst: "3", anonymous: "3"}},
		{`{ accounts(first: 1) { totalCount } }`, map[string]string{
			leaderBungo: "1", supervisor: "1", employee: "1", analyst: "1", anonymous: "UNAUTHENTICATED"}},
		{`{ coachingPlans(first: 1) { totalCount } }`, map[string]string{
			admin: "0", hr: "0", leader: "0", supervisor: "0", employee: "0", analyst: "0", anonymous: "UNAUTHENTICATED"}},
		{`{ curriculums(first: 1) { totalCount } }`, map[string]string{
			admin: "0", hr: "0", employee: "0", analyst: "0", anonymous: "UNAUTHENTICATED"}},
		{`{ myApplications(first: 1) { totalCount } }`, map[string]string{
			admin: "0", employee: "0", anonymous: "UNAUTHENTICATED"}},
		{`{ auditEntries(first: 1) { totalCount } }`, map[string]string{
			analyst: "FORBIDDEN", anonymous: "UNAUTHENTICATED"}},
	}
	for _, tt := range tests {
		for _, who := range viewers {
			want, ok := tt.want[who]
			if !ok {
				continue
			}
			if got := count(t, w.as[who], tt.query, nil); got != want {
				t.Errorf("%s as %s: %s, want %s", tt.query, who, got, want)
			}
		}
	}
}

func TestVacancyBoardIsPublic(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		ctx := access.SystemContext(context.Background())
		for _, status := range []vacancy.Status{vacancy.StatusDRAFT, vacancy.StatusCLOSED} {
			must[*ent.Vacancy](t)(db.Client.Vacancy.Create().SetKind("PROMOTION").SetTitle("Lowongan " + string(status)).
				SetRequirements(career.Requirements{}).SetOpensOn(date(2026, 1, 1)).SetClosesOn(date(2026, 2, 1)).
				SetStatus(status).SetPosition(w.teacher).Save(ctx))
		}
		want := map[string]string{admin: "3", hr: "3", leader: "2", employee: "2", analyst: "2", anonymous: "1"}
		for who, n := range want {
			if got := count(t, w.as[who], `{ vacancies(first: 10) { totalCount } }`, nil); got != n {
				t.Errorf("vacancies as %s: %s, want %s", who, got, n)
			}
		}
		var board struct {
			Vacancies struct {
				Edges []struct {
					Node struct {
						Status       string
						Requirements struct{ PredikatYears int }
						Position     struct {
							Title string
							Unit  struct{ Name string }
						}
					}
				}
			}
		}
		w.as[anonymous].mustQuery(`{ vacancies(first: 10) { edges { node { status requirements { predikatYears } position { title unit { name } } } } } }`, nil, &board)
		if len(board.Vacancies.Edges) != 1 || board.Vacancies.Edges[0].Node.Status != "OPEN" || board.Vacancies.Edges[0].Node.Position.Unit.Name == "" {
			t.Errorf("the public board: %+v", board)
		}
		res := w.as[anonymous].query(`{ vacancies(first: 10) { edges { node { applications(first: 5) { totalCount } } } } }`, nil)
		if len(res.Errors) == 0 || res.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
			t.Errorf("anonymous read applications of a vacancy: %+v", res.Errors)
		}

		// A filled vacancy is announced to everyone with the person appointed and the post, and
		// nothing about the other applicants.
		filled := must[*ent.Vacancy](t)(db.Client.Vacancy.Create().SetKind("PROMOTION").SetTitle("Promosi Guru Madya").
			SetRequirements(career.Requirements{}).SetOpensOn(date(2026, 1, 1)).SetClosesOn(date(2026, 2, 1)).
			SetStatus(vacancy.StatusFILLED).SetFilledAt(date(2026, 3, 1)).SetPosition(w.teacher).Save(ctx))
		db.Client.Application.Create().SetVacancy(filled).SetApplicant(w.teachers[7]).SetStatus("SELECTED").ExecX(ctx)
		db.Client.Application.Create().SetVacancy(filled).SetApplicant(w.teachers[8]).SetStatus("REJECTED").ExecX(ctx)
		res = w.as[anonymous].query(`{ vacancyAnnouncements { selectedName positionTitle unitName vacancy { title } } }`, nil)
		announced := fmt.Sprintf(`{"vacancyAnnouncements":[{"selectedName":%q,"positionTitle":%q,"unitName":"Dinas Pendidikan","vacancy":{"title":"Promosi Guru Madya"}}]}`,
			w.teachers[7].Name, w.teacher.Title)
		if len(res.Errors) > 0 || string(res.Data) != announced {
			t.Errorf("anonymous announcements: %s %+v, want %s", res.Data, res.Errors, announced)
		}
		if strings.Contains(string(res.Data), w.teachers[8].Name) {
			t.Error("the announcement names an applicant who was not appointed")
		}
	})
}

func TestEmployeeCannotReadAnotherEmployeesEvaluation(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		s := w.as[employee]
		colleague, evaluation := w.teachers[0].ID, w.ids["Evaluation"]

		t.Run("by node(id)", func(t *testing.T) {
			res := s.query(`query($id: ID!) { node(id: $id) { id ... on Evaluation { predikat } } }`, map[string]any{"id": evaluation})
			if !strings.Contains(string(res.Data), `"node":null`) {
				t.Errorf("node = %s", res.Data)
			}
			res = s.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []pulid.ID{evaluation}})
			if strings.Contains(string(res.Data), string(evaluation)) {
				t.Errorf("nodes = %s", res.Data)
			}
		})
		t.Run("by a nested edge", func(t *testing.T) {
			var data struct {
				Node struct {
					Name        string
					Evaluations struct{ TotalCount int }
				}
			}
			s.mustQuery(`query($id: ID!) { node(id: $id) { ... on Employee { name evaluations(first: 5) { totalCount } } } }`, map[string]any{"id": colleague}, &data)
			if data.Node.Name == "" || data.Node.Evaluations.TotalCount != 0 {
				t.Errorf("colleague through the directory: %+v", data)
			}
		})
		t.Run("by guessing with where and totalCount", func(t *testing.T) {
			for _, predikat := range []string{"SANGAT_BAIK", "SANGAT_KURANG"} {
				res := s.query(`query($id: ID!, $p: Predikat!) { employees(first: 1, where: {id: $id, hasEvaluationsWith: {predikat: $p}}) { totalCount } }`,
					map[string]any{"id": colleague, "p": predikat})
				wantCode(t, onlyError(t, res), "FORBIDDEN", "hasEvaluationsWith")
			}
			res := s.query(`{ employees(first: 1, where: {nipHasPrefix: "1985"}) { totalCount } }`, nil)
			wantCode(t, onlyError(t, res), "FORBIDDEN", "nipHasPrefix")
			res = s.query(`{ employees(first: 1, where: {not: {birthDateGT: "1980-01-01"}}) { totalCount } }`, nil)
			wantCode(t, onlyError(t, res), "FORBIDDEN", "birthDateGT")
			res = s.query(`{ employees(first: 1, orderBy: {field: BIRTH_DATE}) { totalCount } }`, nil)
			wantCode(t, onlyError(t, res), "FORBIDDEN", "orderBy")
			res = s.query(`{ evaluations(first: 1, where: {hasEvaluatorWith: {nipHasPrefix: "1968"}}) { totalCount } }`, nil)
			wantCode(t, onlyError(t, res), "FORBIDDEN", "hasEvaluatorWith")
			res = s.query(`{ orgUnits(first: 1, where: {hasEmployeesWith: {hasEvaluationsWith: {predikat: SANGAT_BAIK}}}) { totalCount } }`, nil)
			wantCode(t, onlyError(t, res), "FORBIDDEN", "hasEmployeesWith")
		})
		t.Run("what a colleague may filter by", func(t *testing.T) {
			if got := count(t, s, `{ employees(first: 1, where: {nameContains: "Guru 01"}) { totalCount } }`, nil); got != "1" {
				t.Errorf("by name: %s", got)
			}
		})
	})
}

func TestScopeOfLeaders(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		bungo := w.as[leaderBungo]
		kota := w.kotaStaff[0].ID
		if got := count(t, bungo, `query($u: ID!) { employees(first: 1, where: {unitID: $u}) { totalCount } }`, map[string]any{"u": w.kotaJambi.ID}); got != "0" {
			t.Errorf("Bungo's leader counts %s employees of Kota Jambi", got)
		}
		res := bungo.query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": kota})
		if !strings.Contains(string(res.Data), `"node":null`) {
			t.Errorf("Bungo's leader reads a Kota Jambi employee: %s", res.Data)
		}
		res = bungo.query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": w.kotaEvaluation})
		if !strings.Contains(string(res.Data), `"node":null`) {
			t.Errorf("Bungo's leader reads a Kota Jambi evaluation: %s", res.Data)
		}
		if got := count(t, w.as[leader], `{ evaluations(first: 1, where: {predikat: SANGAT_KURANG}) { totalCount } }`, nil); got != "1" {
			t.Errorf("the region's leader counts %s SANGAT_KURANG evaluations, want 1", got)
		}
		if got := count(t, w.as[leader], `{ employees(first: 1, where: {hasEvaluationsWith: {predikat: SANGAT_KURANG}}) { totalCount } }`, nil); got != "1" {
			t.Errorf("the region's leader filters employees by evaluation: %s, want 1", got)
		}
		res = w.as[hr].query(`{ orgUnits(first: 1, where: {hasEmployeesWith: {nipHasPrefix: "1985"}}) { totalCount } }`, nil)
		wantCode(t, onlyError(t, res), "FORBIDDEN", "hasEmployeesWith")
	})
}

// A leader reads their own record even where it lies outside their scope, and only there does the
// scope rule name it beside the subtree: within the scope, the subtree holds it already.
func TestLeaderReadsOwnRecordOutsideScope(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		elsewhere := newServer(t, db).as(auth.RoleLeader, w.bungoStaff[0].ID, w.kotaJambi.ID)
		if got := count(t, elsewhere, `{ employees(first: 1) { totalCount } }`, nil); got != "3" {
			t.Errorf("a leader of Kota Jambi working in Bungo counts %s employees, want Kota Jambi's 2 and themselves", got)
		}
		res := elsewhere.query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": w.bungoStaff[0].ID})
		if strings.Contains(string(res.Data), `"node":null`) || len(res.Errors) > 0 {
			t.Errorf("the leader does not read their own record: %s %v", res.Data, res.Errors)
		}
		res = elsewhere.query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": w.bungoStaff[1].ID})
		if !strings.Contains(string(res.Data), `"node":null`) {
			t.Errorf("the leader reads a colleague outside their scope: %s", res.Data)
		}
		if got := count(t, w.as[leaderBungo], `{ employees(first: 1) { totalCount } }`, nil); got != "2" {
			t.Errorf("Bungo's leader, working in Bungo, counts %s employees, want 2", got)
		}
	})
}

// fieldResult is one restricted field read: its value, or the code of its error.
func fieldResult(res response, field string) (value any, code string) {
	var data struct {
		Node map[string]any
	}
	_ = json.Unmarshal(res.Data, &data)
	for _, e := range res.Errors {
		if len(e.Path) > 0 && e.Path[len(e.Path)-1] == field {
			code, _ = e.Extensions["code"].(string)
		}
	}
	if data.Node != nil {
		value = data.Node[field]
	}
	return value, code
}

func TestSensitiveFields(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		self, subordinate, nurse := w.teachers[5].ID, w.teachers[0].ID, w.nurses[1].ID
		type read struct {
			who    string
			record pulid.ID
			field  string
			allow  bool
		}
		tests := []read{
			{employee, self, "nip", true},
			{employee, self, "birthDate", true},
			{employee, self, "rank", true},
			{employee, subordinate, "name", true},
			{employee, subordinate, "nip", false},
			{employee, subordinate, "birthDate", false},
			{employee, subordinate, "age", false},
			{employee, subordinate, "rank", false},
			{employee, subordinate, "latestPredikat", false},
			{supervisor, subordinate, "nip", true},
			{supervisor, subordinate, "latestPredikat", true},
			{supervisor, nurse, "name", true},
			{supervisor, nurse, "nip", false},
			{hr, nurse, "birthDate", true},
			{leader, nurse, "email", true},
			{analyst, nurse, "education", true},
			{analyst, nurse, "pppkGrade", true},
			{analyst, nurse, "nip", false},
			{analyst, nurse, "name", false},
			{analyst, nurse, "birthDate", false},
			{analyst, w.ids["Evaluation"], "predikat", true},
			{analyst, w.ids["Evaluation"], "workPlans", false},
			{supervisor, w.ids["Evaluation"], "workPlans", true},
			{analyst, w.ids["DisciplinarySanction"], "description", false},
			{hr, w.ids["DisciplinarySanction"], "description", true},
		}
		fragments := map[string]string{"EMP": "Employee", "EVL": "Evaluation", "SAN": "DisciplinarySanction"}
		for _, tt := range tests {
			selection := tt.field
			if tt.field == "workPlans" {
				selection = "workPlans { title }"
			}
			doc := fmt.Sprintf(`query($id: ID!) { node(id: $id) { id ... on %s { %s } } }`, fragments[tt.record.Prefix()], selection)
			res := w.as[tt.who].query(doc, map[string]any{"id": tt.record})
			value, code := fieldResult(res, tt.field)
			var node map[string]any
			_ = json.Unmarshal(res.Data, &struct{ Node *map[string]any }{&node})
			switch {
			case node == nil:
				t.Errorf("%s reading %s of %s: the whole record is gone: %s %+v", tt.who, tt.field, tt.record, res.Data, res.Errors)
			case tt.allow && (value == nil || code != ""):
				t.Errorf("%s reading %s of %s: %v, error %q; want the value", tt.who, tt.field, tt.record, value, code)
			case !tt.allow && (value != nil || code != "FORBIDDEN"):
				t.Errorf("%s reading %s of %s: %v, error %q; want null and FORBIDDEN", tt.who, tt.field, tt.record, value, code)
			}
		}

		var page struct {
			Employees struct {
				TotalCount int
				Edges      []struct{ Node struct{ Nip *string } }
			}
		}
		res := w.as[analyst].query(`{ employees(first: 3) { totalCount edges { node { nip } } } }`, nil)
		_ = json.Unmarshal(res.Data, &page)
		if page.Employees.TotalCount != allStaff || len(page.Employees.Edges) != 3 || page.Employees.Edges[0].Node.Nip != nil || len(res.Errors) != 3 {
			t.Errorf("analyst: counts %d, %d rows, %d errors; want every employee counted, no NIP", page.Employees.TotalCount, len(page.Employees.Edges), len(res.Errors))
		}
	})
}

func TestAuthorisationMatrixOfMutations(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) { mutationMatrix(t, newWorld(t, db)) })
}

// mutationMatrix checks who may make each write; the subtree move test reruns it after a move.
func mutationMatrix(t *testing.T, w world) {
	t.Helper()
	seq := 0
	unique := func() int { seq++; return seq }
	type call struct {
		doc  string
		vars func() map[string]any
	}
	mutations := map[string]call{
		"createOrgUnit in the province": {`mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`, func() map[string]any {
			n := unique()
			return map[string]any{"input": map[string]any{"code": fmt.Sprintf("JMB-PROV-DISDIK-X%d", n), "name": "Seksi Uji", "kind": "SECTION", "parentID": w.disdik.ID}}
		}},
		"createOrgUnit in Bungo": {`mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`, func() map[string]any {
			n := unique()
			return map[string]any{"input": map[string]any{"code": fmt.Sprintf("JMB-BUNGO-X%d", n), "name": "Bagian Uji", "kind": "DIVISION", "parentID": w.bungo.ID}}
		}},
		"updateOrgUnit": {`mutation($id: ID!) { updateOrgUnit(id: $id, input: {name: "Dinas Pendidikan dan Kebudayaan"}) { id } }`, func() map[string]any {
			return map[string]any{"id": w.disdik.ID}
		}},
		"createPosition": {`mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }`, func() map[string]any {
			return map[string]any{"input": map[string]any{"title": "Analis Kurikulum", "kind": "PELAKSANA", "jobClass": 7, "unitID": w.disdik.ID}}
		}},
		"updatePosition": {`mutation($id: ID!) { updatePosition(id: $id, input: {jobClass: 10}) { id } }`, func() map[string]any {
			return map[string]any{"id": w.teacher.ID}
		}},
		"createTraining": {`mutation($input: CreateTrainingInput!) { createTraining(input: $input) { id } }`, func() map[string]any {
			return map[string]any{"input": map[string]any{"title": "Pelatihan Teknis", "kind": "TEKNIS", "competency": "Data", "hoursJp": 20,
				"startsOn": "2026-12-01", "endsOn": "2026-12-03", "provider": "BPSDM", "capacity": 20}}
		}},
		"updateTraining": {`mutation($id: ID!) { updateTraining(id: $id, input: {capacity: 40}) { id } }`, func() map[string]any {
			return map[string]any{"id": w.ids["Training"]}
		}},
		"createEmployee": {createEmployee, func() map[string]any {
			n := unique()
			in := validEmployee(string(w.disdik.ID), string(w.teacher.ID))
			in["nip"] = fmt.Sprintf("199004122015031%03d", n)
			return map[string]any{"input": in}
		}},
		"updateEmployee in the province": {`mutation($id: ID!) { updateEmployee(id: $id, input: {email: "guru@jambiprov.go.id"}) { id } }`, func() map[string]any {
			return map[string]any{"id": w.teachers[2].ID}
		}},
		"updateEmployee in Kota Jambi": {`mutation($id: ID!) { updateEmployee(id: $id, input: {email: "staf@jambikota.go.id"}) { id } }`, func() map[string]any {
			return map[string]any{"id": w.kotaStaff[1].ID}
		}},
		"move an employee out of scope": {`mutation($id: ID!, $u: ID!) { updateEmployee(id: $id, input: {unitID: $u}) { id } }`, func() map[string]any {
			return map[string]any{"id": w.teachers[3].ID, "u": w.bungo.ID}
		}},
	}
	const ok, forbidden, unauthenticated, notFound = "ok", "FORBIDDEN", "UNAUTHENTICATED", "NOT_FOUND"
	everyoneElse := func(m map[string]string) map[string]string {
		for _, who := range viewers {
			if _, set := m[who]; !set {
				m[who] = forbidden
			}
		}
		m[anonymous] = unauthenticated
		return m
	}
	want := map[string]map[string]string{
		"createOrgUnit in the province":  everyoneElse(map[string]string{admin: ok, hr: ok}),
		"createOrgUnit in Bungo":         everyoneElse(map[string]string{admin: ok}),
		"updateOrgUnit":                  everyoneElse(map[string]string{admin: ok, hr: ok}),
		"createPosition":                 everyoneElse(map[string]string{admin: ok, hr: ok}),
		"updatePosition":                 everyoneElse(map[string]string{admin: ok, hr: ok}),
		"createTraining":                 everyoneElse(map[string]string{admin: ok, hr: ok}),
		"updateTraining":                 everyoneElse(map[string]string{admin: ok, hr: ok}),
		"createEmployee":                 everyoneElse(map[string]string{admin: ok, hr: ok}),
		"updateEmployee in the province": everyoneElse(map[string]string{admin: ok, hr: ok}),
		"updateEmployee in Kota Jambi":   everyoneElse(map[string]string{admin: ok, hr: notFound}),
		"move an employee out of scope":  everyoneElse(map[string]string{admin: ok}),
	}
	for name, m := range mutations {
		for _, who := range viewers {
			res := w.as[who].query(m.doc, m.vars())
			got := ok
			if len(res.Errors) > 0 {
				got = fmt.Sprint(res.Errors[0].Extensions["code"])
			}
			if got != want[name][who] {
				t.Errorf("%s as %s: %s, want %s (%+v)", name, who, got, want[name][who], res.Errors)
			}
		}
	}
}

// Deciding field by field who may read what must not cost a query per record.
func TestFieldRulesCostConstantStatements(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		counts := map[int]int{}
		for _, size := range []int{5, 40} {
			db.Statements.Reset()
			var page struct {
				Employees struct {
					Edges []struct{ Node struct{ Nip *string } }
				}
			}
			res := w.as[supervisor].query(`query($n: Int) { employees(first: $n, orderBy: {field: NAME}) { edges { node { name nip rank } } } }`, map[string]any{"n": size})
			_ = json.Unmarshal(res.Data, &page)
			if len(page.Employees.Edges) != size {
				t.Fatalf("%d rows, want %d", len(page.Employees.Edges), size)
			}
			counts[size] = db.Statements.Count()
		}
		if counts[5] != counts[40] {
			t.Errorf("statements for a supervisor's page of 5 and of 40: %v\n%s", counts, strings.Join(db.Statements.Statements(), "\n"))
		}
		t.Logf("SQL statements per supervisor's employees page on %s: %v", db.Dialect, counts)
	})
}

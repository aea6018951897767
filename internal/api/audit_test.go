package api_test

import (
	"testing"

	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/testdb"
)

const auditOf = `query($id: String!) { auditEntries(first: 10, where: {entityID: $id}) {
  totalCount edges { node { actorName action entityType employeeID changes { field old new } } } } }`

type auditPage struct {
	AuditEntries struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				ActorName, Action, EntityType, EmployeeID string
				Changes                                   []struct {
					Field    string
					Old, New *string
				}
			}
		}
	}
}

func TestMutationsAreAudited(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		teacher := w.teachers[2]
		var hrViewer struct{ Viewer struct{ Username string } }
		w.as[hr].mustQuery(`{ viewer { username } }`, nil, &hrViewer)
		total := func() int {
			var all struct{ AuditEntries struct{ TotalCount int } }
			w.as[admin].mustQuery(`{ auditEntries(first: 1) { totalCount } }`, nil, &all)
			return all.AuditEntries.TotalCount
		}

		before := total()
		w.as[hr].mustQuery(`mutation($id: ID!) { updateEmployee(id: $id, input: {email: "guru3@disdik.jambiprov.go.id", education: S2}) { id } }`,
			map[string]any{"id": teacher.ID}, &struct{}{})
		if n := total() - before; n != 1 {
			t.Fatalf("one updated employee wrote %d audit entries", n)
		}
		var page auditPage
		w.as[admin].mustQuery(auditOf, map[string]any{"id": teacher.ID}, &page)
		var entry = page.AuditEntries.Edges[len(page.AuditEntries.Edges)-1].Node
		for _, e := range page.AuditEntries.Edges {
			if e.Node.Action == "update" {
				entry = e.Node
			}
		}
		if entry.ActorName != hrViewer.Viewer.Username || entry.EntityType != "Employee" || entry.EmployeeID != string(teacher.ID) {
			t.Errorf("entry = %+v", entry)
		}
		changed := map[string]string{}
		for _, c := range entry.Changes {
			if c.New != nil {
				changed[c.Field] = *c.New
			}
		}
		if len(entry.Changes) != 2 || changed["email"] != "guru3@disdik.jambiprov.go.id" || changed["education"] != "S2" {
			t.Errorf("changes = %+v", entry.Changes)
		}

		before = total()
		res := w.as[hr].query(createEmployee, map[string]any{"input": with(validEmployee(string(w.disdik.ID), string(w.teacher.ID)), "nip", "123")})
		wantCode(t, onlyError(t, res), "BAD_USER_INPUT", "nip")
		res = w.as[leader].query(`mutation($id: ID!) { updateEmployee(id: $id, input: {email: "x@y.id"}) { id } }`, map[string]any{"id": teacher.ID})
		wantCode(t, onlyError(t, res), "FORBIDDEN", "")
		if n := total() - before; n != 0 {
			t.Errorf("failed mutations wrote %d audit entries", n)
		}

		before = total()
		w.as[admin].mustQuery(`mutation($id: ID!) { updatePosition(id: $id, input: {functionalLevel: AHLI_UTAMA}) { id } }`,
			map[string]any{"id": w.teacher.ID}, &struct{}{})
		if n := total() - before; n != 1+teacherCount {
			t.Errorf("a post whose holders' retirement dates follow it wrote %d entries, want %d (the post and each holder)", n, 1+teacherCount)
		}

		self := newServer(t, db).as(auth.RoleEmployee, teacher.ID, "")
		for who, s := range map[string]*server{"the employee": self, hr: w.as[hr], leader: w.as[leader], leaderBungo: w.as[leaderBungo], employee: w.as[employee]} {
			var seen auditPage
			s.mustQuery(auditOf, map[string]any{"id": teacher.ID}, &seen)
			visible := seen.AuditEntries.TotalCount > 0
			if want := who != leaderBungo && who != employee; visible != want {
				t.Errorf("%s sees the audit of the teacher's record: %v, want %v", who, visible, want)
			}
		}
	})
}

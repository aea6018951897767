package api_test

import (
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/testdb"
)

// trailPage is a page of auditEntries or myRecordChanges as the audit screens ask for it.
const trailFields = `totalCount pageInfo { hasNextPage endCursor }
  edges { node { id at action entityType entityID employeeID actorID actorName actorDisplayName changes { field old new } } }`

type trailEntry struct {
	ID, At, Action, EntityType, EntityID, EmployeeID, ActorID, ActorName, ActorDisplayName string
	Changes                                                                                []struct {
		Field    string
		Old, New *string
	}
}

type trailConnection struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage bool
		EndCursor   string
	}
	Edges []struct{ Node trailEntry }
}

func (c trailConnection) entries() []trailEntry {
	out := make([]trailEntry, len(c.Edges))
	for i, e := range c.Edges {
		out[i] = e.Node
	}
	return out
}

// trail lists the entries a viewer may read with the filter, newest first: those made by people, as
// the fixtures are built by the system and audited too.
func trail(s *server, where map[string]any, first int) trailConnection {
	s.t.Helper()
	where = maps.Clone(where)
	if where == nil {
		where = map[string]any{}
	}
	where["actorIDNotNil"] = true
	var page struct{ AuditEntries trailConnection }
	s.mustQuery(`query($where: AuditEntryWhereInput, $first: Int) { auditEntries(first: $first, where: $where) { `+trailFields+` } }`,
		map[string]any{"where": where, "first": first}, &page)
	return page.AuditEntries
}

// trailWorld is the access world with changes made through the API: HR corrects the employee's own
// record and a colleague's, ADMIN changes a Kota Jambi employee (outside HR's scope) and a post.
type trailWorld struct {
	world
	hrUsername, adminUsername string
}

func newTrailWorld(t *testing.T, db *testdb.DB) trailWorld {
	t.Helper()
	w := trailWorld{world: newWorld(t, db)}
	var v struct{ Viewer struct{ Username string } }
	w.as[hr].mustQuery(`{ viewer { username } }`, nil, &v)
	w.hrUsername = v.Viewer.Username
	w.as[admin].mustQuery(`{ viewer { username } }`, nil, &v)
	w.adminUsername = v.Viewer.Username
	update := func(s *server, id pulid.ID, email string) {
		s.mustQuery(`mutation($id: ID!, $email: String) { updateEmployee(id: $id, input: {email: $email}) { id } }`,
			map[string]any{"id": id, "email": email}, &struct{}{})
	}
	update(w.as[hr], w.teachers[5].ID, "guru06@disdik.jambiprov.go.id")
	update(w.as[hr], w.teachers[6].ID, "guru07@disdik.jambiprov.go.id")
	update(w.as[admin], w.kotaStaff[0].ID, "staf1@jambikota.go.id")
	w.as[admin].mustQuery(`mutation($id: ID!) { updatePosition(id: $id, input: {quota: 50}) { id } }`, map[string]any{"id": w.teacher.ID}, &struct{}{})
	return w
}

func TestAuditTrailByRole(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newTrailWorld(t, db)
		all := trail(w.as[admin], nil, 100)
		if all.TotalCount != 4 {
			t.Fatalf("ADMIN sees %d entries, want the 4 changes: %+v", all.TotalCount, all.entries())
		}
		for i, e := range all.entries()[1:] {
			if e.At > all.entries()[i].At {
				t.Errorf("entries are not newest first: %s after %s", e.At, all.entries()[i].At)
			}
		}

		// HR reads the trail of its scope (the province), not the Kota Jambi change.
		hrSees := map[string]bool{}
		for _, e := range trail(w.as[hr], nil, 100).entries() {
			hrSees[e.EntityID] = true
		}
		if want := map[string]bool{string(w.teachers[5].ID): true, string(w.teachers[6].ID): true, string(w.teacher.ID): true}; fmt.Sprint(hrSees) != fmt.Sprint(want) {
			t.Errorf("HR sees the entries of %v, want %v", hrSees, want)
		}
		if n := trail(w.as[leaderBungo], nil, 100).TotalCount; n != 0 {
			t.Errorf("Bungo's leader sees %d entries of other instansi", n)
		}

		// The employee sees the change to their own record only, with who made it by name.
		mine := trail(w.as[employee], nil, 100).entries()
		if len(mine) != 1 || mine[0].EntityID != string(w.teachers[5].ID) {
			t.Fatalf("the employee sees %+v, want the change to their own record", mine)
		}
		e := mine[0]
		if e.ActorName != w.hrUsername || e.ActorDisplayName != w.nurses[0].Name || e.Action != "update" || e.EntityType != "Employee" {
			t.Errorf("entry = %+v; want the HR officer %q by name %q", e, w.hrUsername, w.nurses[0].Name)
		}
		if len(e.Changes) != 1 || e.Changes[0].Field != "email" || e.Changes[0].Old != nil || e.Changes[0].New == nil || *e.Changes[0].New != "guru06@disdik.jambiprov.go.id" {
			t.Errorf("changes = %+v", e.Changes)
		}
		// An account without an employee is named by its username.
		for _, e := range all.entries() {
			if e.ActorName == w.adminUsername && e.ActorDisplayName != w.adminUsername {
				t.Errorf("ADMIN's entry is by %q, want its username", e.ActorDisplayName)
			}
		}
	})
}

func TestAuditMyRecordChanges(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newTrailWorld(t, db)
		// An HR officer's own record changes too: they see it among their record's changes, not the
		// changes they made to others.
		w.as[admin].mustQuery(`mutation($id: ID!) { updateEmployee(id: $id, input: {email: "perawat1@dinkes.jambiprov.go.id"}) { id } }`,
			map[string]any{"id": w.nurses[0].ID}, &struct{}{})
		const mine = `query($first: Int, $where: AuditEntryWhereInput) { myRecordChanges(first: $first, where: $where) { ` + trailFields + ` } }`
		for who, want := range map[string]pulid.ID{employee: w.teachers[5].ID, hr: w.nurses[0].ID} {
			var page struct{ MyRecordChanges trailConnection }
			w.as[who].mustQuery(mine, map[string]any{"first": 10, "where": map[string]any{"actorIDNotNil": true}}, &page)
			got := page.MyRecordChanges.entries()
			if len(got) != 1 || got[0].EmployeeID != string(want) {
				t.Errorf("%s: myRecordChanges = %+v, want the one change to %s", who, got, want)
			}
		}
		var page struct{ MyRecordChanges trailConnection }
		w.as[employee].mustQuery(mine, map[string]any{"first": 10, "where": map[string]any{"action": "delete"}}, &page)
		if page.MyRecordChanges.TotalCount != 0 {
			t.Errorf("filtered by action: %+v", page.MyRecordChanges.entries())
		}
		wantCode(t, onlyError(t, w.as[admin].query(mine, map[string]any{"first": 10})), "FORBIDDEN", "")
		wantCode(t, onlyError(t, w.as[anonymous].query(mine, map[string]any{"first": 10})), "UNAUTHENTICATED", "")
	})
}

func TestAuditTrailFilters(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newTrailWorld(t, db)
		a := w.as[admin]
		hrEntries := trail(a, map[string]any{"actorUsername": w.hrUsername}, 100)
		tests := []struct {
			name  string
			where map[string]any
			want  int
		}{
			{"entity type", map[string]any{"entityType": "Position"}, 1},
			{"entity type and id", map[string]any{"entityType": "Employee", "entityID": string(w.kotaStaff[0].ID)}, 1},
			{"actor by username", map[string]any{"actorUsername": w.hrUsername}, 2},
			{"unknown username", map[string]any{"actorUsername": "tidak-ada"}, 0},
			{"actor by account ID", map[string]any{"actorID": hrEntries.entries()[0].ActorID}, 2},
			{"action", map[string]any{"action": "update"}, 4},
			{"another action", map[string]any{"actionIn": []string{"create", "delete"}}, 0},
			{"since an hour ago", map[string]any{"atGTE": time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)}, 4},
			{"before an hour ago", map[string]any{"atLT": time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)}, 0},
			{"HR's changes to the teacher's post", map[string]any{"actorUsername": w.hrUsername, "entityType": "Position"}, 0},
		}
		for _, tt := range tests {
			if got := trail(a, tt.where, 100).TotalCount; got != tt.want {
				t.Errorf("%s: %d entries, want %d", tt.name, got, tt.want)
			}
		}

		// Pages follow one another newest first, without gaps or repeats.
		var seen []string
		var after any
		for {
			var page struct{ AuditEntries trailConnection }
			a.mustQuery(`query($after: Cursor) { auditEntries(first: 3, after: $after, where: {actorIDNotNil: true}) { `+trailFields+` } }`,
				map[string]any{"after": after}, &page)
			for _, e := range page.AuditEntries.entries() {
				seen = append(seen, e.ID)
			}
			if !page.AuditEntries.PageInfo.HasNextPage {
				break
			}
			after = page.AuditEntries.PageInfo.EndCursor
		}
		var ids []string
		for _, e := range trail(a, nil, 100).entries() {
			ids = append(ids, e.ID)
		}
		if strings.Join(seen, ",") != strings.Join(ids, ",") {
			t.Errorf("paged %v, want %v", seen, ids)
		}
	})
}

// A page of the trail costs the same statements whatever its size: the actors' names come through one
// loader lookup for the page.
func TestAuditTrailCostsConstantStatements(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		s := newServer(t, db)
		// Editors with and without an employee, the newest with one, so that both pages look names up.
		for i := range 12 {
			var person pulid.ID
			if i >= 8 {
				person = w.nurses[i-7].ID
			}
			editor := s.as(auth.RoleHR, person, w.instansi.ID)
			editor.mustQuery(`mutation($id: ID!, $email: String) { updateEmployee(id: $id, input: {email: $email}) { id } }`,
				map[string]any{"id": w.teachers[i].ID, "email": fmt.Sprintf("guru%02d@disdik.jambiprov.go.id", i)}, &struct{}{})
		}
		counts := map[int]int{}
		for _, size := range []int{2, 12} {
			db.Statements.Reset()
			page := trail(w.as[hr], nil, size)
			counts[size] = db.Statements.Count()
			if len(page.Edges) != size {
				t.Fatalf("page of %d has %d entries", size, len(page.Edges))
			}
		}
		// The viewer, the count, the page, then the names: accounts and their employees, 5 in all. The
		// loader waits a moment for a batch to fill, and on a loaded machine a page's lookups may straddle
		// that moment once or twice; one lookup per entry would make 27 for a page of 12.
		if counts[2] > 9 || counts[12] > 9 {
			t.Errorf("statements for pages of 2 and 12: %v\n%s", counts, strings.Join(db.Statements.Statements(), "\n"))
		}
	})
}

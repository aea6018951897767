package api_test

import (
	"context"
	"slices"
	"sort"
	"testing"

	"github.com/jenjang/jenjang/internal/seed"
	"github.com/jenjang/jenjang/internal/testdb"
)

// The acceptance query, on the demo dataset that `make run` serves.
func TestDemoDataAnswersTheDirectoryQuery(t *testing.T) {
	db := testdb.SQLite(t)
	if err := seed.Demo(context.Background(), db.Client); err != nil {
		t.Fatal(err)
	}
	s := newAdminServer(t, db)
	var first, second employeesResult
	s.mustQuery(employeesPage, map[string]any{"first": 20}, &first)
	if first.Employees.TotalCount < 40 || len(first.Employees.Edges) != 20 || !first.Employees.PageInfo.HasNextPage {
		t.Fatalf("first page: totalCount %d, %d edges", first.Employees.TotalCount, len(first.Employees.Edges))
	}
	s.mustQuery(employeesPage, map[string]any{"first": 20, "after": first.Employees.PageInfo.EndCursor}, &second)
	if len(second.Employees.Edges) != 20 {
		t.Fatalf("second page has %d edges", len(second.Employees.Edges))
	}
	seen := map[string]bool{}
	for _, e := range append(first.Employees.Edges, second.Employees.Edges...) {
		if seen[e.Node.ID] {
			t.Errorf("%s (%s) is on both pages", e.Node.Name, e.Node.ID)
		}
		seen[e.Node.ID] = true
		if e.Node.Unit.Name != "Dinas Pendidikan" || e.Node.Position == nil || e.Node.RankName == nil && e.Node.LatestPredikat == nil {
			t.Errorf("incomplete row: %+v", e.Node)
		}
	}
	if !sort.StringsAreSorted(append(first.names(), second.names()...)) {
		t.Error("the two pages are not in name order")
	}
}

// The demo accounts log in with the demo password and each sees what its role and scope allow.
func TestDemoAccounts(t *testing.T) {
	db := testdb.SQLite(t)
	if err := seed.Demo(context.Background(), db.Client); err != nil {
		t.Fatal(err)
	}
	anon := newServer(t, db)
	employees := func(s *server, where map[string]any) int {
		var data struct{ Employees struct{ TotalCount int } }
		s.mustQuery(`query($w: EmployeeWhereInput) { employees(first: 1, where: $w) { totalCount } }`, map[string]any{"w": where}, &data)
		return data.Employees.TotalCount
	}
	as := map[string]*server{}
	for _, a := range seed.DemoAccounts {
		as[a.Username] = anon.signIn(a.Username, seed.DemoPassword)
		var me struct {
			Viewer struct {
				Role      string
				Employee  *struct{ ID string }
				ScopeUnit *struct{ Name string }
			}
		}
		as[a.Username].mustQuery(`{ viewer { role employee { id } scopeUnit { name } } }`, nil, &me)
		if me.Viewer.Role != string(a.Role) || (me.Viewer.Employee == nil) != (a.Role == "ADMIN" || a.Role == "ANALYST") {
			t.Errorf("%s: %+v", a.Username, me.Viewer)
		}
	}
	all := employees(as["admin"], nil)
	bungo := map[string]any{"hasUnitWith": map[string]any{"codeHasPrefix": "JMB-BUNGO"}}
	kota := map[string]any{"hasUnitWith": map[string]any{"codeHasPrefix": "JMB-KOTA-JAMBI"}}
	if n := employees(as["pimpinan.bungo"], nil); n == 0 || n != employees(as["admin"], bungo) {
		t.Errorf("pimpinan.bungo sees %d employees, Kabupaten Bungo has %d", n, employees(as["admin"], bungo))
	}
	if n := employees(as["pimpinan.bungo"], kota); n != 0 {
		t.Errorf("pimpinan.bungo sees %d employees of Kota Jambi", n)
	}
	jambi := map[string]any{"hasUnitWith": map[string]any{"codeHasPrefix": "JMB"}}
	if n := employees(as["pimpinan"], nil); n != employees(as["admin"], jambi) || n >= all {
		t.Errorf("pimpinan sees %d employees; the region has %d of %d", n, employees(as["admin"], jambi), all)
	}
	if n := employees(as["analis"], nil); n != all {
		t.Errorf("analis counts %d employees, want all %d", n, all)
	}
	var team struct {
		Viewer struct {
			Employee struct {
				Subordinates []struct{ ID string }
			}
		}
	}
	as["atasan"].mustQuery(`{ viewer { employee { subordinates { id } } } }`, nil, &team)
	// kabid decides objections to atasan's assessments: atasan's own supervisor.
	var atasan, kabid struct {
		Viewer struct {
			Employee struct {
				ID           string
				Subordinates []struct{ ID string }
			}
		}
	}
	as["atasan"].mustQuery(`{ viewer { employee { id } } }`, nil, &atasan)
	as["kabid"].mustQuery(`{ viewer { employee { subordinates { id } } } }`, nil, &kabid)
	if !slices.ContainsFunc(kabid.Viewer.Employee.Subordinates, func(s struct{ ID string }) bool { return s.ID == atasan.Viewer.Employee.ID }) {
		t.Errorf("atasan (%s) is not among kabid's subordinates %+v", atasan.Viewer.Employee.ID, kabid.Viewer.Employee.Subordinates)
	}
	var pegawai struct {
		Viewer struct{ Employee struct{ ID, Nip string } }
	}
	as["pegawai"].mustQuery(`{ viewer { employee { id nip } } }`, nil, &pegawai)
	found := false
	for _, s := range team.Viewer.Employee.Subordinates {
		found = found || s.ID == pegawai.Viewer.Employee.ID
	}
	if !found || pegawai.Viewer.Employee.Nip == "" {
		t.Errorf("pegawai %+v is not among atasan's subordinates %+v", pegawai.Viewer.Employee, team.Viewer.Employee.Subordinates)
	}
}

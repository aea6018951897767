package api_test

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/jenjang/jenjang/internal/testdb"
)

const employeesPage = `query Employees($after: Cursor, $first: Int, $before: Cursor, $last: Int) {
  employees(first: $first, after: $after, last: $last, before: $before,
            where: {hasUnitWith: {name: "Dinas Pendidikan"}},
            orderBy: [{field: NAME, direction: ASC}]) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id nip name rankName position { title } unit { name } latestPredikat retirementDate } }
  }
}`

type employeeNode struct {
	ID             string  `json:"id"`
	NIP            string  `json:"nip"`
	Name           string  `json:"name"`
	RankName       *string `json:"rankName"`
	LatestPredikat *string `json:"latestPredikat"`
	RetirementDate string  `json:"retirementDate"`
	Position       *struct {
		Title string `json:"title"`
	} `json:"position"`
	Unit struct {
		Name string `json:"name"`
	} `json:"unit"`
}

type employeesResult struct {
	Employees struct {
		TotalCount int `json:"totalCount"`
		PageInfo   struct {
			HasNextPage     bool   `json:"hasNextPage"`
			HasPreviousPage bool   `json:"hasPreviousPage"`
			StartCursor     string `json:"startCursor"`
			EndCursor       string `json:"endCursor"`
		} `json:"pageInfo"`
		Edges []struct {
			Node employeeNode `json:"node"`
		} `json:"edges"`
	} `json:"employees"`
}

func (r employeesResult) names() []string {
	var out []string
	for _, e := range r.Employees.Edges {
		out = append(out, e.Node.Name)
	}
	return out
}

func TestEmployeesPagination(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		loadFixtures(t, db.Client)
		s := newAdminServer(t, db)

		var first employeesResult
		s.mustQuery(employeesPage, map[string]any{"first": 20}, &first)
		if got := first.Employees.TotalCount; got != teacherCount+1 {
			t.Fatalf("totalCount = %d, want %d", got, teacherCount+1)
		}
		if len(first.Employees.Edges) != 20 || !first.Employees.PageInfo.HasNextPage {
			t.Fatalf("first page: %d edges, hasNextPage %v", len(first.Employees.Edges), first.Employees.PageInfo.HasNextPage)
		}
		node := first.Employees.Edges[0].Node
		if node.Unit.Name != "Dinas Pendidikan" || node.Position == nil || node.RankName == nil || node.RetirementDate == "" || len(node.NIP) != 18 {
			t.Errorf("first node incomplete: %+v", node)
		}

		var second employeesResult
		s.mustQuery(employeesPage, map[string]any{"first": 20, "after": first.Employees.PageInfo.EndCursor}, &second)
		if len(second.Employees.Edges) != 20 {
			t.Fatalf("second page has %d edges", len(second.Employees.Edges))
		}
		all := append(first.names(), second.names()...)
		if !sort.StringsAreSorted(all) {
			t.Errorf("pages are not in name order: %v", all)
		}
		for _, name := range second.names() {
			if slices.Contains(first.names(), name) {
				t.Errorf("%s is on both pages", name)
			}
		}

		// Backwards from the start of the second page gives the first page again.
		var back employeesResult
		s.mustQuery(employeesPage, map[string]any{"last": 20, "before": second.Employees.PageInfo.StartCursor}, &back)
		if !slices.Equal(back.names(), first.names()) {
			t.Errorf("last 20 before page 2 = %v, want %v", back.names(), first.names())
		}
		if back.Employees.PageInfo.HasPreviousPage {
			t.Error("the first page has no previous page")
		}
	})
}

func TestFiltersAndMultiFieldOrder(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		var res struct {
			Employees struct {
				TotalCount int `json:"totalCount"`
				Edges      []struct {
					Node struct {
						Name string `json:"name"`
						Rank string `json:"rank"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"employees"`
		}
		s.mustQuery(`query($unit: ID!) {
		  employees(first: 100, where: {unitID: $unit, rankIn: [III_C, III_D], employmentType: PNS},
		            orderBy: [{field: RANK, direction: DESC}, {field: NAME, direction: ASC}]) {
		    totalCount edges { node { name rank } }
		  }
		}`, map[string]any{"unit": f.disdik.ID}, &res)
		if res.Employees.TotalCount == 0 || res.Employees.TotalCount != len(res.Employees.Edges) {
			t.Fatalf("totalCount %d, edges %d", res.Employees.TotalCount, len(res.Employees.Edges))
		}
		var keys []string
		for _, e := range res.Employees.Edges {
			if e.Node.Rank != "III_C" && e.Node.Rank != "III_D" {
				t.Errorf("%s has rank %s, outside the filter", e.Node.Name, e.Node.Rank)
			}
			// III_D sorts before III_C (rank descending), then names ascending.
			keys = append(keys, fmt.Sprintf("%s|%s", strings.Map(func(r rune) rune { return 'Z' - r + 'A' }, e.Node.Rank), e.Node.Name))
		}
		if !sort.StringsAreSorted(keys) {
			t.Errorf("not ordered by rank desc, name asc: %v", keys)
		}

		var pppk struct {
			Employees struct {
				TotalCount int `json:"totalCount"`
			} `json:"employees"`
		}
		s.mustQuery(`{ employees(first: 10, where: {employmentType: PPPK, hasUnitWith: {code: "JMB-PROV-DINKES"}}) { totalCount } }`, nil, &pppk)
		if pppk.Employees.TotalCount != len(f.nurses) {
			t.Errorf("PPPK in Dinas Kesehatan = %d, want %d", pppk.Employees.TotalCount, len(f.nurses))
		}
	})
}

func TestSubtreeFilterByPath(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		var res struct {
			OrgUnits struct {
				TotalCount int `json:"totalCount"`
			} `json:"orgUnits"`
			Employees struct {
				TotalCount int `json:"totalCount"`
			} `json:"employees"`
		}
		s.mustQuery(`query($path: String!) {
		  orgUnits(first: 10, where: {pathHasPrefix: $path}) { totalCount }
		  employees(first: 1, where: {hasUnitWith: {pathHasPrefix: $path}}) { totalCount }
		}`, map[string]any{"path": f.instansi.Path}, &res)
		if res.OrgUnits.TotalCount != 3 {
			t.Errorf("units in the instansi subtree = %d, want 3", res.OrgUnits.TotalCount)
		}
		if want := teacherCount + 1 + len(f.nurses); res.Employees.TotalCount != want {
			t.Errorf("employees in the instansi subtree = %d, want %d", res.Employees.TotalCount, want)
		}
	})
}

func TestNodeResolvesEveryType(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		var ids []string
		for typ, id := range f.ids {
			var res struct {
				Node *struct {
					Typename string `json:"__typename"`
					ID       string `json:"id"`
				} `json:"node"`
			}
			s.mustQuery(`query($id: ID!) { node(id: $id) { __typename id } }`, map[string]any{"id": id}, &res)
			if res.Node == nil || res.Node.Typename != typ || res.Node.ID != string(id) {
				t.Errorf("node(%s) = %+v, want a %s", id, res.Node, typ)
			}
			ids = append(ids, string(id))
		}
		if len(f.ids) != 15 {
			t.Errorf("fixtures cover %d types, want all 15", len(f.ids))
		}
		var many struct {
			Nodes []*struct {
				ID string `json:"id"`
			} `json:"nodes"`
		}
		s.mustQuery(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}, &many)
		for i, n := range many.Nodes {
			if n == nil || n.ID != ids[i] {
				t.Errorf("nodes[%d] = %+v, want %s", i, n, ids[i])
			}
		}

		res := s.query(`{ node(id: "EMP01JZZZZZZZZZZZZZZZZZZZZZ") { id } }`, nil)
		wantCode(t, onlyError(t, res), "NOT_FOUND", "")
		res = s.query(`{ node(id: "XYZ123") { id } }`, nil)
		wantCode(t, onlyError(t, res), "NOT_FOUND", "")
	})
}

func TestNestedConnections(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		var res struct {
			Node struct {
				Evaluations struct {
					TotalCount int `json:"totalCount"`
					Edges      []struct {
						Node struct {
							Predikat  string `json:"predikat"`
							WorkPlans []struct {
								Title      string `json:"title"`
								Indicators []struct {
									Target string `json:"target"`
								} `json:"indicators"`
							} `json:"workPlans"`
						} `json:"node"`
					} `json:"edges"`
				} `json:"evaluations"`
				CareerEvents struct {
					TotalCount int `json:"totalCount"`
				} `json:"careerEvents"`
				Enrollments struct {
					TotalCount int `json:"totalCount"`
				} `json:"enrollments"`
				LatestPredikat string `json:"latestPredikat"`
			} `json:"node"`
		}
		s.mustQuery(`query($id: ID!) { node(id: $id) { ... on Employee {
		  latestPredikat
		  evaluations(first: 5, orderBy: [{field: YEAR, direction: DESC}]) { totalCount edges { node { predikat workPlans { title indicators { target } } } } }
		  careerEvents(first: 5) { totalCount }
		  enrollments(first: 5) { totalCount }
		} } }`, map[string]any{"id": f.teachers[0].ID}, &res)
		n := res.Node
		if n.Evaluations.TotalCount != 1 || n.Evaluations.Edges[0].Node.Predikat != "SANGAT_BAIK" {
			t.Errorf("evaluations = %+v", n.Evaluations)
		}
		if len(n.Evaluations.Edges[0].Node.WorkPlans) != 1 || n.Evaluations.Edges[0].Node.WorkPlans[0].Indicators[0].Target != "12 dokumen" {
			t.Errorf("work plans = %+v", n.Evaluations.Edges[0].Node.WorkPlans)
		}
		if n.LatestPredikat != "SANGAT_BAIK" || n.CareerEvents.TotalCount != 1 || n.Enrollments.TotalCount != 1 {
			t.Errorf("employee = %+v", n)
		}
	})
}

func TestPageSizeIsBounded(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newServer(t, db) // anonymous: a signed-in request also reads its account
		tests := []struct {
			name, query string
			vars        map[string]any
			field       string
		}{
			{"first above 100", `{ employees(first: 1000) { totalCount } }`, nil, "first"},
			{"no first or last", `{ employees { totalCount } }`, nil, "first"},
			{"zero", `{ orgUnits(first: 0) { totalCount } }`, nil, "first"},
			{"last above 100", `{ trainings(last: 101) { totalCount } }`, nil, "last"},
			{"from a variable", `query($n: Int) { vacancies(first: $n) { totalCount } }`, map[string]any{"n": 500}, "first"},
			{"nested without first", `{ employees(first: 5) { edges { node { evaluations { totalCount } } } } }`, nil, "first"},
			{"in a fragment", `{ orgUnits(first: 5) { edges { node { ...U } } } } fragment U on OrgUnit { employees(first: 101) { totalCount } }`, nil, "first"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				db.Statements.Reset()
				e := onlyError(t, s.query(tt.query, tt.vars))
				wantCode(t, e, "BAD_USER_INPUT", tt.field)
				if !strings.Contains(e.Message, "between 1 and 100") {
					t.Errorf("message %q does not say the bounds", e.Message)
				}
				if n := db.Statements.Count(); n != 0 {
					t.Errorf("a refused query ran %d SQL statements", n)
				}
			})
		}
	})
}

func TestEmployeesPageCostsConstantStatements(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		counts := map[int]int{}
		for _, size := range []int{2, 40} {
			db.Statements.Reset()
			var res employeesResult
			s.mustQuery(employeesPage, map[string]any{"first": size}, &res)
			if len(res.Employees.Edges) != size {
				t.Fatalf("page of %d has %d edges", size, len(res.Employees.Edges))
			}
			counts[size] = db.Statements.Count()
		}
		t.Logf("SQL statements per employees page on %s: %v (page size: statements)", db.Name(), counts)
		// Count, page, positions and units: one statement each, whatever the page size.
		if counts[2] != counts[40] || counts[40] > 5 {
			t.Errorf("statements per page: %v; want the same small number for every size\n%s", counts, strings.Join(db.Statements.Statements(), "\n"))
		}
	})
}

package api_test

import (
	"context"
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

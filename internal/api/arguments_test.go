package api_test

import (
	"testing"

	"entgo.io/ent/dialect"

	"github.com/jenjang/jenjang/internal/testdb"
)

// TestArgumentsAClientGetsWrong: filters, cursors and page sizes that a client can get wrong are its
// own error to fix (BAD_USER_INPUT naming the argument), never an INTERNAL. FuzzGraphQLInput found
// each of these answered as INTERNAL.
func TestArgumentsAClientGetsWrong(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		var page struct {
			Employees struct{ PageInfo struct{ EndCursor string } }
		}
		s.mustQuery(`{ employees(first: 2, orderBy: [{field: NAME}]) { pageInfo { endCursor } edges { cursor } } }`, nil, &page)
		byName := page.Employees.PageInfo.EndCursor
		const withCursor = `query($c: Cursor) { employees(first: 2, after: $c, orderBy: [{field: RANK}, {field: NAME}]) { edges { cursor } } }`
		tests := []struct {
			name, doc string
			vars      map[string]any
			field     string
		}{
			{"a cursor that is not one", `{ employees(first: 2, after: "not a cursor") { totalCount } }`, nil, "after"},
			{"a cursor cut short", `query($c: Cursor) { employees(last: 2, before: $c) { totalCount } }`, map[string]any{"c": byName[:7]}, "before"},
			{"a cursor kept after adding an order term", withCursor, map[string]any{"c": byName}, "after"},
			{"a cursor kept after dropping the order", `query($c: Cursor) { employees(first: 2, after: $c) { edges { cursor } } }`,
				map[string]any{"c": byName}, "after"},
			// {"i": "EMP01JZZZZZZZZZZZZZZZZZZZZZ", "v": {"a": 1}}: a map where the values of the order terms belong.
			{"a cursor with an altered value", withCursor, map[string]any{"c": "gqFpu0VNUDAxSlpaWlpaWlpaWlpaWlpaWlpaWlpaWqF2gaFhAQ"}, "after"},
			{"first and last together", `{ employees(first: 2, last: 2) { totalCount } }`, nil, "last"},
			{"an empty filter in not", `{ employees(first: 2, where: {not: {}}) { totalCount } }`, nil, "where.not"},
			{"an empty filter in an edge filter", `{ employees(first: 2, where: {hasEvaluationsWith: [{or: []}]}) { totalCount } }`, nil,
				"where.hasEvaluationsWith[0]"},
			{"an empty filter outside a connection", `{ headcount(by: [GENDER], where: {and: [{}]}) { total { value } } }`, nil, "where.and[0]"},
			{"a time that is not one", `{ evaluations(first: 2, where: {assessedAtGT: "yesterday"}) { totalCount } }`, nil, "where.assessedAtGT"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				wantCode(t, onlyError(t, s.query(tt.doc, tt.vars)), "BAD_USER_INPUT", tt.field)
			})
		}

		// SQLite compares values of any kind; PostgreSQL refuses these, and the refusal is the client's to fix.
		for name, q := range map[string]struct {
			doc  string
			vars map[string]any
		}{
			"a cursor kept after changing the order term": {
				`query($c: Cursor) { employees(first: 2, after: $c, orderBy: [{field: BIRTH_DATE}]) { edges { cursor } } }`, map[string]any{"c": byName}},
			"text with a NUL character": {`{ employees(first: 2, where: {nameContains: "\u0000"}) { edges { cursor } } }`, nil},
		} {
			t.Run(name, func(t *testing.T) {
				res := s.query(q.doc, q.vars)
				if db.Dialect != dialect.Postgres {
					if len(res.Errors) > 0 {
						t.Fatalf("errors on %s: %+v", db.Name(), res.Errors)
					}
					return
				}
				wantCode(t, onlyError(t, res), "BAD_USER_INPUT", "")
			})
		}
	})
}

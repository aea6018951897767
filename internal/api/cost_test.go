package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"

	"github.com/jenjang/jenjang/graph/generated"
	"github.com/jenjang/jenjang/internal/api"
)

// chain is a fragment nesting parent and children levels deep, so that its cost doubles per level.
func chain(levels int) string {
	var b strings.Builder
	b.WriteString("{ orgUnits(first: 1) { edges { node { ...F0 } } } }")
	for i := range levels {
		fmt.Fprintf(&b, " fragment F%d on OrgUnit { parent { ...F%d } children { ...F%d } }", i, i+1, i+1)
	}
	fmt.Fprintf(&b, " fragment F%d on OrgUnit { id }", levels)
	return b.String()
}

func TestOperationCost(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		want  int
	}{
		{"connection times its children", `{ orgUnits(first: 10) { totalCount edges { node { name positions { title } } } } }`, nil,
			1 + 10*(1+(1+(1+1+(1+1))))},
		{"page size from a variable, nested connection in a fragment",
			`query($n: Int) { orgUnits(first: $n) { edges { node { ...U } } } } fragment U on OrgUnit { employees(last: 5) { totalCount } }`,
			map[string]any{"n": json.Number("20")}, 1 + 20*(1+(1+(1+5*1)))},
		{"a fragment counts where it is spread",
			`{ a: orgUnits(first: 2) { ...C } b: orgUnits(first: 3) { ...C } } fragment C on OrgUnitConnection { totalCount edges { cursor } }`, nil,
			(1 + 2*3) + (1 + 3*3)},
		{"inline fragments add up", `{ node(id: "ORG1") { id ... on OrgUnit { name } ... on Position { title vacancies { status } } } }`, nil,
			1 + 1 + 1 + 1 + (1 + 1)},
		{"fragments that double per level", chain(20), nil, 3<<20 + 1},
		{"a count no integer holds saturates", chain(70), nil, math.MaxInt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, errs := gqlparser.LoadQuery(schema, tt.query)
			if errs != nil {
				t.Fatal(errs)
			}
			if got := api.OperationCost(doc.Operations[0], tt.vars); got != tt.want {
				t.Errorf("cost = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestQueryShape(t *testing.T) {
	shape := api.QueryShape{Limits: api.DefaultLimits()}
	parents := func(n int) string { return strings.Repeat("parent { ", n) + "id" + strings.Repeat(" }", n) }
	tests := []struct {
		name, query string
		refused     string // a part of the message, or "" if the document may go on to validation
	}{
		{"deep through fragments", `{ orgUnits(first: 1) { edges { node { ...A } } } }
		  fragment A on OrgUnit { ` + strings.Repeat("parent { ", 5) + "...B" + strings.Repeat(" }", 5) + ` }
		  fragment B on OrgUnit { ` + parents(7) + ` }`, "16 levels deep"},
		{"deep in an unused fragment", `{ __typename } fragment F on OrgUnit { ` + parents(15) + ` }`, "16 levels deep"},
		{"deep enough", `{ orgUnits(first: 1) { edges { node { ` + parents(11) + ` } } } }`, ""},
		{"repeats in inline fragments", "{" + strings.Repeat(" ... on Query { __typename }", 102) + " }", "101 times"},
		{"repeated spreads", "{" + strings.Repeat(" ...F", 102) + " } fragment F on Query { __typename }", "101 times"},
		{"many fragments", "{ __typename }" + strings.Repeat(" fragment F on Query { __typename }", 201), "defines 201 fragments"},
		{"a union's inline fragments", `{ node(id: "x") { __typename id ... on OrgUnit { __typename id name } ... on Position { __typename id title } } }`, ""},
		{"a fragment cycle is left to validation", `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, ""},
		{"an unknown fragment is left to validation", `{ ...Nope }`, ""},
		{"a syntax error is left to the parser", `{ orgUnits(`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := shape.MutateOperationParameters(context.Background(), &graphql.RawParams{Query: tt.query})
			switch {
			case tt.refused == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.refused != "" && (err == nil || !strings.Contains(err.Message, tt.refused)):
				t.Errorf("error %v, want one saying %q", err, tt.refused)
			case err != nil && err.Extensions["code"] != api.CodeBadUserInput:
				t.Errorf("code %v", err.Extensions["code"])
			}
		})
	}
}

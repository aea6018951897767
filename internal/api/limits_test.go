package api_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/testdb"
)

// rawResponse is an HTTP answer of /query, kept whole for tests of what gqlgen's transport sees.
type rawResponse struct {
	status int
	header http.Header
	body   []byte
}

// post sends body to /query as it is, with the given extra headers.
func (s *server) post(body []byte, header map[string]string) rawResponse {
	s.t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.url+"/query", bytes.NewReader(body))
	if err != nil {
		s.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		s.t.Fatal(err)
	}
	return rawResponse{status: res.StatusCode, header: res.Header, body: b}
}

func queryBody(t *testing.T, query string) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{"query": query})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// nested is a query whose parent chain nests levels fields deep.
func nested(levels int) string {
	const open = "{ orgUnits(first: 1) { edges { node { "
	parents := levels - 4 // orgUnits, edges, node and the id at the bottom
	return open + strings.Repeat("parent { ", parents) + "id" + strings.Repeat(" }", parents) + " } } } }"
}

// aliases is a query asking for the same connection n times under different names.
func aliases(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: orgUnits(first: 100) { totalCount }", i)
	}
	b.WriteString(" }")
	return b.String()
}

func TestHostileRequestsAreRefused(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		loadFixtures(t, db.Client)
		s := newServer(t, db)
		pad := strings.Repeat("x", 2<<20)
		tests := []struct {
			name    string
			body    []byte
			status  int
			code    string
			message string
			limit   float64
		}{
			{"nested 30 levels", queryBody(t, nested(30)), http.StatusOK, "BAD_USER_INPUT", "30 levels deep; the limit is 15", 15},
			{"cost over the limit", queryBody(t, `{ orgUnits(first: 100) { edges { node {
			  employees(first: 100) { edges { node { evaluations(first: 100) { totalCount } } } } } } } }`),
				http.StatusOK, "BAD_USER_INPUT", "the limit is 25000", 25000},
			{"1000 aliases", queryBody(t, aliases(1000)), http.StatusOK, "BAD_USER_INPUT", "1000 aliased fields (fragments expanded); the limit is 100", 100},
			{"aliases multiplied by fragments", queryBody(t, `{ ...A } fragment A on Query { a1: orgUnits(first: 1) { ...B } a2: orgUnits(first: 1) { ...B } }
			  fragment B on OrgUnitConnection { `+strings.Repeat("c: totalCount d: totalCount ", 30)+` }`),
				http.StatusOK, "BAD_USER_INPUT", "122 aliased fields", 100},
			{"2 MB body", []byte(`{"query": "{ orgUnits(first: 1) { totalCount } }", "variables": {"pad": "` + pad + `"}}`),
				http.StatusRequestEntityTooLarge, "BAD_USER_INPUT", "request body is larger than 1 MiB", 0},
			{"batched operations", []byte(` [{"query": "{ orgUnits(first: 1) { totalCount } }"}, {"query": "{ positions(first: 1) { totalCount } }"}]`),
				http.StatusBadRequest, "BAD_USER_INPUT", "batched operations are not supported", 1},
			{"malformed JSON", []byte(`{"query": "{ orgUnits(first: 1) { totalCount } }"`),
				http.StatusBadRequest, "BAD_USER_INPUT", "not valid JSON", 0},
			{"14,990 repeated fields", queryBody(t, "{"+strings.Repeat(" __typename", 14_990)+" }"),
				http.StatusOK, "BAD_USER_INPUT", "14989 times; the limit is 100", 100},
			{"over the parser's token limit", queryBody(t, "{"+strings.Repeat(" __typename", 20_000)+" }"),
				http.StatusUnprocessableEntity, "GRAPHQL_PARSE_FAILED", "exceeded token limit of 15000", 0},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				db.Statements.Reset()
				start := time.Now()
				res := s.post(tt.body, nil)
				t.Logf("refused in %v", time.Since(start))
				if res.status != tt.status {
					t.Errorf("status %d, want %d", res.status, tt.status)
				}
				var out response
				if err := json.Unmarshal(res.body, &out); err != nil {
					t.Fatalf("body %.200q is not a GraphQL response: %v", res.body, err)
				}
				e := onlyError(t, out)
				wantCode(t, e, tt.code, "")
				if !strings.Contains(e.Message, tt.message) {
					t.Errorf("message %q does not contain %q", e.Message, tt.message)
				}
				if tt.limit != 0 && e.Extensions["limit"] != tt.limit {
					t.Errorf("extensions.limit = %v, want %v", e.Extensions["limit"], tt.limit)
				}
				if n := db.Statements.Count(); n != 0 {
					t.Errorf("a refused request ran %d SQL statements", n)
				}
			})
		}

		var after struct {
			OrgUnits struct {
				TotalCount int `json:"totalCount"`
			} `json:"orgUnits"`
		}
		s.mustQuery(`{ orgUnits(first: 1) { totalCount } }`, nil, &after)
		if after.OrgUnits.TotalCount != 4 {
			t.Errorf("after the refusals: totalCount %d, want 4", after.OrgUnits.TotalCount)
		}
	})
}

func TestOversizedBodyAnswer(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newServer(t, db)
		res := s.post(bytes.Repeat([]byte(" "), 1<<20+1), nil)
		want := `{"errors":[{"message":"request body is larger than 1 MiB","extensions":{"code":"BAD_USER_INPUT","requestId":"` + res.header.Get("X-Request-ID") + `"}}]}`
		if res.status != http.StatusRequestEntityTooLarge || string(res.body) != want || res.header.Get("Content-Type") != "application/json" {
			t.Errorf("status %d, Content-Type %q, body %s; want 413 with %s", res.status, res.header.Get("Content-Type"), res.body, want)
		}
		if res := s.post(append(queryBody(t, `{ orgUnits(first: 1) { totalCount } }`), bytes.Repeat([]byte(" "), 1<<19)...), nil); res.status != http.StatusOK {
			t.Errorf("a body under the limit: status %d, %s", res.status, res.body)
		}
	})
}

func TestDepthLimitLetsIntrospectionThrough(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newServer(t, db)
		var schema struct {
			Schema struct {
				QueryType struct{ Name string }
				Types     []struct{ Name string }
			} `json:"__schema"`
		}
		s.mustQuery(introspectionQuery(9), nil, &schema)
		if schema.Schema.QueryType.Name != "Query" || len(schema.Schema.Types) < 50 {
			t.Errorf("introspection: query type %q, %d types", schema.Schema.QueryType.Name, len(schema.Schema.Types))
		}
		if e := onlyError(t, s.query(introspectionQuery(10), nil)); !strings.Contains(e.Message, "16 levels deep") {
			t.Errorf("one level more: %q", e.Message)
		}
	})
}

// introspectionQuery is the query GraphiQL sends to read the schema: graphql-js's
// getIntrospectionQuery with input value deprecation on, nesting ofType typeDepth times (graphql-js
// 17 defaults to 9, the deepest of its versions).
func introspectionQuery(typeDepth int) string {
	typeRef := "kind name"
	for range typeDepth {
		typeRef = "kind name ofType { " + typeRef + " }"
	}
	return `query IntrospectionQuery {
  __schema {
    description
    queryType { name kind }
    mutationType { name kind }
    subscriptionType { name kind }
    types { ...FullType }
    directives {
      name description isRepeatable locations
      args(includeDeprecated: true) { ...InputValue }
    }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL
  fields(includeDeprecated: true) {
    name description
    args(includeDeprecated: true) { ...InputValue }
    type { ...TypeRef }
    isDeprecated deprecationReason
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue {
  name description
  type { ...TypeRef }
  defaultValue isDeprecated deprecationReason
}
fragment TypeRef on __Type { ` + typeRef + ` }`
}

func TestCostIsReported(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newServer(t, db)
		res := s.post(queryBody(t, `{ orgUnits(first: 10) { totalCount edges { node { name positions { title } } } } }`), nil)
		var out struct {
			Errors     []gqlError `json:"errors"`
			Extensions struct {
				Cost struct{ Requested, Limit int }
			}
		}
		if err := json.Unmarshal(res.body, &out); err != nil || len(out.Errors) > 0 {
			t.Fatalf("status %d, body %s, %v", res.status, res.body, err)
		}
		// 1 + 10 × (totalCount + edges (1 + node (1 + name + positions (1 + title))))
		if out.Extensions.Cost.Requested != 61 || out.Extensions.Cost.Limit != 25_000 {
			t.Errorf("extensions.cost = %+v, want 61 of 25000", out.Extensions.Cost)
		}
	})
}

func TestGzipResponses(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newServer(t, db)
		large := queryBody(t, `{ __schema { types { name description fields { name description } } } }`)
		small := queryBody(t, `{ orgUnits(first: 1) { totalCount } }`)

		res := s.post(large, map[string]string{"Accept-Encoding": "gzip, deflate;q=0.5"})
		if res.header.Get("Content-Encoding") != "gzip" || !strings.Contains(strings.Join(res.header.Values("Vary"), ","), "Accept-Encoding") {
			t.Fatalf("Content-Encoding %q, Vary %q", res.header.Get("Content-Encoding"), res.header.Values("Vary"))
		}
		zr, err := gzip.NewReader(bytes.NewReader(res.body))
		if err != nil {
			t.Fatal(err)
		}
		plain, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		var out response
		if err := json.Unmarshal(plain, &out); err != nil || len(out.Errors) > 0 || !bytes.Contains(out.Data, []byte(`"OrgUnit"`)) {
			t.Fatalf("decoded body is not the schema (%v): %.300s", err, plain)
		}
		t.Logf("%d bytes gzipped to %d", len(plain), len(res.body))

		for name, tt := range map[string]struct {
			body           []byte
			acceptEncoding string
		}{
			"small body":       {small, "gzip"},
			"gzip refused":     {large, "gzip;q=0, identity"},
			"no gzip accepted": {large, "identity"},
		} {
			res := s.post(tt.body, map[string]string{"Accept-Encoding": tt.acceptEncoding})
			if res.header.Get("Content-Encoding") != "" || !json.Valid(res.body) {
				t.Errorf("%s: Content-Encoding %q, body %.100q", name, res.header.Get("Content-Encoding"), res.body)
			}
		}
	})
}

package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/api"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/testdb"
)

// The documents FuzzGraphQLInput fills with fuzzed variables: the two lists analysts and the SPA filter
// most, each with every argument a client can get wrong.
const (
	fuzzEmployees = `query($where: EmployeeWhereInput, $orderBy: [EmployeeOrder!], $after: Cursor, $before: Cursor, $first: Int, $last: Int) {
	  employees(where: $where, orderBy: $orderBy, after: $after, before: $before, first: $first, last: $last) {
	    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id nip name rank } }
	  }
	}`
	fuzzEvaluations = `query($where: EvaluationWhereInput, $orderBy: [EvaluationOrder!], $after: Cursor, $before: Cursor, $first: Int, $last: Int) {
	  evaluations(where: $where, orderBy: $orderBy, after: $after, before: $before, first: $first, last: $last) {
	    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id year predikat } }
	  }
	}`
)

// FuzzGraphQLInput sends fuzzed filters, orderings, cursors and page sizes through the real handler.
// Whatever a client sends, the answer is JSON with a code on every error, and nothing a client can type
// is a server failure: no status 500 and no INTERNAL.
//
// shape picks how the input is sent: bits 0–1 the form (employees or evaluations with variables, the
// where bytes as the whole variables object, or the cursors written into the document), bits 2–3 the
// viewer (ADMIN, HR of Dinas Pendidikan, an EMPLOYEE, nobody), bits 4–7 which of where, orderBy, the
// cursors and the page sizes are sent.
func FuzzGraphQLInput(f *testing.F) {
	fz := newFuzzServer(f)

	cursor := fz.firstPageEnd(f)
	f.Add(uint8(0xF0), []byte(`{"rankIn":["III_C","III_D"],"employmentType":"PNS"}`), []byte(`[{"field":"RANK","direction":"DESC"},{"field":"NAME"}]`), cursor, "", 5, 0)
	f.Add(uint8(0xF0), []byte(`{"nameContainsFold":"siregar","birthDateGTE":"1980-01-01"}`), []byte(`[{"field":"BIRTH_DATE","direction":"ASC"}]`), "", cursor, 0, 3)
	f.Add(uint8(0xF1), []byte(`{"year":2025,"hasEmployeeWith":[{"nipHasPrefix":"19"}]}`), []byte(`[{"field":"YEAR","direction":"DESC"}]`), "", "", 10, 0)
	f.Add(uint8(0xF4), []byte(`{"hasEvaluationsWith":[{"predikat":"SANGAT_BAIK"}]}`), []byte(`[{"field":"NIP"}]`), "", "", 2, 0)
	f.Add(uint8(0xF8), []byte(`{"nip":"198504122010011001"}`), []byte(`[]`), "", "", 1, 0)
	f.Add(uint8(0xFC), []byte(`{}`), []byte(`null`), "", "", 1, 0)
	f.Add(uint8(0x02), []byte(`{"first":"ten","where":{"rankIn":"III_A"},"after":42}`), []byte(nil), "", "", 0, 0)
	// A cursor holding a map where the order values belong, written into the document.
	f.Add(uint8(0xE3), []byte(nil), []byte(`[{"field":"NAME"}]`), "gqFpu0VNUDAxSlpaWlpaWlpaWlpaWlpaWlpaWlpaWqF2gaFhAQ", `"\u0000`, 1, 0)
	f.Add(uint8(0xD0), []byte(`{"birthDateGT":"2026-02-30"}`), []byte(`[{"field":"RETIREMENT_DATE","direction":"SIDEWAYS"}]`), "not base64!", "", -1, 101)

	f.Fuzz(func(t *testing.T, shape uint8, where, orderBy []byte, after, before string, first, last int) {
		status, body, logged := fz.do(fuzzRequest(shape, where, orderBy, after, before, first, last), shape>>2&3)
		if status >= http.StatusInternalServerError {
			t.Fatalf("status %d: %s\nlog: %s", status, body, logged)
		}
		var res struct {
			Errors []struct {
				Message    string         `json:"message"`
				Extensions map[string]any `json:"extensions"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(body, &res); err != nil {
			t.Fatalf("status %d, body is not JSON (%v): %q", status, err, body)
		}
		for _, e := range res.Errors {
			code, _ := e.Extensions["code"].(string)
			if code == "" || code == api.CodeInternal || e.Message == "" {
				t.Fatalf("status %d, error %q with code %q for client input\nbody: %s\nlog: %s", status, e.Message, code, body, logged)
			}
		}
	})
}

// fuzzRequest builds the body of one fuzzed request; see FuzzGraphQLInput for what shape means.
func fuzzRequest(shape uint8, where, orderBy []byte, after, before string, first, last int) []byte {
	doc := fuzzEmployees
	if shape&3 == 1 {
		doc = fuzzEvaluations
	}
	if shape&3 == 2 {
		query, _ := json.Marshal(doc)
		return []byte(`{"query":` + string(query) + `,"variables":` + string(where) + `}`)
	}
	vars := map[string]any{}
	if shape&0x10 != 0 {
		vars["where"] = jsonOrString(where)
	}
	if shape&0x20 != 0 {
		vars["orderBy"] = jsonOrString(orderBy)
	}
	if shape&0x40 != 0 {
		vars["after"], vars["before"] = nilIfEmpty(after), nilIfEmpty(before)
	}
	if shape&0x80 != 0 {
		vars["first"], vars["last"] = nilIfZero(first), nilIfZero(last)
	}
	if shape&3 == 3 {
		// A cursor written into the document is decoded by the executor, not by variable coercion.
		delete(vars, "after")
		delete(vars, "before")
		afterLit, _ := json.Marshal(after)
		beforeLit, _ := json.Marshal(before)
		doc = `query($where: EmployeeWhereInput, $orderBy: [EmployeeOrder!], $first: Int, $last: Int) {
		  employees(where: $where, orderBy: $orderBy, first: $first, last: $last, after: ` + string(afterLit) + `, before: ` + string(beforeLit) + `) {
		    totalCount edges { cursor node { id } }
		  }
		}`
	}
	body, _ := json.Marshal(map[string]any{"query": doc, "variables": vars})
	return body
}

// jsonOrString sends fuzzed bytes as the JSON value they spell, or else as a string.
func jsonOrString(b []byte) any {
	if json.Valid(b) {
		return json.RawMessage(b)
	}
	return string(b)
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nilIfZero(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// fuzzServer is the handler over one fixtures database shared by every input of a fuzz run: loading
// the fixtures per input would leave almost no time for the inputs.
type fuzzServer struct {
	handler http.Handler
	tokens  [4]string // by viewer: ADMIN, HR of Dinas Pendidikan, EMPLOYEE, anonymous
	mu      sync.Mutex
	log     bytes.Buffer
}

func newFuzzServer(tb testing.TB) *fuzzServer {
	db := testdb.SQLite(tb)
	fx := loadFixtures(tb, db.Client)
	fz := &fuzzServer{}
	fz.handler = api.New(api.Config{
		Client:        db.Client,
		Ping:          db.Store.Ping,
		Now:           func() time.Time { return today },
		Logger:        slog.New(slog.NewTextHandler(fz, nil)),
		Introspection: true,
		Tokens:        testTokens,
	})
	ctx := access.SystemContext(context.Background())
	issue := func(a *ent.Account, err error) string {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
		token, _, err := testTokens.Issue(a.ID, a.TokenVersion)
		if err != nil {
			tb.Fatal(err)
		}
		return token
	}
	fz.tokens[0] = issue(db.Client.Account.Create().SetUsername("fuzz-admin").SetPasswordHash("x").SetRole(auth.RoleAdmin).Save(ctx))
	fz.tokens[1] = issue(db.Client.Account.Create().SetUsername("fuzz-hr").SetPasswordHash("x").SetRole(auth.RoleHR).SetScopeUnit(fx.disdik).Save(ctx))
	fz.tokens[2] = issue(db.Client.Account.Get(ctx, fx.ids["Account"]))
	return fz
}

// Write collects the server's log, so that a failure shows the error the server logged.
func (fz *fuzzServer) Write(p []byte) (int, error) {
	fz.mu.Lock()
	defer fz.mu.Unlock()
	return fz.log.Write(p)
}

// do posts body as the viewer and returns the status, the body and what the server logged meanwhile.
func (fz *fuzzServer) do(body []byte, viewer uint8) (int, []byte, string) {
	fz.mu.Lock()
	fz.log.Reset()
	fz.mu.Unlock()
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token := fz.tokens[viewer]; token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	fz.handler.ServeHTTP(rec, req)
	fz.mu.Lock()
	defer fz.mu.Unlock()
	return rec.Code, rec.Body.Bytes(), fz.log.String()
}

// firstPageEnd is a real cursor, so that the fuzzer starts from the shape a valid one has.
func (fz *fuzzServer) firstPageEnd(tb testing.TB) string {
	tb.Helper()
	body, _ := json.Marshal(map[string]any{"query": fuzzEmployees, "variables": map[string]any{"first": 2}})
	status, out, logged := fz.do(body, 0)
	var res struct {
		Data struct {
			Employees struct {
				PageInfo struct {
					EndCursor string `json:"endCursor"`
				} `json:"pageInfo"`
			} `json:"employees"`
		} `json:"data"`
	}
	if err := json.Unmarshal(out, &res); err != nil || res.Data.Employees.PageInfo.EndCursor == "" {
		tb.Fatalf("first page: status %d, %s (%v)\nlog: %s", status, out, err, logged)
	}
	return res.Data.Employees.PageInfo.EndCursor
}

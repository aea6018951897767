package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/api"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/testdb"
)

func TestMain(m *testing.M) { os.Exit(testdb.Main(m)) }

// today is the fixed clock of the API tests.
var today = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

// server is the real HTTP handler over one test database, called anonymously or with a token.
type server struct {
	t     *testing.T
	db    *testdb.DB
	url   string
	token string
}

// testTokens sign the tokens of the API tests.
var testTokens = auth.Tokens{Secret: []byte("jenjang-test-secret-of-32-bytes!"), TTL: 12 * time.Hour, Now: func() time.Time { return today }}

func newServer(t *testing.T, db *testdb.DB) *server {
	t.Helper()
	return newServerAt(t, db, func() time.Time { return today })
}

// newServerAt is newServer on a clock of the test's own, for workflows with deadlines.
func newServerAt(t *testing.T, db *testdb.DB, now func() time.Time) *server {
	t.Helper()
	h := api.New(api.Config{
		Client:        db.Client,
		Ping:          db.Store.Ping,
		Now:           now,
		Logger:        slog.New(slog.NewTextHandler(io.Discard, nil)),
		CORSOrigins:   []string{"http://localhost:5173"},
		Introspection: true,
		Tokens:        testTokens,
	})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &server{t: t, db: db, url: srv.URL}
}

var accountSeq atomic.Int64

// as returns the server called with the token of a new account of the role, linked to an employee
// and scoped to a unit when given (either may be "").
func (s *server) as(role auth.Role, employee, scope pulid.ID) *server {
	s.t.Helper()
	ctx := access.SystemContext(context.Background())
	c := s.db.Client.Account.Create().
		SetUsername(fmt.Sprintf("%s-%d", strings.ToLower(string(role)), accountSeq.Add(1))).
		SetPasswordHash("not a bcrypt hash: these accounts sign in with tokens only").
		SetRole(role)
	if employee != "" {
		c.SetEmployeeID(employee)
	}
	if scope != "" {
		c.SetScopeUnitID(scope)
	}
	a, err := c.Save(ctx)
	if err != nil {
		s.t.Fatal(err)
	}
	token, _, err := testTokens.Issue(a.ID, a.TokenVersion)
	if err != nil {
		s.t.Fatal(err)
	}
	signedIn := *s
	signedIn.token = token
	return &signedIn
}

// newAdminServer is a server called by an ADMIN, for tests about the API's mechanics rather than its
// access rules.
func newAdminServer(t *testing.T, db *testdb.DB) *server {
	t.Helper()
	return newServer(t, db).as(auth.RoleAdmin, "", "")
}

// gqlError is an error of a GraphQL response.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// query posts a GraphQL document and decodes the response.
func (s *server) query(query string, vars map[string]any) response {
	s.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, s.url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if s.token != "" {
		req.Header.Set("Authorization", "Bearer "+s.token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	var out response
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		s.t.Fatalf("decode response (status %d): %v", res.StatusCode, err)
	}
	return out
}

// mustQuery posts a document that must succeed and decodes its data into v.
func (s *server) mustQuery(query string, vars map[string]any, v any) {
	s.t.Helper()
	res := s.query(query, vars)
	if len(res.Errors) > 0 {
		s.t.Fatalf("unexpected errors: %+v", res.Errors)
	}
	if err := json.Unmarshal(res.Data, v); err != nil {
		s.t.Fatalf("decode data %s: %v", res.Data, err)
	}
}

// onlyError returns the single error of a response that must fail.
func onlyError(t *testing.T, res response) gqlError {
	t.Helper()
	if len(res.Errors) != 1 {
		t.Fatalf("want exactly one error, got %+v (data %s)", res.Errors, res.Data)
	}
	return res.Errors[0]
}

func wantCode(t *testing.T, e gqlError, code, field string) {
	t.Helper()
	if e.Extensions["code"] != code {
		t.Errorf("code = %v, want %s (message %q)", e.Extensions["code"], code, e.Message)
	}
	if field != "" && e.Extensions["field"] != field {
		t.Errorf("field = %v, want %s (message %q)", e.Extensions["field"], field, e.Message)
	}
	if e.Message == "" {
		t.Error("error has no message")
	}
}

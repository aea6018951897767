package api_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/internal/api"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/dbstats"
	"github.com/jenjang/jenjang/internal/reqid"
	"github.com/jenjang/jenjang/internal/store"
	"github.com/jenjang/jenjang/internal/testdb"
)

// logLines is a log written as JSON lines, safe to write from the server's goroutines.
type logLines struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logLines) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

// find returns the lines with the message msg.
func (l *logLines) find(t *testing.T, msg string) []map[string]any {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	var found []map[string]any
	sc := bufio.NewScanner(bytes.NewReader(l.buf.Bytes()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("log line %q: %v", sc.Text(), err)
		}
		if line["msg"] == msg {
			found = append(found, line)
		}
	}
	return found
}

func (l *logLines) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// observedServer is the real handler as server.go builds it: statements counted per request and
// every one of them logged as slow (threshold 0), the log kept for the test to read.
type observedServer struct {
	*server
	handler http.Handler
	logs    *logLines
}

func newObservedServer(t *testing.T, db *testdb.DB, metricsToken string) *observedServer {
	t.Helper()
	logs := &logLines{}
	log := slog.New(reqid.LogHandler(slog.NewJSONHandler(logs, nil)))
	// Watched over the test's own counter, so that a test can compare the two counts.
	client := ent.NewClient(ent.Driver(dbstats.Watch(db.Statements.Wrap(db.Store.Driver), log, 0)))
	h := api.New(api.Config{
		Client:       client,
		Ping:         db.Store.Ping,
		Now:          func() time.Time { return today },
		Logger:       log,
		DB:           db.Store.SQL,
		MetricsToken: metricsToken,
		CORSOrigins:  []string{"http://localhost:5173"},
		Tokens:       testTokens,
	})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &observedServer{server: &server{t: t, db: db, url: srv.URL}, handler: h, logs: logs}
}

// send posts a GraphQL document as the server's caller and returns the raw response with its body.
func (s *server) send(document string) (*http.Response, response) {
	s.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": document})
	req, _ := http.NewRequest(http.MethodPost, s.url+"/query", bytes.NewReader(body))
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
	return res, out
}

// scrape reads /metrics as a local scraper without a token does.
func (s *observedServer) scrape() string {
	s.t.Helper()
	res, err := http.Get(s.url + "/metrics")
	if err != nil {
		s.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		s.t.Fatalf("/metrics: status %d: %s", res.StatusCode, b)
	}
	return string(b)
}

// sample returns the value of the metric line that starts with series, or -1 when there is none.
func sample(t *testing.T, metrics, series string) float64 {
	t.Helper()
	for line := range strings.SplitSeq(metrics, "\n") {
		if rest, ok := strings.CutPrefix(line, series+" "); ok {
			v, err := strconv.ParseFloat(rest, 64)
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			return v
		}
	}
	return -1
}

func TestMetricsCountRequestsByOperationAndCode(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newObservedServer(t, db, "")
		admin := s.as(auth.RoleAdmin, "", "")
		for range 2 {
			admin.mustQuery(`query UnitCount { orgUnits(first: 1) { totalCount } }`, nil, &struct{}{})
		}
		admin.mustQuery(`{ orgUnits(first: 1) { totalCount } }`, nil, &struct{}{})
		wantCode(t, onlyError(t, admin.query(`query TooMany { orgUnits(first: 100000) { totalCount } }`, nil)), "BAD_USER_INPUT", "")
		if res, err := http.Get(s.url + "/healthz"); err == nil {
			res.Body.Close()
		}

		m := s.scrape()
		for series, want := range map[string]float64{
			`jenjang_http_requests_total{code="OK",operation="UnitCount"}`:             2,
			`jenjang_http_requests_total{code="OK",operation="anonymous"}`:             1,
			`jenjang_http_requests_total{code="BAD_USER_INPUT",operation="anonymous"}`: 1,
			`jenjang_http_requests_total{code="OK",operation="/healthz"}`:              1,
			`jenjang_http_request_duration_seconds_count{operation="UnitCount"}`:       2,
			`jenjang_sql_statements_per_request_count{operation="UnitCount"}`:          2,
		} {
			if got := sample(t, m, series); got != want {
				t.Errorf("%s = %v, want %v", series, got, want)
			}
		}
		// An operation that fails validation never gets its name recorded: it is refused before
		// it runs, so it counts as anonymous (above) and leaves no TooMany label.
		if strings.Contains(m, `operation="TooMany"`) {
			t.Error("a refused operation's name became a label")
		}
		if got := sample(t, m, `jenjang_sql_statements_per_request_sum{operation="UnitCount"}`); got < 2 {
			t.Errorf("statements of two UnitCount requests = %v, want at least one each", got)
		}
		for _, series := range []string{
			`go_sql_max_open_connections{db_name="jenjang"}`,
			`go_sql_open_connections{db_name="jenjang"}`,
			`go_goroutines`,
		} {
			if sample(t, m, series) < 0 {
				t.Errorf("no %s in /metrics", series)
			}
		}
	})
}

// A mutation's statements run in its transaction and count all the same, in the metrics and in the
// request's log line.
func TestStatementsOfAMutationAreCounted(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newObservedServer(t, db, "")
		admin := s.as(auth.RoleAdmin, "", "")
		db.Statements.Reset()
		admin.mustQuery(`mutation AddRegion { createOrgUnit(input: {code: "JMB-X", name: "Wilayah X", kind: REGION}) { id } }`, nil, &struct{}{})
		sent := db.Statements.Count()
		inserted := false
		for _, q := range db.Statements.Statements() {
			inserted = inserted || strings.HasPrefix(q, "INSERT INTO")
		}
		if !inserted {
			t.Fatalf("the mutation sent no INSERT: %v", db.Statements.Statements())
		}
		if got := sample(t, s.scrape(), `jenjang_sql_statements_per_request_sum{operation="AddRegion"}`); got != float64(sent) {
			t.Errorf("statements in the metrics = %v, want the %d sent", got, sent)
		}
		var logged float64 = -1
		for _, line := range s.logs.find(t, "request") {
			if line["operation"] == "AddRegion" {
				logged, _ = line["statements"].(float64)
			}
		}
		if logged != float64(sent) {
			t.Errorf("statements in the log line = %v, want %d", logged, sent)
		}
	})
}

// Clients choose operation names: past a bound they share one label, so that no client can grow the
// metrics without end.
func TestOperationLabelsAreBounded(t *testing.T) {
	s := newObservedServer(t, testdb.SQLite(t), "")
	for i := range 310 {
		s.mustQuery(`query Op`+strconv.Itoa(i)+` { __typename }`, nil, &struct{}{})
	}
	s.mustQuery(`query `+strings.Repeat("Long", 20)+` { __typename }`, nil, &struct{}{})
	m := s.scrape()
	labels := regexp.MustCompile(`jenjang_http_requests_total\{code="OK",operation="([^"]+)"\}`).FindAllStringSubmatch(m, -1)
	if len(labels) > 301 {
		t.Errorf("%d operation labels, want at most 300 and other", len(labels))
	}
	if got := sample(t, m, `jenjang_http_requests_total{code="OK",operation="other"}`); got < 11 {
		t.Errorf("requests labelled other = %v, want the 10 past the bound and the long name", got)
	}
}

func TestMetricsAccess(t *testing.T) {
	db := testdb.SQLite(t)
	get := func(h http.Handler, remote, authorization, forwarded string) int {
		req := httptest.NewRequest(http.MethodGet, "/metrics", nil)
		req.RemoteAddr = remote
		if authorization != "" {
			req.Header.Set("Authorization", authorization)
		}
		if forwarded != "" {
			req.Header.Set("X-Forwarded-For", forwarded)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if cors := rec.Header().Get("Access-Control-Allow-Origin"); cors != "" {
			t.Errorf("/metrics answered with CORS headers: %q", cors)
		}
		return rec.Code
	}
	const local, remote = "127.0.0.1:40000", "203.0.113.9:40000"

	open := newObservedServer(t, db, "").handler
	for _, tt := range []struct {
		name, remote, authorization, forwarded string
		want                                   int
	}{
		{"loopback", local, "", "", http.StatusOK},
		{"IPv6 loopback", "[::1]:40000", "", "", http.StatusOK},
		{"another machine", remote, "", "", http.StatusForbidden},
		{"through a proxy on this machine", local, "", "203.0.113.9", http.StatusForbidden},
	} {
		if got := get(open, tt.remote, tt.authorization, tt.forwarded); got != tt.want {
			t.Errorf("without a token, %s: status %d, want %d", tt.name, got, tt.want)
		}
	}

	guarded := newObservedServer(t, db, "scrape-secret").handler
	for _, tt := range []struct {
		name, remote, authorization string
		want                        int
	}{
		{"loopback without the token", local, "", http.StatusUnauthorized},
		{"a wrong token", remote, "Bearer guess", http.StatusUnauthorized},
		{"the token", remote, "Bearer scrape-secret", http.StatusOK},
	} {
		if got := get(guarded, tt.remote, tt.authorization, ""); got != tt.want {
			t.Errorf("with a token, %s: status %d, want %d", tt.name, got, tt.want)
		}
	}
}

// An internal error is logged with the request's ID, which the client gets in the error's extensions
// and in X-Request-ID; no SQL reaches the client.
func TestInternalErrorCarriesTheRequestID(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newObservedServer(t, db, "")
		if _, err := db.Store.SQL.Exec("ALTER TABLE org_units RENAME TO org_units_gone"); err != nil {
			t.Fatal(err)
		}
		res, body := s.send(`query Units { orgUnits(first: 1) { totalCount } }`)
		e := onlyError(t, body)
		wantCode(t, e, api.CodeInternal, "")
		id := res.Header.Get("X-Request-ID")
		if id == "" || e.Extensions["requestId"] != id {
			t.Errorf("requestId = %v, X-Request-ID %q", e.Extensions["requestId"], id)
		}
		if strings.Contains(e.Message, "org_units") {
			t.Errorf("message leaks SQL: %q", e.Message)
		}
		if res.StatusCode != http.StatusOK {
			t.Errorf("status %d: an internal error that is not an outage keeps 200", res.StatusCode)
		}
		found := false
		for _, line := range s.logs.find(t, "internal error") {
			found = found || line["request_id"] == id
		}
		if !found {
			t.Errorf("no internal error logged with request_id %s:\n%s", id, s.logs)
		}
	})
}

// Errors of every kind carry the request ID, those refused before GraphQL runs too.
func TestErrorsCarryTheRequestID(t *testing.T) {
	s := newObservedServer(t, testdb.SQLite(t), "")
	for _, document := range []string{
		`{ orgUnits(first: 100000) { totalCount } }`, // refused by a limit
		`{ noSuchField }`, // invalid
	} {
		res, body := s.send(document)
		if e := onlyError(t, body); e.Extensions["requestId"] != res.Header.Get("X-Request-ID") {
			t.Errorf("%s: requestId %v, X-Request-ID %q", document, e.Extensions["requestId"], res.Header.Get("X-Request-ID"))
		}
	}
	bad := *s.server
	bad.token = "not-a-token"
	res, body := bad.send(`{ __typename }`)
	if e := onlyError(t, body); res.StatusCode != http.StatusUnauthorized || e.Extensions["requestId"] != res.Header.Get("X-Request-ID") {
		t.Errorf("bad token: status %d, requestId %v", res.StatusCode, e.Extensions["requestId"])
	}
}

// With a threshold of 0 every statement is slow: each is logged with the request ID and its SQL, and
// never with its arguments.
func TestSlowQueryLog(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newObservedServer(t, db, "")
		const secret = "Rahasia-7731"
		res, _ := s.send(`{ orgUnits(first: 1, where: {nameContains: "` + secret + `"}) { totalCount } }`)
		id := res.Header.Get("X-Request-ID")
		var mine []map[string]any
		for _, line := range s.logs.find(t, "slow query") {
			if line["request_id"] == id {
				mine = append(mine, line)
			}
		}
		if len(mine) == 0 {
			t.Fatalf("no slow query logged for request %s:\n%s", id, s.logs)
		}
		for _, line := range mine {
			if sql, _ := line["sql"].(string); !strings.Contains(sql, "org_units") {
				t.Errorf("slow query line without its SQL: %v", line)
			}
			if _, ok := line["duration"]; !ok {
				t.Errorf("slow query line without its duration: %v", line)
			}
		}
		if strings.Contains(s.logs.String(), secret) {
			t.Error("a statement's argument reached the log")
		}
	})
}

// wantOutage checks an answer given while the database is unavailable: 503 with Retry-After, fast,
// INTERNAL with the reason and the request ID, no driver text.
func wantOutage(t *testing.T, what string, res *http.Response, body response, took time.Duration) {
	t.Helper()
	if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" {
		t.Errorf("%s: status %d, Retry-After %q, want 503 with Retry-After", what, res.StatusCode, res.Header.Get("Retry-After"))
	}
	if took > 3*time.Second {
		t.Errorf("%s: answered after %s", what, took)
	}
	if len(body.Errors) == 0 {
		t.Fatalf("%s: no error", what)
	}
	e := body.Errors[0]
	wantCode(t, e, api.CodeInternal, "")
	if e.Extensions["reason"] != api.ReasonDatabaseUnavailable || e.Extensions["requestId"] != res.Header.Get("X-Request-ID") {
		t.Errorf("%s: extensions %v, X-Request-ID %q", what, e.Extensions, res.Header.Get("X-Request-ID"))
	}
	for _, leak := range []string{"sql:", "dial", "closed", "pq:"} {
		if strings.Contains(e.Message, leak) {
			t.Errorf("%s: message leaks the driver's text: %q", what, e.Message)
		}
	}
}

func TestClosedDatabaseFailsFastWith503(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newObservedServer(t, db, "")
		admin := s.as(auth.RoleAdmin, "", "")
		if err := db.Store.Close(); err != nil {
			t.Fatal(err)
		}
		for what, caller := range map[string]*server{"anonymous": s.server, "signed in": admin} {
			for _, document := range []string{
				`{ orgUnits(first: 1) { totalCount } }`,
				`mutation { login(input: {username: "nobody", password: "wrong-password"}) { token } }`,
			} {
				start := time.Now()
				res, body := caller.send(document)
				wantOutage(t, what+" "+document, res, body, time.Since(start))
			}
		}
		res, err := http.Get(s.url + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("/readyz: %d, want 503", res.StatusCode)
		}
		if got := sample(t, s.scrape(), `jenjang_http_requests_total{code="INTERNAL",operation="anonymous"}`); got < 1 {
			t.Errorf("outage requests counted as INTERNAL: %v", got)
		}
	})
}

// PostgreSQL that nobody answers for: the connect timeout, not the operating system's, bounds the wait.
func TestUnreachablePostgreSQLFailsFastWith503(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	pg, err := store.Open("postgres://postgres@"+addr+"/jenjang?sslmode=disable", store.Options{ConnectTimeout: time.Second, StatementTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = pg.Close() })
	s := newObservedServer(t, &testdb.DB{Client: pg.Client(), Store: pg, Dialect: pg.Dialect, Statements: &testdb.Counter{}}, "")
	start := time.Now()
	res, body := s.send(`{ orgUnits(first: 1) { totalCount } }`)
	wantOutage(t, "query", res, body, time.Since(start))
}

// proxy forwards TCP connections to a database until it is cut, which drops every connection and
// refuses new ones as a stopped server does, and forwards again once restored.
type proxy struct {
	l      net.Listener
	target string
	mu     sync.Mutex
	down   bool
	conns  []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{l: l, target: target}
	t.Cleanup(func() { l.Close(); p.cut() })
	go p.serve()
	return p
}

func (p *proxy) serve() {
	for {
		c, err := p.l.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		down := p.down
		p.mu.Unlock()
		if down {
			c.Close()
			continue
		}
		upstream, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, upstream)
		p.mu.Unlock()
		go func() { _, _ = io.Copy(upstream, c); upstream.Close() }()
		go func() { _, _ = io.Copy(c, upstream); c.Close() }()
	}
}

func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = true
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func (p *proxy) restore() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = false
}

// Through an outage and back: 503 while the database is away, and answers again within seconds of its
// return, without a restart.
func TestServerRecoversAfterAnOutage(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		if db.Dialect != dialect.Postgres {
			t.Skip("an embedded database has no outage but its file closing (TestClosedDatabaseFailsFastWith503)")
		}
		var name string
		if err := db.Store.SQL.QueryRow("SELECT current_database()").Scan(&name); err != nil {
			t.Fatal(err)
		}
		u, err := url.Parse(os.Getenv("TEST_DATABASE_URL"))
		if err != nil {
			t.Fatal(err)
		}
		p := newProxy(t, u.Host)
		u.Host, u.Path = p.l.Addr().String(), "/"+name
		pg, err := store.Open(u.String(), store.Options{MaxOpenConns: 4, MaxIdleConns: 4, ConnectTimeout: time.Second, StatementTimeout: 5 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = pg.Close() })
		s := newObservedServer(t, &testdb.DB{Client: pg.Client(), Store: pg, Dialect: pg.Dialect, Statements: &testdb.Counter{}}, "")
		const count = `{ orgUnits(first: 1) { totalCount } }`
		if res, body := s.send(count); res.StatusCode != http.StatusOK || len(body.Errors) > 0 {
			t.Fatalf("before the outage: status %d, errors %v", res.StatusCode, body.Errors)
		}

		p.cut()
		for range 3 {
			start := time.Now()
			res, body := s.send(count)
			wantOutage(t, "during the outage", res, body, time.Since(start))
		}

		p.restore()
		deadline := time.Now().Add(5 * time.Second)
		for {
			res, body := s.send(count)
			if res.StatusCode == http.StatusOK && len(body.Errors) == 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("5 s after the database came back: status %d, errors %v", res.StatusCode, body.Errors)
			}
			time.Sleep(100 * time.Millisecond)
		}
		ready, err := http.Get(s.url + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		ready.Body.Close()
		if ready.StatusCode != http.StatusOK {
			t.Errorf("/readyz after the outage: %d", ready.StatusCode)
		}
	})
}

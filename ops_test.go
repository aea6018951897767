package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/soak"
)

// These tests run the server as a process of its own (this test binary, re-executed as the server) on
// private PostgreSQL clusters, so that they may stop the database, signal the server and start two.
// `make test` runs them briefly; `make soak` runs them with -soak.duration for minutes.

var soakDuration = flag.Duration("soak.duration", 12*time.Second, "how long the soak workload runs")

// serverEnv makes this test binary act as the jenjang command.
const serverEnv = "JENJANG_TEST_AS_SERVER"

func TestMain(m *testing.M) {
	if os.Getenv(serverEnv) == "1" {
		main()
		os.Exit(0)
	}
	code := m.Run()
	if len(reports) > 0 {
		soak.Print(os.Stdout, reports...)
	}
	os.Exit(code)
}

var (
	reportsMu sync.Mutex
	reports   []soak.Report
)

func report(r soak.Report) {
	reportsMu.Lock()
	defer reportsMu.Unlock()
	reports = append(reports, r)
}

// A fixed secret, so that the replicas of a test accept each other's tokens.
const testSecret = "soak-test-secret-soak-test-secret-0123"

func startServer(t *testing.T, databaseURL string, env ...string) *soak.Server {
	t.Helper()
	return soak.StartServer(t, []string{os.Args[0]}, append([]string{serverEnv + "=1", "DATABASE_URL=" + databaseURL,
		"JWT_SECRET=" + testSecret, "DEMO_DATA=true", "SHUTDOWN_GRACE=20s"}, env...)...)
}

func opsTest(t *testing.T) (*soak.Cluster, context.Context) {
	t.Helper()
	if testing.Short() {
		t.Skip("skipped in -short: starts PostgreSQL clusters and server processes")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	t.Cleanup(cancel)
	return soak.NewCluster(t), ctx
}

func openDB(t *testing.T, url string) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// checkInvariants runs the invariants after a run and fails the test on any violation.
func checkInvariants(t *testing.T, ctx context.Context, db *sql.DB, w *soak.Workload, rec *soak.Recorder) (int, []string) {
	t.Helper()
	totals := rec.Totals()
	n, violations := soak.Invariants{DB: db, Reader: w.Admin, Year: w.Year}.Check(ctx, totals.Committed, totals.FailedMutations)
	for _, v := range violations {
		t.Error("invariant: " + v)
	}
	return n, violations
}

// Many clients at once for a bounded time: reads of the dashboard and directory, enrolments,
// applications, appraisals; then the invariants, and a low error rate.
func TestSoak(t *testing.T) {
	cluster, ctx := opsTest(t)
	srv := startServer(t, cluster.URL("postgres"))
	w, err := soak.Setup(ctx, srv.URL, 12)
	if err != nil {
		t.Fatal(err)
	}
	rec := soak.NewRecorder()
	run, stop := context.WithTimeout(ctx, *soakDuration)
	defer stop()
	start := time.Now()
	w.Run(run, rec)
	took := time.Since(start)
	totals := rec.Totals()
	n, violations := checkInvariants(t, ctx, openDB(t, cluster.URL("postgres")), w, rec)
	report(soak.Report{Name: "soak", Duration: took, Totals: totals, Invariants: n, Violations: violations})
	t.Logf("%d requests, %.2f%% errors, p99 %s; %s; refusals: %v", totals.Requests, 100*totals.ErrorRate(), totals.P99, totals.Actions(), totals.Refusals)
	if totals.Failed > 0 {
		t.Errorf("%d requests failed without a fault: %v", totals.Failed, totals.Examples)
	}
	if len(totals.Committed) < 20 {
		t.Errorf("only %d mutations went through: the workload did not work", len(totals.Committed))
	}
}

// With the workload running, PostgreSQL stops for 10 seconds: requests fail fast with INTERNAL and a
// request id, /readyz says not ready, nothing is half-written, and the server recovers by itself.
func TestDatabaseOutage(t *testing.T) {
	cluster, ctx := opsTest(t)
	srv := startServer(t, cluster.URL("postgres"))
	w, err := soak.Setup(ctx, srv.URL, 12)
	if err != nil {
		t.Fatal(err)
	}
	rec := soak.NewRecorder()
	run, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); w.Run(run, rec) }()
	start := time.Now()
	time.Sleep(max(*soakDuration/3, 3*time.Second))

	if err := cluster.Stop(); err != nil {
		t.Fatal(err)
	}
	down := time.Now()
	time.Sleep(2 * time.Second)
	if status := get(t, srv.URL+"/readyz"); status != http.StatusServiceUnavailable {
		t.Errorf("/readyz answered %d during the outage, want 503", status)
	}
	probe := w.Leader.Do(ctx, `{ employees(first: 5) { totalCount } }`, nil)
	if probe.Code() != "INTERNAL" || probe.Status != http.StatusServiceUnavailable || probe.RequestID == "" {
		t.Errorf("during the outage a query got HTTP %d, code %s, request id %q; want 503, INTERNAL and an id", probe.Status, probe.Code(), probe.RequestID)
	}
	if len(probe.Errors) > 0 && probe.Errors[0].Extensions["requestId"] != probe.RequestID {
		t.Errorf("the error's extensions.requestId is %v, the header's %s", probe.Errors[0].Extensions["requestId"], probe.RequestID)
	}
	if probe.Duration > 3*time.Second {
		t.Errorf("a query took %s to fail during the outage; it must fail fast", probe.Duration)
	}
	during := rec.Totals()
	time.Sleep(time.Until(down.Add(10 * time.Second)))
	if err := cluster.Start(); err != nil {
		t.Fatal(err)
	}
	up := time.Now()
	recovery, ok := soak.WaitFor(30*time.Second, func() bool {
		return get(t, srv.URL+"/readyz") == http.StatusOK && w.Leader.Do(ctx, `{ employees(first: 5) { totalCount } }`, nil).Code() == "OK"
	})
	if !ok {
		t.Fatalf("the server had not recovered %s after the database came back", recovery)
	}
	before := rec.Totals()
	time.Sleep(max(*soakDuration/3, 4*time.Second))
	stop()
	wg.Wait()
	after := rec.Totals()
	if after.OK-before.OK < 20 {
		t.Errorf("only %d requests succeeded after the recovery", after.OK-before.OK)
	}
	if during.Failed == 0 {
		t.Error("no request failed during the outage: the fault was not felt")
	}
	n, violations := checkInvariants(t, ctx, openDB(t, cluster.URL("postgres")), w, rec)
	faults := []string{fmt.Sprintf("database stopped %s, recovered %s after restart", up.Sub(down).Round(time.Second), recovery.Round(100*time.Millisecond))}
	report(soak.Report{Name: "soak with database outage", Duration: time.Since(start), Totals: after, Invariants: n, Violations: violations, Faults: faults})
	t.Logf("%s; %d requests, %d failed (%d mutations answered as failed), p99 %s", faults[0], after.Requests, after.Failed, len(after.FailedMutations), after.P99)
}

// SIGTERM during load: the requests in flight finish, new ones are refused, the process exits cleanly.
func TestGracefulShutdown(t *testing.T) {
	cluster, ctx := opsTest(t)
	srv := startServer(t, cluster.URL("postgres"))
	w, err := soak.Setup(ctx, srv.URL, 2)
	if err != nil {
		t.Fatal(err)
	}
	type outcome struct {
		start, end time.Time
		resp       soak.Response
	}
	var (
		mu       sync.Mutex
		outcomes []outcome
		signaled time.Time
		wg       sync.WaitGroup
	)
	transport := &http.Transport{DisableKeepAlives: true}
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := w.Leader.With(srv.URL).WithTransport(transport)
			r := rand.New(rand.NewPCG(uint64(i), 1))
			for {
				start := time.Now()
				resp := c.Do(ctx, `query($after: Cursor) { employees(first: 50, after: $after) { totalCount edges { node { id name rank unit { name } } } } }`, nil)
				mu.Lock()
				outcomes = append(outcomes, outcome{start, time.Now(), resp})
				done := !signaled.IsZero() && start.After(signaled.Add(time.Second))
				mu.Unlock()
				if done || ctx.Err() != nil {
					return
				}
				time.Sleep(time.Duration(r.IntN(5)) * time.Millisecond)
			}
		}()
	}
	time.Sleep(3 * time.Second)
	mu.Lock()
	signaled = time.Now()
	mu.Unlock()
	if err := srv.Terminate(); err != nil {
		t.Fatal(err)
	}
	exit := srv.Wait(30 * time.Second)
	wg.Wait()
	if exit != nil {
		t.Errorf("the server ended with %v, want a clean exit", exit)
	}
	// A request the server accepted is in its log (one line each, written when it is answered); one
	// whose connection was still waiting to be accepted when the listener closed is not, and was
	// refused however the client saw it (refused, or reset from the listen queue).
	log := srv.Output()
	accepted := func(r soak.Response) bool { return strings.Contains(log, "request_id="+r.RequestID) }
	var inFlight, refused int
	for _, o := range outcomes {
		switch {
		case o.resp.Code() == "OK":
			if o.start.Before(signaled) && o.end.After(signaled) {
				inFlight++
			}
		case accepted(o.resp):
			t.Errorf("an accepted request was dropped: %s %v", o.resp.Code(), o.resp.Err)
		case o.resp.Err != nil:
			refused++
		default:
			t.Errorf("a request failed: %s %v", o.resp.Code(), o.resp.Errors)
		}
	}
	if inFlight == 0 {
		t.Error("no request was in flight at SIGTERM; the test proved nothing")
	}
	if refused == 0 {
		t.Error("no request was refused after SIGTERM")
	}
	t.Logf("%d requests, %d in flight at SIGTERM and answered, %d refused (not accepted), none accepted and dropped", len(outcomes), inFlight, refused)
}

// Two replicas on one database: a session started on one continues on the other, and writes through
// both at once keep the invariants. They start together, so their migrations must not race.
func TestTwoReplicas(t *testing.T) {
	cluster, ctx := opsTest(t)
	if _, err := openDB(t, cluster.URL("postgres")).ExecContext(ctx, "CREATE DATABASE jenjang"); err != nil {
		t.Fatal(err)
	}
	url := cluster.URL("jenjang")
	var a, b *soak.Server
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); a = startServer(t, url, "DEMO_DATA=false") }()
	go func() { defer wg.Done(); b = startServer(t, url, "DEMO_DATA=false") }()
	wg.Wait()
	if a == nil || b == nil {
		t.FailNow()
	}
	seed := exec.CommandContext(ctx, os.Args[0], "seed", "--demo", "--database-url", url)
	seed.Env = append(os.Environ(), serverEnv+"=1")
	if out, err := seed.CombinedOutput(); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}

	w, err := soak.Setup(ctx, a.URL, 8)
	if err != nil {
		t.Fatal(err)
	}
	var who struct{ Viewer struct{ Username string } }
	if err := w.HR.With(b.URL).Must(ctx, `{ viewer { username } }`, nil, &who); err != nil || who.Viewer.Username != "hr" {
		t.Fatalf("the session started on replica A is not known on B: %+v %v", who, err)
	}
	rec := soak.NewRecorder()
	run, stop := context.WithTimeout(ctx, max(*soakDuration/2, 6*time.Second))
	defer stop()
	w.Spread(a.URL, b.URL).Run(run, rec)
	totals := rec.Totals()
	if totals.Failed > 0 {
		t.Errorf("%d requests failed: %v", totals.Failed, totals.Examples)
	}
	n, violations := checkInvariants(t, ctx, openDB(t, url), w, rec)
	report(soak.Report{Name: "two replicas", Duration: max(*soakDuration/2, 6*time.Second), Totals: totals, Invariants: n, Violations: violations})
}

// With DATABASE_READ_URL the dashboards read a streaming replica: a write on the primary reaches the
// dashboard once the replica has replayed it, and not before; a replica that falls further behind than
// DATABASE_READ_MAX_LAG is left for the primary until it catches up.
func TestAnalyticsOnReadReplica(t *testing.T) {
	primary, ctx := opsTest(t)
	replica := primary.Replica(t)
	const maxLag = 8 * time.Second
	srv := startServer(t, primary.URL("postgres"), "DATABASE_READ_URL="+replica.URL("postgres"), "DATABASE_READ_MAX_LAG="+maxLag.String())
	w, err := soak.Setup(ctx, srv.URL, 2)
	if err != nil {
		t.Fatal(err)
	}
	applications := func() int {
		var f struct {
			VacancyFunnel struct {
				Total struct{ Applications struct{ Value int } }
			}
		}
		if err := w.Admin.Must(ctx, `{ vacancyFunnel { total { applications { value } } } }`, nil, &f); err != nil {
			t.Fatal(err)
		}
		return f.VacancyFunnel.Total.Applications.Value
	}
	apply := func(c *soak.Client) {
		t.Helper()
		if err := c.Must(ctx, `mutation($v: ID!) { applyToVacancy(vacancyID: $v) { id } }`, map[string]any{"v": w.Vacancies[0]}, nil); err != nil {
			t.Fatal(err)
		}
	}
	primaryDB, replicaDB := openDB(t, primary.URL("postgres")), openDB(t, replica.URL("postgres"))
	if _, ok := soak.WaitFor(20*time.Second, func() bool { return caughtUp(ctx, primaryDB, replicaDB) }); !ok {
		t.Fatal("the replica did not catch up")
	}
	before := applications()
	if _, err := replicaDB.ExecContext(ctx, "SELECT pg_wal_replay_pause()"); err != nil {
		t.Fatal(err)
	}
	paused := time.Now()
	apply(w.Staff[0])
	time.Sleep(time.Second)
	if got := applications(); got != before {
		t.Errorf("the dashboard shows %d applications while the replica is paused at %d: it does not read the replica", got, before)
	}
	fellBack, ok := soak.WaitFor(30*time.Second, func() bool { return applications() == before+1 })
	if !ok {
		t.Fatalf("the dashboard never turned to the primary while the replica stayed paused")
	}
	if since := time.Since(paused); since < maxLag-2*time.Second {
		t.Errorf("the dashboard turned to the primary %s after the replica paused, before it was %s behind", since, maxLag)
	}
	if _, err := replicaDB.ExecContext(ctx, "SELECT pg_wal_replay_resume()"); err != nil {
		t.Fatal(err)
	}
	apply(w.Staff[1])
	reached, ok := soak.WaitFor(15*time.Second, func() bool { return applications() == before+2 })
	if !ok {
		t.Fatalf("a write after the replica resumed never reached the dashboard (%d, want %d)", applications(), before+2)
	}
	t.Logf("paused replica: dashboards trailed the write, then read the primary %s later (max lag %s); after resuming, a write reached them in %s",
		fellBack.Round(100*time.Millisecond), maxLag, reached.Round(10*time.Millisecond))
}

// caughtUp tells whether the replica has replayed everything the primary has written so far.
func caughtUp(ctx context.Context, primary, replica *sql.DB) bool {
	var lsn string
	if err := primary.QueryRowContext(ctx, "SELECT pg_current_wal_lsn()::text").Scan(&lsn); err != nil {
		return false
	}
	var caught bool
	err := replica.QueryRowContext(ctx, "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", lsn).Scan(&caught)
	return err == nil && caught
}

func get(t *testing.T, url string) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

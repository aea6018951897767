// Command bench measures the Jenjang API on PostgreSQL (`make bench`): it seeds a dataset if needed,
// serves the real handler in this process on a TCP port, sends each document of a fixed set of real
// GraphQL documents at several concurrency levels, compares each with the floor — the same SQL
// replayed through database/sql alone — and writes bench/results.md.
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/internal/api"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/store"
)

// defaultEmployees is the size the targets are set for.
const defaultEmployees = 1_000_000

type options struct {
	databaseURL string
	employees   int
	duration    time.Duration
	levels      []int
	output      string
	jenjang     string
	// statements, when set, receives every captured statement with its arguments, to EXPLAIN them.
	statements string
	// only, when set, names the documents to measure (by key); the others are left out.
	only []string
}

func main() {
	o, err := parseOptions(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func parseOptions(args []string) (options, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	var o options
	var levels string
	fs.StringVar(&o.databaseURL, "database-url", os.Getenv("BENCH_DATABASE_URL"), "PostgreSQL database of the bench, created if absent (env BENCH_DATABASE_URL; default jenjang_bench on 127.0.0.1, jenjang_bench_N for other sizes than 1,000,000)")
	fs.IntVar(&o.employees, "employees", envInt("BENCH_EMPLOYEES", defaultEmployees), "employees in the dataset; seeded when the database holds fewer (env BENCH_EMPLOYEES)")
	fs.DurationVar(&o.duration, "duration", envDuration("BENCH_DURATION", 0), "how long each document runs at each concurrency (env BENCH_DURATION; default 15s, 4s below 100,000 employees)")
	fs.StringVar(&levels, "concurrency", envString("BENCH_CONCURRENCY", "1,4,16"), "comma-separated concurrency levels (env BENCH_CONCURRENCY)")
	fs.StringVar(&o.output, "out", envString("BENCH_OUTPUT", "bench/results.md"), "where to write the results (env BENCH_OUTPUT)")
	fs.StringVar(&o.jenjang, "jenjang", envString("BENCH_JENJANG", "bin/jenjang"), "the jenjang binary that seeds the dataset (env BENCH_JENJANG)")
	fs.StringVar(&o.statements, "statements", "", "also write the captured statements of each document, with their arguments and floor times, to this file")
	var only string
	fs.StringVar(&only, "only", "", "measure only these documents, by key, comma-separated (overview-all, overview-region, overview-agency, directory, profile, node, update), to look into one of them")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if only != "" {
		o.only = strings.Split(only, ",")
	}
	if o.employees < 1 {
		return o, fmt.Errorf("employees must be at least 1, not %d", o.employees)
	}
	if o.databaseURL == "" {
		o.databaseURL = defaultDatabaseURL(o.employees)
	}
	if o.duration <= 0 {
		o.duration = 15 * time.Second
		if o.employees < 100_000 {
			o.duration = 4 * time.Second
		}
	}
	for _, part := range strings.Split(levels, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || n < 1 {
			return o, fmt.Errorf("concurrency %q: want positive numbers separated by commas", levels)
		}
		o.levels = append(o.levels, n)
	}
	slices.Sort(o.levels)
	o.levels = slices.Compact(o.levels)
	return o, nil
}

// documentResult is everything measured for one document.
type documentResult struct {
	doc document
	// failure is set when the document could not be measured at all.
	failure string
	// stray is the number of statements during the document's runs that no request owned.
	stray  int64
	cost   int
	bytes  int
	floor  floor
	levels []level
}

func run(ctx context.Context, o options) error {
	say := func(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }
	started := time.Now()
	seededWith, err := prepareDatabase(ctx, o.databaseURL, o.employees, o.jenjang, os.Stderr)
	if err != nil {
		return err
	}
	rec := newRecorder()
	db, err := store.Open(o.databaseURL, store.Options{MaxOpenConns: 20, MaxIdleConns: 20, ConnMaxLife: 30 * time.Minute, Settings: store.ServerSettings})
	if err != nil {
		return err
	}
	defer db.Close()
	client := ent.NewClient(ent.Driver(rec.wrap(db.Driver)))
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	// Fresh planner statistics, as autovacuum would have them on a database in service; without them
	// the first minutes after a bulk load measure the planner's guesses.
	say("analysing the database")
	if _, err := db.SQL.ExecContext(ctx, "ANALYZE"); err != nil {
		return err
	}
	sc, err := pickScopes(ctx, db.SQL)
	if err != nil {
		return err
	}
	sample, err := sampleEmployees(ctx, db.SQL, sc.region.path, 500)
	if err != nil {
		return err
	}
	password, err := ensureAccounts(ctx, client, sc.region, sc.agency)
	if err != nil {
		return err
	}

	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return err
	}
	handler := api.New(api.Config{
		Client: client,
		Ping:   db.Ping,
		Now:    time.Now,
		// The server formats its request log lines as in production; they are thrown away here only so
		// that they do not flood the terminal.
		Logger:        slog.New(slog.NewTextHandler(io.Discard, nil)),
		Introspection: true,
		Tokens:        auth.Tokens{Secret: secret, TTL: time.Hour, Now: time.Now},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			say("server: %v", err)
		}
	}()
	defer srv.Close()
	c := newClient("http://"+ln.Addr().String()+"/query", rec, o.levels[len(o.levels)-1], started.Unix())

	tokens := map[string]string{}
	for _, viewer := range []string{viewerRegion, viewerAgency, viewerAdmin} {
		if tokens[viewer], err = c.login(ctx, viewer, password); err != nil {
			return err
		}
	}
	docs := documents(fixture{everyone: sc.all, region: sc.region, agency: sc.agency, directory: sc.instansi, employees: sample, year: started.In(career.WIB).Year(), run: started.Unix()})
	loadBefore := loadAverage()
	var results []documentResult
	for _, doc := range docs {
		if len(o.only) > 0 && !slices.Contains(o.only, doc.key) {
			continue
		}
		say("%s", doc.title)
		r := measure(ctx, c, db.SQL, doc, tokens[doc.viewer], o)
		if r.failure != "" {
			say("  failed: %s", r.failure)
		}
		for _, lv := range r.levels {
			say("  concurrency %2d: %7.1f req/s  p50 %s  p95 %s  p99 %s  errors %d  SQL %s",
				lv.concurrency, lv.throughput, ms(lv.p50), ms(lv.p95), ms(lv.p99), lv.errors, sqlRange(lv))
		}
		results = append(results, r)
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}

	machine, err := describeMachine(ctx, db.SQL, loadBefore)
	if err != nil {
		return err
	}
	rows, err := tableRows(ctx, db.SQL)
	if err != nil {
		return err
	}
	rep := report{
		options: o, started: started, finished: time.Now(), seededWith: seededWith, machine: machine, rows: rows,
		scopes: sc, results: results,
	}
	if err := os.MkdirAll(filepath.Dir(o.output), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(o.output, []byte(rep.markdown()), 0o644); err != nil {
		return err
	}
	say("wrote %s", o.output)
	if o.statements != "" {
		if err := os.WriteFile(o.statements, []byte(statementDump(results)), 0o644); err != nil {
			return err
		}
		say("wrote %s", o.statements)
	}
	return nil
}

// warmUps is how many requests of a document run before anything is measured: they fill gqlgen's
// query cache and PostgreSQL's buffer cache, as a server in service has them.
const warmUps = 5

func measure(ctx context.Context, c *client, db *sql.DB, doc document, token string, o options) (r documentResult) {
	r.doc = doc
	c.rec.stray.Store(0)
	defer func() { r.stray = c.rec.stray.Load() }()
	var next atomic.Int64
	for range warmUps {
		w := c.do(ctx, token, doc.query, doc.vars(next.Add(1)), false)
		if w.failure == "" {
			w.failure = answered(w.body, doc.answered)
		}
		if w.failure != "" {
			r.failure = w.failure
			return r
		}
		r.bytes, r.cost = len(w.body), responseCost(w.body)
	}
	// A captured write fails by design (its transaction is rolled back, see recordingTx.Commit); the
	// warm-up requests have shown that it succeeds otherwise.
	captured := c.do(ctx, token, doc.query, doc.vars(next.Add(1)), true)
	if captured.failure != "" && !doc.mutates {
		r.failure = captured.failure
		return r
	}
	if len(captured.log.statements) == 0 {
		r.failure = "the driver saw no statement of the captured request"
		return r
	}
	var err error
	if r.floor, err = measureFloor(ctx, db, captured.log.statements); err != nil {
		r.failure = "floor replay: " + err.Error()
		return r
	}
	for _, n := range o.levels {
		r.levels = append(r.levels, c.run(ctx, doc, token, &next, n, o.duration))
	}
	return r
}

func envString(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

func envInt(key string, fallback int) int {
	if n, err := strconv.Atoi(strings.ReplaceAll(os.Getenv(key), "_", "")); err == nil {
		return n
	}
	return fallback
}

func envDuration(key string, fallback time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(key)); err == nil {
		return d
	}
	return fallback
}

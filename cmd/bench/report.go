package main

import (
	"bufio"
	"cmp"
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lib/pq"
)

// loadAverage returns the 1, 5 and 15 minute load averages.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	fields := strings.Fields(string(b))
	if len(fields) < 3 {
		return "unknown"
	}
	return strings.Join(fields[:3], " ")
}

// machine describes where the figures were measured.
type machine struct {
	cpu        string
	cores      int
	memory     string
	postgres   string
	pgSettings string
	goVersion  string
	// loadBefore and loadAfter are the load averages around the measurements: other work on the
	// machine shows there.
	loadBefore, loadAfter string
}

func describeMachine(ctx context.Context, db *sql.DB, loadBefore string) (machine, error) {
	m := machine{cpu: "unknown", memory: "unknown", goVersion: runtime.Version(), loadBefore: loadBefore, loadAfter: loadAverage()}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		s := bufio.NewScanner(f)
		for s.Scan() {
			key, value, _ := strings.Cut(s.Text(), ":")
			switch strings.TrimSpace(key) {
			case "model name":
				m.cpu = strings.TrimSpace(value)
			case "processor":
				m.cores++
			}
		}
		f.Close()
	}
	if f, err := os.Open("/proc/meminfo"); err == nil {
		s := bufio.NewScanner(f)
		for s.Scan() {
			if rest, ok := strings.CutPrefix(s.Text(), "MemTotal:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
				m.memory = fmt.Sprintf("%.1f GiB", float64(kb)/(1<<20))
			}
		}
		f.Close()
	}
	if err := db.QueryRowContext(ctx, `SELECT version()`).Scan(&m.postgres); err != nil {
		return m, err
	}
	var settings []string
	// The pool's sessions carry the server's own settings (store.ServerSettings); the rest are the
	// server's configuration.
	for _, name := range []string{"shared_buffers", "work_mem", "synchronous_commit", "seq_page_cost", "random_page_cost", "enable_memoize", "max_parallel_workers_per_gather"} {
		var v string
		if err := db.QueryRowContext(ctx, "SELECT current_setting($1)", name).Scan(&v); err != nil {
			return m, err
		}
		settings = append(settings, name+" = "+v)
	}
	m.pgSettings = strings.Join(settings, ", ")
	return m, nil
}

type report struct {
	options           options
	started, finished time.Time
	seededWith        string
	machine           machine
	rows              []tableCount
	scopes            scopes
	results           []documentResult
}

func (r report) markdown() string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	o := r.options
	p("# Benchmark results")
	p("")
	p("Written by `make bench` (`cmd/bench`) on %s, in %s. Run it again with `make bench`; `make bench BENCH_EMPLOYEES=20000` is a quick run.",
		r.finished.UTC().Format("2006-01-02 15:04 MST"), r.finished.Sub(r.started).Round(time.Second))
	p("")
	if o.employees != defaultEmployees {
		p("> **A quick run on %s employees.** The targets are set for 1,000,000 employees; the marks below say how this smaller dataset compares with them, not whether the targets are met.", thousands(o.employees))
		p("")
	}
	p("How it measures: the real handler (`api.New` over `store.Open`) serves in the bench's own process on a TCP port of 127.0.0.1, with the pool size and the session settings of the server (20 connections; `store.ServerSettings`). "+
		"Each document runs alone, from %s concurrent clients that send it back to back for %s per level, after %d warm-up requests; "+
		"the clients run in the same process and share the machine's cores with the server and PostgreSQL. "+
		"Latency is measured by the client, request sent to response read. "+
		"SQL statements are counted at the ent driver for each request, authentication included, by the request's X-Request-ID. "+
		"**Floor**: the statements (SQL and arguments) of one request, captured at the driver, replayed one after the other through `database/sql` on the same pool, every row read, "+
		"%d–%d times; the ratio is API p95 at concurrency %d ÷ floor p95. "+
		"gqlgen resolves the root fields of a query concurrently, each on a pool connection of its own, while the floor runs the statements one after the other, so a document of several root fields (the overview) can beat its floor; "+
		"the **at-once floor** starts all the statements together instead, each on a connection of its own, %d–%d times, and is the fairer bound for such documents. "+
		"**RSS** is the bench process's VmRSS (server, clients and recorder together), sampled every 100 ms; the peak of each run. "+
		"The database was ANALYZEd before the run.",
		joinInts(o.levels), o.duration, warmUps, floorMinReps, floorMaxReps, o.levels[0], floorAtOnceMinReps, floorMaxReps)
	p("")

	p("## Targets")
	p("")
	p("From issue 12, for PostgreSQL and 1,000,000 employees on this 2-core machine. Latencies at concurrency %d; the highest concurrency is beside them.", o.levels[0])
	p("")
	p("| target | measured | | at concurrency %d |", o.levels[len(o.levels)-1])
	p("|---|---|---|---|")
	for _, t := range r.targets() {
		p("| %s | %s | %s | %s |", t.name, t.measured, mark(t.ok, t.known), t.busy)
	}
	p("")

	p("## Machine")
	p("")
	p("| | |")
	p("|---|---|")
	p("| CPU | %s, %d cores |", r.machine.cpu, r.machine.cores)
	p("| memory | %s |", r.machine.memory)
	p("| PostgreSQL | %s |", r.machine.postgres)
	p("| PostgreSQL settings | %s |", r.machine.pgSettings)
	p("| Go | %s, GOMAXPROCS %d |", r.machine.goVersion, runtime.GOMAXPROCS(0))
	p("| load average (1, 5, 15 min) | %s before the measurements, %s after |", r.machine.loadBefore, r.machine.loadAfter)
	p("| database | `%s` |", redactURL(o.databaseURL))
	p("")

	p("## Dataset")
	p("")
	if r.seededWith != "" {
		p("Seeded by this run with `%s`.", r.seededWith)
	} else {
		p("Seeded by an earlier run with `jenjang seed` (asked for at least %s employees).", thousands(o.employees))
	}
	p("Scopes measured: the whole dataset (%s employees); the largest region, %s; its agency nearest 10,000 employees, %s; the directory's subtree, %s.",
		thousands(r.scopes.all.employees), r.scopes.region.label(), r.scopes.agency.label(), r.scopes.instansi.label())
	p("")
	p("| table | rows |")
	p("|---|---:|")
	for _, t := range r.rows {
		if t.rows > 0 {
			p("| %s | %s |", t.name, thousands(int(t.rows)))
		}
	}
	p("")

	p("## Documents")
	for _, res := range r.results {
		r.document(p, res)
	}
	return b.String()
}

func (r report) document(p func(string, ...any), res documentResult) {
	d := res.doc
	p("")
	p("### %s", d.title)
	p("")
	if res.failure != "" {
		p("**Not measured**: %s", res.failure)
		return
	}
	f := res.floor
	note := ""
	if f.rolledBack {
		note = " (in a transaction rolled back at the end, so without the commit the API pays)"
	}
	p("As `%s`. Cost %d; response %s bytes; %d SQL statements in the captured request. Floor%s: p50 %s, p95 %s over %d replays; all statements at once: p50 %s, p95 %s over %d.",
		d.viewer, res.cost, thousands(res.bytes), len(f.statements), note, ms(f.p50), ms(f.p95), f.reps, ms(f.atOnceP50), ms(f.atOnceP95), f.atOnceReps)
	p("")
	if res.stray > 0 {
		p("**%d statements ran outside any request's context during these runs**: the SQL counts may be too low.", res.stray)
		p("")
	}
	p("| concurrency | requests | req/s | p50 | p95 | p99 | errors | SQL / request | peak RSS | p95 ÷ floor p95 | p95 ÷ at-once p95 |")
	p("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, lv := range res.levels {
		p("| %d | %s | %.1f | %s | %s | %s | %d | %s | %s | %s | %s |", lv.concurrency, thousands(lv.requests), lv.throughput,
			ms(lv.p50), ms(lv.p95), ms(lv.p99), lv.errors, sqlRange(lv), mib(lv.peakRSS), ratio(lv.p95, f.p95), ratio(lv.p95, f.atOnceP95))
	}
	for _, lv := range res.levels {
		if lv.firstFailure != "" {
			p("")
			p("First error at concurrency %d: %s", lv.concurrency, lv.firstFailure)
		}
	}
	p("")
	p("<details><summary>Document, and the floor's slowest statements</summary>")
	p("")
	p("```graphql")
	p("%s", d.query)
	p("```")
	p("")
	p("| floor p50 | statement |")
	p("|---:|---|")
	order := make([]int, len(f.statements))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(f.perStatement[b], f.perStatement[a]) })
	for _, i := range order[:min(len(order), 5)] {
		p("| %s | `%s` |", ms(f.perStatement[i]), shorten(f.statements[i].query, 300))
	}
	p("")
	p("</details>")
}

// target is one of the targets beside what was measured.
type target struct {
	name, measured, busy string
	ok, known            bool
}

func (r report) targets() []target {
	byKey := map[string]documentResult{}
	for _, res := range r.results {
		byKey[res.doc.key] = res
	}
	var out []target
	var peak int64
	known := len(r.results) > 0
	for _, res := range r.results {
		if res.failure != "" {
			known = false
		}
		for _, lv := range res.levels {
			peak = max(peak, lv.peakRSS)
		}
	}
	for _, key := range []string{"overview-all", "overview-region", "overview-agency", "directory"} {
		res, ok := byKey[key]
		if !ok || res.failure != "" || len(res.levels) == 0 {
			out = append(out, target{name: key + ": not measured"})
			continue
		}
		d, first, last := res.doc, res.levels[0], res.levels[len(res.levels)-1]
		out = append(out, target{
			name:     fmt.Sprintf("%s: p95 ≤ %d ms", d.name, d.p95Target.Milliseconds()),
			measured: ms(first.p95), ok: first.p95 <= d.p95Target && first.errors == 0, known: true,
			busy: ms(last.p95),
		})
		if d.sqlTarget > 0 {
			most := 0
			for _, lv := range res.levels {
				most = max(most, lv.maxSQL)
			}
			out = append(out, target{
				name:     fmt.Sprintf("%s: ≤ %d SQL statements per request", d.name, d.sqlTarget),
				measured: fmt.Sprint(most), ok: most <= d.sqlTarget, known: true, busy: sqlRange(last),
			})
		}
		out = append(out, target{
			name:     fmt.Sprintf("%s: API p95 ÷ floor p95 ≤ %.1f", d.name, d.floorRatioGoal),
			measured: fmt.Sprintf("%s (÷ at-once floor: %s)", ratio(first.p95, res.floor.p95), ratio(first.p95, res.floor.atOnceP95)),
			ok:       float64(first.p95) <= d.floorRatioGoal*float64(res.floor.p95), known: true,
			busy: ratio(last.p95, res.floor.p95),
		})
	}
	const rssLimit = 300 << 20
	out = append(out, target{name: "server RSS under the mix ≤ 300 MB (whole bench process)", measured: mib(peak) + " peak", ok: peak <= rssLimit, known: known})
	return out
}

func mark(ok, known bool) string {
	switch {
	case !known:
		return "?"
	case ok:
		return "✔"
	}
	return "✘"
}

func ms(d time.Duration) string {
	v := float64(d) / float64(time.Millisecond)
	if v >= 1000 {
		return fmt.Sprintf("%.2f s", v/1000)
	}
	if v >= 10 {
		return fmt.Sprintf("%.1f ms", v)
	}
	return fmt.Sprintf("%.2f ms", v)
}

func mib(n int64) string { return fmt.Sprintf("%d MB", n>>20) }

func ratio(api, floor time.Duration) string {
	if floor <= 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", float64(api)/float64(floor))
}

func sqlRange(lv level) string {
	if lv.minSQL == lv.maxSQL {
		return fmt.Sprint(lv.minSQL)
	}
	return fmt.Sprintf("%d–%d (mean %.1f)", lv.minSQL, lv.maxSQL, lv.meanSQL)
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func joinInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ", ")
}

// shorten puts a statement on one line, cut to n characters, safe inside a Markdown table cell.
func shorten(q string, n int) string {
	q = strings.Join(strings.Fields(q), " ")
	if len(q) > n {
		q = q[:n] + "…"
	}
	return strings.ReplaceAll(strings.ReplaceAll(q, "|", `\|`), "`", "'")
}

// redactURL hides a password in a database URL.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable)"
	}
	return u.Redacted()
}

// statementDump writes the captured statements of every document as a psql script that EXPLAIN
// ANALYZEs each one with its arguments (writes inside a transaction that is rolled back).
func statementDump(results []documentResult) string {
	var b strings.Builder
	for _, res := range results {
		fmt.Fprintf(&b, "-- %s: %s\n\n", res.doc.key, res.doc.title)
		for i, st := range res.floor.statements {
			fmt.Fprintf(&b, "-- %s statement %d: floor p50 %s\n", res.doc.key, i+1, ms(res.floor.perStatement[i]))
			if st.exec || st.inTx {
				b.WriteString("BEGIN;\n")
			}
			fmt.Fprintf(&b, "PREPARE q AS %s;\nEXPLAIN (ANALYZE, BUFFERS) EXECUTE q%s;\nDEALLOCATE q;\n", st.query, sqlArgs(st.args))
			if st.exec || st.inTx {
				b.WriteString("ROLLBACK;\n")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// sqlArgs writes arguments as SQL literals, converted as database/sql converts them for the driver.
func sqlArgs(args []any) string {
	if len(args) == 0 {
		return ""
	}
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = sqlLiteral(a)
	}
	return "(" + strings.Join(out, ", ") + ")"
}

func sqlLiteral(a any) string {
	v, err := driver.DefaultParameterConverter.ConvertValue(a)
	if err != nil {
		return "NULL /* " + err.Error() + " */"
	}
	switch x := v.(type) {
	case nil:
		return "NULL"
	case string:
		return pq.QuoteLiteral(x)
	case []byte:
		return pq.QuoteLiteral(string(x))
	case time.Time:
		return pq.QuoteLiteral(x.Format(time.RFC3339Nano))
	}
	return fmt.Sprint(v)
}

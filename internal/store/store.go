// Package store opens the database — embedded SQLite by default, PostgreSQL when the URL says so — and
// migrates its schema (migrate.go).
package store

import (
	"context"
	"database/sql"
	"fmt"
	neturl "net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"  // registers the "postgres" driver
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/jenjang/jenjang/ent"
	_ "github.com/jenjang/jenjang/ent/runtime" // registers the schema hooks and defaults
)

// DefaultURL is the embedded database used when DATABASE_URL is not set.
const DefaultURL = "file:data/jenjang.db"

// sqlitePragmas are the settings every SQLite connection needs (see STACK.md): foreign keys (ent
// refuses to migrate without them), a busy timeout, WAL, times in a sortable text format, and
// immediate transactions, because a deferred one that upgrades to a write fails with "database is
// locked" whatever the busy timeout.
var sqlitePragmas = []string{
	"_pragma=foreign_keys(1)",
	"_pragma=busy_timeout(5000)",
	"_pragma=journal_mode(WAL)",
	"_time_format=sqlite",
	"_txlock=immediate",
}

// Options tune the connection pool and, on PostgreSQL, its sessions.
type Options struct {
	MaxOpenConns int
	MaxIdleConns int
	ConnMaxLife  time.Duration
	// Settings are PostgreSQL run-time parameters of every session, sent when it connects; a
	// parameter the URL names itself keeps the URL's value. SQLite has none.
	Settings map[string]string
	// ConnectTimeout bounds opening a PostgreSQL connection (lib/pq's connect_timeout, in whole
	// seconds), so that requests fail fast while the database is unreachable. Zero waits as long as
	// the operating system does.
	ConnectTimeout time.Duration
	// StatementTimeout bounds each PostgreSQL statement (statement_timeout) and each pause of a
	// transaction between two statements (idle_in_transaction_session_timeout). It also bounds the
	// wait for the server's answer: silence longer than the timeout plus deadGrace means the server
	// or the network is gone. Zero: no bounds, as a migration or a bulk load needs.
	StatementTimeout time.Duration
}

// ServerSettings are the planner settings of the API server's sessions. They describe what serving
// the API is: a database that fits in memory, queried with pages (LIMIT) and small grouped counts.
//
//   - seq_page_cost and random_page_cost 0.1, as PostgreSQL's documentation suggests for a database
//     that fits entirely in memory: reading a page costs about the same in any order, and little
//     beside the work done on its rows. The defaults (1 and 4) price disk reads, and make a plan that
//     reads a few pages but tests thousands of rows one by one look cheaper than it is.
//   - enable_memoize off: PostgreSQL 15 prices a Memoize node by the hit rate of the whole outer
//     scan, even below a LIMIT that stops after a few thousand rows, where nearly every probe
//     misses. A directory page of a subtree ordered by name was then planned as a walk of the whole
//     name index probing each row's unit (300 ms) rather than the subtree's rows sorted (10 ms).
//   - max_parallel_workers_per_gather 0: the server's queries are short and many run at once, so
//     the cores are busy with other requests; workers would add their start-up (milliseconds each on
//     a loaded machine) and compete with them. The large aggregates are read from tallies.
var ServerSettings = map[string]string{
	"seq_page_cost":                   "0.1",
	"random_page_cost":                "0.1",
	"enable_memoize":                  "off",
	"max_parallel_workers_per_gather": "0",
}

// DB is an open database with its ent driver.
type DB struct {
	SQL     *sql.DB
	Dialect string
	Driver  dialect.Driver
}

// Open connects to the database at url: postgres:// or postgresql:// for PostgreSQL, anything else is
// an SQLite file: URL (its directory is created).
func Open(url string, opts Options) (*DB, error) {
	driverName, dialectName, dsn, err := parse(url, sessionSettings(opts))
	if err != nil {
		return nil, err
	}
	var db *sql.DB
	if driverName == "postgres" {
		db, err = openPostgres(dsn, opts.StatementTimeout)
	} else {
		db, err = sql.Open(driverName, dsn)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", dialectName, err)
	}
	if dialectName == dialect.SQLite {
		// One writer at a time is all SQLite allows; more connections only wait on each other's locks.
		db.SetMaxOpenConns(1)
	} else if opts.MaxOpenConns > 0 {
		db.SetMaxOpenConns(opts.MaxOpenConns)
	}
	if opts.MaxIdleConns > 0 {
		db.SetMaxIdleConns(opts.MaxIdleConns)
	}
	if opts.ConnMaxLife > 0 {
		db.SetConnMaxLifetime(opts.ConnMaxLife)
	}
	return &DB{SQL: db, Dialect: dialectName, Driver: entsql.OpenDB(dialectName, db)}, nil
}

func parse(url string, settings map[string]string) (driverName, dialectName, dsn string, err error) {
	switch {
	case isPostgres(url):
		u, err := neturl.Parse(url)
		if err != nil {
			return "", "", "", fmt.Errorf("database URL: %w", err)
		}
		// lib/pq sends the URL's parameters that are not its own to the server as run-time parameters.
		query := u.Query()
		set := func(key, value string) {
			for k := range query {
				if strings.EqualFold(k, key) { // PostgreSQL's parameter names ignore case
					return
				}
			}
			query.Set(key, value)
		}
		// Sessions speak UTC, the zone every stored date is written in, so that a date cast to text
		// reads the same as on SQLite (internal/tally relies on it).
		set("timezone", "UTC")
		for key, value := range settings {
			set(key, value)
		}
		u.RawQuery = query.Encode()
		return "postgres", dialect.Postgres, u.String(), nil
	case strings.HasPrefix(url, "file:"):
		path, query, _ := strings.Cut(strings.TrimPrefix(url, "file:"), "?")
		if path == "" {
			return "", "", "", fmt.Errorf("database URL %q names no file", url)
		}
		if !strings.Contains(query, "mode=memory") {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return "", "", "", fmt.Errorf("create database directory: %w", err)
			}
		}
		params := append([]string{}, sqlitePragmas...)
		if query != "" {
			params = append([]string{query}, params...)
		}
		return "sqlite", dialect.SQLite, "file:" + path + "?" + strings.Join(params, "&"), nil
	}
	return "", "", "", fmt.Errorf("database URL %q: use postgres://… or file:…", url)
}

// isPostgres tells a PostgreSQL URL from an SQLite one.
func isPostgres(url string) bool {
	return strings.HasPrefix(url, "postgres://") || strings.HasPrefix(url, "postgresql://")
}

// Client returns an ent client over the database.
func (db *DB) Client(opts ...ent.Option) *ent.Client {
	return ent.NewClient(append([]ent.Option{ent.Driver(db.Driver)}, opts...)...)
}

// Ping reports whether the database answers.
func (db *DB) Ping(ctx context.Context) error { return db.SQL.PingContext(ctx) }

// Close closes the database.
func (db *DB) Close() error { return db.SQL.Close() }

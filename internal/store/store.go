// Package store opens the database — embedded SQLite by default, PostgreSQL when the URL says so — and
// migrates its schema.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"  // registers the "postgres" driver
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/migrate"
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

// Options tune the connection pool.
type Options struct {
	MaxOpenConns int
	MaxIdleConns int
	ConnMaxLife  time.Duration
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
	driverName, dialectName, dsn, err := parse(url)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open(driverName, dsn)
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

func parse(url string) (driverName, dialectName, dsn string, err error) {
	switch {
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		return "postgres", dialect.Postgres, url, nil
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

// Client returns an ent client over the database.
func (db *DB) Client(opts ...ent.Option) *ent.Client {
	return ent.NewClient(append([]ent.Option{ent.Driver(db.Driver)}, opts...)...)
}

// Migrate brings the schema up to date. It only adds: it never drops a column, an index or data.
func Migrate(ctx context.Context, client *ent.Client) error {
	if err := client.Schema.Create(ctx, migrate.WithDropColumn(false), migrate.WithDropIndex(false)); err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	return nil
}

// Ping reports whether the database answers.
func (db *DB) Ping(ctx context.Context) error { return db.SQL.PingContext(ctx) }

// Close closes the database.
func (db *DB) Close() error { return db.SQL.Close() }

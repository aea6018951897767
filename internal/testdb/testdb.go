// Package testdb gives tests a fresh, migrated database on every backend Jenjang runs on: an in-memory
// SQLite database always, and a PostgreSQL database when TEST_DATABASE_URL is set (CI sets it; when it
// is set but unreachable, the tests fail rather than skip).
package testdb

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/internal/store"
)

// DB is one test's database.
type DB struct {
	Client  *ent.Client
	Store   *store.DB
	Dialect string
	// Statements counts the SQL statements sent through Client.
	Statements *Counter
}

// Run runs fn as a subtest once per backend, each with its own fresh database.
func Run(t *testing.T, fn func(t *testing.T, db *DB)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLite(t)) })
	if pgURL := os.Getenv("TEST_DATABASE_URL"); pgURL != "" {
		t.Run("postgres", func(t *testing.T) { fn(t, openPostgres(t, pgURL)) })
	}
}

var sqliteSeq atomic.Int64

// SQLite returns a fresh in-memory SQLite database, for tests that need only one backend; a fuzz target
// passes its *testing.F to share one database among all its inputs.
func SQLite(t testing.TB) *DB {
	t.Helper()
	name := fmt.Sprintf("jenjang_test_%d_%d", os.Getpid(), sqliteSeq.Add(1))
	db, err := store.Open("file:"+name+"?mode=memory&cache=shared", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return wrap(t, db, true)
}

func wrap(t testing.TB, db *store.DB, migrate bool) *DB {
	t.Helper()
	counter := &Counter{}
	if migrate {
		if err := db.Migrate(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	client := ent.NewClient(ent.Driver(counter.Wrap(db.Driver)))
	counter.Reset()
	t.Cleanup(func() { _ = db.Close() })
	return &DB{Client: client, Store: db, Dialect: db.Dialect, Statements: counter}
}

// The PostgreSQL template is migrated once per test binary; each test then gets a copy of it, which is
// much faster than migrating an empty database per test.
var (
	templateOnce sync.Once
	templateName string
	templateErr  error
	pgSeq        atomic.Int64
)

func openPostgres(t *testing.T, baseURL string) *DB {
	t.Helper()
	admin, err := sql.Open("postgres", baseURL)
	if err != nil {
		t.Fatalf("TEST_DATABASE_URL: %v", err)
	}
	defer admin.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := admin.PingContext(ctx); err != nil {
		t.Fatalf("TEST_DATABASE_URL is set but PostgreSQL does not answer: %v", err)
	}
	templateOnce.Do(func() { templateName, templateErr = makeTemplate(ctx, admin, baseURL) })
	if templateErr != nil {
		t.Fatalf("prepare PostgreSQL template: %v", templateErr)
	}
	name := fmt.Sprintf("jenjang_t%d_%d", os.Getpid(), pgSeq.Add(1))
	if _, err := admin.ExecContext(ctx, fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s", name, templateName)); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() { dropDatabase(baseURL, name) })
	db, err := store.Open(withDatabase(baseURL, name), store.Options{MaxOpenConns: 8})
	if err != nil {
		t.Fatal(err)
	}
	return wrap(t, db, false)
}

func makeTemplate(ctx context.Context, admin *sql.DB, baseURL string) (string, error) {
	name := fmt.Sprintf("jenjang_tmpl%d", os.Getpid())
	_, _ = admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name)
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return "", err
	}
	db, err := store.Open(withDatabase(baseURL, name), store.Options{})
	if err != nil {
		return "", err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return "", err
	}
	return name, nil
}

// Main runs the package's tests and then drops the PostgreSQL template; call it from TestMain.
func Main(m *testing.M) int {
	code := m.Run()
	if templateName != "" {
		dropDatabase(os.Getenv("TEST_DATABASE_URL"), templateName)
	}
	return code
}

func dropDatabase(baseURL, name string) {
	admin, err := sql.Open("postgres", baseURL)
	if err != nil {
		return
	}
	defer admin.Close()
	_, _ = admin.Exec(fmt.Sprintf("DROP DATABASE IF EXISTS %s WITH (FORCE)", name))
}

func withDatabase(baseURL, name string) string {
	u, err := url.Parse(baseURL)
	if err != nil {
		return baseURL
	}
	u.Path = "/" + name
	return u.String()
}

// Name is a short label of the backend, for messages.
func (db *DB) Name() string { return strings.ToLower(db.Dialect) }

package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/lib/pq"

	"github.com/jenjang/jenjang/ent/migrate"
	"github.com/jenjang/jenjang/internal/derive"
	"github.com/jenjang/jenjang/internal/store"
)

var emptySeq atomic.Int64

// emptyPostgres creates an empty database on the server of TEST_DATABASE_URL, dropped after the test,
// and returns its URL; without TEST_DATABASE_URL the test is skipped.
func emptyPostgres(t *testing.T) string {
	t.Helper()
	base := os.Getenv("TEST_DATABASE_URL")
	if base == "" {
		t.Skip("TEST_DATABASE_URL is not set: the migration files are PostgreSQL's")
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("jenjang_mig%d_%d", os.Getpid(), emptySeq.Add(1))
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		_ = admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

func open(t *testing.T, url string) *store.DB {
	t.Helper()
	db, err := store.Open(url, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// The migration files and the ent schema describe the same schema: after the files, ent's
// auto-migration (which SQLite runs) finds nothing to change, nor anything to drop.
func TestMigrationFilesMatchTheEntSchema(t *testing.T) {
	ctx := context.Background()
	db := open(t, emptyPostgres(t))
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var ddl bytes.Buffer
	if err := db.Client().Schema.WriteTo(ctx, &ddl, migrate.WithDropColumn(true), migrate.WithDropIndex(true)); err != nil {
		t.Fatal(err)
	}
	if ddl.Len() > 0 {
		t.Errorf("the ent schema differs from the migration files; write the next one with `make migration NAME=...`:\n%s", ddl.String())
	}
}

// A database at the baseline with data in it, upgraded to the latest schema, keeps every row and every
// value, and gains the new columns filled and the new indexes.
func TestUpgradeFromTheBaselineKeepsData(t *testing.T) {
	ctx := context.Background()
	files, err := store.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	db := open(t, emptyPostgres(t))
	if err := db.ApplyMigrations(ctx, files[:1]); err != nil {
		t.Fatal(err)
	}
	exec(t, db.SQL, `
		INSERT INTO org_units (id, created_at, updated_at, code, name, kind, path, parent_id) VALUES
			('ORG01', now(), now(), 'JAMBI', 'Provinsi Jambi', 'REGION', '/ORG01/', NULL),
			('ORG02', now(), now(), 'JAMBI-PROV', 'Pemerintah Provinsi Jambi', 'INSTANSI', '/ORG01/ORG02/', 'ORG01');
		INSERT INTO positions (id, created_at, updated_at, title, kind, job_class, quota, unit_id) VALUES
			('POS01', now(), now(), 'Dokter Ahli Pertama', 'FUNGSIONAL', 9, 2, 'ORG02');
		INSERT INTO employees (id, created_at, updated_at, nip, name, gender, birth_date, employment_type, rank,
				rank_order, rank_since, education, hired_at, status, retirement_date, latest_predikat, unit_id, position_id) VALUES
			('EMP01', now(), now(), '198507312010012001', 'dr. Rina Wahyuni, M.Kes.', 'FEMALE', '1985-07-31', 'PNS', 'III_B',
				10, '2014-04-01', 'S2', '2010-01-01', 'ACTIVE', '2045-08-01', 'BAIK', 'ORG02', 'POS01'),
			('EMP02', now(), now(), '197903152005011002', 'H. Ahmad Fauzi Hakim, S.E., M.Si.', 'MALE', '1979-03-15', 'PNS', 'IV_A',
				13, '2019-10-01', 'S2', '2005-01-01', 'ACTIVE', '2037-04-01', NULL, 'ORG02', NULL),
			('EMP03', now(), now(), '199201012019031003', 'Budi Santoso', 'MALE', '1992-01-01', 'PNS', 'III_A',
				9, '2019-03-01', 'S1', '2019-03-01', 'LEAVE', '2050-02-01', NULL, 'ORG02', NULL);
		INSERT INTO evaluations (id, created_at, updated_at, year, period, work_result, work_behavior, predikat, status,
				assessed_at, finalized_at, version, employee_id, evaluator_id) VALUES
			('EVA01', now(), now(), 2024, 'ANNUAL', 'MEETS', 'MEETS', 'BAIK', 'FINAL',
				'2025-01-10 03:00:00+00', '2025-01-25 17:00:00+00', 3, 'EMP01', 'EMP02');
		INSERT INTO audit_entries (id, actor_name, action, entity_type, entity_id, changes, employee_id, unit_id, at) VALUES
			('AUD01', 'system', 'create', 'Employee', 'EMP01', '[{"field":"name","new":"dr. Rina Wahyuni, M.Kes."}]', 'EMP01', 'ORG02', '2025-01-01 00:00:00+00'),
			('AUD02', 'hr.jambi', 'assessEvaluation', 'Evaluation', 'EVA01', NULL, 'EMP01', 'ORG02', '2025-01-10 03:00:00+00');`)
	before := tableDigests(t, db.SQL, nil)

	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}

	after := tableDigests(t, db.SQL, before)
	for table, b := range before {
		if after[table] != b {
			t.Errorf("%s changed in the upgrade:\nbefore %s\nafter  %s", table, b, after[table])
		}
	}
	for _, table := range []string{"org_units", "positions", "employees", "evaluations", "audit_entries"} {
		if strings.HasPrefix(before[table], "0 ") {
			t.Errorf("the test wrote no %s", table)
		}
	}
	rows, err := db.SQL.QueryContext(ctx, "SELECT name, sort_name FROM employees")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name, sortName string
		if err := rows.Scan(&name, &sortName); err != nil {
			t.Fatal(err)
		}
		if want := derive.SortName(name); sortName != want {
			t.Errorf("%q: sort_name %q, want %q", name, sortName, want)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for _, index := range []string{"employee_sort_name", "auditentry_entity_type_at", "auditentry_action_at"} {
		var n int
		if err := db.SQL.QueryRowContext(ctx, "SELECT count(*) FROM pg_indexes WHERE indexname = $1", index).Scan(&n); err != nil || n != 1 {
			t.Errorf("index %s: %d, %v", index, n, err)
		}
	}
	var applied int
	if err := db.SQL.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations").Scan(&applied); err != nil || applied != len(files) {
		t.Errorf("%d migrations recorded (%v), want %d", applied, err, len(files))
	}
}

// Replicas that start together migrate one after the other: each file runs once, and both start.
func TestConcurrentMigrationsApplyEachFileOnce(t *testing.T) {
	ctx := context.Background()
	files, err := store.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	url := emptyPostgres(t)
	replicas := []*store.DB{open(t, url), open(t, url)}
	start := make(chan struct{})
	errs := make(chan error, len(replicas))
	for _, db := range replicas {
		go func() {
			<-start
			errs <- db.Migrate(ctx)
		}()
	}
	close(start)
	for range replicas {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	var rows, versions int
	err = replicas[0].SQL.QueryRowContext(ctx, "SELECT count(*), count(DISTINCT version) FROM schema_migrations").Scan(&rows, &versions)
	if err != nil || rows != len(files) || versions != len(files) {
		t.Errorf("%d records of %d versions (%v), want %d of each", rows, versions, err, len(files))
	}
}

// A database that ent's auto-migration created, before there were migration files, has the baseline's
// schema but no schema_migrations: the baseline is recorded, not run, and the later files are applied.
func TestAutoMigratedDatabaseIsBaselined(t *testing.T) {
	ctx := context.Background()
	files, err := store.Migrations()
	if err != nil {
		t.Fatal(err)
	}
	db := open(t, emptyPostgres(t))
	exec(t, db.SQL, string(files[0].Bytes()))
	exec(t, db.SQL, `INSERT INTO org_units (id, created_at, updated_at, code, name, kind, path) VALUES ('ORG01', now(), now(), 'JAMBI', 'Provinsi Jambi', 'REGION', '/ORG01/')`)
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var baseline string
	err = db.SQL.QueryRowContext(ctx, "SELECT version FROM schema_migrations ORDER BY version LIMIT 1").Scan(&baseline)
	if err != nil || baseline != files[0].Version() {
		t.Errorf("first recorded version %q (%v), want the baseline %s", baseline, err, files[0].Version())
	}
	var units, applied int
	err = db.SQL.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM org_units), (SELECT count(*) FROM schema_migrations)").Scan(&units, &applied)
	if err != nil || units != 1 || applied != len(files) {
		t.Errorf("%d units and %d migrations recorded (%v), want 1 and %d", units, applied, err, len(files))
	}
}

func exec(t *testing.T, db *sql.DB, statements string) {
	t.Helper()
	if _, err := db.Exec(statements); err != nil {
		t.Fatal(err)
	}
}

// tableDigests returns, for every table but schema_migrations, its row count and a digest of its rows.
// With earlier digests, each table is read with the columns it had then, so that a column added since
// does not count as a change.
func tableDigests(t *testing.T, db *sql.DB, earlier map[string]string) map[string]string {
	t.Helper()
	rows, err := db.Query(`SELECT table_name, string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position)
		FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'
		GROUP BY table_name`)
	if err != nil {
		t.Fatal(err)
	}
	columns := map[string]string{}
	for rows.Next() {
		var table, cols string
		if err := rows.Scan(&table, &cols); err != nil {
			t.Fatal(err)
		}
		columns[table] = cols
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	digests := map[string]string{}
	for table, cols := range columns {
		if prev, ok := earlier[table]; ok {
			cols, _, _ = strings.Cut(strings.SplitN(prev, " ", 2)[1], " |")
		}
		var n int
		var digest string
		err := db.QueryRow(fmt.Sprintf(`SELECT count(*), coalesce(md5(string_agg(r::text, E'\n' ORDER BY r::text)), '')
			FROM (SELECT %s FROM %s) r`, cols, pq.QuoteIdentifier(table))).Scan(&n, &digest)
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		digests[table] = fmt.Sprintf("%d %s | %s", n, cols, digest)
	}
	return digests
}

// An SQLite database made before employees.sort_name existed gets it filled at the next start, as the
// PostgreSQL migration file fills it.
func TestSQLiteBackfillsSortName(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open("file:"+filepath.Join(t.TempDir(), "old.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	exec(t, db.SQL, `
		INSERT INTO org_units (id, created_at, updated_at, code, name, kind, path) VALUES
			('ORG01', datetime('now'), datetime('now'), 'JAMBI', 'Provinsi Jambi', 'REGION', '/ORG01/');
		INSERT INTO employees (id, created_at, updated_at, nip, name, sort_name, gender, birth_date, employment_type, rank,
				rank_order, rank_since, education, hired_at, status, retirement_date, unit_id) VALUES
			('EMP01', datetime('now'), datetime('now'), '198507312010012001', 'dr. Rina Wahyuni', '', 'FEMALE', '1985-07-31', 'PNS', 'III_B',
				10, '2014-04-01', 'S2', '2010-01-01', 'ACTIVE', '2045-08-01', 'ORG01');`)
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var sortName string
	if err := db.SQL.QueryRowContext(ctx, "SELECT sort_name FROM employees WHERE id = 'EMP01'").Scan(&sortName); err != nil {
		t.Fatal(err)
	}
	if want := derive.SortName("dr. Rina Wahyuni"); sortName != want {
		t.Errorf("sort_name %q after the start, want %q", sortName, want)
	}
}

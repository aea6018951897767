package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io/fs"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"

	"github.com/jenjang/jenjang/ent/migrate"
)

// On PostgreSQL the schema is the migration files of MigrationsDir, applied in order at start-up: plain
// SQL in Atlas's format, written by `make migration` (cmd/migration) from the difference between the
// files and the ent schema, reviewed, and committed with their atlas.sum. SQLite, the embedded demo
// database, is migrated by ent from the ent schema directly; TestMigrationFilesMatchTheEntSchema keeps
// the two equal.

// MigrationsDir is the directory of the migration files, from the module root.
const MigrationsDir = "internal/store/migrations"

//go:embed migrations
var migrationsFS embed.FS

// migrationLock is the key of the PostgreSQL advisory lock that serialises the migrations of replicas
// starting together: any number, the same in every release ("JENJANG" in ASCII).
const migrationLock int64 = 0x4a454e4a414e47

// ent keys a many-to-many join table by its two columns, which serves lookups from the first side only;
// index the second column too, so that following the edge from the other side does not scan the table.
func init() {
	for _, t := range migrate.Tables {
		if len(t.PrimaryKey) != 2 || len(t.ForeignKeys) != 2 || len(t.Columns) != 2 {
			continue
		}
		second := t.PrimaryKey[1]
		t.Indexes = append(t.Indexes, &schema.Index{Name: t.Name + "_" + second.Name, Columns: []*schema.Column{second}})
	}
}

// Migrate brings the schema up to date: on PostgreSQL it applies the migration files not yet applied,
// on SQLite it runs AutoMigrate.
func (db *DB) Migrate(ctx context.Context) error {
	if db.Dialect != dialect.Postgres {
		if err := db.AutoMigrate(ctx); err != nil {
			return err
		}
		return backfillSQLite(ctx, db)
	}
	files, err := Migrations()
	if err != nil {
		return err
	}
	return db.apply(ctx, files)
}

// AutoMigrate creates whatever the ent schema has and the database lacks — tables, columns, indexes,
// keys — and drops nothing. It is SQLite's migration. On PostgreSQL it puts back the indexes and keys
// that a bulk load dropped (internal/seed); it writes no migration record, so it never stands in for
// a migration file.
func (db *DB) AutoMigrate(ctx context.Context) error {
	if err := db.Client().Schema.Create(ctx, migrate.WithDropColumn(false), migrate.WithDropIndex(false)); err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	return nil
}

// backfillSQLite fills what the PostgreSQL migration files backfill, on an SQLite database made before
// the column existed: auto-migration adds a column with its default and no more. It finds nothing to
// do on a database that is up to date.
func backfillSQLite(ctx context.Context, db *DB) error {
	if _, err := db.SQL.ExecContext(ctx, `UPDATE employees SET sort_name = lower(name) WHERE sort_name = '' AND name <> ''`); err != nil {
		return fmt.Errorf("backfill employees.sort_name: %w", err)
	}
	return nil
}

// Migrations returns the embedded migration files in the order they apply, after checking them
// against atlas.sum.
func Migrations() ([]atlas.File, error) {
	sub, err := fs.Sub(migrationsFS, "migrations")
	if err != nil {
		return nil, err
	}
	return loadMigrations(sub)
}

// loadMigrations refuses a directory whose files differ from what atlas.sum recorded: a file changed
// after it was applied somewhere would leave that database different from a new one, silently.
func loadMigrations(fsys fs.FS) ([]atlas.File, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	dir := &atlas.MemDir{}
	for _, e := range entries {
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, err
		}
		if err := dir.WriteFile(e.Name(), b); err != nil {
			return nil, err
		}
	}
	if err := atlas.Validate(dir); err != nil {
		var mismatch *atlas.ChecksumError
		if errors.As(err, &mismatch) {
			return nil, fmt.Errorf("the migration files do not match %s: %s was %s since it was recorded. "+
				"A file that may have been applied must not change; write a new one with `make migration` "+
				"(after editing a new file by hand, record it with `make migration-hash`)", atlas.HashFileName, mismatch.File, mismatch.Reason)
		}
		return nil, fmt.Errorf("the migration files do not match %s: %w", atlas.HashFileName, err)
	}
	files, err := dir.Files()
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, errors.New("no migration files")
	}
	for _, f := range files {
		if err := atlas.CheckVersion(f.Version()); err != nil {
			return nil, fmt.Errorf("migration file %s: %w", f.Name(), err)
		}
	}
	return files, nil
}

// apply applies the files not yet applied, each in a transaction of its own, under an advisory lock
// held by one session: a replica that starts while another migrates waits, then finds the files applied.
func (db *DB) apply(ctx context.Context, files []atlas.File) error {
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", migrationLock); err != nil {
		return fmt.Errorf("migrate schema: wait for the migration lock: %w", err)
	}
	defer func() {
		if _, unlockErr := conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrationLock); unlockErr != nil {
			// The session would go back to the pool still holding the lock; closing it releases the lock.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
	}()
	applied, err := appliedVersions(ctx, conn, files[0])
	if err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	pending, err := pendingFiles(files, applied)
	if err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	for _, f := range pending {
		if err := applyFile(ctx, conn, f); err != nil {
			return fmt.Errorf("migrate schema: %s: %w", f.Name(), err)
		}
	}
	return nil
}

// appliedVersions returns the versions recorded in schema_migrations, creating the table on the first
// migration. A database without it whose tables exist was created by ent's auto-migration, before the
// schema had migration files; its schema is the first file's (the baseline), so that file is recorded
// as applied rather than run.
func appliedVersions(ctx context.Context, conn *sql.Conn, baseline atlas.File) (map[string]bool, error) {
	var recorded, created bool
	err := conn.QueryRowContext(ctx, `SELECT to_regclass('schema_migrations') IS NOT NULL, to_regclass('org_units') IS NOT NULL`).
		Scan(&recorded, &created)
	if err != nil {
		return nil, err
	}
	if !recorded {
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return nil, err
		}
		_, err = tx.ExecContext(ctx, `CREATE TABLE schema_migrations (
			version text PRIMARY KEY,
			description text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`)
		if err == nil && created {
			err = record(ctx, tx, baseline)
		}
		if err == nil {
			err = tx.Commit()
		}
		if err != nil {
			_ = tx.Rollback()
			return nil, fmt.Errorf("create schema_migrations: %w", err)
		}
	}
	rows, err := conn.QueryContext(ctx, "SELECT version FROM schema_migrations")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	applied := map[string]bool{}
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		applied[v] = true
	}
	return applied, rows.Err()
}

// pendingFiles returns the files to apply. One older than the newest applied migration was written
// against a schema without that migration's changes, and is refused. Applied versions that are not
// among the files are a newer release's, and are fine: during a rolling upgrade the older replicas
// run on the upgraded schema.
func pendingFiles(files []atlas.File, applied map[string]bool) ([]atlas.File, error) {
	newest := ""
	for v := range applied {
		newest = max(newest, v)
	}
	var pending []atlas.File
	for _, f := range files {
		if applied[f.Version()] {
			continue
		}
		if f.Version() < newest {
			return nil, fmt.Errorf("%s is not applied, but the later migration %s is; write it again with `make migration` on top of the current migration files", f.Name(), newest)
		}
		pending = append(pending, f)
	}
	return pending, nil
}

func applyFile(ctx context.Context, conn *sql.Conn, f atlas.File) error {
	stmts, err := f.Stmts()
	if err != nil {
		return err
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	for i, s := range stmts {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			_ = tx.Rollback()
			return fmt.Errorf("statement %d: %w", i+1, err)
		}
	}
	if err := record(ctx, tx, f); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func record(ctx context.Context, tx *sql.Tx, f atlas.File) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, description) VALUES ($1, $2)", f.Version(), f.Desc())
	return err
}

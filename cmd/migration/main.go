// Command migration writes the next PostgreSQL migration file (`make migration NAME=...`): the SQL that
// takes a database from the schema of the migration files to the ent schema. ent and Atlas compute it
// by replaying the files on a throwaway database, created on the PostgreSQL server of
// TEST_DATABASE_URL and dropped afterwards, and comparing the result with the ent schema.
//
// A file that needs more than DDL, such as a backfill of a new column, is edited by hand before it is
// committed; `make migration-hash` (-hash) then records the edit in atlas.sum, which the server checks
// at start-up.
package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	"github.com/lib/pq"

	"github.com/jenjang/jenjang/ent/migrate"
	"github.com/jenjang/jenjang/internal/store" // its init adds the join tables' indexes to the schema
)

func main() {
	name := flag.String("name", "", "what the migration does, in a few words joined by underscores (add_employee_sort_name)")
	hash := flag.Bool("hash", false, "only rewrite atlas.sum, after a migration file was edited by hand")
	dir := flag.String("dir", store.MigrationsDir, "the migration directory")
	server := flag.String("database-url", env("TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"),
		"a PostgreSQL server on which to create the throwaway database (env TEST_DATABASE_URL)")
	flag.Parse()
	var err error
	switch {
	case *hash:
		err = rehash(*dir)
	case *name == "":
		err = errors.New("name the migration: -name add_something (make migration NAME=add_something)")
	default:
		err = diff(context.Background(), *server, *dir, *name)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "migration:", err)
		os.Exit(1)
	}
}

func diff(ctx context.Context, server, dirPath, name string) error {
	dir, err := atlas.NewLocalDir(dirPath)
	if err != nil {
		return err
	}
	before, err := filepath.Glob(filepath.Join(dirPath, "*.sql"))
	if err != nil {
		return err
	}
	admin, err := sql.Open("postgres", server)
	if err != nil {
		return err
	}
	defer admin.Close()
	dev := fmt.Sprintf("jenjang_migration_%d", os.Getpid())
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+pq.QuoteIdentifier(dev)); err != nil {
		return fmt.Errorf("create the throwaway database: %w", err)
	}
	defer admin.ExecContext(context.WithoutCancel(ctx), "DROP DATABASE IF EXISTS "+pq.QuoteIdentifier(dev)+" WITH (FORCE)")
	u, err := url.Parse(server)
	if err != nil {
		return err
	}
	u.Path = "/" + dev
	db, err := sql.Open("postgres", u.String())
	if err != nil {
		return err
	}
	defer db.Close()
	m, err := schema.NewMigrate(entsql.OpenDB(dialect.Postgres, db),
		schema.WithDir(dir),
		schema.WithFormatter(atlas.DefaultFormatter),
		schema.WithMigrationMode(schema.ModeReplay),
		// Unlike the additive auto-migration, a migration file may drop what the ent schema no longer
		// has: the file is read before it is committed.
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
		schema.WithErrNoPlan(true),
	)
	if err != nil {
		return err
	}
	err = m.NamedDiff(ctx, name, migrate.Tables...)
	if errors.Is(err, atlas.ErrNoPlan) {
		fmt.Println("The migration files already give the ent schema; nothing written.")
		return nil
	}
	if err != nil {
		return err
	}
	after, err := filepath.Glob(filepath.Join(dirPath, "*.sql"))
	if err != nil {
		return err
	}
	for _, f := range after {
		if !slices.Contains(before, f) {
			fmt.Printf("Wrote %s. Read it; if it needs a backfill, add it and run `make migration-hash`.\n", f)
		}
	}
	return nil
}

func rehash(dirPath string) error {
	dir, err := atlas.NewLocalDir(dirPath)
	if err != nil {
		return err
	}
	sum, err := dir.Checksum()
	if err != nil {
		return err
	}
	return atlas.WriteSumFile(dir, sum)
}

func env(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

package store

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	atlas "ariga.io/atlas/sql/migrate"
)

func TestEmbeddedMigrationsMatchTheirSum(t *testing.T) {
	files, err := Migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 3 {
		t.Errorf("%d migration files; the baseline and at least two changes are committed", len(files))
	}
}

func TestEditedMigrationFileIsRefused(t *testing.T) {
	sub, err := fs.Sub(migrationsFS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	edited := fstest.MapFS{}
	var first string
	err = fs.WalkDir(sub, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, path)
		if strings.HasSuffix(path, ".sql") && first == "" {
			first, b = path, append(b, "DROP TABLE employees;\n"...)
		}
		edited[path] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = loadMigrations(edited)
	if err == nil || !strings.Contains(err.Error(), first+" was edited") {
		t.Errorf("an edited %s: %v", first, err)
	}
}

func TestMigrationsApplyInOrder(t *testing.T) {
	files := []atlas.File{
		atlas.NewLocalFile("20250101000000_baseline.sql", nil),
		atlas.NewLocalFile("20250201000000_b.sql", nil),
		atlas.NewLocalFile("20250301000000_c.sql", nil),
	}
	pending, err := pendingFiles(files, map[string]bool{"20250101000000": true})
	if err != nil || len(pending) != 2 || pending[0] != files[1] {
		t.Errorf("after the baseline: %v, %v", pending, err)
	}
	// A newer release's migration: this release has nothing to do.
	pending, err = pendingFiles(files, map[string]bool{"20250101000000": true, "20250201000000": true, "20250301000000": true, "20250401000000": true})
	if err != nil || len(pending) != 0 {
		t.Errorf("after a newer release: %v, %v", pending, err)
	}
	// b was merged after c had been applied: it was written against a schema without c.
	_, err = pendingFiles(files, map[string]bool{"20250101000000": true, "20250301000000": true})
	if err == nil || !strings.Contains(err.Error(), "20250201000000_b.sql") {
		t.Errorf("a file older than an applied one: %v", err)
	}
}

package store_test

import (
	"context"
	"os"
	"testing"

	"entgo.io/ent/dialect/sql/schema"

	"github.com/jenjang/jenjang/ent/migrate"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/store"
	"github.com/jenjang/jenjang/internal/testdb"
)

func TestMain(m *testing.M) { os.Exit(testdb.Main(m)) }

// A foreign key without an index makes every join and every cascade check scan the table.
func TestEveryForeignKeyHasAnIndex(t *testing.T) {
	checked := 0
	for _, table := range migrate.Tables {
		for _, fk := range table.ForeignKeys {
			checked++
			covered := false
			// The primary key is an index too.
			indexes := append(table.Indexes, &schema.Index{Columns: table.PrimaryKey})
			for _, idx := range indexes {
				if len(idx.Columns) >= len(fk.Columns) && sameNames(idx.Columns[:len(fk.Columns)], fk.Columns) {
					covered = true
				}
			}
			if len(fk.Columns) == 1 && fk.Columns[0].Unique {
				covered = true
			}
			if !covered {
				t.Errorf("%s.%s: foreign key %s has no index that starts with its columns", table.Name, fk.Columns[0].Name, fk.Symbol)
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d foreign keys found; the schema has more", checked)
	}
}

func sameNames[T interface{ comparable }](a, b []T) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestMigrateIsRepeatableAndKeepsData(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		db.Client.OrgUnit.Create().SetCode("X").SetName("Unit X").SetKind("REGION").SaveX(ctx)
		if err := db.Store.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		if n := db.Client.OrgUnit.Query().CountX(ctx); n != 1 {
			t.Errorf("%d units after a second migration, want 1", n)
		}
	})
}

func TestOpenRefusesUnknownURLs(t *testing.T) {
	for _, url := range []string{"mysql://root@localhost/x", "file:", "jenjang.db"} {
		if _, err := store.Open(url, store.Options{}); err == nil {
			t.Errorf("Open(%q) succeeded", url)
		}
	}
}

func TestSQLiteFileIsCreatedWithItsDirectory(t *testing.T) {
	path := t.TempDir() + "/nested/jenjang.db"
	db, err := store.Open("file:"+path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Ping(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database file not created: %v", err)
	}
}

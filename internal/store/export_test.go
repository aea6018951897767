package store

import (
	"context"

	atlas "ariga.io/atlas/sql/migrate"
)

// ApplyMigrations applies files as Migrate applies all of them, so that a test can stop at an earlier
// schema.
func (db *DB) ApplyMigrations(ctx context.Context, files []atlas.File) error {
	return db.apply(ctx, files)
}

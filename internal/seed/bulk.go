package seed

import (
	"cmp"
	"context"
	"database/sql/driver"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"

	"entgo.io/ent/dialect/sql/schema"
	"github.com/lib/pq"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/migrate"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/store"
)

// The bulk path writes a large generated dataset into PostgreSQL the way pg_restore does: data
// first, then indexes, then keys.
//
//   - The same generator builds the same ent create builders as on the ent path, but instead of being
//     executed they become rows in COPY's text format (rows.go), with the stored derived columns
//     computed as the ent hooks compute them, from internal/career. TestBulkLoadMatchesEntPath holds
//     the two paths to the same rows.
//   - Each instansi is one chunk: one transaction with one COPY per table and synchronous_commit off
//     for that transaction only. The generator builds the next chunk while bulkWriters others are
//     being copied.
//   - Before the load, every index of the tables loaded but the primary keys is dropped, and so are
//     their foreign keys; the statements that recreate them come from PostgreSQL's own definitions
//     (pg_get_indexdef, pg_get_constraintdef). After it they are rebuilt bulkWriters at a time,
//     largest tables first, the keys added NOT VALID and then validated. Then ent's additive
//     auto-migration (store's AutoMigrate) creates whatever index or key of the schema is missing:
//     nothing after a complete load, and what an earlier load cut short left out (the server's
//     start-up applies migration files only, and puts back nothing). Last, ANALYZE gives the planner
//     the new sizes.

// bulkWriters is how many chunks are copied at once: PostgreSQL parses one COPY per backend, and the
// generator needs a core of its own.
const bulkWriters = 2

// bulkTables are the tables the generator writes to, in the order chunks copy them.
var bulkTables = []*schema.Table{
	migrate.OrgUnitsTable, migrate.PositionsTable, migrate.UnitRatingsTable, migrate.EmployeesTable,
	migrate.EvaluationsTable, migrate.PotentialAssessmentsTable, migrate.DisciplinarySanctionsTable,
	migrate.TrainingsTable, migrate.EnrollmentsTable, migrate.VacanciesTable, migrate.ApplicationsTable,
	migrate.MentorshipsTable, migrate.CareerEventsTable, migrate.EmployeeYearsTable,
}

// bulkLoad is one bulk load in progress.
type bulkLoad struct {
	db     *store.DB
	client *ent.Client
	now    string // created_at and updated_at of every row, encoded
	// yearIDs numbers the employee_years rows, which the ent path leaves to ent's default IDs.
	yearIDs *generator
	// paths and posts remember what later chunks derive columns from: the units' paths and the
	// posts' kinds and levels.
	paths map[pulid.ID]string
	posts map[pulid.ID]postKind
	chunk *chunk

	work     chan *chunk
	writers  sync.WaitGroup
	cancel   context.CancelFunc
	mu       sync.Mutex
	err      error
	progress *progress
	out      io.Writer
	// indexes, keys and validations are the statements that recreate what was dropped for the load.
	indexes, keys, validations []rebuild
	done                       bool
}

// rebuild is a statement that recreates an index or a key of a table.
type rebuild struct{ table, statement string }

type postKind struct {
	kind  career.PositionKind
	level career.FunctionalLevel
}

// startBulk drops the secondary structures of the tables and starts the writers.
func startBulk(ctx context.Context, db *store.DB, client *ent.Client, g *generator, out io.Writer) (*bulkLoad, error) {
	b := &bulkLoad{
		db:       db,
		client:   client,
		now:      string(appendTime(nil, time.Now())),
		paths:    map[pulid.ID]string{},
		posts:    map[pulid.ID]postKind{},
		work:     make(chan *chunk, 1),
		progress: newProgress(out, g.budget, "employees"),
		out:      out,
	}
	b.yearIDs = g.stream(4)
	b.chunk = b.newChunk()
	if err := b.dropSecondary(ctx); err != nil {
		return nil, err
	}
	wctx, cancel := context.WithCancel(ctx)
	b.cancel = cancel
	for range bulkWriters {
		b.writers.Add(1)
		go func() {
			defer b.writers.Done()
			for c := range b.work {
				if b.failed() != nil {
					continue
				}
				err := b.copyChunk(wctx, c)
				c.release()
				if err != nil {
					b.fail(err)
					continue
				}
				b.progress.add(len(c.employees))
			}
		}()
	}
	return b, nil
}

func (b *bulkLoad) fail(err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err == nil {
		b.err = err
		b.cancel()
	}
}

func (b *bulkLoad) failed() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.err
}

// commit ends the chunk being built and hands it to a writer.
func (b *bulkLoad) commit(ctx context.Context) error {
	if err := b.failed(); err != nil {
		return err
	}
	c := b.chunk
	if err := b.closeChunk(c); err != nil {
		return err
	}
	b.chunk = b.newChunk()
	select {
	case b.work <- c:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// finish waits for the writers, then rebuilds the indexes and keys and refreshes the statistics.
func (b *bulkLoad) finish(ctx context.Context) error {
	b.stop()
	if err := b.failed(); err != nil {
		return err
	}
	b.progress.finish()
	return b.restore(ctx)
}

// abort ends a load that failed or was interrupted: what was committed stays, and the dropped
// indexes and keys come back — now, unless the load was interrupted, or at the end of the next bulk
// load.
func (b *bulkLoad) abort(ctx context.Context) {
	if b.done {
		return
	}
	b.stop()
	if err := b.restore(ctx); err != nil && b.out != nil {
		fmt.Fprintf(b.out, "the dropped indexes and keys are not back yet (the next bulk load puts them back): %v\n", err)
	}
}

func (b *bulkLoad) stop() {
	if b.work != nil {
		close(b.work)
		b.work = nil
		b.writers.Wait()
		b.cancel()
	}
}

// dropSecondary drops every index of the tables loaded but their primary keys (and any index a
// constraint owns), and their foreign keys, keeping the statements that recreate them. Primary keys
// stay because each writer's rows
// arrive in their order, which a B-tree takes at its right edge; the other indexes, unique ones too,
// would take rows in no useful order from two writers at once, which costs more than one sort at
// the end, and a foreign key checks each row with a query of its own.
func (b *bulkLoad) dropSecondary(ctx context.Context) error {
	names := make([]string, len(bulkTables))
	for i, t := range bulkTables {
		names[i] = t.Name
	}
	rows, err := b.db.SQL.QueryContext(ctx, `
		SELECT 'index', t.relname, format('DROP INDEX %I.%I', n.nspname, i.relname), pg_get_indexdef(x.indexrelid)
		FROM pg_index x
		JOIN pg_class i ON i.oid = x.indexrelid
		JOIN pg_class t ON t.oid = x.indrelid
		JOIN pg_namespace n ON n.oid = t.relnamespace
		WHERE n.nspname = current_schema() AND t.relname = ANY($1) AND NOT x.indisprimary
		  AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = x.indexrelid)
		UNION ALL
		SELECT 'key', t.relname, format('ALTER TABLE %I.%I DROP CONSTRAINT %I', n.nspname, t.relname, c.conname),
		       format('ALTER TABLE %I.%I ADD CONSTRAINT %I %s NOT VALID', n.nspname, t.relname, c.conname, pg_get_constraintdef(c.oid)) || E'\n' ||
		       format('ALTER TABLE %I.%I VALIDATE CONSTRAINT %I', n.nspname, t.relname, c.conname)
		FROM pg_constraint c
		JOIN pg_class t ON t.oid = c.conrelid
		JOIN pg_namespace n ON n.oid = t.relnamespace
		WHERE n.nspname = current_schema() AND t.relname = ANY($1) AND c.contype = 'f'`, pq.Array(names))
	if err != nil {
		return fmt.Errorf("bulk load: list indexes: %w", err)
	}
	defer rows.Close()
	var drops []string
	for rows.Next() {
		var kind, table, drop, create string
		if err := rows.Scan(&kind, &table, &drop, &create); err != nil {
			return err
		}
		// Foreign keys are dropped first, in case one depends on a unique index.
		if kind == "key" {
			add, validate, _ := strings.Cut(create, "\n")
			drops = append([]string{drop}, drops...)
			b.keys = append(b.keys, rebuild{table, add})
			b.validations = append(b.validations, rebuild{table, validate})
		} else {
			drops = append(drops, drop)
			b.indexes = append(b.indexes, rebuild{table, create})
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	tx, err := b.db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	for _, d := range drops {
		if _, err := tx.ExecContext(ctx, d); err != nil {
			_ = tx.Rollback()
			b.indexes, b.keys, b.validations = nil, nil, nil
			return fmt.Errorf("bulk load: %s: %w", d, err)
		}
	}
	return tx.Commit()
}

// restore recreates what dropSecondary dropped: the indexes bulkWriters at a time; then the foreign
// keys, added without a check and then validated, because validating takes
// no lock that keeps other tables' keys waiting while adding one does. Then the auto-migration checks the
// schema, and ANALYZE gives the planner the new sizes.
func (b *bulkLoad) restore(ctx context.Context) error {
	b.done = true
	bar := newProgress(b.out, len(b.indexes)+len(b.keys)+len(b.validations)+1, "indexes and keys")
	defer bar.finish()
	sizes, err := b.tableSizes(ctx)
	if err != nil {
		return err
	}
	run := func(statements []rebuild) error {
		// The largest tables first, so that no long build is left to run alone at the end.
		statements = slices.Clone(statements)
		slices.SortStableFunc(statements, func(x, y rebuild) int { return cmp.Compare(sizes[y.table], sizes[x.table]) })
		next := make(chan string)
		errs := make(chan error, bulkWriters)
		for range bulkWriters {
			go func() {
				var err error
				for s := range next {
					if err == nil {
						err = b.execWithMemory(ctx, s)
					}
					bar.add(1)
				}
				errs <- err
			}()
		}
		for _, s := range statements {
			next <- s.statement
		}
		close(next)
		var first error
		for range bulkWriters {
			if err := <-errs; err != nil && first == nil {
				first = err
			}
		}
		return first
	}
	if err := run(b.indexes); err != nil {
		return err
	}
	if err := run(b.keys); err != nil {
		return err
	}
	if err := run(b.validations); err != nil {
		return err
	}
	if err := b.db.AutoMigrate(ctx); err != nil {
		return err
	}
	names := make([]string, len(bulkTables))
	for i, t := range bulkTables {
		names[i] = pq.QuoteIdentifier(t.Name)
	}
	_, err = b.db.SQL.ExecContext(ctx, "ANALYZE "+strings.Join(names, ", "))
	bar.add(1)
	return err
}

// tableSizes are the sizes of the loaded tables on disk, by name.
func (b *bulkLoad) tableSizes(ctx context.Context) (map[string]int64, error) {
	rows, err := b.db.SQL.QueryContext(ctx, `SELECT relname, pg_relation_size(oid) FROM pg_class
		WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	sizes := map[string]int64{}
	for rows.Next() {
		var name string
		var size int64
		if err := rows.Scan(&name, &size); err != nil {
			return nil, err
		}
		sizes[name] = size
	}
	return sizes, rows.Err()
}

// execWithMemory runs a statement that sorts or joins a whole table (an index build, a key's
// validation) with enough memory to do it without spilling to disk, for that statement only.
func (b *bulkLoad) execWithMemory(ctx context.Context, statement string) error {
	tx, err := b.db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "SET LOCAL maintenance_work_mem = '1GB'; SET LOCAL work_mem = '256MB'"); err != nil {
		_ = tx.Rollback()
		return err
	}
	if _, err := tx.ExecContext(ctx, statement); err != nil {
		_ = tx.Rollback()
		return fmt.Errorf("bulk load: %s: %w", statement, err)
	}
	return tx.Commit()
}

// copier is lib/pq's COPY statement, which takes rows already in COPY's text format.
type copier interface {
	CopyData(ctx context.Context, lines string) (driver.Result, error)
}

// copyChunk writes a chunk in one transaction, one COPY per table. The rows are already encoded, so
// they go through lib/pq's COPY statement as blocks of lines (its CopyData) rather than one Exec per
// row: database/sql's work per Exec cost this client about as much CPU as PostgreSQL spends storing
// the row, on a machine where the two share two cores.
func (b *bulkLoad) copyChunk(ctx context.Context, c *chunk) error {
	conn, err := b.db.SQL.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		begin, okBegin := dc.(driver.ConnBeginTx)
		prepare, okPrepare := dc.(driver.ConnPrepareContext)
		exec, okExec := dc.(driver.ExecerContext)
		if !okBegin || !okPrepare || !okExec {
			return fmt.Errorf("bulk load: the driver %T cannot COPY", dc)
		}
		tx, err := begin.BeginTx(ctx, driver.TxOptions{})
		if err != nil {
			return err
		}
		if err := copyTables(ctx, prepare, exec, c); err != nil {
			_ = tx.Rollback()
			return badConn{err}
		}
		return tx.Commit()
	})
}

// badConn is an error after which the connection may be in the middle of a COPY: database/sql closes
// it rather than reuse it.
type badConn struct{ error }

func (badConn) Is(target error) bool { return target == driver.ErrBadConn }

func copyTables(ctx context.Context, prepare driver.ConnPrepareContext, exec driver.ExecerContext, c *chunk) error {
	// The chunk's own durability is not worth a wait for the disk: a load cut short is loaded again.
	if _, err := exec.ExecContext(ctx, "SET LOCAL synchronous_commit = off", nil); err != nil {
		return err
	}
	for _, t := range c.tables {
		if len(t.blocks) == 0 {
			continue
		}
		cols := make([]string, len(t.table.Columns))
		for i, col := range t.table.Columns {
			cols[i] = pq.QuoteIdentifier(col.Name)
		}
		// The statement pq.CopyIn would build; lib/pq 1.12 deprecates the builder, not the COPY.
		stmt, err := prepare.PrepareContext(ctx, fmt.Sprintf("COPY %s (%s) FROM STDIN", pq.QuoteIdentifier(t.table.Name), strings.Join(cols, ", ")))
		if err != nil {
			return fmt.Errorf("copy %s: %w", t.table.Name, err)
		}
		cp, ok := stmt.(copier)
		if !ok {
			_ = stmt.Close()
			return fmt.Errorf("bulk load: lib/pq's COPY statement %T takes no blocks of rows", stmt)
		}
		for _, block := range t.blocks {
			if len(block) == 0 {
				continue
			}
			// CopyData ends the lines it is given with a newline of its own, and copies them before it
			// returns, so the block needs no copy of its own.
			if _, err := cp.CopyData(ctx, unsafe.String(&block[0], len(block)-1)); err != nil {
				_ = stmt.Close()
				return fmt.Errorf("copy %s: %w", t.table.Name, err)
			}
		}
		if err := stmt.Close(); err != nil {
			return fmt.Errorf("copy %s: %w", t.table.Name, err)
		}
	}
	return nil
}

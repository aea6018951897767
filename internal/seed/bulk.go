package seed

import (
	"context"
	"database/sql/driver"
	"fmt"
	"io"
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

// The bulk path writes a large generated dataset into PostgreSQL the way bulk loads are done there:
//
//   - The same generator builds the same ent create builders as on the ent path, but instead of being
//     executed they are turned into rows of COPY's text format (rows.go), with the stored derived
//     columns computed as the ent hooks compute them, from internal/career.
//   - Each instansi is one chunk: one transaction with one COPY per table, synchronous_commit off for
//     that transaction. The generator builds the next chunk while bulkWriters others are copied.
//   - The non-unique indexes and the foreign keys of the tables loaded are dropped before the load and
//     rebuilt after it from their own definitions, several at a time; then store.Migrate runs (it
//     creates whatever index or key of the schema is missing, so a load cut short is repaired by the
//     next start) and ANALYZE gives the planner the new sizes. Unique indexes stay: they check the
//     load.

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
	indexes, keys, validations []string
	done                       bool
}

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
	fmt.Println("SCRATCH load done", time.Now().Format("15:04:05.000"))
	defer func() { fmt.Println("SCRATCH restore done", time.Now().Format("15:04:05.000")) }()
	return b.restore(ctx)
}

// abort ends a load that failed or was interrupted: what was committed stays, and the dropped
// indexes and keys come back.
func (b *bulkLoad) abort() {
	if b.done {
		return
	}
	b.stop()
	if err := b.restore(context.Background()); err != nil && b.out != nil {
		fmt.Fprintf(b.out, "restoring the indexes failed (the next start's migration retries): %v\n", err)
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

// dropSecondary drops every index of the tables loaded but their primary keys, and their foreign
// keys, keeping the statements that recreate them. Primary keys stay because the rows of a chunk
// arrive in their order, which a B-tree takes cheaply; every other index would take each row at a
// random place, which costs more than sorting them all once at the end.
func (b *bulkLoad) dropSecondary(ctx context.Context) error {
	names := make([]string, len(bulkTables))
	for i, t := range bulkTables {
		names[i] = t.Name
	}
	rows, err := b.db.SQL.QueryContext(ctx, `
		SELECT 'constraint', format('ALTER TABLE %I.%I DROP CONSTRAINT %I', n.nspname, t.relname, c.conname),
		       format('ALTER TABLE %I.%I ADD CONSTRAINT %I %s', n.nspname, t.relname, c.conname, pg_get_constraintdef(c.oid))
		FROM pg_constraint c
		JOIN pg_class t ON t.oid = c.conrelid
		JOIN pg_namespace n ON n.oid = t.relnamespace
		WHERE n.nspname = current_schema() AND t.relname = ANY($1) AND c.contype = 'u'
		UNION ALL
		SELECT 'index', format('DROP INDEX %I.%I', n.nspname, i.relname), pg_get_indexdef(x.indexrelid)
		FROM pg_index x
		JOIN pg_class i ON i.oid = x.indexrelid
		JOIN pg_class t ON t.oid = x.indrelid
		JOIN pg_namespace n ON n.oid = t.relnamespace
		WHERE n.nspname = current_schema() AND t.relname = ANY($1) AND NOT x.indisprimary
		  AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = x.indexrelid)
		UNION ALL
		SELECT 'key', format('ALTER TABLE %I.%I DROP CONSTRAINT %I', n.nspname, t.relname, c.conname),
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
		var kind, drop, create string
		if err := rows.Scan(&kind, &drop, &create); err != nil {
			return err
		}
		// Foreign keys are dropped first, in case one refers to a unique constraint.
		if kind == "key" {
			add, validate, _ := strings.Cut(create, "\n")
			drops = append([]string{drop}, drops...)
			b.keys = append(b.keys, add)
			b.validations = append(b.validations, validate)
		} else {
			drops = append(drops, drop)
			b.indexes = append(b.indexes, create)
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

// restore recreates what dropSecondary dropped: the indexes and unique constraints bulkWriters at a
// time; then the foreign keys, added without a check and then validated, because validating takes
// no lock that keeps other tables' keys waiting while adding one does. Then the migration checks the
// schema, and ANALYZE gives the planner the new sizes.
func (b *bulkLoad) restore(ctx context.Context) error {
	b.done = true
	bar := newProgress(b.out, len(b.indexes)+len(b.keys)+len(b.validations)+1, "indexes and keys")
	defer bar.finish()
	run := func(statements []string) error {
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
			next <- s
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
	fmt.Println("SCRATCH indexes done", time.Now().Format("15:04:05.000"))
	if err := run(b.keys); err != nil {
		return err
	}
	if err := run(b.validations); err != nil {
		return err
	}
	fmt.Println("SCRATCH keys done", time.Now().Format("15:04:05.000"))
	if err := store.Migrate(ctx, b.client); err != nil {
		return err
	}
	names := make([]string, len(bulkTables))
	for i, t := range bulkTables {
		names[i] = pq.QuoteIdentifier(t.Name)
	}
	_, err := b.db.SQL.ExecContext(ctx, "ANALYZE "+strings.Join(names, ", "))
	bar.add(1)
	return err
}

// execWithMemory runs a statement that sorts (an index build, a key's validation) with more memory
// than the server's default, for that statement only.
func (b *bulkLoad) execWithMemory(ctx context.Context, statement string) error {
	tx, err := b.db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "SET LOCAL maintenance_work_mem = '256MB'"); err != nil {
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
// they go through lib/pq's COPY statement as blocks of lines rather than one Exec per row, which
// would cost more CPU in database/sql than PostgreSQL spends storing the row.
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

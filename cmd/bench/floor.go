package main

import (
	"context"
	"database/sql"
	"math"
	"slices"
	"sync"
	"time"
)

// floor is the time the database alone needs for a request: the statements one request issued, with
// their arguments, replayed one after the other through database/sql on the server's own pool, reading
// every row, with no GraphQL, ent, privacy rules or HTTP around them.
type floor struct {
	statements []statement
	reps       int
	p50, p95   time.Duration
	// perStatement is the median time of each statement.
	perStatement []time.Duration
	// atOnceP50 and atOnceP95 time the statements all started together, each on a connection of its
	// own. gqlgen resolves a query's root fields concurrently, so a document of several root fields
	// (the overview) can beat the sequential floor; this one is nearer what concurrency can reach.
	atOnceReps           int
	atOnceP50, atOnceP95 time.Duration
	// rolledBack tells that the statements ran in a transaction that was rolled back (a write; its
	// INSERTs could not run twice otherwise), so the floor leaves out the commit.
	rolledBack bool
}

// Repetitions of the floor: at least minReps, then until floorBudget is spent or floorMaxReps.
const (
	floorMinReps       = 20
	floorAtOnceMinReps = 10
	floorMaxReps       = 300
	floorBudget        = 10 * time.Second
)

func measureFloor(ctx context.Context, db *sql.DB, stmts []statement) (floor, error) {
	f := floor{statements: stmts}
	for _, s := range stmts {
		f.rolledBack = f.rolledBack || s.inTx
	}
	timings := make([]time.Duration, len(stmts))
	// One untimed replay, as the API's own warm-up requests had.
	if err := replay(ctx, db, stmts, timings); err != nil {
		return f, err
	}
	each := make([][]time.Duration, len(stmts))
	totals, err := repeat(floorMinReps, func() error {
		if err := replay(ctx, db, stmts, timings); err != nil {
			return err
		}
		for i, d := range timings {
			each[i] = append(each[i], d)
		}
		return nil
	})
	if err != nil {
		return f, err
	}
	f.reps = len(totals)
	f.p50, f.p95 = percentile(totals, 0.50), percentile(totals, 0.95)
	for _, ds := range each {
		f.perStatement = append(f.perStatement, percentile(ds, 0.50))
	}
	atOnce, err := repeat(floorAtOnceMinReps, func() error { return replayAtOnce(ctx, db, stmts) })
	if err != nil {
		return f, err
	}
	f.atOnceReps = len(atOnce)
	f.atOnceP50, f.atOnceP95 = percentile(atOnce, 0.50), percentile(atOnce, 0.95)
	return f, nil
}

// repeat times fn at least minReps times, then until floorBudget is spent or floorMaxReps are done.
func repeat(minReps int, fn func() error) ([]time.Duration, error) {
	var totals []time.Duration
	start := time.Now()
	for len(totals) < floorMaxReps && (len(totals) < minReps || time.Since(start) < floorBudget) {
		t0 := time.Now()
		if err := fn(); err != nil {
			return nil, err
		}
		totals = append(totals, time.Since(t0))
	}
	return totals, nil
}

// replayAtOnce starts every statement at the same moment, each on a pool connection of its own;
// those of the request's transaction run together, in order, in one transaction.
func replayAtOnce(ctx context.Context, db *sql.DB, stmts []statement) error {
	var wg sync.WaitGroup
	errs := make(chan error, len(stmts)+1)
	var inTx []statement
	for _, s := range stmts {
		if s.inTx {
			inTx = append(inTx, s)
			continue
		}
		wg.Go(func() { errs <- replay(ctx, db, []statement{s}, make([]time.Duration, 1)) })
	}
	if len(inTx) > 0 {
		wg.Go(func() { errs <- replay(ctx, db, inTx, make([]time.Duration, len(inTx))) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// replay runs the statements in order, those that ran in the request's transaction in one
// transaction of their own, and records each one's time.
func replay(ctx context.Context, db *sql.DB, stmts []statement, timings []time.Duration) error {
	var tx *sql.Tx
	defer func() {
		if tx != nil {
			_ = tx.Rollback()
		}
	}()
	for i, s := range stmts {
		start := time.Now()
		var conn interface {
			ExecContext(context.Context, string, ...any) (sql.Result, error)
			QueryContext(context.Context, string, ...any) (*sql.Rows, error)
		} = db
		if s.inTx {
			if tx == nil {
				var err error
				if tx, err = db.BeginTx(ctx, nil); err != nil {
					return err
				}
			}
			conn = tx
		}
		if s.exec {
			if _, err := conn.ExecContext(ctx, s.query, s.args...); err != nil {
				return err
			}
		} else if err := drain(conn.QueryContext(ctx, s.query, s.args...)); err != nil {
			return err
		}
		timings[i] = time.Since(start)
	}
	return nil
}

// drain reads every row as raw bytes: the transfer the API pays for, without its decoding.
func drain(rows *sql.Rows, err error) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	dest := make([]any, len(cols))
	for i := range dest {
		dest[i] = new(sql.RawBytes)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
	}
	return rows.Err()
}

// percentile returns the nearest-rank percentile p (0–1) of ds.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(math.Ceil(float64(len(s))*p)) - 1
	return s[min(max(i, 0), len(s)-1)]
}

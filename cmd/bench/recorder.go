package main

import (
	"context"
	"database/sql"
	"errors"
	"sync"
	"sync/atomic"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/internal/reqid"
)

// statement is one SQL statement as the server sent it to the database.
type statement struct {
	query string
	args  []any
	// exec is true for Exec (no rows read back), false for Query.
	exec bool
	// inTx is true when the statement ran inside the request's transaction.
	inTx bool
}

// requestLog is what the driver saw of one request.
type requestLog struct {
	count int
	// statements are kept only for requests being captured, so that a load run does not hold the SQL
	// of every request in memory.
	statements []statement
	capture    bool
}

// recorder attributes the statements the server issues to the HTTP request that issued them. The
// server puts the caller's X-Request-ID into the context of everything it runs for the request
// (internal/reqid), and ent hands that context down to the driver, so requests of any kind can run
// concurrently and still be told apart.
type recorder struct {
	mu       sync.Mutex
	requests map[string]*requestLog
	// stray counts the statements of no announced request: setup, or a statement that lost its
	// request's context (which would make the per-request counts too low).
	stray atomic.Int64
}

func newRecorder() *recorder { return &recorder{requests: map[string]*requestLog{}} }

// begin announces a request id before the request is sent.
func (r *recorder) begin(id string, capture bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.requests[id] = &requestLog{capture: capture}
}

// end returns what was recorded for the request and forgets it.
func (r *recorder) end(id string) requestLog {
	r.mu.Lock()
	defer r.mu.Unlock()
	log := r.requests[id]
	delete(r.requests, id)
	if log == nil {
		return requestLog{}
	}
	return *log
}

func (r *recorder) capturing(id string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	log := r.requests[id]
	return log != nil && log.capture
}

func (r *recorder) add(ctx context.Context, query string, args any, exec, inTx bool) {
	id := reqid.FromContext(ctx)
	r.mu.Lock()
	defer r.mu.Unlock()
	log := r.requests[id]
	if log == nil {
		r.stray.Add(1)
		return
	}
	log.count++
	if log.capture {
		list, _ := args.([]any)
		log.statements = append(log.statements, statement{query: query, args: append([]any(nil), list...), exec: exec, inTx: inTx})
	}
}

// wrap returns a driver that records every statement sent through d.
func (r *recorder) wrap(d dialect.Driver) dialect.Driver { return &recordingDriver{Driver: d, r: r} }

type recordingDriver struct {
	dialect.Driver
	r *recorder
}

func (d *recordingDriver) Exec(ctx context.Context, query string, args, v any) error {
	d.r.add(ctx, query, args, true, false)
	return d.Driver.Exec(ctx, query, args, v)
}

func (d *recordingDriver) Query(ctx context.Context, query string, args, v any) error {
	d.r.add(ctx, query, args, false, false)
	return d.Driver.Query(ctx, query, args, v)
}

func (d *recordingDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &recordingTx{Tx: tx, r: d.r, id: reqid.FromContext(ctx)}, nil
}

// BeginTx, ExecContext and QueryContext are looked up by ent's generated client on its driver; the
// wrapper must offer them too or those paths would fail (or bypass the recorder).
func (d *recordingDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	tx, err := d.Driver.(*entsql.Driver).BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &recordingTx{Tx: tx, r: d.r, id: reqid.FromContext(ctx)}, nil
}

func (d *recordingDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	d.r.add(ctx, query, args, true, false)
	return d.Driver.(*entsql.Driver).ExecContext(ctx, query, args...)
}

func (d *recordingDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	d.r.add(ctx, query, args, false, false)
	return d.Driver.(*entsql.Driver).QueryContext(ctx, query, args...)
}

type recordingTx struct {
	dialect.Tx
	r  *recorder
	id string
}

// errCaptureRolledBack fails the commit of a captured request.
var errCaptureRolledBack = errors.New("bench: the captured request's transaction is rolled back")

// Commit rolls a captured request's transaction back instead: the rows it inserted (an audit entry
// with its ID) must not exist when the floor replays the same INSERTs.
func (t *recordingTx) Commit() error {
	if t.r.capturing(t.id) {
		_ = t.Tx.Rollback()
		return errCaptureRolledBack
	}
	return t.Tx.Commit()
}

func (t *recordingTx) Exec(ctx context.Context, query string, args, v any) error {
	t.r.add(ctx, query, args, true, true)
	return t.Tx.Exec(ctx, query, args, v)
}

func (t *recordingTx) Query(ctx context.Context, query string, args, v any) error {
	t.r.add(ctx, query, args, false, true)
	return t.Tx.Query(ctx, query, args, v)
}

// ExecContext and QueryContext carry ent's raw SQL in a transaction (the tallies' upkeep).
func (t *recordingTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	t.r.add(ctx, query, args, true, true)
	return t.Tx.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}).ExecContext(ctx, query, args...)
}

func (t *recordingTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	t.r.add(ctx, query, args, false, true)
	return t.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

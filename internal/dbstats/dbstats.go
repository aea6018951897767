// Package dbstats watches the SQL a request sends: it counts the statements of each request, so that
// an N+1 shows in the metrics of a running server and not only in tests, and it logs the statements
// slower than a threshold.
package dbstats

import (
	"context"
	"database/sql"
	"log/slog"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect"
)

type ctxKey struct{}

// NewContext returns a context whose statements are counted; Count reads the number.
func NewContext(ctx context.Context) context.Context {
	return context.WithValue(ctx, ctxKey{}, new(atomic.Int64))
}

// Count returns the statements sent so far with the context (or one derived from it), counting those
// of transactions opened with it too.
func Count(ctx context.Context) int {
	if n, ok := ctx.Value(ctxKey{}).(*atomic.Int64); ok {
		return int(n.Load())
	}
	return 0
}

// maxLoggedSQL bounds the statement text of a slow-query line: a generated query with a long IN list
// would otherwise fill the log.
const maxLoggedSQL = 500

// Watch wraps an ent driver so that it counts statements and logs, at WARN, each statement that takes
// slow or longer (a negative slow logs none). A log line holds the statement's text, cut short, and
// never its arguments, which are people's personal data.
func Watch(d dialect.Driver, log *slog.Logger, slow time.Duration) dialect.Driver {
	return Wrap(d, watcher{log: log, slow: slow}.observe)
}

// Observer runs one statement — run sends it — and may count, time or record it on the way.
type Observer func(ctx context.Context, query string, run func() error) error

// Wrap returns a driver that passes every statement it and its transactions send through observe.
func Wrap(d dialect.Driver, observe Observer) dialect.Driver {
	return &watchedDriver{Driver: d, observe: observe}
}

type watcher struct {
	log  *slog.Logger
	slow time.Duration
}

// observe runs one statement, counting it in the context's count and timing it.
func (w watcher) observe(ctx context.Context, query string, run func() error) error {
	if n, ok := ctx.Value(ctxKey{}).(*atomic.Int64); ok {
		n.Add(1)
	}
	start := time.Now()
	err := run()
	if took := time.Since(start); w.slow >= 0 && took >= w.slow {
		w.log.WarnContext(ctx, "slow query", "duration", took, "sql", truncate(query, maxLoggedSQL), "failed", err != nil)
	}
	return err
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// execQuerier is the raw SQL that ent's generated client looks up on its driver (client.ExecContext and
// QueryContext), offered by ent's driver and its transactions alike.
type execQuerier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

type watchedDriver struct {
	dialect.Driver
	observe Observer
}

func (d *watchedDriver) Exec(ctx context.Context, query string, args, v any) error {
	return d.observe(ctx, query, func() error { return d.Driver.Exec(ctx, query, args, v) })
}

func (d *watchedDriver) Query(ctx context.Context, query string, args, v any) error {
	return d.observe(ctx, query, func() error { return d.Driver.Query(ctx, query, args, v) })
}

func (d *watchedDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &watchedTx{Tx: tx, observe: d.observe}, nil
}

// BeginTx is looked up by ent's generated client.BeginTx.
func (d *watchedDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	tx, err := d.Driver.(interface {
		BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
	}).BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &watchedTx{Tx: tx, observe: d.observe}, nil
}

func (d *watchedDriver) ExecContext(ctx context.Context, query string, args ...any) (res sql.Result, err error) {
	err = d.observe(ctx, query, func() error {
		res, err = d.Driver.(execQuerier).ExecContext(ctx, query, args...)
		return err
	})
	return res, err
}

func (d *watchedDriver) QueryContext(ctx context.Context, query string, args ...any) (rows *sql.Rows, err error) {
	err = d.observe(ctx, query, func() error {
		rows, err = d.Driver.(execQuerier).QueryContext(ctx, query, args...)
		return err
	})
	return rows, err
}

type watchedTx struct {
	dialect.Tx
	observe Observer
}

func (t *watchedTx) Exec(ctx context.Context, query string, args, v any) error {
	return t.observe(ctx, query, func() error { return t.Tx.Exec(ctx, query, args, v) })
}

func (t *watchedTx) Query(ctx context.Context, query string, args, v any) error {
	return t.observe(ctx, query, func() error { return t.Tx.Query(ctx, query, args, v) })
}

func (t *watchedTx) ExecContext(ctx context.Context, query string, args ...any) (res sql.Result, err error) {
	err = t.observe(ctx, query, func() error {
		res, err = t.Tx.(execQuerier).ExecContext(ctx, query, args...)
		return err
	})
	return res, err
}

func (t *watchedTx) QueryContext(ctx context.Context, query string, args ...any) (rows *sql.Rows, err error) {
	err = t.observe(ctx, query, func() error {
		rows, err = t.Tx.(execQuerier).QueryContext(ctx, query, args...)
		return err
	})
	return rows, err
}

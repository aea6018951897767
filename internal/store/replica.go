package store

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect"

	"github.com/jenjang/jenjang/ent"
)

// Replica is a PostgreSQL streaming replica that reads may go to while it keeps up with the primary.
type Replica struct {
	db     *DB
	client *ent.Client
	maxLag time.Duration
	// behind is set while the last check found the replica too far behind, or could not tell.
	behind atomic.Bool
}

// OpenReplica opens the replica at url, its driver wrapped as the primary's is (statement counting). It
// is never migrated: it replays the primary's schema.
func OpenReplica(url string, opts Options, maxLag time.Duration, wrap func(dialect.Driver) dialect.Driver) (*Replica, error) {
	if !isPostgres(url) {
		return nil, fmt.Errorf("the read replica must be a PostgreSQL URL, not %q", url)
	}
	db, err := Open(url, opts)
	if err != nil {
		return nil, err
	}
	return &Replica{db: db, client: ent.NewClient(ent.Driver(wrap(db.Driver))), maxLag: maxLag}, nil
}

// position is where the replica's WAL stands: what it has received and what it has replayed, in
// bytes from the start.
func (r *Replica) position(ctx context.Context) (received, replayed int64, err error) {
	err = r.db.SQL.QueryRowContext(ctx, `SELECT coalesce(pg_last_wal_receive_lsn() - '0/0'::pg_lsn, 0)::bigint,
		coalesce(pg_last_wal_replay_lsn() - '0/0'::pg_lsn, 0)::bigint`).Scan(&received, &replayed)
	return received, replayed, err
}

// sample is what the replica had received at a moment.
type sample struct {
	at       time.Time
	received int64
}

// lagTracker measures lag as how long ago the replica received WAL it has not replayed yet. The usual
// now() - pg_last_xact_replay_timestamp() reads an idle primary's first write as a lag of the whole idle
// time; this never does, and needs only the replica.
type lagTracker struct{ pending []sample }

func (l *lagTracker) observe(now time.Time, received, replayed int64) time.Duration {
	if len(l.pending) == 0 || l.pending[len(l.pending)-1].received < received {
		l.pending = append(l.pending, sample{now, received})
	}
	for len(l.pending) > 0 && l.pending[0].received <= replayed {
		l.pending = l.pending[1:]
	}
	if len(l.pending) == 0 {
		return 0
	}
	return now.Sub(l.pending[0].at)
}

// Watch checks the replica every interval until ctx ends; report hears of each change between usable
// and not.
func (r *Replica) Watch(ctx context.Context, every time.Duration, report func(usable bool, lag time.Duration, err error)) {
	var lags lagTracker
	for {
		check, cancel := context.WithTimeout(ctx, every)
		received, replayed, err := r.position(check)
		cancel()
		lag := lags.observe(time.Now(), received, replayed)
		behind := err != nil || lag > r.maxLag
		if r.behind.Swap(behind) != behind {
			report(!behind, lag, err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(every):
		}
	}
}

// Or returns the replica's client while it keeps up, and primary otherwise.
func (r *Replica) Or(primary *ent.Client) *ent.Client {
	if r.behind.Load() {
		return primary
	}
	return r.client
}

// Close closes the replica's connections.
func (r *Replica) Close() error { return r.db.Close() }

package tally

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/privacy"
	"github.com/jenjang/jenjang/ent/schema/pulid"
)

// Rebuild recomputes every tally from the rows: the counts of each tallied unit's own employees
// (those placed in it, or below it beyond Depth) grouped in the database, then added up the tree one
// level at a time, deepest first. Bulk loads call it once at their end; run it in a transaction (or
// with nothing else writing) so that no write slips between the steps.
func Rebuild(ctx context.Context, client *ent.Client) error {
	if _, err := client.ExecContext(ctx, "DELETE FROM unit_tallies"); err != nil {
		return fmt.Errorf("rebuild tallies: %w", err)
	}
	var args []any
	with, query := sources(tallyUnit(), "TRUE", &args)
	insert := with + "INSERT INTO unit_tallies (unit_id, measure, year, bucket, n, total) " + query
	if _, err := client.ExecContext(ctx, insert, args...); err != nil {
		return fmt.Errorf("rebuild tallies: %w", err)
	}
	for depth := Depth; depth >= 1; depth-- {
		// WHERE keeps SQLite from reading ON CONFLICT as a join's ON.
		rollUp := fmt.Sprintf(`INSERT INTO unit_tallies (unit_id, measure, year, bucket, n, total)
			SELECT COALESCE(u.parent_id, ''), t.measure, t.year, t.bucket, SUM(t.n), SUM(t.total)
			FROM unit_tallies t JOIN org_units u ON u.id = t.unit_id
			WHERE LENGTH(u.path) = %d
			GROUP BY COALESCE(u.parent_id, ''), t.measure, t.year, t.bucket
			%s`, 1+depth*(IDLen+1), upsert)
		if _, err := client.ExecContext(ctx, rollUp); err != nil {
			return fmt.Errorf("roll tallies up to depth %d: %w", depth-1, err)
		}
	}
	return nil
}

const upsert = `ON CONFLICT (unit_id, measure, year, bucket) DO UPDATE
	SET n = unit_tallies.n + excluded.n, total = unit_tallies.total + excluded.total`

// Contributions is what some employees add to the tallies, by tally.
type Contributions map[Key]Value

func (c Contributions) add(more Contributions) {
	for k, v := range more {
		sum := c[k]
		c[k] = Value{N: sum.N + v.N, Total: sum.Total + v.Total}
	}
}

// Contribute reads what the employees add to the tallies as the database holds them now.
func Contribute(ctx context.Context, client *ent.Client, employees []pulid.ID) (Contributions, error) {
	out := Contributions{}
	for chunk := range slices.Chunk(employees, 500) {
		var args []any
		marks := make([]string, len(chunk))
		for i, id := range chunk {
			args = append(args, string(id))
			marks[i] = fmt.Sprintf("$%d", len(args))
		}
		// Grouped by the unit's path, whose tallied units are read from it here.
		with, query := sources("COALESCE(u.path, '')", "e.id IN ("+strings.Join(marks, ", ")+")", &args)
		query = with + query
		rows, err := client.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, fmt.Errorf("read contributions to tallies: %w", err)
		}
		for rows.Next() {
			var path string
			var k Key
			var v Value
			if err := rows.Scan(&path, &k.Measure, &k.Year, &k.Bucket, &v.N, &v.Total); err != nil {
				rows.Close()
				return nil, err
			}
			for _, unit := range Units(path) {
				k.Unit = unit
				out.add(Contributions{k: v})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Apply adds to the tallies what changed between two readings of the same employees' contributions.
// The changes are written in the order of their keys, so that two transactions meeting on the same
// tallies take their locks in the same order and never deadlock.
func Apply(ctx context.Context, client *ent.Client, before, after Contributions) error {
	changes := map[Key]Value{}
	for k, v := range after {
		changes[k] = v
	}
	for k, v := range before {
		now := changes[k]
		changes[k] = Value{N: now.N - v.N, Total: now.Total - v.Total}
	}
	keys := slices.SortedFunc(maps.Keys(changes), func(a, b Key) int {
		return cmp.Or(cmp.Compare(a.Unit, b.Unit), cmp.Compare(a.Measure, b.Measure), cmp.Compare(a.Year, b.Year), cmp.Compare(a.Bucket, b.Bucket))
	})
	keys = slices.DeleteFunc(keys, func(k Key) bool { return changes[k] == Value{} })
	for chunk := range slices.Chunk(keys, 200) {
		var args []any
		values := make([]string, len(chunk))
		for i, k := range chunk {
			v := changes[k]
			args = append(args, k.Unit, k.Measure, k.Year, k.Bucket, v.N, v.Total)
			n := len(args)
			values[i] = fmt.Sprintf("($%d, $%d, $%d, $%d, $%d, $%d)", n-5, n-4, n-3, n-2, n-1, n)
		}
		statement := "INSERT INTO unit_tallies (unit_id, measure, year, bucket, n, total) VALUES " + strings.Join(values, ", ") + " " + upsert
		if _, err := client.ExecContext(ctx, statement, args...); err != nil {
			return fmt.Errorf("update tallies: %w", err)
		}
	}
	return nil
}

type activeKey struct{}

// Touch runs a write that may change what the employees add to the tallies, and keeps the tallies.
// In a transaction (ent.TxFromContext) it reads each employee's contributions before the first write
// of the transaction that touches them, and applies the differences once, when the transaction
// commits: writes nested in hooks, and the builders of a bulk create (which ent runs nested in one
// another), are all counted once. Outside a transaction each write keeps the tallies by itself;
// bulk loads outside one mark their context with derive.Bulk and call Rebuild at their end.
func Touch(ctx context.Context, client *ent.Client, employees []pulid.ID, write func(context.Context) error) error {
	if len(employees) == 0 {
		return write(ctx)
	}
	if tx := ent.TxFromContext(ctx); tx != nil {
		if err := pendingOf(tx).before(ctx, tx.Client(), employees); err != nil {
			return err
		}
		return write(ctx)
	}
	return around(ctx, client, employees, write)
}

// around applies the difference one write makes. A write nested in another's around (a hook's
// derived write) is left to the outer one, which reads the contributions of all it touches before
// and after.
func around(ctx context.Context, client *ent.Client, employees []pulid.ID, write func(context.Context) error) error {
	if active, _ := ctx.Value(activeKey{}).(bool); active {
		return write(ctx)
	}
	ctx = context.WithValue(ctx, activeKey{}, true)
	before, err := Contribute(ctx, client, employees)
	if err != nil {
		return err
	}
	if err := write(ctx); err != nil {
		return err
	}
	after, err := Contribute(ctx, client, employees)
	if err != nil {
		return err
	}
	return Apply(ctx, client, before, after)
}

// pending is what a transaction's writes did to the tallies: the employees touched and their
// contributions before the first write.
type pending struct {
	mu        sync.Mutex
	employees []pulid.ID
	seen      map[pulid.ID]bool
	readings  Contributions
}

// transactions holds the pending tallies of the open transactions that touched some.
var transactions sync.Map // *ent.Tx → *pending

func pendingOf(tx *ent.Tx) *pending {
	if p, ok := transactions.Load(tx); ok {
		return p.(*pending)
	}
	p := &pending{seen: map[pulid.ID]bool{}, readings: Contributions{}}
	transactions.Store(tx, p)
	tx.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			transactions.Delete(tx)
			after, err := Contribute(ctx, tx.Client(), p.employees)
			if err != nil {
				return err
			}
			if err := Apply(ctx, tx.Client(), p.readings, after); err != nil {
				return err
			}
			return next.Commit(ctx, tx)
		})
	})
	tx.OnRollback(func(next ent.Rollbacker) ent.Rollbacker {
		return ent.RollbackFunc(func(ctx context.Context, tx *ent.Tx) error {
			transactions.Delete(tx)
			return next.Rollback(ctx, tx)
		})
	})
	return p
}

// before reads the contributions of the employees the transaction has not touched yet.
func (p *pending) before(ctx context.Context, client *ent.Client, employees []pulid.ID) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	var unseen []pulid.ID
	for _, id := range employees {
		if !p.seen[id] {
			p.seen[id] = true
			unseen = append(unseen, id)
		}
	}
	// Without the lock, a transaction that committed a change to the same employee between this
	// reading and this transaction's commit would be counted twice: once by its own delta, again in
	// this one's "after".
	if err := Lock(ctx, client, unseen); err != nil {
		return err
	}
	readings, err := Contribute(ctx, client, unseen)
	if err != nil {
		return err
	}
	p.readings.add(readings)
	p.employees = append(p.employees, unseen...)
	return nil
}

// Lock takes the employees' rows until the transaction ends, so that the transactions changing what
// one employee counts for take turns. PostgreSQL only: SQLite runs one writer at a time. In ID order,
// so that two transactions never wait on each other in a cycle; NO KEY UPDATE, because the writes
// that touch an employee (an enrolment referencing them) hold KEY SHARE locks on the row, which a FOR
// UPDATE would wait on.
func Lock(ctx context.Context, client *ent.Client, employees []pulid.ID) error {
	if len(employees) == 0 {
		return nil
	}
	ids := slices.Clone(employees)
	slices.Sort(ids)
	_, err := client.Employee.Query().Where(employee.IDIn(ids...)).Order(ent.Asc(employee.FieldID)).Select(employee.FieldID).
		Modify(func(s *sql.Selector) {
			if s.Dialect() == dialect.Postgres {
				s.For(sql.LockNoKeyUpdate)
			}
		}).Strings(privacy.DecisionContext(ctx, privacy.Allow))
	return err
}

package soak

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/jenjang/jenjang/internal/career"
)

// Invariants checks, in the database itself, what no load or fault may break, and returns how many
// checks ran and what broke.
type Invariants struct {
	DB *sql.DB
	// Reader is a client whose analytics cover everything (an administrator).
	Reader *Client
	Year   int
}

// Check runs every invariant; committed and failed are the request IDs of mutations the server
// answered as done and as failed by itself.
func (inv Invariants) Check(ctx context.Context, committed, failed []string) (checked int, violations []string) {
	add := func(format string, args ...any) { violations = append(violations, fmt.Sprintf(format, args...)) }
	count := func(query string, args ...any) int {
		checked++
		var n int
		if err := inv.DB.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
			add("%s: %v", query, err)
		}
		return n
	}

	if n := count(`SELECT count(*) FROM trainings t WHERE t.capacity < (SELECT count(*) FROM enrollments e WHERE e.training_id = t.id AND e.status <> 'CANCELLED')`); n > 0 {
		add("%d trainings hold more enrolments than seats", n)
	}
	if n := count(`SELECT count(*) FROM trainings t WHERE t.seats_taken <> (SELECT count(*) FROM enrollments e WHERE e.training_id = t.id AND e.status <> 'CANCELLED')`); n > 0 {
		add("%d trainings count their seats taken wrongly", n)
	}
	if n := count(`SELECT count(*) FROM applications WHERE eligibility IS NULL OR eligibility::text = 'null'`); n > 0 {
		add("%d applications without their eligibility result", n)
	}

	for _, id := range committed {
		if count(`SELECT count(*) FROM audit_entries WHERE request_id = $1`, id) == 0 {
			add("mutation of request %s was answered as done but has no audit entry", id)
		}
	}
	for _, id := range failed {
		if n := count(`SELECT count(*) FROM audit_entries WHERE request_id = $1`, id); n > 0 {
			add("mutation of request %s was answered as failed but wrote %d audit entries", id, n)
		}
	}

	checked++
	rows, err := inv.DB.QueryContext(ctx, `SELECT id, work_result, work_behavior, coalesce(predikat, '') FROM evaluations WHERE status = 'FINAL'`)
	if err != nil {
		add("final evaluations: %v", err)
	} else {
		for rows.Next() {
			var id, result, behavior, predikat string
			if err := rows.Scan(&id, &result, &behavior, &predikat); err != nil {
				add("final evaluations: %v", err)
				break
			}
			if want, ok := career.PredikatFor(career.Rating(result), career.Rating(behavior)); !ok || string(want) != predikat {
				add("final evaluation %s rated %s/%s has predikat %q, the matrix says %q", id, result, behavior, predikat, want)
			}
		}
		rows.Close()
	}

	violations = append(violations, inv.analytics(ctx, &checked)...)
	return checked, violations
}

// analytics compares what the dashboard's queries answer with counts recomputed from the rows.
func (inv Invariants) analytics(ctx context.Context, checked *int) (violations []string) {
	var got struct {
		PerformanceDistribution struct {
			Predikat []struct {
				Predikat string
				Count    struct{ Value int }
			}
		}
		Headcount struct{ Total struct{ Value int } }
	}
	*checked += 2
	if err := inv.Reader.Must(ctx, dashboardDoc, map[string]any{"y": inv.Year}, &got); err != nil {
		return []string{"dashboard query: " + err.Error()}
	}
	var headcount int
	if err := inv.DB.QueryRowContext(ctx, `SELECT count(*) FROM employees`).Scan(&headcount); err != nil {
		return []string{err.Error()}
	}
	if got.Headcount.Total.Value != headcount {
		violations = append(violations, fmt.Sprintf("headcount answers %d, the rows count %d", got.Headcount.Total.Value, headcount))
	}
	want := map[string]int{}
	rows, err := inv.DB.QueryContext(ctx, `SELECT ev.predikat, count(*) FROM evaluations ev
		WHERE ev.year = $1 AND ev.period = 'ANNUAL' AND ev.predikat IS NOT NULL GROUP BY ev.predikat`, inv.Year)
	if err != nil {
		return append(violations, err.Error())
	}
	defer rows.Close()
	for rows.Next() {
		var p string
		var n int
		if err := rows.Scan(&p, &n); err != nil {
			return append(violations, err.Error())
		}
		want[p] = n
	}
	for _, s := range got.PerformanceDistribution.Predikat {
		if s.Count.Value != want[s.Predikat] {
			violations = append(violations, fmt.Sprintf("%d predikat %s: the dashboard answers %d, the rows count %d", inv.Year, s.Predikat, s.Count.Value, want[s.Predikat]))
		}
	}
	return violations
}

// Package tally keeps the running counts the dashboards read (the unit_tallies table): for every unit
// at the top Depth levels of the tree, and for the whole dataset, how many employees fall in each
// bucket of each measure. One set of SQL sources says what is counted; it serves both the full
// rebuild after a bulk load (grouped in the database) and the upkeep of every write (the contributions
// of the employees the write touches, before and after, applied as differences in the same
// transaction), so the two cannot disagree.
package tally

import (
	"context"
	"fmt"
	"strings"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/internal/career"
)

// Depth is how many levels of the tree have tallies: regions, instansi and agencies. Below them
// subtrees are small enough to count from the rows; tallying them too would multiply the table by
// the tens of thousands of sections.
const Depth = 3

// Root is the unit of the tallies of the whole dataset (employees without a unit included).
const Root = ""

// IDLen is the length of an entity ID (a three-letter prefix and a 26-character ULID); a path is "/"
// followed by IDs each ended by "/".
const IDLen = 29

// The measures that are not an employee attribute.
const (
	// All counts everyone, in the bucket "".
	All = "ALL"
	// Talent counts, per year, the employees in each box of the 9-box grid.
	Talent = "TALENT"
	// JP counts, per year, the PNS who completed the required JP (n), and sums the JP completed
	// (total), in the bucket "".
	JP = "JP"
	// Retirement counts the active employees retiring in a year, by kind of post.
	Retirement = "RETIREMENT"
	// Promotion counts, per year Y, the active PNS below the top rank whose final annual predikat of
	// Y-2 and Y-1 allow a regular promotion, by the date they hold their rank since: a window of year Y
	// with rank-since cut-off C has every bucket up to C due.
	Promotion = "PROMOTION"
)

// Predikat is the measure of the predikat of the evaluations of one period, per year.
func Predikat(period career.EvaluationPeriod) string { return "PREDIKAT_" + string(period) }

// Attributes are the measures that are an employee attribute, named like the headcount dimensions.
var Attributes = []string{"RANK", "RANK_GROUP", "POSITION_KIND", "EDUCATION", "GENDER", "EMPLOYMENT_TYPE"}

// AttributeKey is the SQL of an employee attribute's bucket, over the employee's columns (col names a
// column of the employees table) and the kind of their post (kind: an expression, NULL without a post).
func AttributeKey(measure string, col func(string) string, kind string) string {
	switch measure {
	case "RANK":
		return fmt.Sprintf("COALESCE(%s, %s)", col("rank"), col("pppk_grade"))
	case "RANK_GROUP":
		return fmt.Sprintf("CASE WHEN %[1]s = 'PPPK' THEN 'PPPK' WHEN %[2]s <= 4 THEN 'I' WHEN %[2]s <= 8 THEN 'II' WHEN %[2]s <= 12 THEN 'III' ELSE 'IV' END",
			col("employment_type"), col("rank_order"))
	case "POSITION_KIND":
		return fmt.Sprintf("COALESCE(%s, 'NONE')", kind)
	case "EDUCATION":
		return col("education")
	case "GENDER":
		return col("gender")
	case "EMPLOYMENT_TYPE":
		return col("employment_type")
	}
	panic("tally: no attribute " + measure)
}

// Units returns the units whose tallies count an employee placed in the unit of the path: its
// ancestors (and itself) at the top Depth levels, and Root. An empty path (no unit) is Root only.
func Units(path string) []string {
	ids := strings.Split(strings.Trim(path, "/"), "/")
	if path == "" {
		ids = nil
	}
	out := []string{Root}
	for i, id := range ids {
		if i == Depth {
			break
		}
		out = append(out, id)
	}
	return out
}

// Tallied reports whether the unit at this path ("" for the whole dataset) has tallies of its own.
func Tallied(path string) bool { return depth(path) <= Depth }

// ChildrenTallied reports whether the children of the unit at this path have tallies of their own.
func ChildrenTallied(path string) bool { return depth(path) < Depth }

// depth is the level of the unit at the path: 1 for a root unit, 0 for the whole dataset.
func depth(path string) int { return max(strings.Count(path, "/")-1, 0) }

// Key is one tally: a unit's bucket of a measure (in a year).
type Key struct {
	Unit, Measure string
	Year          int
	Bucket        string
}

// Value is what a tally holds.
type Value struct{ N, Total int }

// Row is one tally read.
type Row struct {
	Key
	Value
}

// Read returns the tallies of the units for the measures, in the given years (any year when none is
// given), leaving out empty ones.
func Read(ctx context.Context, client *ent.Client, units, measures []string, years ...int) ([]Row, error) {
	if len(units) == 0 {
		return nil, nil
	}
	var b strings.Builder
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	list := func(values ...any) string {
		marks := make([]string, len(values))
		for i, v := range values {
			marks[i] = arg(v)
		}
		return "(" + strings.Join(marks, ", ") + ")"
	}
	b.WriteString("SELECT unit_id, measure, year, bucket, n, total FROM unit_tallies WHERE unit_id IN " + list(anys(units)...) + " AND measure IN " + list(anys(measures)...))
	if len(years) > 0 {
		b.WriteString(" AND year IN " + list(anys(years)...))
	}
	b.WriteString(" AND (n <> 0 OR total <> 0)")
	rows, err := client.QueryContext(ctx, b.String(), args...)
	if err != nil {
		return nil, fmt.Errorf("read tallies: %w", err)
	}
	defer rows.Close()
	var out []Row
	for rows.Next() {
		var r Row
		if err := rows.Scan(&r.Unit, &r.Measure, &r.Year, &r.Bucket, &r.N, &r.Total); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func anys[T any](values []T) []any {
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = v
	}
	return out
}

package tally

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

// sources is the SQL that says what is counted, as a WITH clause and a SELECT that yields the columns
// t_unit, t_measure, t_year, t_bucket, t_n, t_total: one branch per measure, each grouped by the unit
// expression (over the employee e and their unit u). where filters the employees. The employees, and
// their yearly figures, are read once into materialised tables that every branch groups again.
// Dates are compared as their text (YYYY-MM-DD…): both databases store them at midnight UTC, and the
// store makes PostgreSQL sessions speak UTC.
func sources(unit, where string, args *[]any) (with, query string) {
	arg := func(v any) string {
		*args = append(*args, v)
		return fmt.Sprintf("$%d", len(*args))
	}
	col := func(c string) string { return "e." + c }
	keys := make([]string, len(Attributes))
	for i, a := range Attributes {
		keys[i] = fmt.Sprintf("%s AS k%d", AttributeKey(a, col, "p.kind"), i)
	}
	// The conditions of a regular promotion that do not depend on the window's date; the rank-since
	// cut-off is the bucket.
	c := career.RegularPromotionCriteria(time.Time{})
	allowed := make([]string, len(c.AllowedPredikat))
	for i, p := range c.AllowedPredikat {
		allowed[i] = arg(string(p))
	}
	in := "IN (" + strings.Join(allowed, ", ") + ")"
	with = fmt.Sprintf(`WITH te AS MATERIALIZED (
		SELECT e.id, %s AS t_unit, e.employment_type, e.status, %s,
			SUBSTR(CAST(e.rank_since AS TEXT), 1, 10) AS rank_since,
			CAST(SUBSTR(CAST(e.retirement_date AS TEXT), 1, 4) AS INTEGER) AS retirement_year,
			(e.employment_type = 'PNS' AND e.status = 'ACTIVE' AND e.rank_since IS NOT NULL AND e.rank_order <= %s) AS promotable
		FROM employees e LEFT JOIN org_units u ON u.id = e.unit_id LEFT JOIN positions p ON p.id = e.position_id
		WHERE %s
	), ty AS MATERIALIZED (
		SELECT te.t_unit, te.employment_type, te.promotable, te.rank_since, y.employee_id, y.year, y.predikat, y.talent_box, y.jp_completed
		FROM employee_years y JOIN te ON te.id = y.employee_id
	) `, unit, strings.Join(keys, ", "), arg(c.MaxRankOrder), where)

	var parts []string
	add := func(measure, year, bucket, n, total, from string) {
		parts = append(parts, fmt.Sprintf("SELECT t_unit, %s AS t_measure, %s AS t_year, %s AS t_bucket, %s AS t_n, %s AS t_total %s GROUP BY t_unit, t_measure, t_year, t_bucket",
			measure, year, bucket, n, total, from))
	}
	add("'"+All+"'", "0", "''", "COUNT(*)", "0", "FROM te")
	for i, a := range Attributes {
		add("'"+a+"'", "0", fmt.Sprintf("k%d", i), "COUNT(*)", "0", "FROM te")
	}
	add("'PREDIKAT_' || ev.period", "ev.year", "ev.predikat", "COUNT(*)", "0",
		"FROM evaluations ev JOIN te ON te.id = ev.employee_id WHERE ev.predikat IS NOT NULL")
	add("'"+Talent+"'", "year", "CAST(talent_box AS TEXT)", "COUNT(*)", "0", "FROM ty WHERE talent_box IS NOT NULL")
	add("'"+JP+"'", "year", "''",
		fmt.Sprintf("SUM(CASE WHEN employment_type = 'PNS' AND jp_completed >= %s THEN 1 ELSE 0 END)", arg(career.RequiredJP)),
		"SUM(jp_completed)", "FROM ty")
	add("'"+Retirement+"'", "retirement_year", fmt.Sprintf("k%d", slices.Index(Attributes, "POSITION_KIND")), "COUNT(*)", "0",
		"FROM te WHERE status = 'ACTIVE' AND retirement_year IS NOT NULL")
	// A year Y counts those whose final predikat of each of the PromotionYears years before it is
	// allowed: the row of the last of those years, and the rows before it (LAG) of the years before.
	var lags, due []string
	for i := 1; i < career.PromotionYears; i++ {
		lags = append(lags, fmt.Sprintf("LAG(predikat, %[1]d) OVER w AS p%[1]d, LAG(year, %[1]d) OVER w AS y%[1]d", i))
		due = append(due, fmt.Sprintf("p%[1]d %[2]s AND y%[1]d = year - %[1]d", i, in))
	}
	history := "SELECT t_unit, rank_since, year, predikat"
	if len(lags) > 0 {
		history += ", " + strings.Join(lags, ", ")
	}
	history += " FROM ty WHERE promotable WINDOW w AS (PARTITION BY employee_id ORDER BY year)"
	add("'"+Promotion+"'", "year + 1", "rank_since", "COUNT(*)", "0",
		"FROM ("+history+") h WHERE "+strings.Join(append([]string{"predikat " + in}, due...), " AND "))
	return with, strings.Join(parts, " UNION ALL ")
}

// tallyUnit is the SQL of the unit whose tallies count an employee directly: their unit, or its
// ancestor at depth Depth when deeper; Root without a unit.
func tallyUnit() string {
	deepest := 1 + Depth*(IDLen+1)
	return fmt.Sprintf("CASE WHEN u.path IS NULL THEN '' WHEN LENGTH(u.path) > %d THEN SUBSTR(u.path, %d, %d) ELSE SUBSTR(u.path, LENGTH(u.path) - %d, %d) END",
		deepest, 2+(Depth-1)*(IDLen+1), IDLen, IDLen, IDLen)
}

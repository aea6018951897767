package analytics

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/tally"
)

// maxForecastYears bounds a retirement forecast.
const maxForecastYears = 20

// RetirementYear is the retirements of one year, in total and by kind of post.
type RetirementYear struct {
	Year   int
	Total  Count
	ByKind []HeadcountGroup
}

// RetirementForecast is the retirements (BUP) of the coming years.
type RetirementForecast struct {
	FromYear int
	Years    []RetirementYear
	// Unit is the scope asked for, if any.
	Unit *pulid.ID
}

// RetirementForecastOf counts the active employees of the scope whose retirement date (stored, from
// career.RetirementDate) falls in each year from fromYear on, by kind of post.
func (s Service) RetirementForecastOf(ctx context.Context, fromYear, years int, unitID *pulid.ID) (*RetirementForecast, error) {
	if years < 1 || years > maxForecastYears {
		return nil, &career.FieldError{Field: "years", Message: fmt.Sprintf("forecast 1 to %d years, not %d", maxForecastYears, years)}
	}
	rows, err := s.retirementRows(ctx, fromYear, years, unitID)
	if err != nil {
		return nil, err
	}
	byYear := map[int]map[string]int{}
	for _, r := range rows {
		if byYear[r.Year] == nil {
			byYear[r.Year] = map[string]int{}
		}
		byYear[r.Year][r.Kind.String] += r.N
	}
	labels, err := s.labeller(ctx, []Dimension{ByPositionKind}, func(func(string) bool) {})
	if err != nil {
		return nil, err
	}
	out := &RetirementForecast{FromYear: fromYear, Unit: unitID}
	for y := fromYear; y < fromYear+years; y++ {
		ry := RetirementYear{Year: y}
		total := 0
		for _, kind := range append(career.PositionKind("").Values(), "NONE") {
			n, ok := byYear[y][kind]
			if !ok {
				continue
			}
			total += n
			ry.ByKind = append(ry.ByKind, HeadcountGroup{
				Buckets: []Bucket{{Dimension: ByPositionKind, Key: kind, Label: labels(ByPositionKind, kind)}},
				Count:   count(ctx, n),
			})
		}
		ry.Total = count(ctx, total)
		out.Years = append(out.Years, ry)
	}
	return out, nil
}

// retirementRow is the retirements of one year from one kind of post.
type retirementRow struct {
	Year int            `json:"year"`
	Kind sql.NullString `json:"kind"`
	N    int            `json:"n"`
}

// retirementRows counts per year and kind from the tallies where they hold the answer, or else from
// the employees.
func (s Service) retirementRows(ctx context.Context, fromYear, years int, unitID *pulid.ID) ([]retirementRow, error) {
	p, err := s.plan(ctx, unitID, false)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return s.retirementFromRows(ctx, fromYear, years, unitID)
	}
	span := make([]int, years)
	for i := range span {
		span[i] = fromYear + i
	}
	counts, err := s.read(ctx, p, []string{tally.Retirement}, span...)
	if err != nil {
		return nil, err
	}
	var rows []retirementRow
	for k, v := range counts.total {
		if v.N != 0 {
			rows = append(rows, retirementRow{Year: k.year, Kind: sql.NullString{String: k.bucket, Valid: true}, N: v.N})
		}
	}
	return rows, nil
}

// retirementFromRows counts the employees themselves.
func (s Service) retirementFromRows(ctx context.Context, fromYear, years int, unitID *pulid.ID) ([]retirementRow, error) {
	q, _, err := s.employees(ctx, unitID, false)
	if err != nil {
		return nil, err
	}
	start := time.Date(fromYear, time.January, 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(years, 0, 0)
	q.Where(employee.StatusEQ(employee.StatusACTIVE), employee.RetirementDateGTE(start), employee.RetirementDateLT(end))
	var rows []retirementRow
	err = q.Modify(func(sel *sql.Selector) {
		p := sql.Table(position.Table).As("rp")
		sel.LeftJoin(p).On(sel.C(employee.FieldPositionID), p.C(position.FieldID))
		sel.Select().
			AppendSelectExprAs(sql.ExprFunc(func(b *sql.Builder) {
				// The year of the retirement date, from cut-offs computed here: the same SQL on both databases.
				b.WriteString("CASE")
				for y := fromYear; y < fromYear+years-1; y++ {
					b.WriteString(" WHEN ").Ident(sel.C(employee.FieldRetirementDate)).WriteString(" < ").Arg(time.Date(y+1, time.January, 1, 0, 0, 0, 0, time.UTC))
					b.WriteString(fmt.Sprintf(" THEN %d", y))
				}
				b.WriteString(fmt.Sprintf(" ELSE %d END", fromYear+years-1))
			}), "year").
			AppendSelectExprAs(sql.Expr(fmt.Sprintf("COALESCE(%s, 'NONE')", p.C(position.FieldKind))), "kind").
			AppendSelectAs("COUNT(*)", "n").
			GroupBy("year", "kind")
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	return rows, err
}

package analytics

import (
	"context"
	"fmt"
	"strconv"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/tally"
)

// TalentCell is one box of the 9-box grid.
type TalentCell struct {
	Box         int
	Performance career.PerformanceAxis
	Potential   career.PotentialLevel
	Label       string
	InPool      bool
	Count       Count
}

// TalentMatrix is the 9-box grid of a year: every box, and how many have no placement yet.
type TalentMatrix struct {
	Year     int
	Cells    []TalentCell
	Placed   Count
	Unplaced Count
}

// TalentMatrixOf counts the employees of the scope in each box of the year's 9-box grid, from the
// stored yearly figures.
func (s Service) TalentMatrixOf(ctx context.Context, year int, unitID *pulid.ID) (*TalentMatrix, error) {
	rows, err := s.talentRows(ctx, year, unitID)
	if err != nil {
		return nil, err
	}
	boxes := map[int]int{}
	placed, unplaced := 0, 0
	for _, r := range rows {
		if r.Box.Valid {
			boxes[int(r.Box.Int64)] = r.N
			placed += r.N
		} else {
			unplaced += r.N
		}
	}
	out := &TalentMatrix{Year: year, Placed: count(ctx, placed), Unplaced: count(ctx, unplaced)}
	for box := 9; box >= 1; box-- {
		performance, potential, _ := career.TalentBoxAxes(box)
		out.Cells = append(out.Cells, TalentCell{
			Box: box, Performance: performance, Potential: potential,
			Label: career.TalentBoxLabel(box), InPool: career.InTalentPool(box), Count: count(ctx, boxes[box]),
		})
	}
	return out, nil
}

// TalentBoxMembers returns the employees of the scope placed in one box in the year, as a query the
// resolver pages through like any employees connection.
func (s Service) TalentBoxMembers(ctx context.Context, year, box int, unitID *pulid.ID) (*ent.EmployeeQuery, error) {
	if box < 1 || box > 9 {
		return nil, &career.FieldError{Field: "box", Message: "a box of the 9-box grid is 1 to 9"}
	}
	q, _, err := s.employees(ctx, unitID, false)
	if err != nil {
		return nil, err
	}
	return q.Where(employee.HasYearsWith(employeeyear.Year(year), employeeyear.TalentBox(box))), nil
}

// boxRow is the count of one box, or of those without one.
type boxRow struct {
	Box sql.NullInt64 `json:"box"`
	N   int           `json:"n"`
}

// talentRows counts per box from the tallies where they hold the answer, or else from the yearly
// figures.
func (s Service) talentRows(ctx context.Context, year int, unitID *pulid.ID) ([]boxRow, error) {
	p, err := s.plan(ctx, unitID, false)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return s.talentFromRows(ctx, year, unitID)
	}
	counts, err := s.read(ctx, p, []string{tally.All, tally.Talent}, 0, year)
	if err != nil {
		return nil, err
	}
	unplaced := counts.total[tallyKey{tally.All, 0, ""}].N
	var rows []boxRow
	for k, v := range counts.total {
		if k.measure != tally.Talent || v.N == 0 {
			continue
		}
		box, err := strconv.Atoi(k.bucket)
		if err != nil {
			return nil, fmt.Errorf("tally of box %q: %w", k.bucket, err)
		}
		rows = append(rows, boxRow{Box: sql.NullInt64{Int64: int64(box), Valid: true}, N: v.N})
		unplaced -= v.N
	}
	if unplaced > 0 {
		rows = append(rows, boxRow{N: unplaced})
	}
	return rows, nil
}

// talentFromRows counts the yearly figures themselves.
func (s Service) talentFromRows(ctx context.Context, year int, unitID *pulid.ID) ([]boxRow, error) {
	q, _, err := s.employees(ctx, unitID, false)
	if err != nil {
		return nil, err
	}
	var rows []boxRow
	err = q.Modify(func(sel *sql.Selector) {
		y := sql.Table(employeeyear.Table).As("y")
		sel.LeftJoin(y).OnP(sql.And(
			sql.ColumnsEQ(y.C(employeeyear.FieldEmployeeID), sel.C(employee.FieldID)),
			sql.EQ(y.C(employeeyear.FieldYear), year),
		))
		sel.Select().AppendSelectAs(y.C(employeeyear.FieldTalentBox), "box").AppendSelectAs("COUNT(*)", "n").
			GroupBy(y.C(employeeyear.FieldTalentBox))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	return rows, err
}

package analytics

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
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
	q, _, err := s.employees(ctx, unitID)
	if err != nil {
		return nil, err
	}
	var rows []struct {
		Box sql.NullInt64 `json:"box"`
		N   int           `json:"n"`
	}
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
	q, _, err := s.employees(ctx, unitID)
	if err != nil {
		return nil, err
	}
	return q.Where(employee.HasYearsWith(employeeyear.Year(year), employeeyear.TalentBox(box))), nil
}

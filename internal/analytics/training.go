package analytics

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/tally"
)

// Compliance is where a group stands against the 20 JP right.
type Compliance struct {
	// Employees counts everyone; PNS those the right applies to; Met the PNS with 20 JP or more.
	Employees, PNS, Met Count
	// MetShare is Met over PNS, nil when hidden or there are no PNS.
	MetShare *float64
	// JP is the lesson hours completed by the group in the year.
	JP int
}

// UnitCompliance is one unit's compliance.
type UnitCompliance struct {
	Unit       *ent.OrgUnit
	Compliance Compliance
}

// TrainingCompliance is the year's compliance with the 20 JP right, overall and per unit.
type TrainingCompliance struct {
	Year       int
	RequiredJP int
	Compliance Compliance
	Units      []UnitCompliance
}

// TrainingComplianceOf counts, per unit below the scope, the PNS who completed at least the required
// JP in the year (career.TrainingCompliance), from the stored yearly figures.
func (s Service) TrainingComplianceOf(ctx context.Context, year int, unitID *pulid.ID) (*TrainingCompliance, error) {
	rows, err := s.complianceRows(ctx, year, unitID)
	if err != nil {
		return nil, err
	}
	keys := make([]string, len(rows))
	byUnit := map[string]int{}
	var all struct{ n, pns, met, jp int }
	for i, r := range rows {
		keys[i] = r.Unit.String
		byUnit[r.Unit.String] = i
		all.n, all.pns, all.met, all.jp = all.n+r.N, all.pns+r.PNS, all.met+r.Met, all.jp+r.JP
	}
	units, err := s.unitsByID(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := &TrainingCompliance{Year: year, RequiredJP: career.RequiredJP, Compliance: compliance(ctx, all.n, all.pns, all.met, all.jp)}
	for _, u := range units {
		r := rows[byUnit[string(u.ID)]]
		out.Units = append(out.Units, UnitCompliance{Unit: u, Compliance: compliance(ctx, r.N, r.PNS, r.Met, r.JP)})
	}
	return out, nil
}

func compliance(ctx context.Context, n, pns, met, jp int) Compliance {
	c := Compliance{Employees: count(ctx, n), PNS: count(ctx, pns), Met: count(ctx, met), JP: jp}
	if c.Met.Value != nil && c.PNS.Value != nil && pns > 0 {
		share := float64(met) / float64(pns)
		c.MetShare = &share
	}
	return c
}

// complianceRow is the compliance of one unit group.
type complianceRow struct {
	Unit sql.NullString `json:"unit"`
	N    int            `json:"n"`
	PNS  int            `json:"pns"`
	Met  int            `json:"met"`
	JP   int            `json:"jp"`
}

// complianceRows counts per unit group from the tallies where they hold the answer, or else from the
// employees and their yearly figures.
func (s Service) complianceRows(ctx context.Context, year int, unitID *pulid.ID) ([]complianceRow, error) {
	p, err := s.plan(ctx, unitID, true)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return s.complianceFromRows(ctx, year, unitID)
	}
	counts, err := s.read(ctx, p, []string{tally.All, "EMPLOYMENT_TYPE", tally.JP}, 0, year)
	if err != nil {
		return nil, err
	}
	var rows []complianceRow
	for unit, values := range counts.groups {
		r := complianceRow{
			Unit: sql.NullString{String: unit, Valid: unit != ""},
			N:    values[tallyKey{tally.All, 0, ""}].N,
			PNS:  values[tallyKey{"EMPLOYMENT_TYPE", 0, string(career.EmploymentPNS)}].N,
			Met:  values[tallyKey{tally.JP, year, ""}].N,
			JP:   values[tallyKey{tally.JP, year, ""}].Total,
		}
		if r.N != 0 {
			rows = append(rows, r)
		}
	}
	return rows, nil
}

// complianceFromRows counts the employees and their yearly figures themselves.
func (s Service) complianceFromRows(ctx context.Context, year int, unitID *pulid.ID) ([]complianceRow, error) {
	q, sc, err := s.employees(ctx, unitID, true)
	if err != nil {
		return nil, err
	}
	var rows []complianceRow
	err = q.Modify(func(sel *sql.Selector) {
		y := sql.Table(employeeyear.Table).As("y")
		sel.LeftJoin(y).OnP(sql.And(
			sql.ColumnsEQ(y.C(employeeyear.FieldEmployeeID), sel.C(employee.FieldID)),
			sql.EQ(y.C(employeeyear.FieldYear), year),
		))
		jp := "COALESCE(" + y.C(employeeyear.FieldJpCompleted) + ", 0)"
		pns := sel.C(employee.FieldEmploymentType) + " = 'PNS'"
		sel.Select().AppendSelectExprAs(sql.Expr(unitGroup(sel, sc)), "unit").
			AppendSelectAs("COUNT(*)", "n").
			AppendSelectAs("SUM(CASE WHEN "+pns+" THEN 1 ELSE 0 END)", "pns").
			AppendSelectExprAs(sql.ExprFunc(func(b *sql.Builder) {
				b.WriteString("SUM(CASE WHEN " + pns + " AND " + jp + " >= ").Arg(career.RequiredJP).WriteString(" THEN 1 ELSE 0 END)")
			}), "met").
			AppendSelectAs("SUM("+jp+")", "jp").
			GroupBy("unit")
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	return rows, err
}

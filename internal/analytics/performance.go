package analytics

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/tally"
)

// PredikatShare is how many assessed employees have one predikat, and their share of the assessed.
type PredikatShare struct {
	Predikat career.Predikat
	Label    string
	Count    Count
	// Share is nil when the count is hidden.
	Share *float64
}

// UnitDistribution is one unit's predikat distribution beside the caps its rating allows.
type UnitDistribution struct {
	Unit       *ent.OrgUnit
	UnitRating *career.UnitPerformance
	Total      Count
	Predikat   []PredikatShare
	// Caps are empty when the unit has no rating for the year.
	Caps []career.CapCheck
}

// PerformanceDistribution is the predikat distribution of a year and period, overall and per unit.
type PerformanceDistribution struct {
	Year     int
	Period   career.EvaluationPeriod
	Total    Count
	Predikat []PredikatShare
	Units    []UnitDistribution
}

// PerformanceOf counts the assessed evaluations (those with a predikat: assessed, objected or final) of
// a year and period by predikat, overall and per unit below the scope, with each unit's caps.
func (s Service) PerformanceOf(ctx context.Context, year int, period career.EvaluationPeriod, unitID *pulid.ID) (*PerformanceDistribution, error) {
	rows, err := s.performanceRows(ctx, year, period, unitID)
	if err != nil {
		return nil, err
	}
	overall := map[career.Predikat]int{}
	perUnit := map[string]map[career.Predikat]int{}
	var keys []string
	for _, r := range rows {
		p := career.Predikat(r.Predikat)
		overall[p] += r.N
		if perUnit[r.Unit.String] == nil {
			perUnit[r.Unit.String] = map[career.Predikat]int{}
			keys = append(keys, r.Unit.String)
		}
		perUnit[r.Unit.String][p] += r.N
	}
	units, err := s.unitsByID(ctx, keys)
	if err != nil {
		return nil, err
	}
	rated, caps, err := s.capsFor(ctx, units, year)
	if err != nil {
		return nil, err
	}
	out := &PerformanceDistribution{Year: year, Period: period}
	out.Total, out.Predikat = shares(ctx, overall)
	for _, u := range units {
		d := UnitDistribution{Unit: u}
		counts := perUnit[string(u.ID)]
		d.Total, d.Predikat = shares(ctx, counts)
		if rating, ok := rated[u.ID]; ok {
			d.UnitRating = &rating
			d.Caps = career.Calibrate(counts, caps[rating])
		}
		out.Units = append(out.Units, d)
	}
	return out, nil
}

// shares lists every predikat, best first, with its count and share of the total.
func shares(ctx context.Context, counts map[career.Predikat]int) (Count, []PredikatShare) {
	total := 0
	for _, n := range counts {
		total += n
	}
	out := make([]PredikatShare, len(career.Predikats))
	for i, p := range career.Predikats {
		c := count(ctx, counts[p])
		out[i] = PredikatShare{Predikat: p, Label: p.Label(), Count: c}
		if c.Value != nil && total > 0 {
			share := float64(counts[p]) / float64(total)
			out[i].Share = &share
		}
	}
	return count(ctx, total), out
}

// predikatRow is the count of one predikat in one unit group.
type predikatRow struct {
	Unit     sql.NullString `json:"unit"`
	Predikat string         `json:"predikat"`
	N        int            `json:"n"`
}

// performanceRows counts the predikat per unit group from the tallies where they hold the answer, or
// else from the evaluations.
func (s Service) performanceRows(ctx context.Context, year int, period career.EvaluationPeriod, unitID *pulid.ID) ([]predikatRow, error) {
	p, err := s.plan(ctx, unitID, true)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return s.performanceFromRows(ctx, year, period, unitID)
	}
	counts, err := s.read(ctx, p, []string{tally.Predikat(period)}, year)
	if err != nil {
		return nil, err
	}
	var rows []predikatRow
	for unit, values := range counts.groups {
		for k, v := range values {
			if v.N != 0 {
				rows = append(rows, predikatRow{Unit: sql.NullString{String: unit, Valid: unit != ""}, Predikat: k.bucket, N: v.N})
			}
		}
	}
	return rows, nil
}

// performanceFromRows counts the evaluations themselves.
func (s Service) performanceFromRows(ctx context.Context, year int, period career.EvaluationPeriod, unitID *pulid.ID) ([]predikatRow, error) {
	q, sc, err := s.employees(ctx, unitID, true)
	if err != nil {
		return nil, err
	}
	var rows []predikatRow
	err = q.Modify(func(sel *sql.Selector) {
		ev := sql.Table(evaluation.Table).As("ev")
		sel.Join(ev).OnP(sql.And(
			sql.ColumnsEQ(ev.C(evaluation.FieldEmployeeID), sel.C(employee.FieldID)),
			sql.EQ(ev.C(evaluation.FieldYear), year),
			sql.EQ(ev.C(evaluation.FieldPeriod), string(period)),
			sql.NotNull(ev.C(evaluation.FieldPredikat)),
		))
		sel.Select().AppendSelectExprAs(sql.Expr(unitGroup(sel, sc)), "unit").
			AppendSelectAs(ev.C(evaluation.FieldPredikat), "predikat").
			AppendSelectAs("COUNT(*)", "n").
			GroupBy("unit", ev.C(evaluation.FieldPredikat))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	return rows, err
}

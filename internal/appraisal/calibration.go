package appraisal

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/calibrationcap"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/unitrating"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// Calibration is a unit's predikat distribution for a year and period against the caps of its rating.
type Calibration struct {
	// Unit is the employee's nearest unit (itself or above) rated for the year; nil when none is.
	Unit       *ent.OrgUnit
	UnitRating *career.UnitPerformance
	Year       int
	Period     career.EvaluationPeriod
	// Predikat is the one the assessment gives (or would give, in a preview).
	Predikat *career.Predikat
	Assessed int
	Caps     []career.CapCheck
	Warnings []string
}

// Preview is the calibration an assessment with these ratings would meet, for an evaluation the viewer
// can read.
func (s Service) Preview(ctx context.Context, id pulid.ID, workResult, workBehavior career.Rating) (*Calibration, error) {
	ev, err := s.client(ctx).Evaluation.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	p, ok := career.PredikatFor(workResult, workBehavior)
	if !ok {
		return nil, &career.FieldError{Field: "workResult", Message: "rating tidak dikenal"}
	}
	return s.calibration(ctx, ev, &p)
}

// calibration counts the predikat of the rated unit's evaluations of the same year and period, with the
// evaluation's own predikat (or the preview's in its place), and checks them against the unit's caps.
// The counts are statistics the assessor needs whatever rows they may read: no person is named.
func (s Service) calibration(ctx context.Context, ev *ent.Evaluation, preview *career.Predikat) (*Calibration, error) {
	client := s.client(ctx)
	ctx = access.Allow(ctx)
	out := &Calibration{Year: ev.Year, Period: ev.Period, Predikat: ev.Predikat, Caps: []career.CapCheck{}, Warnings: []string{}}
	if preview != nil {
		out.Predikat = preview
	}
	emp, err := client.Employee.Query().Where(employee.ID(ev.EmployeeID)).WithUnit().Only(ctx)
	if err != nil || emp.Edges.Unit == nil {
		return out, err
	}
	unit, rating, err := ratedUnit(ctx, client, emp.Edges.Unit, ev.Year)
	if err != nil || unit == nil {
		return out, err
	}
	out.Unit, out.UnitRating = unit, &rating
	var rows []struct {
		Predikat career.Predikat `json:"predikat"`
		Count    int             `json:"count"`
	}
	err = client.Evaluation.Query().
		Where(evaluation.Year(ev.Year), evaluation.PeriodEQ(ev.Period), evaluation.PredikatNotNil(), evaluation.IDNEQ(ev.ID),
			evaluation.HasEmployeeWith(employee.HasUnitWith(orgunit.PathHasPrefix(unit.Path)))).
		GroupBy(evaluation.FieldPredikat).Aggregate(ent.Count()).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	counts := map[career.Predikat]int{}
	for _, r := range rows {
		counts[r.Predikat] = r.Count
		out.Assessed += r.Count
	}
	if out.Predikat != nil {
		counts[*out.Predikat]++
		out.Assessed++
	}
	stored, err := client.CalibrationCap.Query().Where(calibrationcap.UnitRatingEQ(rating)).All(ctx)
	if err != nil {
		return nil, err
	}
	caps := make([]career.Cap, len(stored))
	for i, c := range stored {
		caps[i] = career.Cap{AtLeast: c.AtLeast, MaxShare: c.MaxShare}
	}
	slices.SortFunc(caps, func(a, b career.Cap) int { return cmp.Compare(b.AtLeast.Order(), a.AtLeast.Order()) })
	out.Caps = career.Calibrate(counts, caps)
	for _, c := range out.Caps {
		if c.Over {
			out.Warnings = append(out.Warnings, fmt.Sprintf(
				"Predikat %s ke atas: %d dari %d pegawai %s (%.0f%%), melebihi batas %.0f%% (paling banyak %d) untuk unit berkinerja %s",
				c.AtLeast.Label(), c.Count, out.Assessed, unit.Name, c.Share*100, c.MaxShare*100, c.Allowed, rating.Label()))
		}
	}
	return out, nil
}

// ratedUnit is the unit itself or its nearest ancestor with a rating for the year.
func ratedUnit(ctx context.Context, client *ent.Client, unit *ent.OrgUnit, year int) (*ent.OrgUnit, career.UnitPerformance, error) {
	var chain []pulid.ID
	for _, id := range strings.Split(strings.Trim(unit.Path, "/"), "/") {
		chain = append(chain, pulid.ID(id))
	}
	ratings, err := client.UnitRating.Query().Where(unitrating.UnitIDIn(chain...), unitrating.Year(year)).WithUnit().All(ctx)
	if err != nil || len(ratings) == 0 {
		return nil, "", err
	}
	nearest := slices.MaxFunc(ratings, func(a, b *ent.UnitRating) int {
		return cmp.Compare(len(a.Edges.Unit.Path), len(b.Edges.Unit.Path))
	})
	return nearest.Edges.Unit, nearest.Rating, nil
}

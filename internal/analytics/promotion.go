package analytics

import (
	"context"
	"fmt"
	"slices"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/predicate"
	"github.com/jenjang/jenjang/ent/promotionwindow"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/tally"
)

// WindowPipeline is how many employees are due for regular rank promotion in one window.
type WindowPipeline struct {
	Window *ent.PromotionWindow
	// Due counts everyone due in the window; NewlyDue those first due in it (not in an earlier
	// window of the year).
	Due, NewlyDue Count
}

// PromotionPipeline is the regular rank promotions due in each window of a year.
type PromotionPipeline struct {
	Year    int
	Windows []WindowPipeline
}

// dueBeforeRankSince selects the active PNS of the criteria's predikat years and rank, whatever their
// rank since: the windows of one year share those conditions and differ only in the rank-since date.
func dueBeforeRankSince(c career.PromotionCriteria) []predicate.Employee {
	preds := []predicate.Employee{
		employee.EmploymentTypeEQ(career.EmploymentPNS),
		employee.StatusEQ(employee.StatusACTIVE),
		employee.RankOrderLTE(c.MaxRankOrder),
	}
	for _, year := range c.Years {
		preds = append(preds, employee.HasYearsWith(employeeyear.Year(year), employeeyear.PredikatIn(c.AllowedPredikat...)))
	}
	return preds
}

// PromotionPipelineOf counts, for each promotion window of the year, the employees of the scope due
// for regular rank promotion (career.RegularPromotionCriteria), in one pass over the employees.
func (s Service) PromotionPipelineOf(ctx context.Context, year int, unitID *pulid.ID) (*PromotionPipeline, error) {
	windows, err := s.Client.PromotionWindow.Query().
		Where(promotionwindow.EffectiveOnGTE(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)), promotionwindow.EffectiveOnLT(time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC))).
		Order(ent.Asc(promotionwindow.FieldEffectiveOn)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := &PromotionPipeline{Year: year}
	if len(windows) == 0 {
		return out, nil
	}
	rows, err := s.pipelineRows(ctx, year, windows, unitID)
	if err != nil {
		return nil, err
	}
	newly := make([]int, len(windows))
	for _, r := range rows {
		if r.First >= 0 {
			newly[r.First] = r.N
		}
	}
	due := 0
	for i, w := range windows {
		due += newly[i]
		out.Windows = append(out.Windows, WindowPipeline{Window: w, NewlyDue: count(ctx, newly[i]), Due: count(ctx, due)})
	}
	return out, nil
}

// PromotionDue returns the employees of the scope due for regular rank promotion in a window, as a
// query the resolver pages through.
func (s Service) PromotionDue(ctx context.Context, windowID pulid.ID, unitID *pulid.ID) (*ent.EmployeeQuery, error) {
	w, err := s.Client.PromotionWindow.Get(ctx, windowID)
	if err != nil {
		return nil, err
	}
	q, _, err := s.employees(ctx, unitID, false)
	if err != nil {
		return nil, err
	}
	c := career.RegularPromotionCriteria(w.EffectiveOn)
	return q.Where(append(dueBeforeRankSince(c), employee.RankSinceLTE(c.RankSince))...), nil
}

// pipelineRow is how many are first due in one window (by its index; -1 for none of the year's).
type pipelineRow struct {
	First int `json:"first"`
	N     int `json:"n"`
}

// pipelineRows counts by first window from the tallies where they hold the answer, or else from the
// employees and their yearly figures.
func (s Service) pipelineRows(ctx context.Context, year int, windows []*ent.PromotionWindow, unitID *pulid.ID) ([]pipelineRow, error) {
	p, err := s.plan(ctx, unitID, false)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return s.pipelineFromRows(ctx, windows, unitID)
	}
	counts, err := s.read(ctx, p, []string{tally.Promotion}, year)
	if err != nil {
		return nil, err
	}
	newly := map[int]int{}
	for k, v := range counts.total {
		// The bucket is the rank-since date as YYYY-MM-DD, which orders like the date.
		first := slices.IndexFunc(windows, func(w *ent.PromotionWindow) bool {
			return k.bucket <= career.RegularPromotionCriteria(w.EffectiveOn).RankSince.Format(time.DateOnly)
		})
		newly[first] += v.N
	}
	var rows []pipelineRow
	for first, n := range newly {
		rows = append(rows, pipelineRow{First: first, N: n})
	}
	return rows, nil
}

// pipelineFromRows counts the employees themselves.
func (s Service) pipelineFromRows(ctx context.Context, windows []*ent.PromotionWindow, unitID *pulid.ID) ([]pipelineRow, error) {
	q, _, err := s.employees(ctx, unitID, false)
	if err != nil {
		return nil, err
	}
	q.Where(dueBeforeRankSince(career.RegularPromotionCriteria(windows[0].EffectiveOn))...)
	var rows []pipelineRow
	err = q.Modify(func(sel *sql.Selector) {
		// The first window each employee is due in: due once, due in every later window of the year.
		first := sql.ExprFunc(func(b *sql.Builder) {
			b.WriteString("CASE")
			for i, w := range windows {
				b.WriteString(" WHEN ").Ident(sel.C(employee.FieldRankSince)).WriteString(" <= ").Arg(career.RegularPromotionCriteria(w.EffectiveOn).RankSince)
				b.WriteString(fmt.Sprintf(" THEN %d", i))
			}
			b.WriteString(" ELSE -1 END")
		})
		sel.Select().AppendSelectExprAs(first, "first").AppendSelectAs("COUNT(*)", "n").GroupBy("first")
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	return rows, err
}

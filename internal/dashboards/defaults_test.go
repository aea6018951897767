package dashboards_test

import (
	"slices"
	"testing"

	"github.com/jenjang/jenjang/ent/schema/schematype"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/dashboards"
)

func TestDefault(t *testing.T) {
	const (
		hc   = schematype.WidgetHeadcount
		perf = schematype.WidgetPerformance
		jp   = schematype.WidgetTrainingCompliance
		box  = schematype.WidgetTalentMatrix
		bup  = schematype.WidgetRetirementForecast
		vac  = schematype.WidgetVacancyFunnel
		prom = schematype.WidgetPromotionPipeline
	)
	tests := []struct {
		role auth.Role
		// kinds of the widgets in order, and the dimensions of the headcount (if any).
		kinds      []schematype.WidgetKind
		dimensions []schematype.WidgetDimension
	}{
		{auth.RoleLeader, []schematype.WidgetKind{hc, perf, jp, box, bup, prom}, []schematype.WidgetDimension{"UNIT", "RANK_GROUP"}},
		{auth.RoleHR, []schematype.WidgetKind{hc, perf, jp, box, bup, prom, vac}, []schematype.WidgetDimension{"UNIT", "RANK_GROUP"}},
		{auth.RoleAdmin, []schematype.WidgetKind{hc, perf, jp, box, bup, prom, vac}, []schematype.WidgetDimension{"UNIT", "RANK_GROUP"}},
		{auth.RoleAnalyst, []schematype.WidgetKind{hc, perf, box}, []schematype.WidgetDimension{"RANK_GROUP", "GENDER"}},
		{auth.RoleSupervisor, []schematype.WidgetKind{hc, perf, jp}, []schematype.WidgetDimension{"RANK_GROUP"}},
		{auth.RoleEmployee, []schematype.WidgetKind{jp}, nil},
		{auth.Role("UNKNOWN"), nil, nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.role), func(t *testing.T) {
			d := dashboards.Default(tt.role)
			var kinds []schematype.WidgetKind
			var dims []schematype.WidgetDimension
			for _, w := range d.Widgets {
				kinds = append(kinds, w.Kind)
				if w.Kind == hc {
					dims = w.Settings.Dimensions
				}
				if w.Settings.UnitID != nil || w.Settings.Year != nil {
					t.Errorf("widget %s has its own unit or year; defaults follow the dashboard's filters", w.ID)
				}
			}
			if !slices.Equal(kinds, tt.kinds) || !slices.Equal(dims, tt.dimensions) {
				t.Errorf("kinds %v by %v, want %v by %v", kinds, dims, tt.kinds, tt.dimensions)
			}
			// A default is saved as it is: it must pass the rules of saveDashboard.
			if err := dashboards.Validate(d.Name, d.Widgets); err != nil {
				t.Errorf("the default dashboard is not valid: %v", err)
			}
			if d.Widgets == nil {
				t.Error("widgets are nil, want a list")
			}
			if overlap(d.Widgets) {
				t.Errorf("widgets overlap: %+v", d.Widgets)
			}
		})
	}
}

func overlap(ws []schematype.Widget) bool {
	for i, a := range ws {
		for _, b := range ws[i+1:] {
			if a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H {
				return true
			}
		}
	}
	return false
}

package dashboards_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/schema/schematype"
	"github.com/jenjang/jenjang/internal/analytics"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/dashboards"
)

func ptr[T any](v T) *T { return &v }

func headcount(id string, x, y, w, h int, dims ...schematype.WidgetDimension) schematype.Widget {
	return schematype.Widget{ID: id, Kind: schematype.WidgetHeadcount, Chart: schematype.ChartBar, X: x, Y: y, W: w, H: h,
		Settings: schematype.WidgetSettings{Dimensions: dims}}
}

func of(kind schematype.WidgetKind, s schematype.WidgetSettings) schematype.Widget {
	return schematype.Widget{ID: string(kind), Kind: kind, Chart: schematype.ChartTable, W: 6, H: 4, Settings: s}
}

func TestValidate(t *testing.T) {
	ok := headcount("w1", 0, 0, 6, 4, "UNIT", "RANK_GROUP")
	with := func(change func(*schematype.Widget)) []schematype.Widget {
		w := ok
		change(&w)
		return []schematype.Widget{w}
	}
	many := make([]schematype.Widget, dashboards.MaxWidgets+1)
	for i := range many {
		many[i] = headcount("w"+strings.Repeat("x", i), 0, i, 1, 1, "GENDER")
	}
	tests := []struct {
		name    string
		dash    string
		widgets []schematype.Widget
		field   string // "" when valid
	}{
		{"a valid dashboard", "Ringkasan", []schematype.Widget{ok, headcount("w2", 6, 0, 6, 4, "GENDER")}, ""},
		{"no widgets", "Kosong", nil, ""},
		{"every kind with its settings", "Semua", []schematype.Widget{
			of(schematype.WidgetPerformance, schematype.WidgetSettings{Year: ptr(2025), Period: ptr(career.PeriodQ2), UnitID: ptr(pulid.ID("ORG1"))}),
			of(schematype.WidgetTrainingCompliance, schematype.WidgetSettings{Year: ptr(2026)}),
			of(schematype.WidgetTalentMatrix, schematype.WidgetSettings{Year: ptr(2025)}),
			of(schematype.WidgetRetirementForecast, schematype.WidgetSettings{Year: ptr(2027), Years: ptr(20)}),
			of(schematype.WidgetVacancyFunnel, schematype.WidgetSettings{}),
			of(schematype.WidgetPromotionPipeline, schematype.WidgetSettings{Year: ptr(2026)}),
		}, ""},
		{"a name of 120 characters", strings.Repeat("a", 120), nil, ""},
		{"no name", "", nil, "name"},
		{"a name too long", strings.Repeat("a", 121), nil, "name"},
		{"too many widgets", "Banyak", many, "widgets"},
		{"exactly 24 widgets", "Penuh", many[:24], ""},
		{"an empty widget id", "D", with(func(w *schematype.Widget) { w.ID = "" }), "widgets[0].id"},
		{"a widget id with spaces", "D", with(func(w *schematype.Widget) { w.ID = "w 1" }), "widgets[0].id"},
		{"a duplicate widget id", "D", []schematype.Widget{ok, headcount("w2", 0, 4, 6, 4, "GENDER"), headcount("w1", 6, 0, 6, 4, "GENDER")}, "widgets[2].id"},
		{"an unknown kind", "D", with(func(w *schematype.Widget) { w.Kind = "PIE_CHART" }), "widgets[0].kind"},
		{"an unknown chart", "D", with(func(w *schematype.Widget) { w.Chart = "LINE" }), "widgets[0].chart"},
		{"a title too long", "D", with(func(w *schematype.Widget) { w.Title = strings.Repeat("t", 121) }), "widgets[0].title"},
		{"x negative", "D", with(func(w *schematype.Widget) { w.X = -1 }), "widgets[0].x"},
		{"x past the grid", "D", with(func(w *schematype.Widget) { w.X, w.W = 12, 1 }), "widgets[0].x"},
		{"w zero", "D", with(func(w *schematype.Widget) { w.W = 0 }), "widgets[0].w"},
		{"x + w past 12", "D", with(func(w *schematype.Widget) { w.X, w.W = 7, 6 }), "widgets[0].w"},
		{"x + w exactly 12", "D", with(func(w *schematype.Widget) { w.X, w.W = 6, 6 }), ""},
		{"y negative", "D", with(func(w *schematype.Widget) { w.Y = -1 }), "widgets[0].y"},
		{"y too far down", "D", with(func(w *schematype.Widget) { w.Y = 1000 }), "widgets[0].y"},
		{"h zero", "D", with(func(w *schematype.Widget) { w.H = 0 }), "widgets[0].h"},
		{"h too tall", "D", with(func(w *schematype.Widget) { w.H = 25 }), "widgets[0].h"},
		{"headcount without dimensions", "D", with(func(w *schematype.Widget) { w.Settings.Dimensions = nil }), "widgets[0].settings.dimensions"},
		{"headcount with three dimensions", "D", with(func(w *schematype.Widget) { w.Settings.Dimensions = append(w.Settings.Dimensions, "GENDER") }), "widgets[0].settings.dimensions"},
		{"headcount by one dimension twice", "D", with(func(w *schematype.Widget) { w.Settings.Dimensions = []schematype.WidgetDimension{"GENDER", "GENDER"} }), "widgets[0].settings.dimensions"},
		{"an unknown dimension", "D", with(func(w *schematype.Widget) {
			w.Settings.Dimensions = []schematype.WidgetDimension{"GENDER", "SHOE_SIZE"}
		}), "widgets[0].settings.dimensions[1]"},
		{"dimensions on another kind", "D", []schematype.Widget{of(schematype.WidgetPerformance, schematype.WidgetSettings{Dimensions: []schematype.WidgetDimension{"GENDER"}})}, "widgets[0].settings.dimensions"},
		{"a year on a headcount", "D", with(func(w *schematype.Widget) { w.Settings.Year = ptr(2025) }), "widgets[0].settings.year"},
		{"a year on the vacancy funnel", "D", []schematype.Widget{of(schematype.WidgetVacancyFunnel, schematype.WidgetSettings{Year: ptr(2025)})}, "widgets[0].settings.year"},
		{"a year out of range", "D", []schematype.Widget{of(schematype.WidgetTalentMatrix, schematype.WidgetSettings{Year: ptr(1999)})}, "widgets[0].settings.year"},
		{"a period on compliance", "D", []schematype.Widget{of(schematype.WidgetTrainingCompliance, schematype.WidgetSettings{Period: ptr(career.PeriodAnnual)})}, "widgets[0].settings.period"},
		{"years on the 9-box", "D", []schematype.Widget{of(schematype.WidgetTalentMatrix, schematype.WidgetSettings{Years: ptr(5)})}, "widgets[0].settings.years"},
		{"a forecast of 21 years", "D", []schematype.Widget{of(schematype.WidgetRetirementForecast, schematype.WidgetSettings{Years: ptr(21)})}, "widgets[0].settings.years"},
		{"an empty unit", "D", with(func(w *schematype.Widget) { w.Settings.UnitID = ptr(pulid.ID("")) }), "widgets[0].settings.unitID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, widgets := dashboards.Normalize(tt.dash, tt.widgets)
			err := dashboards.Validate(name, widgets)
			if tt.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var fe *career.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want a field error on %s", err, tt.field)
			}
			if fe.Field != tt.field || fe.Message == "" {
				t.Errorf("field %q (%s), want %q", fe.Field, fe.Message, tt.field)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	name, widgets := dashboards.Normalize("  Ringkasan  ", []schematype.Widget{{Title: " Jumlah "}})
	if name != "Ringkasan" || widgets[0].Title != "Jumlah" {
		t.Errorf("got %q, %q", name, widgets[0].Title)
	}
	if _, none := dashboards.Normalize("x", nil); none == nil {
		t.Error("no widgets normalised to nil: stored as null, want []")
	}
}

func TestWidgetDimensionsMirrorAnalytics(t *testing.T) {
	var want []string
	for _, d := range analytics.Dimensions {
		want = append(want, string(d))
	}
	if got := schematype.WidgetDimension("").Values(); !slices.Equal(got, want) {
		t.Errorf("schematype.WidgetDimension values %v, analytics.Dimensions %v", got, want)
	}
}

package dashboards

import (
	"strconv"

	"github.com/jenjang/jenjang/ent/schema/schematype"
	"github.com/jenjang/jenjang/internal/auth"
)

// Template is an unsaved dashboard: what a role starts with before it saves one of its own. Saving it
// (saveDashboard with its name and widgets) makes it the viewer's.
type Template struct {
	Name    string
	Widgets []schematype.Widget
}

// tile is one widget of a template before it is placed on the grid.
type tile struct {
	kind       schematype.WidgetKind
	chart      schematype.ChartType
	dimensions []schematype.WidgetDimension
}

var (
	headcountByUnitAndRank = tile{schematype.WidgetHeadcount, schematype.ChartStackedBar, []schematype.WidgetDimension{"UNIT", "RANK_GROUP"}}
	predikat               = tile{schematype.WidgetPerformance, schematype.ChartBar, nil}
	compliance             = tile{schematype.WidgetTrainingCompliance, schematype.ChartBar, nil}
	nineBox                = tile{schematype.WidgetTalentMatrix, schematype.ChartTable, nil}
	retirements            = tile{schematype.WidgetRetirementForecast, schematype.ChartStackedBar, nil}
	promotions             = tile{schematype.WidgetPromotionPipeline, schematype.ChartBar, nil}
	vacancies              = tile{schematype.WidgetVacancyFunnel, schematype.ChartBar, nil}
)

// Default returns the dashboard a role starts with, after what its aggregates may count
// (access.Counted): leaders and HR read their whole scope, so they get the full leadership picture
// (HR also the vacancy funnel of the selections it runs; ADMIN as HR); analysts read everyone
// statistically, so they get the headcount by rank group and gender, the predikat distribution and
// the 9-box, without the per-unit retirement and promotion lists; a supervisor counts itself and its
// subordinates, so it gets its team's headcount, predikat and 20 JP compliance; an employee counts
// only itself, so it gets its own 20 JP compliance. Every widget follows the dashboard's unit and year
// filters (no unit or year of its own) and has no title of its own, so the client labels it in the
// viewer's language.
func Default(role auth.Role) Template {
	switch role {
	case auth.RoleAdmin:
		return layout("Ringkasan", headcountByUnitAndRank, predikat, compliance, nineBox, retirements, promotions, vacancies)
	case auth.RoleHR:
		return layout("Ringkasan SDM", headcountByUnitAndRank, predikat, compliance, nineBox, retirements, promotions, vacancies)
	case auth.RoleLeader:
		return layout("Ringkasan pimpinan", headcountByUnitAndRank, predikat, compliance, nineBox, retirements, promotions)
	case auth.RoleAnalyst:
		return layout("Ringkasan analis",
			tile{schematype.WidgetHeadcount, schematype.ChartStackedBar, []schematype.WidgetDimension{"RANK_GROUP", "GENDER"}},
			predikat, nineBox)
	case auth.RoleSupervisor:
		return layout("Tim saya",
			tile{schematype.WidgetHeadcount, schematype.ChartBar, []schematype.WidgetDimension{"RANK_GROUP"}},
			tile{schematype.WidgetPerformance, schematype.ChartPie, nil},
			compliance)
	case auth.RoleEmployee:
		return layout("Pengembangan saya", tile{schematype.WidgetTrainingCompliance, schematype.ChartTable, nil})
	}
	return Template{Name: "Ringkasan", Widgets: []schematype.Widget{}}
}

// layout places the tiles two to a row, each half the grid wide and four rows high; an odd last tile
// takes the whole row.
func layout(name string, tiles ...tile) Template {
	const w, h = GridColumns / 2, 4
	t := Template{Name: name, Widgets: make([]schematype.Widget, len(tiles))}
	for i, tl := range tiles {
		width := w
		if i == len(tiles)-1 && i%2 == 0 {
			width = GridColumns
		}
		t.Widgets[i] = schematype.Widget{
			ID:       "w" + strconv.Itoa(i+1),
			Kind:     tl.kind,
			Chart:    tl.chart,
			X:        (i % 2) * w,
			Y:        (i / 2) * h,
			W:        width,
			H:        h,
			Settings: schematype.WidgetSettings{Dimensions: tl.dimensions},
		}
	}
	return t
}

// Package schematype holds the Go types of JSON columns that are not domain rules: the audit trail's
// changed fields and a dashboard's widgets.
package schematype

import (
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
)

// FieldChange is one field changed by an audited write; Old is nil on create and New is nil on delete.
type FieldChange struct {
	Field string  `json:"field"`
	Old   *string `json:"old,omitempty"`
	New   *string `json:"new,omitempty"`
}

// Widget is one tile of a saved dashboard: which analytics query it shows, how it draws it, and where
// it sits on the 12-column grid. internal/dashboards validates it before it is stored.
type Widget struct {
	// ID identifies the tile within its dashboard (the grid layout's key).
	ID string `json:"id"`
	// Kind is the analytics query the tile shows.
	Kind WidgetKind `json:"kind"`
	// Title is the heading; empty means the client labels the tile from its kind and settings.
	Title string `json:"title"`
	// X and Y are the column (0–11) and row of the top-left corner; W and H the size in columns and rows.
	X int `json:"x"`
	Y int `json:"y"`
	W int `json:"w"`
	H int `json:"h"`
	// Chart is how the data is drawn.
	Chart ChartType `json:"chart"`
	// Settings are the query's arguments; what a setting leaves out follows the dashboard's filters.
	Settings WidgetSettings `json:"settings"`
}

// WidgetSettings are the arguments a tile passes to its analytics query. Which apply depends on the
// kind (internal/dashboards checks it); nil means the dashboard's global filter or the query's default.
type WidgetSettings struct {
	// Dimensions a HEADCOUNT tile groups by: one or two.
	Dimensions []WidgetDimension `json:"dimensions,omitempty"`
	// UnitID is the unit whose subtree the tile shows.
	UnitID *pulid.ID `json:"unitID,omitempty"`
	// Year of the yearly queries (the first year of a RETIREMENT_FORECAST).
	Year *int `json:"year,omitempty"`
	// Period of a PERFORMANCE tile.
	Period *career.EvaluationPeriod `json:"period,omitempty"`
	// Years a RETIREMENT_FORECAST covers.
	Years *int `json:"years,omitempty"`
}

// WidgetKind is the analytics query a tile shows.
type WidgetKind string

// The kinds of tile, one per dashboard aggregate of the API.
const (
	WidgetHeadcount          WidgetKind = "HEADCOUNT"
	WidgetPerformance        WidgetKind = "PERFORMANCE"
	WidgetTrainingCompliance WidgetKind = "TRAINING_COMPLIANCE"
	WidgetTalentMatrix       WidgetKind = "TALENT_MATRIX"
	WidgetRetirementForecast WidgetKind = "RETIREMENT_FORECAST"
	WidgetVacancyFunnel      WidgetKind = "VACANCY_FUNNEL"
	WidgetPromotionPipeline  WidgetKind = "PROMOTION_PIPELINE"
)

// Values lists the kinds.
func (WidgetKind) Values() []string {
	return []string{string(WidgetHeadcount), string(WidgetPerformance), string(WidgetTrainingCompliance), string(WidgetTalentMatrix),
		string(WidgetRetirementForecast), string(WidgetVacancyFunnel), string(WidgetPromotionPipeline)}
}

// ChartType is how a tile draws its data.
type ChartType string

// The chart types.
const (
	ChartBar        ChartType = "BAR"
	ChartStackedBar ChartType = "STACKED_BAR"
	ChartPie        ChartType = "PIE"
	ChartTable      ChartType = "TABLE"
)

// Values lists the chart types.
func (ChartType) Values() []string {
	return []string{string(ChartBar), string(ChartStackedBar), string(ChartPie), string(ChartTable)}
}

// WidgetDimension is a value of the GraphQL enum Dimension stored in a HEADCOUNT tile. It mirrors
// internal/analytics.Dimension, which this package cannot import (analytics imports the generated
// client, which imports this package); a test in internal/dashboards keeps the two lists equal.
type WidgetDimension string

// Values lists the dimensions, in the order of the GraphQL enum.
func (WidgetDimension) Values() []string {
	return []string{"UNIT", "RANK", "RANK_GROUP", "POSITION_KIND", "EDUCATION", "GENDER", "AGE_BAND", "EMPLOYMENT_TYPE"}
}

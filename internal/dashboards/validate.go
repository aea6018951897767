package dashboards

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jenjang/jenjang/ent/schema/schematype"
	"github.com/jenjang/jenjang/internal/career"
)

// The limits of a saved dashboard.
const (
	MaxNameLength  = 120
	MaxTitleLength = 120
	MaxWidgets     = 24
	// GridColumns is the width of the grid: a tile spans columns x to x+w-1.
	GridColumns = 12
	// MaxRow and MaxHeight bound where a tile starts and how tall it is, in grid rows.
	MaxRow    = 999
	MaxHeight = 24
	// MinYear and MaxYear bound the year setting of a tile.
	MinYear = 2000
	MaxYear = 2100
	// MaxForecastYears is the longest retirement forecast (as the retirementForecast query allows).
	MaxForecastYears = 20
)

var widgetID = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// settingsOf says which settings apply to each kind of tile, after the arguments of its query.
var settingsOf = map[schematype.WidgetKind]struct{ dimensions, year, period, years bool }{
	schematype.WidgetHeadcount:          {dimensions: true},
	schematype.WidgetPerformance:        {year: true, period: true},
	schematype.WidgetTrainingCompliance: {year: true},
	schematype.WidgetTalentMatrix:       {year: true},
	schematype.WidgetRetirementForecast: {year: true, years: true},
	schematype.WidgetVacancyFunnel:      {},
	schematype.WidgetPromotionPipeline:  {year: true},
}

// Normalize trims the name and the titles, and gives a missing widget list an empty one, so that what
// is stored and compared is what a person sees.
func Normalize(name string, widgets []schematype.Widget) (string, []schematype.Widget) {
	out := make([]schematype.Widget, len(widgets))
	for i, w := range widgets {
		w.Title = strings.TrimSpace(w.Title)
		out[i] = w
	}
	return strings.TrimSpace(name), out
}

// Validate checks a dashboard's name and widgets (after Normalize) and returns the first problem as a
// *career.FieldError naming the field as the client sent it, such as "widgets[2].w". It does not check
// that the units of the settings exist; Save does, in the database.
func Validate(name string, widgets []schematype.Widget) error {
	switch n := utf8.RuneCountInString(name); {
	case n == 0:
		return fieldError("name", "a dashboard needs a name")
	case n > MaxNameLength:
		return fieldError("name", "the name has %d characters; at most %d are allowed", n, MaxNameLength)
	}
	if len(widgets) > MaxWidgets {
		return fieldError("widgets", "a dashboard holds at most %d widgets, not %d", MaxWidgets, len(widgets))
	}
	seen := make(map[string]int, len(widgets))
	for i, w := range widgets {
		if err := validateWidget(fmt.Sprintf("widgets[%d]", i), w); err != nil {
			return err
		}
		if first, dup := seen[w.ID]; dup {
			return fieldError(fmt.Sprintf("widgets[%d].id", i), "widget %d already has the id %q: each widget needs its own", first+1, w.ID)
		}
		seen[w.ID] = i
	}
	return nil
}

func validateWidget(at string, w schematype.Widget) error {
	switch {
	case !widgetID.MatchString(w.ID):
		return fieldError(at+".id", "a widget id has 1 to 64 letters, digits, dashes or underscores")
	case !slices.Contains(w.Kind.Values(), string(w.Kind)):
		return fieldError(at+".kind", "%q is not a kind of widget", w.Kind)
	case !slices.Contains(w.Chart.Values(), string(w.Chart)):
		return fieldError(at+".chart", "%q is not a chart type", w.Chart)
	case utf8.RuneCountInString(w.Title) > MaxTitleLength:
		return fieldError(at+".title", "the title has more than %d characters", MaxTitleLength)
	case w.X < 0 || w.X >= GridColumns:
		return fieldError(at+".x", "x is a column from 0 to %d, not %d", GridColumns-1, w.X)
	case w.W < 1:
		return fieldError(at+".w", "a widget is at least 1 column wide, not %d", w.W)
	case w.X+w.W > GridColumns:
		return fieldError(at+".w", "the widget reaches past the %d columns of the grid: x + w is %d", GridColumns, w.X+w.W)
	case w.Y < 0 || w.Y > MaxRow:
		return fieldError(at+".y", "y is a row from 0 to %d, not %d", MaxRow, w.Y)
	case w.H < 1 || w.H > MaxHeight:
		return fieldError(at+".h", "a widget is 1 to %d rows high, not %d", MaxHeight, w.H)
	}
	return validateSettings(at+".settings", w.Kind, w.Settings)
}

func validateSettings(at string, kind schematype.WidgetKind, s schematype.WidgetSettings) error {
	applies := settingsOf[kind]
	if applies.dimensions {
		if len(s.Dimensions) < 1 || len(s.Dimensions) > 2 {
			return fieldError(at+".dimensions", "a %s widget groups by one or two dimensions, not %d", kind, len(s.Dimensions))
		}
		for i, d := range s.Dimensions {
			if !slices.Contains(d.Values(), string(d)) {
				return fieldError(fmt.Sprintf("%s.dimensions[%d]", at, i), "%q is not a dimension", d)
			}
		}
		if len(s.Dimensions) == 2 && s.Dimensions[0] == s.Dimensions[1] {
			return fieldError(at+".dimensions", "the two dimensions must differ")
		}
	} else if len(s.Dimensions) > 0 {
		return fieldError(at+".dimensions", "only a %s widget groups by dimensions", schematype.WidgetHeadcount)
	}
	if s.UnitID != nil && *s.UnitID == "" {
		return fieldError(at+".unitID", "give a unit, or leave unitID out for the dashboard's unit")
	}
	if s.Year != nil {
		if !applies.year {
			return fieldError(at+".year", "a %s widget has no year", kind)
		}
		if *s.Year < MinYear || *s.Year > MaxYear {
			return fieldError(at+".year", "the year must be between %d and %d, not %d", MinYear, MaxYear, *s.Year)
		}
	}
	if s.Period != nil {
		if !applies.period {
			return fieldError(at+".period", "only a %s widget has a period", schematype.WidgetPerformance)
		}
		if !slices.Contains(s.Period.Values(), string(*s.Period)) {
			return fieldError(at+".period", "%q is not an evaluation period", *s.Period)
		}
	}
	if s.Years != nil {
		if !applies.years {
			return fieldError(at+".years", "only a %s widget covers a number of years", schematype.WidgetRetirementForecast)
		}
		if *s.Years < 1 || *s.Years > MaxForecastYears {
			return fieldError(at+".years", "a forecast covers 1 to %d years, not %d", MaxForecastYears, *s.Years)
		}
	}
	return nil
}

// fieldError refuses a field; a widget's problem is told with the widget's number (from 1), so that
// the message reads well where the client shows it.
func fieldError(field, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	var i int
	if _, err := fmt.Sscanf(field, "widgets[%d]", &i); err == nil {
		msg = fmt.Sprintf("widget %d: %s", i+1, msg)
	}
	return &career.FieldError{Field: field, Message: msg}
}

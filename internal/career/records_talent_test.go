package career_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

func TestPotentialRecordCheck(t *testing.T) {
	// 23:00 UTC on 31 December is already 1 January in WIB.
	today := time.Date(2025, 12, 31, 23, 0, 0, 0, time.UTC)
	ok := career.PotentialRecord{Year: 2025, Level: career.PotentialHigh, Score: 80, Method: "Assessment Center"}
	with := func(change func(*career.PotentialRecord)) career.PotentialRecord {
		p := ok
		change(&p)
		return p
	}
	for _, tt := range []struct {
		name  string
		p     career.PotentialRecord
		field string
	}{
		{"a past year", ok, ""},
		{"the new year in WIB", with(func(p *career.PotentialRecord) { p.Year = 2026 }), ""},
		{"a year not yet begun", with(func(p *career.PotentialRecord) { p.Year = 2027 }), "year"},
		{"before the records", with(func(p *career.PotentialRecord) { p.Year = 1999 }), "year"},
		{"score 0 and 100 are the bounds", with(func(p *career.PotentialRecord) { p.Score = 100 }), ""},
		{"score above 100", with(func(p *career.PotentialRecord) { p.Score = 100.5 }), "score"},
		{"negative score", with(func(p *career.PotentialRecord) { p.Score = -1 }), "score"},
		{"not a number", with(func(p *career.PotentialRecord) { p.Score = math.NaN() }), "score"},
		{"no method", with(func(p *career.PotentialRecord) { p.Method = "  " }), "method"},
		{"a method too long", with(func(p *career.PotentialRecord) { p.Method = strings.Repeat("x", 101) }), "method"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := fieldOf(tt.p.Check(today)); got != tt.field {
				t.Errorf("field = %q, want %q", got, tt.field)
			}
		})
	}
}

func TestSanctionRecordCheck(t *testing.T) {
	today := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	ends := func(t time.Time) *time.Time { return &t }
	ok := career.SanctionRecord{Level: career.SanctionHeavy, Description: "Penurunan jabatan", DecreeNumber: "800/1/BKD/2026", ImposedOn: day(2026, 11, 1), EndsOn: ends(day(2027, 10, 31))}
	with := func(change func(*career.SanctionRecord)) career.SanctionRecord {
		s := ok
		change(&s)
		return s
	}
	for _, tt := range []struct {
		name  string
		s     career.SanctionRecord
		field string
	}{
		{"complete", ok, ""},
		{"no end", with(func(s *career.SanctionRecord) { s.EndsOn = nil }), ""},
		{"effective today", with(func(s *career.SanctionRecord) { s.ImposedOn = day(2026, 11, 23) }), ""},
		{"effective tomorrow", with(func(s *career.SanctionRecord) { s.ImposedOn = day(2026, 11, 24) }), "imposed_on"},
		{"no date", with(func(s *career.SanctionRecord) { s.ImposedOn = time.Time{} }), "imposed_on"},
		{"ends before it starts", with(func(s *career.SanctionRecord) { s.EndsOn = ends(day(2026, 10, 1)) }), "ends_on"},
		{"no description", with(func(s *career.SanctionRecord) { s.Description = "" }), "description"},
		{"no decree", with(func(s *career.SanctionRecord) { s.DecreeNumber = " " }), "decree_number"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := fieldOf(tt.s.Check(today)); got != tt.field {
				t.Errorf("field = %q, want %q", got, tt.field)
			}
		})
	}
}

// fieldOf is the field a FieldError names, "" for no error; any other error fails as "?".
func fieldOf(err error) string {
	var fe *career.FieldError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &fe):
		return fe.Field
	}
	return "?"
}

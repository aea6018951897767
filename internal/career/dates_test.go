package career_test

import (
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

func TestWIBIsSevenHoursAheadOfUTC(t *testing.T) {
	for _, at := range []time.Time{midnightUTC(1970, time.January, 1), midnightUTC(2024, time.June, 30), midnightUTC(2050, time.December, 31)} {
		if _, offset := at.In(career.WIB).Zone(); offset != 7*60*60 {
			t.Errorf("WIB offset on %s = %ds, want 25200s", at.Format(time.DateOnly), offset)
		}
	}
}

func TestDateOf(t *testing.T) {
	tests := []struct {
		name string
		in   time.Time
		want time.Time
	}{
		{"midnight UTC stays", midnightUTC(1985, time.April, 12), midnightUTC(1985, time.April, 12)},
		{"16:59 UTC is still the same day in WIB", time.Date(2024, time.April, 11, 16, 59, 59, 0, time.UTC), midnightUTC(2024, time.April, 11)},
		{"17:00 UTC is the next day in WIB", time.Date(2024, time.April, 11, 17, 0, 0, 0, time.UTC), midnightUTC(2024, time.April, 12)},
		{"new year in WIB", time.Date(2023, time.December, 31, 18, 0, 0, 0, time.UTC), midnightUTC(2024, time.January, 1)},
		{"midnight WIB", time.Date(2024, time.April, 12, 0, 0, 0, 0, career.WIB), midnightUTC(2024, time.April, 12)},
		{"late evening WIB", time.Date(2024, time.April, 12, 23, 59, 0, 0, career.WIB), midnightUTC(2024, time.April, 12)},
		{"another zone", time.Date(2024, time.April, 11, 20, 0, 0, 0, time.FixedZone("EDT", -4*60*60)), midnightUTC(2024, time.April, 12)},
		{"time of day dropped", time.Date(2024, time.April, 12, 9, 30, 15, 500, time.UTC), midnightUTC(2024, time.April, 12)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := career.DateOf(tt.in)
			if !got.Equal(tt.want) || got.Location() != time.UTC {
				t.Errorf("DateOf(%s) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestAge(t *testing.T) {
	tests := []struct {
		name      string
		born, now time.Time
		want      int
	}{
		{"day before the birthday", midnightUTC(1985, time.April, 12), midnightUTC(2024, time.April, 11), 38},
		{"on the birthday", midnightUTC(1985, time.April, 12), midnightUTC(2024, time.April, 12), 39},
		{"day after the birthday", midnightUTC(1985, time.April, 12), midnightUTC(2024, time.April, 13), 39},
		{"earlier month", midnightUTC(1985, time.April, 12), midnightUTC(2024, time.March, 30), 38},
		{"later month", midnightUTC(1985, time.April, 12), midnightUTC(2024, time.May, 1), 39},
		{"birthday starts at midnight WIB", midnightUTC(1985, time.April, 12), time.Date(2024, time.April, 11, 17, 0, 0, 0, time.UTC), 39},
		{"not yet the birthday in WIB", midnightUTC(1985, time.April, 12), time.Date(2024, time.April, 11, 16, 59, 0, 0, time.UTC), 38},
		{"born 29 February, 28 February of a non-leap year", midnightUTC(2000, time.February, 29), midnightUTC(2023, time.February, 28), 22},
		{"born 29 February, 1 March of a non-leap year", midnightUTC(2000, time.February, 29), midnightUTC(2023, time.March, 1), 23},
		{"born 29 February, 29 February of a leap year", midnightUTC(2000, time.February, 29), midnightUTC(2024, time.February, 29), 24},
		{"day of birth", midnightUTC(2024, time.April, 12), midnightUTC(2024, time.April, 12), 0},
		{"now before the birth date", midnightUTC(2024, time.April, 12), midnightUTC(2024, time.April, 11), 0},
		{"now years before the birth date", midnightUTC(2024, time.April, 12), midnightUTC(2020, time.May, 1), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := career.Age(tt.born, tt.now); got != tt.want {
				t.Errorf("Age(%s, %s) = %d, want %d", tt.born, tt.now, got, tt.want)
			}
		})
	}
}

func TestYearsInRank(t *testing.T) {
	tests := []struct {
		name       string
		since, now time.Time
		want       int
	}{
		{"just appointed", midnightUTC(2020, time.April, 1), midnightUTC(2020, time.April, 1), 0},
		{"a day short of four years", midnightUTC(2020, time.April, 1), midnightUTC(2024, time.March, 31), 3},
		{"four years on the anniversary", midnightUTC(2020, time.April, 1), midnightUTC(2024, time.April, 1), 4},
		{"anniversary starts at midnight WIB", midnightUTC(2020, time.April, 1), time.Date(2024, time.March, 31, 17, 0, 0, 0, time.UTC), 4},
		{"appointment in the future", midnightUTC(2025, time.April, 1), midnightUTC(2024, time.April, 1), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := career.YearsInRank(tt.since, tt.now); got != tt.want {
				t.Errorf("YearsInRank(%s, %s) = %d, want %d", tt.since, tt.now, got, tt.want)
			}
		})
	}
}

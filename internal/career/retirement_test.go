package career_test

import (
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

func midnightUTC(year int, month time.Month, day int) time.Time {
	return time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
}

func TestRetirementAgeAndDate(t *testing.T) {
	born := midnightUTC(1970, time.June, 15)
	tests := []struct {
		kind    career.PositionKind
		level   career.FunctionalLevel
		age     int
		retires time.Time
	}{
		{career.KindJPTUtama, "", 60, midnightUTC(2030, time.July, 1)},
		{career.KindJPTMadya, "", 60, midnightUTC(2030, time.July, 1)},
		{career.KindJPTPratama, "", 60, midnightUTC(2030, time.July, 1)},
		{career.KindAdministrator, "", 58, midnightUTC(2028, time.July, 1)},
		{career.KindPengawas, "", 58, midnightUTC(2028, time.July, 1)},
		{career.KindPelaksana, "", 58, midnightUTC(2028, time.July, 1)},
		{career.KindFungsional, career.LevelAhliPertama, 58, midnightUTC(2028, time.July, 1)},
		{career.KindFungsional, career.LevelAhliMuda, 58, midnightUTC(2028, time.July, 1)},
		{career.KindFungsional, career.LevelAhliMadya, 60, midnightUTC(2030, time.July, 1)},
		{career.KindFungsional, career.LevelAhliUtama, 65, midnightUTC(2035, time.July, 1)},
		{career.KindFungsional, career.LevelPemula, 58, midnightUTC(2028, time.July, 1)},
		{career.KindFungsional, career.LevelTerampil, 58, midnightUTC(2028, time.July, 1)},
		{career.KindFungsional, career.LevelMahir, 58, midnightUTC(2028, time.July, 1)},
		{career.KindFungsional, career.LevelPenyelia, 58, midnightUTC(2028, time.July, 1)},
		{career.KindFungsional, "", 58, midnightUTC(2028, time.July, 1)},
		{career.KindFungsional, "AHLI_SUPER", 58, midnightUTC(2028, time.July, 1)},
		// The level of a structural post is ignored.
		{career.KindPelaksana, career.LevelAhliUtama, 58, midnightUTC(2028, time.July, 1)},
		{career.KindJPTPratama, career.LevelAhliUtama, 60, midnightUTC(2030, time.July, 1)},
		{"", "", 58, midnightUTC(2028, time.July, 1)},
		{"", career.LevelAhliUtama, 58, midnightUTC(2028, time.July, 1)},
		{"ESELON_II", "", 58, midnightUTC(2028, time.July, 1)},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind)+"/"+string(tt.level), func(t *testing.T) {
			if got := career.RetirementAge(tt.kind, tt.level); got != tt.age {
				t.Errorf("RetirementAge(%q, %q) = %d, want %d", tt.kind, tt.level, got, tt.age)
			}
			if got := career.RetirementDate(born, tt.kind, tt.level); !got.Equal(tt.retires) {
				t.Errorf("RetirementDate(%s, %q, %q) = %s, want %s",
					born.Format(time.DateOnly), tt.kind, tt.level, got.Format(time.DateOnly), tt.retires.Format(time.DateOnly))
			}
		})
	}
}

func TestRetirementDateEdges(t *testing.T) {
	tests := []struct {
		name    string
		born    time.Time
		kind    career.PositionKind
		level   career.FunctionalLevel
		retires time.Time
	}{
		{"mid-month", midnightUTC(1966, time.April, 12), career.KindPelaksana, "", midnightUTC(2024, time.May, 1)},
		{"born on the first waits a month", midnightUTC(1966, time.March, 1), career.KindPelaksana, "", midnightUTC(2024, time.April, 1)},
		{"born on the last day of a month", midnightUTC(1966, time.April, 30), career.KindPelaksana, "", midnightUTC(2024, time.May, 1)},
		{"born in December retires in January", midnightUTC(1966, time.December, 31), career.KindPelaksana, "", midnightUTC(2025, time.January, 1)},
		{"born on 1 December", midnightUTC(1966, time.December, 1), career.KindPelaksana, "", midnightUTC(2025, time.January, 1)},
		{"born 29 February, non-leap target year", midnightUTC(1964, time.February, 29), career.KindPelaksana, "", midnightUTC(2022, time.April, 1)},
		{"born 29 February, leap target year", midnightUTC(1964, time.February, 29), career.KindJPTPratama, "", midnightUTC(2024, time.March, 1)},
		{"born 29 February, age 65", midnightUTC(1960, time.February, 29), career.KindFungsional, career.LevelAhliUtama, midnightUTC(2025, time.April, 1)},
		{"born 28 February", midnightUTC(1964, time.February, 28), career.KindPelaksana, "", midnightUTC(2022, time.March, 1)},
		{"birth date read in WIB", time.Date(1966, time.March, 31, 17, 0, 0, 0, time.UTC), career.KindPelaksana, "", midnightUTC(2024, time.May, 1)},
		{"birth date at midnight WIB", time.Date(1966, time.April, 1, 0, 0, 0, 0, career.WIB), career.KindPelaksana, "", midnightUTC(2024, time.May, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := career.RetirementDate(tt.born, tt.kind, tt.level)
			if !got.Equal(tt.retires) || got.Location() != time.UTC {
				t.Errorf("RetirementDate(%s, %q, %q) = %s, want %s", tt.born, tt.kind, tt.level, got, tt.retires)
			}
		})
	}
}

package career

import "time"

// WIB is Western Indonesia Time, the zone whose calendar decides what day it is for the agencies this
// platform serves. It is Asia/Jakarta when the system or the binary has time zone data and otherwise a
// fixed +07:00 zone; the two differ only before 1964, when Jakarta's offset changed several times.
var WIB = zoneOrFixed("Asia/Jakarta", "WIB", 7*60*60)

// zoneOrFixed keeps the package usable in a minimal container without time zone data.
func zoneOrFixed(name, abbreviation string, offsetSeconds int) *time.Location {
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return time.FixedZone(abbreviation, offsetSeconds)
}

// DateOf is the calendar date of t in WIB, at midnight UTC. Date-only fields are stored this way so that
// a date means the same day whichever zone reads it, and an event at 01:00 WIB is not filed under the
// previous day as it would be if the UTC date were taken.
func DateOf(t time.Time) time.Time {
	y, m, d := t.In(WIB).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Age is the age in full years, counting the birthday itself as the day the year is complete, on WIB
// calendar days so that the age changes at midnight in Indonesia. Someone born on 29 February completes a
// year on 1 March in a year without one. Age is 0 if now is before the birth date.
func Age(birthDate, now time.Time) int { return fullYears(birthDate, now) }

// YearsInRank counts full years in a rank the way Age counts them, because promotion rules ask for
// "at least four years in rank", which is reached on the anniversary of the appointment. It is 0 if now
// is before since.
func YearsInRank(since, now time.Time) int { return fullYears(since, now) }

// fullYears counts the anniversaries of from that have come by to, both read as WIB calendar dates.
func fullYears(from, to time.Time) int {
	fromYear, fromMonth, fromDay := from.In(WIB).Date()
	toYear, toMonth, toDay := to.In(WIB).Date()
	years := toYear - fromYear
	if toMonth < fromMonth || toMonth == fromMonth && toDay < fromDay {
		years--
	}
	return max(years, 0)
}

package career

import "time"

// generalRetirementAge is the retirement age of every post the law does not raise (UU 20/2023 art. 55).
const generalRetirementAge = 58

// RetirementAge is the retirement age (batas usia pensiun) of a post. It falls back to the general age of
// 58 for a functional post without a known level and for no post at all, because only the posts the law
// names retire later, and an employee must never be shown a later retirement than the law allows.
// The level is ignored unless the kind is FUNGSIONAL.
func RetirementAge(kind PositionKind, level FunctionalLevel) int {
	switch {
	case kind.IsJPT():
		return 60
	case kind == KindFungsional && level == LevelAhliMadya:
		return 60
	case kind == KindFungsional && level == LevelAhliUtama:
		return 65
	default:
		return generalRetirementAge
	}
}

// RetirementDate is the day retirement takes effect: the first day of the month after the birthday on
// which the retirement age is reached, at midnight UTC like every stored date. The birth date is read as
// a WIB calendar date (see DateOf). Someone born on 29 February whose retirement year is not a leap year
// has that birthday on 1 March (the day after 28 February, as Age counts it), so retires on 1 April; in a
// leap year the birthday is 29 February and retirement 1 March. Someone born on the first of a month
// still retires on the first of the next month, not on the birthday itself.
func RetirementDate(birthDate time.Time, kind PositionKind, level FunctionalLevel) time.Time {
	y, m, d := DateOf(birthDate).Date()
	birthday := time.Date(y+RetirementAge(kind, level), m, d, 0, 0, 0, 0, time.UTC)
	return time.Date(birthday.Year(), birthday.Month()+1, 1, 0, 0, 0, 0, time.UTC)
}

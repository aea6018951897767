package career

import (
	"fmt"
	"time"
)

// The bounds ParseNIP holds a NIP to.
const (
	nipLength = 18
	// nipEarliestBirthYear rejects birth years that are surely typing errors: the NIP dates from 2007,
	// and nobody born before 1900 was still in service then.
	nipEarliestBirthYear = 1900
	// nipMinimumAge is the youngest a CPNS may be appointed (PP 11/2017 sets 18 as the minimum age to
	// apply, and appointment comes after the application).
	nipMinimumAge = 18
)

// NIP is what the 18 digits of a civil servant's employee number say (Perka BKN 22/2007). The number
// repeats facts that the record also holds, which is why it is parsed: a NIP that contradicts its own
// record is a typing error in one of them.
type NIP struct {
	BirthDate time.Time  // digits 1–8, at midnight UTC like every stored date
	HireYear  int        // digits 9–12: the year of the first appointment as CPNS
	HireMonth time.Month // digits 13–14: the month of that appointment
	Gender    Gender     // digit 15: 1 male, 2 female
	Sequence  int        // digits 16–18: 1 to 999
}

// ParseNIP reads a NIP and rejects one whose digits cannot be true: a birth date that is not a date or
// is before 1900, an appointment month that is not a month or falls before the month of the 18th
// birthday (the NIP holds only the month, so that month itself is allowed), a gender digit other than
// 1 or 2, or sequence 000. It does not know today's date, so it cannot reject a NIP from the future;
// CheckNIP compares it with the record instead. Unlike the citizen number (NIK), a woman's NIP does not
// add 40 to the day of birth, so a day above 31 is an error. Every error is a *FieldError for "nip".
func ParseNIP(s string) (NIP, error) {
	if err := CheckNIPDigits(s); err != nil {
		return NIP{}, err
	}
	year, month, day := number(s[0:4]), number(s[4:6]), number(s[6:8])
	birth := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if birth.Year() != year || int(birth.Month()) != month || birth.Day() != day {
		return NIP{}, nipError("NIP %s starts with %s, which is not a date of birth (YYYYMMDD)", s, s[0:8])
	}
	if year < nipEarliestBirthYear {
		return NIP{}, nipError("NIP %s says birth year %d, before %d", s, year, nipEarliestBirthYear)
	}
	n := NIP{
		BirthDate: birth,
		HireYear:  number(s[8:12]),
		HireMonth: time.Month(number(s[12:14])),
		Sequence:  number(s[15:18]),
	}
	if n.HireMonth < time.January || n.HireMonth > time.December {
		return NIP{}, nipError("NIP %s says appointment month %s, which is not a month", s, s[12:14])
	}
	adult := birth.AddDate(nipMinimumAge, 0, 0)
	if n.HireYear < adult.Year() || n.HireYear == adult.Year() && n.HireMonth < adult.Month() {
		return NIP{}, nipError("NIP %s says appointment in %s, before the %dth birthday of someone born on %s",
			s, yearMonth(n.HireYear, n.HireMonth), nipMinimumAge, birth.Format(time.DateOnly))
	}
	digit := int(s[14] - '0')
	if digit < 1 || digit > len(Genders) {
		return NIP{}, nipError("NIP %s has %d as its 15th digit, which must be 1 (male) or 2 (female)", s, digit)
	}
	n.Gender = Genders[digit-1]
	if n.Sequence == 0 {
		return NIP{}, nipError("NIP %s ends in sequence 000, but sequences start at 001", s)
	}
	return n, nil
}

// CheckNIP checks a record's NIP against the rest of the record, so that a typing error in either is
// caught where it was made. Every employee's number has 18 digits, but only a PNS's follows Perka BKN
// 22/2007: for any other employment type (PPPK numbers are built differently) only the 18 digits are
// checked. For a PNS the NIP must parse and agree with the birth date, the gender and the year and month
// of hiredAt (the CPNS appointment), dates read in WIB. The error is a *FieldError naming the first field
// that contradicts the NIP, in the order nip, birth_date, gender, hired_at.
func CheckNIP(nip string, typ EmploymentType, birthDate time.Time, gender Gender, hiredAt time.Time) error {
	if typ != EmploymentPNS {
		return CheckNIPDigits(nip)
	}
	n, err := ParseNIP(nip)
	if err != nil {
		return err
	}
	if birth := DateOf(birthDate); !birth.Equal(n.BirthDate) {
		return &FieldError{Field: "birth_date", Message: fmt.Sprintf("NIP %s says birth date %s but the record says %s",
			nip, n.BirthDate.Format(time.DateOnly), birth.Format(time.DateOnly))}
	}
	if gender != n.Gender {
		return &FieldError{Field: "gender", Message: fmt.Sprintf("NIP %s says %s but the record says %s",
			nip, genderWord(n.Gender), genderWord(gender))}
	}
	if hired := DateOf(hiredAt); hired.Year() != n.HireYear || hired.Month() != n.HireMonth {
		return &FieldError{Field: "hired_at", Message: fmt.Sprintf("NIP %s says appointment in %s but the record says %s",
			nip, yearMonth(n.HireYear, n.HireMonth), hired.Format(time.DateOnly))}
	}
	return nil
}

// BuildNIP spells out a NIP for demo data; dates are read in WIB. It does not validate, because what
// it gets wrong ParseNIP rejects: an unknown gender gives digit 0, and a sequence outside 1..999 gives
// 000, a minus sign or too many digits.
func BuildNIP(birthDate time.Time, hiredAt time.Time, g Gender, seq int) string {
	birth, hired := DateOf(birthDate), DateOf(hiredAt)
	return fmt.Sprintf("%s%s%d%03d",
		birth.Format("20060102"), hired.Format("200601"), indexOf(Genders, g)+1, seq)
}

// CheckNIPDigits is the one rule every employee number follows: exactly 18 ASCII digits.
func CheckNIPDigits(s string) error {
	if s == "" {
		return nipError("NIP is empty; it must have %d digits", nipLength)
	}
	position := 0
	for _, r := range s {
		position++
		if r < '0' || r > '9' {
			return nipError("NIP %q has %q at position %d; a NIP holds digits only", s, r, position)
		}
	}
	if len(s) != nipLength {
		return nipError("NIP %s has %d digits; it must have %d", s, len(s), nipLength)
	}
	return nil
}

func nipError(format string, args ...any) error {
	return &FieldError{Field: "nip", Message: fmt.Sprintf(format, args...)}
}

// number reads a string that CheckNIPDigits has already found to be ASCII digits.
func number(digits string) int {
	n := 0
	for _, c := range []byte(digits) {
		n = n*10 + int(c-'0')
	}
	return n
}

func yearMonth(year int, month time.Month) string {
	return fmt.Sprintf("%04d-%02d", year, int(month))
}

// genderWord names a gender in a message; a record's gender may be unset or unknown.
func genderWord(g Gender) string {
	switch g {
	case GenderMale:
		return "male"
	case GenderFemale:
		return "female"
	default:
		return fmt.Sprintf("unknown gender %q", string(g))
	}
}

package career_test

import (
	"errors"
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

// wantFieldError fails unless err is a *career.FieldError with the field and message given; an empty
// field means err must be nil.
func wantFieldError(t *testing.T, err error, field, message string) {
	t.Helper()
	if field == "" {
		if err != nil {
			t.Fatalf("error = %v, want none", err)
		}
		return
	}
	var fe *career.FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("error = %#v, want a *career.FieldError for %q", err, field)
	}
	if fe.Field != field || fe.Message != message {
		t.Errorf("error = {%q, %q}\nwant    {%q, %q}", fe.Field, fe.Message, field, message)
	}
}

func TestParseNIP(t *testing.T) {
	tests := []struct {
		name    string
		nip     string
		want    career.NIP
		message string // empty when the NIP is valid
	}{
		{"valid male", "198504122010011001",
			career.NIP{BirthDate: midnightUTC(1985, time.April, 12), HireYear: 2010, HireMonth: time.January, Gender: career.GenderMale, Sequence: 1}, ""},
		{"valid female, day not raised by 40", "199001312015032999",
			career.NIP{BirthDate: midnightUTC(1990, time.January, 31), HireYear: 2015, HireMonth: time.March, Gender: career.GenderFemale, Sequence: 999}, ""},
		{"appointed in the month of the 18th birthday", "198504122003041001",
			career.NIP{BirthDate: midnightUTC(1985, time.April, 12), HireYear: 2003, HireMonth: time.April, Gender: career.GenderMale, Sequence: 1}, ""},
		{"born 29 February, appointed when 18 on 1 March", "200002292018032010",
			career.NIP{BirthDate: midnightUTC(2000, time.February, 29), HireYear: 2018, HireMonth: time.March, Gender: career.GenderFemale, Sequence: 10}, ""},
		{"earliest birth year", "190001012000121123",
			career.NIP{BirthDate: midnightUTC(1900, time.January, 1), HireYear: 2000, HireMonth: time.December, Gender: career.GenderMale, Sequence: 123}, ""},

		{"empty", "", career.NIP{}, "NIP is empty; it must have 18 digits"},
		{"spaces", "19850412 201001 1 001", career.NIP{},
			`NIP "19850412 201001 1 001" has ' ' at position 9; a NIP holds digits only`},
		{"letter O for zero", "1985041220100110O1", career.NIP{},
			`NIP "1985041220100110O1" has 'O' at position 17; a NIP holds digits only`},
		{"non-ASCII digit", "１98504122010011001", career.NIP{},
			`NIP "１98504122010011001" has '１' at position 1; a NIP holds digits only`},
		{"17 digits", "19850412201001100", career.NIP{}, "NIP 19850412201001100 has 17 digits; it must have 18"},
		{"19 digits", "1985041220100110011", career.NIP{}, "NIP 1985041220100110011 has 19 digits; it must have 18"},
		{"30 February", "198502302010011001", career.NIP{},
			"NIP 198502302010011001 starts with 19850230, which is not a date of birth (YYYYMMDD)"},
		{"29 February of a non-leap year", "190002292010011001", career.NIP{},
			"NIP 190002292010011001 starts with 19000229, which is not a date of birth (YYYYMMDD)"},
		{"birth month 13", "198513012010011001", career.NIP{},
			"NIP 198513012010011001 starts with 19851301, which is not a date of birth (YYYYMMDD)"},
		{"birth day 0", "198504002010011001", career.NIP{},
			"NIP 198504002010011001 starts with 19850400, which is not a date of birth (YYYYMMDD)"},
		{"woman's day raised by 40 as in the NIK", "198504522010012001", career.NIP{},
			"NIP 198504522010012001 starts with 19850452, which is not a date of birth (YYYYMMDD)"},
		{"born before 1900", "189912312010011001", career.NIP{}, "NIP 189912312010011001 says birth year 1899, before 1900"},
		{"appointment month 00", "198504122010001001", career.NIP{},
			"NIP 198504122010001001 says appointment month 00, which is not a month"},
		{"appointment month 13", "198504122010131001", career.NIP{},
			"NIP 198504122010131001 says appointment month 13, which is not a month"},
		{"appointed the month before the 18th birthday", "198504122003031001", career.NIP{},
			"NIP 198504122003031001 says appointment in 2003-03, before the 18th birthday of someone born on 1985-04-12"},
		{"appointed the year before the 18th birthday", "198504122002121001", career.NIP{},
			"NIP 198504122002121001 says appointment in 2002-12, before the 18th birthday of someone born on 1985-04-12"},
		{"appointed before birth", "198504121980011001", career.NIP{},
			"NIP 198504121980011001 says appointment in 1980-01, before the 18th birthday of someone born on 1985-04-12"},
		{"born 29 February, appointed in February when 17", "200002292018022010", career.NIP{},
			"NIP 200002292018022010 says appointment in 2018-02, before the 18th birthday of someone born on 2000-02-29"},
		{"gender digit 0", "198504122010010001", career.NIP{},
			"NIP 198504122010010001 has 0 as its 15th digit, which must be 1 (male) or 2 (female)"},
		{"gender digit 3", "198504122010013001", career.NIP{},
			"NIP 198504122010013001 has 3 as its 15th digit, which must be 1 (male) or 2 (female)"},
		{"sequence 000", "198504122010011000", career.NIP{},
			"NIP 198504122010011000 ends in sequence 000, but sequences start at 001"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := career.ParseNIP(tt.nip)
			if tt.message == "" {
				wantFieldError(t, err, "", "")
			} else {
				wantFieldError(t, err, "nip", tt.message)
			}
			if got != tt.want {
				t.Errorf("ParseNIP(%q) = %+v, want %+v", tt.nip, got, tt.want)
			}
		})
	}
}

func TestCheckNIP(t *testing.T) {
	const nip = "198504122010011001"
	born, hired := midnightUTC(1985, time.April, 12), midnightUTC(2010, time.January, 1)
	tests := []struct {
		name           string
		nip            string
		typ            career.EmploymentType
		born           time.Time
		gender         career.Gender
		hired          time.Time
		field, message string
	}{
		{"PNS agreeing with the record", nip, career.EmploymentPNS, born, career.GenderMale, hired, "", ""},
		{"PNS hired later in the month", nip, career.EmploymentPNS, born, career.GenderMale, midnightUTC(2010, time.January, 31), "", ""},
		{"PNS dates at midnight WIB", nip, career.EmploymentPNS,
			time.Date(1985, time.April, 12, 0, 0, 0, 0, career.WIB), career.GenderMale,
			time.Date(2010, time.January, 1, 0, 0, 0, 0, career.WIB), "", ""},
		{"PNS hired on 1 January in WIB, 31 December in UTC", nip, career.EmploymentPNS, born, career.GenderMale,
			time.Date(2009, time.December, 31, 17, 30, 0, 0, time.UTC), "", ""},
		{"PNS with a malformed NIP", "19850412201001100", career.EmploymentPNS, born, career.GenderMale, hired,
			"nip", "NIP 19850412201001100 has 17 digits; it must have 18"},
		{"PNS with an impossible NIP", "198504122010011000", career.EmploymentPNS, born, career.GenderMale, hired,
			"nip", "NIP 198504122010011000 ends in sequence 000, but sequences start at 001"},
		{"PNS born a day later", nip, career.EmploymentPNS, midnightUTC(1985, time.April, 13), career.GenderMale, hired,
			"birth_date", "NIP 198504122010011001 says birth date 1985-04-12 but the record says 1985-04-13"},
		{"PNS born a year earlier", nip, career.EmploymentPNS, midnightUTC(1984, time.April, 12), career.GenderMale, hired,
			"birth_date", "NIP 198504122010011001 says birth date 1985-04-12 but the record says 1984-04-12"},
		{"PNS recorded as female", nip, career.EmploymentPNS, born, career.GenderFemale, hired,
			"gender", "NIP 198504122010011001 says male but the record says female"},
		{"PNS recorded as male", "198504122010012001", career.EmploymentPNS, born, career.GenderMale, hired,
			"gender", "NIP 198504122010012001 says female but the record says male"},
		{"PNS without a gender", nip, career.EmploymentPNS, born, "", hired,
			"gender", `NIP 198504122010011001 says male but the record says unknown gender ""`},
		{"PNS hired a month later", nip, career.EmploymentPNS, born, career.GenderMale, midnightUTC(2010, time.February, 1),
			"hired_at", "NIP 198504122010011001 says appointment in 2010-01 but the record says 2010-02-01"},
		{"PNS hired a year later", nip, career.EmploymentPNS, born, career.GenderMale, midnightUTC(2011, time.January, 1),
			"hired_at", "NIP 198504122010011001 says appointment in 2010-01 but the record says 2011-01-01"},
		{"PNS birth date reported before gender", nip, career.EmploymentPNS, midnightUTC(1985, time.April, 13), career.GenderFemale,
			midnightUTC(2011, time.January, 1),
			"birth_date", "NIP 198504122010011001 says birth date 1985-04-12 but the record says 1985-04-13"},
		{"PPPK numbers follow other rules", "123456789012345678", career.EmploymentPPPK, born, career.GenderFemale, hired, "", ""},
		{"PPPK with 17 digits", "12345678901234567", career.EmploymentPPPK, born, career.GenderMale, hired,
			"nip", "NIP 12345678901234567 has 17 digits; it must have 18"},
		{"PPPK with a letter", "12345678901234567X", career.EmploymentPPPK, born, career.GenderMale, hired,
			"nip", `NIP "12345678901234567X" has 'X' at position 18; a NIP holds digits only`},
		{"PPPK without a number", "", career.EmploymentPPPK, born, career.GenderMale, hired,
			"nip", "NIP is empty; it must have 18 digits"},
		{"unknown type only checks the digits", "123456789012345678", "", born, career.GenderMale, hired, "", ""},
		{"unknown type with 3 digits", "123", "", born, career.GenderMale, hired, "nip", "NIP 123 has 3 digits; it must have 18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := career.CheckNIP(tt.nip, tt.typ, tt.born, tt.gender, tt.hired)
			wantFieldError(t, err, tt.field, tt.message)
		})
	}
}

func TestBuildNIP(t *testing.T) {
	tests := []struct {
		name   string
		born   time.Time
		hired  time.Time
		gender career.Gender
		seq    int
		want   string
		valid  bool
	}{
		{"male", midnightUTC(1985, time.April, 12), midnightUTC(2010, time.January, 1), career.GenderMale, 1, "198504122010011001", true},
		{"female", midnightUTC(1990, time.January, 31), midnightUTC(2015, time.March, 16), career.GenderFemale, 999, "199001312015032999", true},
		{"dates read in WIB", time.Date(1985, time.April, 11, 17, 0, 0, 0, time.UTC),
			time.Date(2009, time.December, 31, 18, 0, 0, 0, time.UTC), career.GenderMale, 42, "198504122010011042", true},
		{"unknown gender", midnightUTC(1985, time.April, 12), midnightUTC(2010, time.January, 1), "", 1, "198504122010010001", false},
		{"sequence 0", midnightUTC(1985, time.April, 12), midnightUTC(2010, time.January, 1), career.GenderMale, 0, "198504122010011000", false},
		{"sequence 1000", midnightUTC(1985, time.April, 12), midnightUTC(2010, time.January, 1), career.GenderMale, 1000, "1985041220100111000", false},
		{"negative sequence", midnightUTC(1985, time.April, 12), midnightUTC(2010, time.January, 1), career.GenderMale, -1, "198504122010011-01", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := career.BuildNIP(tt.born, tt.hired, tt.gender, tt.seq)
			if got != tt.want {
				t.Fatalf("BuildNIP = %q, want %q", got, tt.want)
			}
			parsed, err := career.ParseNIP(got)
			if (err == nil) != tt.valid {
				t.Fatalf("ParseNIP(%q) error = %v, want valid %v", got, err, tt.valid)
			}
			if !tt.valid {
				return
			}
			hired := career.DateOf(tt.hired)
			want := career.NIP{BirthDate: career.DateOf(tt.born), HireYear: hired.Year(), HireMonth: hired.Month(), Gender: tt.gender, Sequence: tt.seq}
			if parsed != want {
				t.Errorf("ParseNIP(BuildNIP(...)) = %+v, want %+v", parsed, want)
			}
		})
	}
}

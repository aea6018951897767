package career_test

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

// FuzzNIP holds ParseNIP to Perka BKN 22/2007 for any string: a NIP it accepts is 18 ASCII digits whose
// parts spell it again and agree with a record built from them, and anything it refuses is refused as
// the nip field with a message.
func FuzzNIP(f *testing.F) {
	for _, s := range []string{
		"198504122010011001", "199001312015032999", "200002292018032010", "190001012000121123",
		"998112319999122999", "198504122003041001", "198504122003031001", "190002292010011001",
		"198504522010012001", "198504122010011000", "198504122010013001", "198504122010131001",
		"1985041220100110011", "19850412 201001 1 001", "１98504122010011001", "", "\xff\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := career.ParseNIP(s)
		if again, errAgain := career.ParseNIP(s); again != n || (err == nil) != (errAgain == nil) {
			t.Fatalf("ParseNIP(%q) is not deterministic: %+v, %v then %+v, %v", s, n, err, again, errAgain)
		}
		digitsErr := career.CheckNIPDigits(s)
		if pppkErr := career.CheckNIP(s, career.EmploymentPPPK, time.Time{}, "", time.Time{}); (pppkErr == nil) != (digitsErr == nil) {
			t.Errorf("CheckNIP(%q) for a PPPK = %v, want the digit check's %v", s, pppkErr, digitsErr)
		}
		if err != nil {
			var fe *career.FieldError
			if !errors.As(err, &fe) || fe.Field != "nip" || fe.Message == "" {
				t.Fatalf("ParseNIP(%q) error = %#v, want a *FieldError for nip with a message", s, err)
			}
			if n != (career.NIP{}) {
				t.Errorf("ParseNIP(%q) refused the number but returned %+v", s, n)
			}
			return
		}
		if digitsErr != nil || len(s) != 18 || strings.Trim(s, "0123456789") != "" {
			t.Fatalf("ParseNIP accepted %q, which is not 18 ASCII digits (%v)", s, digitsErr)
		}
		if n.BirthDate.Location() != time.UTC || n.BirthDate != career.DateOf(n.BirthDate) || n.BirthDate.Year() < 1900 {
			t.Errorf("ParseNIP(%q) birth date %v is not a date at midnight UTC from 1900 on", s, n.BirthDate)
		}
		if n.HireMonth < time.January || n.HireMonth > time.December || !slices.Contains(career.Genders, n.Gender) ||
			n.Sequence < 1 || n.Sequence > 999 {
			t.Errorf("ParseNIP(%q) = %+v: a part out of range", s, n)
		}
		// The first day of the month after the appointment month must come after the 18th birthday.
		if appointed := time.Date(n.HireYear, n.HireMonth+1, 1, 0, 0, 0, 0, time.UTC); !appointed.After(n.BirthDate.AddDate(18, 0, 0)) {
			t.Errorf("ParseNIP(%q) accepted an appointment in %d-%02d, before the 18th birthday on %v", s, n.HireYear, n.HireMonth, n.BirthDate)
		}
		hired := time.Date(n.HireYear, n.HireMonth, 1, 0, 0, 0, 0, time.UTC)
		if built := career.BuildNIP(n.BirthDate, hired, n.Gender, n.Sequence); built != s {
			t.Errorf("BuildNIP(ParseNIP(%q)) = %q", s, built)
		}
		if err := career.CheckNIP(s, career.EmploymentPNS, n.BirthDate, n.Gender, hired.AddDate(0, 1, -1)); err != nil {
			t.Errorf("CheckNIP(%q) against the record it spells: %v", s, err)
		}
		other := career.Genders[len(career.Genders)-1-slices.Index(career.Genders, n.Gender)]
		wantFieldErrorFor(t, career.CheckNIP(s, career.EmploymentPNS, n.BirthDate, other, hired), "gender")
		wantFieldErrorFor(t, career.CheckNIP(s, career.EmploymentPNS, n.BirthDate.AddDate(0, 0, 1), n.Gender, hired), "birth_date")
		wantFieldErrorFor(t, career.CheckNIP(s, career.EmploymentPNS, n.BirthDate, n.Gender, hired.AddDate(0, 1, 0)), "hired_at")
	})
}

func wantFieldErrorFor(t *testing.T, err error, field string) {
	t.Helper()
	var fe *career.FieldError
	if !errors.As(err, &fe) || fe.Field != field || fe.Message == "" {
		t.Errorf("error = %#v, want a *FieldError for %s with a message", err, field)
	}
}

// fuzzToday is the day FuzzEligibility's day offsets count from.
var fuzzToday = time.Date(2026, time.November, 23, 0, 0, 0, 0, time.UTC)

// FuzzEligibility builds an applicant and a vacancy's requirements from fuzzed primitives and holds
// Eligibility to its promise: each requirement asked is reported once, in a fixed order, with a reason
// in Indonesian; whether it is met follows the rule; the applicant is eligible exactly when every one
// is met; and the same input gives the same answer. The year counts are int8: wide enough for every
// count a vacancy may ask, negative ones (which ask nothing) and nonsense ones, while keeping a run
// short. Enumerated values are picked by index, with the index past the end meaning "not given".
func FuzzEligibility(f *testing.F) {
	f.Add(uint8(12), uint8(11), uint8(1), int8(2), []byte{1, 0}, uint8(0b10), []byte{1}, uint8(8), uint8(7), int32(2000), int8(2), []byte{0, 10}, int8(2), int32(0))
	f.Add(uint8(99), uint8(11), uint8(1), int8(3), []byte{4, 5, 2}, uint8(0), []byte{1, 1, 0}, uint8(3), uint8(7), int32(300), int8(2), []byte{1, 12, 2, 30}, int8(2), int32(60))
	f.Add(uint8(0), uint8(99), uint8(99), int8(-4), []byte(nil), uint8(0xFF), []byte(nil), uint8(0), uint8(99), int32(-500), int8(0), []byte(nil), int8(-1), int32(-366))
	f.Add(uint8(16), uint8(0), uint8(4), int8(127), []byte("\x00\x01\x02"), uint8(0x7F), []byte{0, 1, 2, 3, 4, 5, 6, 7}, uint8(9), uint8(0), int32(365*2), int8(2), []byte{2, 0}, int8(127), int32(-1))

	f.Fuzz(func(t *testing.T, rank, minRank, minPredikat uint8, predikatYears int8, predikats []byte, completed uint8,
		required []byte, education, minEducation uint8, retirementDays int32, minYearsToRetirement int8,
		sanctions []byte, noSanctionYears int8, todayDays int32) {
		today := fuzzToday.AddDate(0, 0, int(todayDays%(365*200)))
		a := career.Applicant{
			Rank:           pick(career.Ranks, rank),
			Education:      career.Educations[int(education)%len(career.Educations)],
			RetirementDate: today.AddDate(0, 0, int(retirementDays%(365*100))),
			AnnualPredikat: map[int]career.Predikat{},
		}
		// predikats[i] is the final predikat of the i-th year before today's, or none.
		for i, b := range predikats {
			if p := pick(career.Predikats, b); p != nil {
				a.AnnualPredikat[today.Year()-1-i] = *p
			}
		}
		for i, k := range career.TrainingKinds {
			if completed&(1<<i) != 0 {
				a.CompletedTrainings = append(a.CompletedTrainings, k)
			}
		}
		// sanctions holds pairs: the level, and how many months before today the sanction was imposed
		// (negative: a sanction dated in the future, which a typing error can produce).
		levels := []career.SanctionLevel{career.SanctionLight, career.SanctionModerate, career.SanctionHeavy}
		for i := 0; i+1 < len(sanctions); i += 2 {
			a.Sanctions = append(a.Sanctions, career.Sanction{
				Level: levels[int(sanctions[i])%len(levels)], ImposedOn: today.AddDate(0, -int(int8(sanctions[i+1])), 0),
			})
		}
		req := career.Requirements{
			MinRank: pick(career.Ranks, minRank), MinPredikat: pick(career.Predikats, minPredikat), PredikatYears: int(predikatYears),
			MinEducation: pick(career.Educations, minEducation), MinYearsToRetirement: int(minYearsToRetirement),
			NoSanctionYears: int(noSanctionYears),
		}
		for _, b := range required {
			if k := pick(career.TrainingKinds, b); k != nil {
				req.TrainingKinds = append(req.TrainingKinds, *k)
			}
		}

		results, eligible := career.Eligibility(a, req, today)
		if again, eligibleAgain := career.Eligibility(a, req, today); !reflect.DeepEqual(again, results) || eligibleAgain != eligible {
			t.Fatalf("not deterministic:\n%+v %v\n%+v %v", results, eligible, again, eligibleAgain)
		}
		want := expectedResults(a, req, today)
		var got []string
		allMet := true
		for _, r := range results {
			got = append(got, r.Requirement)
			allMet = allMet && r.Met
			checkReason(t, r)
		}
		var wantCodes []string
		for _, w := range want {
			wantCodes = append(wantCodes, w.Requirement)
		}
		if !slices.Equal(got, wantCodes) {
			t.Fatalf("requirements reported %v, want each asked once: %v\n%+v", got, wantCodes, req)
		}
		for i, r := range results {
			if r.Met != want[i].Met {
				t.Errorf("%s met = %v, want %v (%s)\napplicant %+v\nrequirements %+v", r.Requirement, r.Met, want[i].Met, r.Reason, a, req)
			}
		}
		if eligible != allMet {
			t.Errorf("eligible = %v, but every requirement met = %v: %+v", eligible, allMet, results)
		}
	})
}

// pick is values[i], or nil for an index past the end.
func pick[T any](values []T, i uint8) *T {
	if int(i) >= len(values) {
		return nil
	}
	return &values[i]
}

// expectedResults states the eligibility rule independently of its implementation: the requirements
// asked, in the order they are reported, and whether each is met.
func expectedResults(a career.Applicant, req career.Requirements, today time.Time) []career.RequirementResult {
	var want []career.RequirementResult
	add := func(code string, met bool) {
		want = append(want, career.RequirementResult{Requirement: code, Met: met})
	}
	if req.MinRank != nil {
		add("MIN_RANK", a.Rank != nil && a.Rank.Order() >= req.MinRank.Order())
	}
	if req.MinPredikat != nil {
		for y := today.Year() - req.PredikatYears; y < today.Year(); y++ {
			p, ok := a.AnnualPredikat[y]
			add(fmt.Sprintf("PREDIKAT_%d", y), ok && p.Order() >= req.MinPredikat.Order())
		}
	}
	var asked []career.TrainingKind
	for _, k := range req.TrainingKinds {
		if !slices.Contains(asked, k) {
			asked = append(asked, k)
			add("TRAINING_"+string(k), slices.Contains(a.CompletedTrainings, k))
		}
	}
	if req.MinEducation != nil {
		add("MIN_EDUCATION", a.Education.Order() >= req.MinEducation.Order())
	}
	if req.MinYearsToRetirement > 0 {
		add("YEARS_TO_RETIREMENT", !today.AddDate(req.MinYearsToRetirement, 0, 0).After(a.RetirementDate))
	}
	if req.NoSanctionYears > 0 {
		since := today.AddDate(-req.NoSanctionYears, 0, 0)
		clean := true
		for _, s := range a.Sanctions {
			clean = clean && (s.Level == career.SanctionLight || s.ImposedOn.Before(since))
		}
		add("NO_SANCTION", clean)
	}
	return want
}

// reasonStarts are the Indonesian openings of each requirement's reason, by the code's prefix.
var reasonStarts = map[string][]string{
	"MIN_RANK":            {"Pangkat ", "Tidak memiliki pangkat PNS"},
	"PREDIKAT_":           {"Predikat "},
	"TRAINING_":           {"Pelatihan "},
	"MIN_EDUCATION":       {"Pendidikan "},
	"YEARS_TO_RETIREMENT": {"Sisa masa kerja "},
	"NO_SANCTION":         {"Hukuman disiplin tingkat ", "Tidak ada hukuman disiplin"},
}

// checkReason fails a reason that is not a whole Indonesian sentence about its requirement: one that
// opens otherwise, or shows a formatting slip (a missing value, a Go placeholder).
func checkReason(t *testing.T, r career.RequirementResult) {
	t.Helper()
	for prefix, starts := range reasonStarts {
		if !strings.HasPrefix(r.Requirement, prefix) {
			continue
		}
		if !slices.ContainsFunc(starts, func(s string) bool { return strings.HasPrefix(r.Reason, s) }) {
			t.Errorf("%s: reason %q does not open with any of %q", r.Requirement, r.Reason, starts)
		}
		if strings.Contains(r.Reason, "  ") || strings.Contains(r.Reason, "%!") || strings.Contains(r.Reason, "<nil>") ||
			strings.HasSuffix(r.Reason, " ") || strings.Contains(r.Reason, " ,") {
			t.Errorf("%s: reason %q has a formatting slip", r.Requirement, r.Reason)
		}
		return
	}
	t.Errorf("unknown requirement %q (reason %q)", r.Requirement, r.Reason)
}

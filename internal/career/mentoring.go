package career

import (
	"fmt"
	"strings"
	"time"
)

// Mentoring (the regional policy: senior staff mentor new and junior staff) pairs a mentor with a
// mentee under rules that keep the relation a development one: the mentor is at work and more senior,
// is not the mentee's assessor (whose role is appraisal, not mentoring), has time for each mentee, and
// works in the same instansi, where the mentee meets and reads them.

// MentoringParty is what the pairing rules need to know of a mentor or a mentee.
type MentoringParty struct {
	ID   string
	Name string
	// Status is the employment status, such as ACTIVE or RETIRED.
	Status string
	// RankOrder compares ranks (PNS) and grades (PPPK) alike, as every "at least" rule does.
	RankOrder int
	// RankLabel is the rank as people write it, "Penata (III/c)", for the reasons.
	RankLabel    string
	SupervisorID string
	// Instansi identifies the instansi the employee works in (its path); UnitName names the unit.
	Instansi string
	UnitName string
}

// Pairing is a proposed mentorship with what the records say about its two people now.
type Pairing struct {
	Mentor, Mentee MentoringParty
	// MentorActiveMentees is how many ACTIVE mentorships the mentor already has as a mentor.
	MentorActiveMentees int
	// MenteeActiveMentor names the mentor of the mentee's ACTIVE mentorship, or is empty.
	MenteeActiveMentor string
}

// The rules of a pairing, as reasons name them.
const (
	RuleMentorIsMentee     = "MENTOR_IS_MENTEE"
	RuleMentorActive       = "MENTOR_ACTIVE"
	RuleMenteeActive       = "MENTEE_ACTIVE"
	RuleSameInstansi       = "SAME_INSTANSI"
	RuleMentorHigherRank   = "MENTOR_HIGHER_RANK"
	RuleMentorNotSuperior  = "MENTOR_NOT_SUPERVISOR"
	RuleMentorMaxMentees   = "MENTOR_MAX_MENTEES"
	RuleMenteeSingleMentor = "MENTEE_ONE_MENTOR"
)

// PairingViolation is one rule a pairing breaks: the rule, and the field error naming the values.
type PairingViolation struct {
	Rule string
	*FieldError
}

// CheckPairing returns every rule the pairing breaks, in the order a person would fix them (who the
// two are first, then the mentor's load); none means it may be made. maxMentees is the configured
// limit of active mentees per mentor.
func CheckPairing(p Pairing, maxMentees int) []PairingViolation {
	var out []PairingViolation
	add := func(rule, field, format string, args ...any) {
		out = append(out, PairingViolation{Rule: rule, FieldError: &FieldError{Field: field, Message: fmt.Sprintf(format, args...)}})
	}
	if p.Mentor.ID == p.Mentee.ID {
		add(RuleMentorIsMentee, "mentorID", "mentor dan mentee tidak boleh orang yang sama (%s)", p.Mentor.Name)
		return out
	}
	if p.Mentor.Status != "ACTIVE" {
		add(RuleMentorActive, "mentorID", "mentor harus pegawai aktif: %s berstatus %s", p.Mentor.Name, p.Mentor.Status)
	}
	if p.Mentee.Status != "ACTIVE" {
		add(RuleMenteeActive, "menteeID", "mentee harus pegawai aktif: %s berstatus %s", p.Mentee.Name, p.Mentee.Status)
	}
	if p.Mentor.Instansi != p.Mentee.Instansi {
		add(RuleSameInstansi, "mentorID", "mentor dan mentee harus dari instansi yang sama: %s bekerja di %s, %s di %s",
			p.Mentor.Name, p.Mentor.UnitName, p.Mentee.Name, p.Mentee.UnitName)
	}
	if p.Mentor.RankOrder <= p.Mentee.RankOrder {
		add(RuleMentorHigherRank, "mentorID", "mentor harus berpangkat lebih tinggi dari mentee: %s berpangkat %s, %s berpangkat %s",
			p.Mentor.Name, rankOrDash(p.Mentor.RankLabel), p.Mentee.Name, rankOrDash(p.Mentee.RankLabel))
	}
	if p.Mentee.SupervisorID != "" && p.Mentee.SupervisorID == p.Mentor.ID {
		add(RuleMentorNotSuperior, "mentorID", "mentor tidak boleh atasan langsung mentee: %s adalah atasan langsung %s, yang menilai kinerjanya",
			p.Mentor.Name, p.Mentee.Name)
	}
	if p.MentorActiveMentees >= maxMentees {
		add(RuleMentorMaxMentees, "mentorID", "%s sudah membimbing %d mentee aktif, batasnya %d mentee per mentor",
			p.Mentor.Name, p.MentorActiveMentees, maxMentees)
	}
	if p.MenteeActiveMentor != "" {
		add(RuleMenteeSingleMentor, "menteeID", "%s sudah memiliki mentor aktif (%s); akhiri mentoring itu lebih dulu",
			p.Mentee.Name, p.MenteeActiveMentor)
	}
	return out
}

func rankOrDash(label string) string {
	if label == "" {
		return "—"
	}
	return label
}

// CheckMentorshipStart checks what HR or a supervisor writes when pairing: the goals, and a start no
// earlier than a year back (a pairing recorded late, not history rewritten).
func CheckMentorshipStart(goals string, startsOn, today time.Time) *FieldError {
	switch {
	case strings.TrimSpace(goals) == "":
		return &FieldError{Field: "goals", Message: "tuliskan tujuan mentoring: apa yang perlu dicapai mentee"}
	case startsOn.Before(today.AddDate(-1, 0, 0)):
		return &FieldError{Field: "startsOn", Message: fmt.Sprintf("tanggal mulai %s lebih dari setahun yang lalu", startsOn.Format(time.DateOnly))}
	}
	return nil
}

// CheckCheckIn checks a note of a meeting: written, no longer than 4,000 characters, and held between
// the start of the mentorship and today.
func CheckCheckIn(note string, heldOn, startsOn, today time.Time) *FieldError {
	switch {
	case strings.TrimSpace(note) == "":
		return &FieldError{Field: "note", Message: "tuliskan catatan pertemuan"}
	case len([]rune(note)) > 4000:
		return &FieldError{Field: "note", Message: fmt.Sprintf("catatan paling panjang 4.000 karakter (tertulis %d)", len([]rune(note)))}
	case heldOn.Before(startsOn):
		return &FieldError{Field: "heldOn", Message: fmt.Sprintf("pertemuan %s sebelum mentoring dimulai pada %s",
			heldOn.Format(time.DateOnly), startsOn.Format(time.DateOnly))}
	case heldOn.After(today):
		return &FieldError{Field: "heldOn", Message: fmt.Sprintf("pertemuan %s belum terjadi; catat setelah pertemuan", heldOn.Format(time.DateOnly))}
	}
	return nil
}

// CheckMentorshipEnd checks how a mentorship ends: COMPLETED or CANCELLED, with what came of it, on
// a day between its start and today.
func CheckMentorshipEnd(status, outcome string, endsOn, startsOn, today time.Time) *FieldError {
	switch {
	case status != "COMPLETED" && status != "CANCELLED":
		return &FieldError{Field: "status", Message: fmt.Sprintf("mentoring diakhiri sebagai COMPLETED atau CANCELLED, bukan %s", status)}
	case strings.TrimSpace(outcome) == "":
		return &FieldError{Field: "outcome", Message: "tuliskan hasil mentoring, atau alasan pembatalannya"}
	case endsOn.Before(startsOn):
		return &FieldError{Field: "endsOn", Message: fmt.Sprintf("tanggal selesai %s sebelum mentoring dimulai pada %s",
			endsOn.Format(time.DateOnly), startsOn.Format(time.DateOnly))}
	case endsOn.After(today):
		return &FieldError{Field: "endsOn", Message: fmt.Sprintf("tanggal selesai %s belum tiba", endsOn.Format(time.DateOnly))}
	}
	return nil
}

// NewStaffSince is the day that staff hired on or before it have served the years by today: new staff
// (hired less than years ago) were hired after it.
func NewStaffSince(today time.Time, years int) time.Time {
	return DateOf(today).AddDate(-years, 0, 0)
}

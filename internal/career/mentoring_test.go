package career_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

func TestCheckPairing(t *testing.T) {
	mentor := career.MentoringParty{ID: "EMP1", Name: "Dra. Siti Aminah", Status: "ACTIVE", RankOrder: career.RankIVA.Order(), RankLabel: career.RankIVA.Label(), SupervisorID: "EMP9", Instansi: "/ORG1/ORG2/", UnitName: "Dinas Pendidikan"}
	mentee := career.MentoringParty{ID: "EMP2", Name: "Rudi Hartono, S.Pd.", Status: "ACTIVE", RankOrder: career.RankIIIA.Order(), RankLabel: career.RankIIIA.Label(), SupervisorID: "EMP8", Instansi: "/ORG1/ORG2/", UnitName: "SMA Negeri 1"}
	base := career.Pairing{Mentor: mentor, Mentee: mentee, MentorActiveMentees: 2}
	with := func(change func(*career.Pairing)) career.Pairing {
		p := base
		change(&p)
		return p
	}
	for _, tt := range []struct {
		name    string
		p       career.Pairing
		rules   []string
		field   string
		mention []string
	}{
		{"a senior colleague with room for one more", base, nil, "", nil},
		{"the mentee as their own mentor", with(func(p *career.Pairing) { p.Mentor = p.Mentee }),
			[]string{career.RuleMentorIsMentee}, "mentorID", []string{"orang yang sama", "Rudi Hartono"}},
		{"a retired mentor", with(func(p *career.Pairing) { p.Mentor.Status = "RETIRED" }),
			[]string{career.RuleMentorActive}, "mentorID", []string{"pegawai aktif", "Dra. Siti Aminah", "RETIRED"}},
		{"a mentee on leave", with(func(p *career.Pairing) { p.Mentee.Status = "LEAVE" }),
			[]string{career.RuleMenteeActive}, "menteeID", []string{"Rudi Hartono", "LEAVE"}},
		{"a mentor of another instansi", with(func(p *career.Pairing) {
			p.Mentor.Instansi, p.Mentor.UnitName = "/ORG1/ORG7/", "Dinas Pendidikan Kabupaten Bungo"
		}), []string{career.RuleSameInstansi}, "mentorID", []string{"instansi yang sama", "Dinas Pendidikan Kabupaten Bungo", "SMA Negeri 1"}},
		{"a mentor of the same rank", with(func(p *career.Pairing) {
			p.Mentor.RankOrder, p.Mentor.RankLabel = career.RankIIIA.Order(), career.RankIIIA.Label()
		}), []string{career.RuleMentorHigherRank}, "mentorID", []string{"lebih tinggi", "Penata Muda (III/a)"}},
		{"a mentor of a lower rank", with(func(p *career.Pairing) {
			p.Mentor.RankOrder, p.Mentor.RankLabel = career.RankIID.Order(), career.RankIID.Label()
		}), []string{career.RuleMentorHigherRank}, "mentorID", []string{"Pengatur Tingkat I (II/d)", "Penata Muda (III/a)"}},
		{"the mentee's direct supervisor", with(func(p *career.Pairing) { p.Mentee.SupervisorID = p.Mentor.ID }),
			[]string{career.RuleMentorNotSuperior}, "mentorID", []string{"atasan langsung", "Dra. Siti Aminah"}},
		{"a mentor at the limit", with(func(p *career.Pairing) { p.MentorActiveMentees = 3 }),
			[]string{career.RuleMentorMaxMentees}, "mentorID", []string{"3 mentee aktif", "batasnya 3"}},
		{"a mentor over the limit (lowered since)", with(func(p *career.Pairing) { p.MentorActiveMentees = 5 }),
			[]string{career.RuleMentorMaxMentees}, "mentorID", []string{"5 mentee aktif"}},
		{"a mentee who has a mentor", with(func(p *career.Pairing) { p.MenteeActiveMentor = "Ir. Bambang" }),
			[]string{career.RuleMenteeSingleMentor}, "menteeID", []string{"sudah memiliki mentor aktif", "Ir. Bambang"}},
		{"several rules at once, mentor first", with(func(p *career.Pairing) {
			p.Mentor.Status, p.MentorActiveMentees, p.MenteeActiveMentor = "SUSPENDED", 3, "Ir. Bambang"
		}), []string{career.RuleMentorActive, career.RuleMentorMaxMentees, career.RuleMenteeSingleMentor}, "mentorID", []string{"SUSPENDED"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := career.CheckPairing(tt.p, 3)
			var rules []string
			for _, v := range got {
				rules = append(rules, v.Rule)
			}
			if !slices.Equal(rules, tt.rules) {
				t.Fatalf("rules = %v, want %v", rules, tt.rules)
			}
			if len(got) == 0 {
				return
			}
			if got[0].Field != tt.field {
				t.Errorf("field = %q, want %q", got[0].Field, tt.field)
			}
			for _, m := range tt.mention {
				if !strings.Contains(got[0].Message, m) {
					t.Errorf("reason %q does not mention %q", got[0].Message, m)
				}
			}
		})
	}
}

func TestMentoringInputs(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	today, starts := d(2026, 11, 23), d(2026, 6, 1)
	for _, tt := range []struct {
		name  string
		err   *career.FieldError
		field string
	}{
		{"goals and a recent start", career.CheckMentorshipStart("Menyusun modul ajar", d(2026, 11, 1), today), ""},
		{"a start next month", career.CheckMentorshipStart("Menyusun modul ajar", d(2026, 12, 1), today), ""},
		{"no goals", career.CheckMentorshipStart("  ", d(2026, 11, 1), today), "goals"},
		{"a start two years back", career.CheckMentorshipStart("Menyusun modul ajar", d(2024, 11, 1), today), "startsOn"},
		{"a check-in today", career.CheckCheckIn("Membahas RPP", today, starts, today), ""},
		{"an empty note", career.CheckCheckIn(" ", today, starts, today), "note"},
		{"a note too long", career.CheckCheckIn(strings.Repeat("a", 4001), today, starts, today), "note"},
		{"a meeting before the start", career.CheckCheckIn("Membahas RPP", d(2026, 5, 31), starts, today), "heldOn"},
		{"a meeting tomorrow", career.CheckCheckIn("Membahas RPP", d(2026, 11, 24), starts, today), "heldOn"},
		{"completed today", career.CheckMentorshipEnd("COMPLETED", "Mandiri", today, starts, today), ""},
		{"cancelled on the first day", career.CheckMentorshipEnd("CANCELLED", "Mentor mutasi", starts, starts, today), ""},
		{"ended as ACTIVE", career.CheckMentorshipEnd("ACTIVE", "Mandiri", today, starts, today), "status"},
		{"no outcome", career.CheckMentorshipEnd("COMPLETED", "", today, starts, today), "outcome"},
		{"ended before the start", career.CheckMentorshipEnd("COMPLETED", "Mandiri", d(2026, 5, 1), starts, today), "endsOn"},
		{"ended in the future", career.CheckMentorshipEnd("COMPLETED", "Mandiri", d(2026, 12, 1), starts, today), "endsOn"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			switch {
			case tt.field == "" && tt.err != nil:
				t.Errorf("refused: %v", tt.err)
			case tt.field != "" && tt.err == nil:
				t.Errorf("accepted, want a refusal of %s", tt.field)
			case tt.err != nil && tt.err.Field != tt.field:
				t.Errorf("field = %s, want %s (%s)", tt.err.Field, tt.field, tt.err.Message)
			}
		})
	}
}

func TestNewStaffSince(t *testing.T) {
	// 23 November 2026, 20:00 UTC is already the 24th in Jakarta.
	got := career.NewStaffSince(time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC), 2)
	if want := time.Date(2024, 11, 24, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("NewStaffSince = %v, want %v", got, want)
	}
}

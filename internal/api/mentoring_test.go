package api_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/auditentry"
	entemployee "github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/mentorship"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

const (
	createMentorshipDoc = `mutation($in: CreateMentorshipInput!) { createMentorship(input: $in) { id status goals startsOn mentor { id } mentee { id } } }`
	checkInDoc          = `mutation($m: ID!, $on: Date!, $note: String!) { addMentorshipCheckIn(mentorshipID: $m, heldOn: $on, note: $note) { id heldOn note author { id } } }`
	endMentorshipDoc    = `mutation($id: ID!, $status: MentorshipStatus!, $outcome: String!, $on: Date!) { endMentorship(id: $id, status: $status, outcome: $outcome, endsOn: $on) { id status outcome endsOn } }`
	mentorshipDoc       = `query($id: ID!) { node(id: $id) { ... on Mentorship { status viewerCanCheckIn viewerCanEnd checkIns(first: 20, orderBy: [{field: HELD_ON, direction: ASC}]) { totalCount edges { node { note author { id } } } } } } }`
	newStaffDoc         = `query($unit: ID) { newStaffWithoutMentor(unitID: $unit, first: 50, orderBy: [{field: HIRED_AT, direction: DESC}]) { totalCount edges { node { id name hiredAt } } } }`
)

func pairing(mentor, mentee *ent.Employee) map[string]any {
	return map[string]any{"in": map[string]any{"mentorID": mentor.ID, "menteeID": mentee.ID, "goals": "Menyusun modul ajar Kurikulum Merdeka", "startsOn": "2026-11-23"}}
}

// refusedWith checks that a pairing is refused with the code and field, with a reason that says what.
func refusedWith(t *testing.T, res response, code, field string, says ...string) {
	t.Helper()
	e := onlyError(t, res)
	wantCode(t, e, code, field)
	for _, s := range says {
		if !strings.Contains(e.Message, s) {
			t.Errorf("reason %q does not say %q", e.Message, s)
		}
	}
}

// Each rule of a pairing, broken through the API, is refused with BAD_USER_INPUT naming the field
// and a reason naming the rule and the values; each pairer outside the rule is refused as FORBIDDEN.
// The fixtures' teachers hold III/a … III/d in turn (index % 4) under the kepala (IV/c); teachers[3]
// already mentors teachers[4].
func TestMentoringRules(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		hr := s.as(auth.RoleHR, "", f.instansi.ID)
		tt := f.teachers
		db.Client.Employee.UpdateOne(tt[7]).SetStatus(entemployee.StatusRETIRED).ExecX(ctx)
		// teachers[30] heads teachers[29], and the kepala is above both.
		db.Client.Employee.UpdateOne(tt[29]).SetSupervisor(tt[30]).ExecX(ctx)

		refusedWith(t, hr.query(createMentorshipDoc, pairing(tt[15], tt[15])), "BAD_USER_INPUT", "mentorID", "orang yang sama")
		refusedWith(t, hr.query(createMentorshipDoc, pairing(tt[7], tt[8])), "BAD_USER_INPUT", "mentorID", "pegawai aktif", tt[7].Name, "RETIRED")
		refusedWith(t, hr.query(createMentorshipDoc, pairing(tt[9], tt[10])), "BAD_USER_INPUT", "mentorID", "lebih tinggi", "Penata Muda Tingkat I (III/b)", "Penata (III/c)")
		refusedWith(t, hr.query(createMentorshipDoc, pairing(tt[30], tt[29])), "BAD_USER_INPUT", "mentorID", "atasan langsung", tt[30].Name)
		refusedWith(t, hr.query(createMentorshipDoc, pairing(f.kepala, tt[12])), "BAD_USER_INPUT", "mentorID", "atasan langsung")
		refusedWith(t, hr.query(createMentorshipDoc, pairing(tt[19], tt[4])), "BAD_USER_INPUT", "menteeID", "sudah memiliki mentor aktif", tt[3].Name)
		bungo := db.Client.OrgUnit.Create().SetCode("JMB-BUNGO").SetName("Pemerintah Kabupaten Bungo").SetKind(orgunit.KindINSTANSI).SetParent(f.region).SaveX(ctx)
		sekda := must[*ent.Employee](t)(newEmployee(db.Client, 950, "Sekretaris Daerah Bungo", career.GenderMale, date(1970, 1, 1), date(1995, 3, 1), career.RankIVD).
			SetUnit(bungo).Save(ctx))
		refusedWith(t, s.as(auth.RoleAdmin, "", "").query(createMentorshipDoc, pairing(sekda, tt[24])), "BAD_USER_INPUT", "mentorID", "instansi yang sama", "Pemerintah Kabupaten Bungo", "Dinas Pendidikan")
		for _, mentee := range []*ent.Employee{tt[12], tt[16], tt[20]} {
			hr.mustQuery(createMentorshipDoc, pairing(tt[11], mentee), &struct{}{})
		}
		refusedWith(t, hr.query(createMentorshipDoc, pairing(tt[11], tt[24])), "BAD_USER_INPUT", "mentorID", "3 mentee aktif", "batasnya 3")
		noGoals := pairing(tt[15], tt[24])
		noGoals["in"].(map[string]any)["goals"] = " "
		refusedWith(t, hr.query(createMentorshipDoc, noGoals), "BAD_USER_INPUT", "goals")

		// Who may pair: the mentee's supervisors, directly or higher up; HR of the mentee's scope.
		head := s.as(auth.RoleSupervisor, f.kepala.ID, "")
		var made struct{ CreateMentorship struct{ Status string } }
		head.mustQuery(createMentorshipDoc, pairing(tt[27], tt[28]), &made)
		head.mustQuery(createMentorshipDoc, pairing(tt[35], tt[29]), &made)
		if made.CreateMentorship.Status != "ACTIVE" {
			t.Errorf("a new mentorship is %s", made.CreateMentorship.Status)
		}
		refusedWith(t, s.as(auth.RoleSupervisor, tt[30].ID, "").query(createMentorshipDoc, pairing(tt[31], tt[32])), "FORBIDDEN", "")
		refusedWith(t, s.as(auth.RoleHR, "", f.dinkes.ID).query(createMentorshipDoc, pairing(tt[31], tt[32])), "FORBIDDEN", "")
		refusedWith(t, s.as(auth.RoleLeader, "", f.region.ID).query(createMentorshipDoc, pairing(tt[31], tt[32])), "FORBIDDEN", "")
		refusedWith(t, s.as(auth.RoleEmployee, tt[31].ID, "").query(createMentorshipDoc, pairing(tt[31], tt[32])), "FORBIDDEN", "")
		refusedWith(t, s.query(createMentorshipDoc, pairing(tt[31], tt[32])), "UNAUTHENTICATED", "")
		// A supervisor picks the mentor among the colleagues of its instansi: a PPPK nurse of grade VII
		// compares by order (7) with a III/a teacher (9), and is refused for rank.
		refusedWith(t, head.query(createMentorshipDoc, pairing(f.nurses[0], tt[32])), "BAD_USER_INPUT", "mentorID", "lebih tinggi", "Golongan VII")

		if n := db.Client.AuditEntry.Query().Where(auditentry.Action("createMentorship"), auditentry.EntityType("Mentorship")).CountX(ctx); n != 5 {
			t.Errorf("%d audited pairings, want 5", n)
		}
	})
}

// The mentor and the mentee note their meetings, nobody else does; either may end it, and an ended
// mentorship takes no more notes.
func TestMentoringCheckInsAndEnd(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		id := f.ids["Mentorship"] // teachers[3] mentors teachers[4] since 2026-01-05
		mentor := s.as(auth.RoleEmployee, f.teachers[3].ID, "")
		mentee := s.as(auth.RoleEmployee, f.teachers[4].ID, "")
		colleague := s.as(auth.RoleEmployee, f.teachers[5].ID, "")
		hr := s.as(auth.RoleHR, "", f.instansi.ID)
		head := s.as(auth.RoleSupervisor, f.kepala.ID, "")
		note := func(on, text string) map[string]any { return map[string]any{"m": id, "on": on, "note": text} }

		mentor.mustQuery(checkInDoc, note("2026-10-01", "Membahas rencana pembelajaran semester"), &struct{}{})
		var added struct {
			AddMentorshipCheckIn struct{ Author struct{ ID pulid.ID } }
		}
		mentee.mustQuery(checkInDoc, note("2026-11-20", "Modul ajar bab 1 selesai"), &added)
		if added.AddMentorshipCheckIn.Author.ID != f.teachers[4].ID {
			t.Errorf("the mentee's note is written by %s", added.AddMentorshipCheckIn.Author.ID)
		}
		refusedWith(t, colleague.query(checkInDoc, note("2026-11-20", "Saya ikut")), "FORBIDDEN", "")
		refusedWith(t, hr.query(checkInDoc, note("2026-11-20", "Catatan HR")), "FORBIDDEN", "")
		refusedWith(t, mentee.query(checkInDoc, note("2026-12-01", "Belum terjadi")), "BAD_USER_INPUT", "heldOn", "belum terjadi")
		refusedWith(t, mentee.query(checkInDoc, note("2025-12-01", "Sebelum mulai")), "BAD_USER_INPUT", "heldOn", "2026-01-05")

		type read struct {
			Node struct {
				Status                         string
				ViewerCanCheckIn, ViewerCanEnd bool
				CheckIns                       struct {
					TotalCount int
					Edges      []struct{ Node struct{ Note string } }
				}
			}
		}
		var asMentee, asHR, asHead read
		mentee.mustQuery(mentorshipDoc, map[string]any{"id": id}, &asMentee)
		if n := asMentee.Node; n.CheckIns.TotalCount != 2 || n.CheckIns.Edges[1].Node.Note != "Modul ajar bab 1 selesai" || !n.ViewerCanCheckIn || !n.ViewerCanEnd {
			t.Errorf("the mentee reads %+v", n)
		}
		hr.mustQuery(mentorshipDoc, map[string]any{"id": id}, &asHR)
		if n := asHR.Node; n.CheckIns.TotalCount != 2 || n.ViewerCanCheckIn || !n.ViewerCanEnd {
			t.Errorf("HR reads %+v", n)
		}
		head.mustQuery(mentorshipDoc, map[string]any{"id": id}, &asHead)
		if n := asHead.Node; n.CheckIns.TotalCount != 2 || n.ViewerCanCheckIn || !n.ViewerCanEnd {
			t.Errorf("the supervisor reads %+v", n)
		}

		end := func(status, outcome, on string) map[string]any {
			return map[string]any{"id": id, "status": status, "outcome": outcome, "on": on}
		}
		refusedWith(t, colleague.query(endMentorshipDoc, end("COMPLETED", "Selesai", "2026-11-23")), "FORBIDDEN", "")
		refusedWith(t, mentee.query(endMentorshipDoc, end("ACTIVE", "Selesai", "2026-11-23")), "BAD_USER_INPUT", "status")
		refusedWith(t, mentee.query(endMentorshipDoc, end("COMPLETED", "", "2026-11-23")), "BAD_USER_INPUT", "outcome")
		refusedWith(t, mentee.query(endMentorshipDoc, end("COMPLETED", "Selesai", "2025-12-31")), "BAD_USER_INPUT", "endsOn")
		var ended struct {
			EndMentorship struct{ Status, Outcome, EndsOn string }
		}
		mentee.mustQuery(endMentorshipDoc, end("COMPLETED", "Modul ajar tersusun dan dipakai di kelas", "2026-11-23"), &ended)
		if e := ended.EndMentorship; e.Status != "COMPLETED" || e.EndsOn != "2026-11-23" || e.Outcome == "" {
			t.Errorf("ended: %+v", e)
		}
		refusedWith(t, mentor.query(checkInDoc, note("2026-11-23", "Sesudah selesai")), "BAD_USER_INPUT", "mentorshipID", "sudah berakhir")
		refusedWith(t, mentor.query(endMentorshipDoc, end("CANCELLED", "Batal", "2026-11-23")), "BAD_USER_INPUT", "status", "sudah berakhir")
		mentee.mustQuery(mentorshipDoc, map[string]any{"id": id}, &asMentee)
		if n := asMentee.Node; n.ViewerCanCheckIn || n.ViewerCanEnd {
			t.Errorf("an ended mentorship still offers steps: %+v", n)
		}

		// The mentor is free again, and the kepala ends one it paired.
		var made struct{ CreateMentorship struct{ ID pulid.ID } }
		head.mustQuery(createMentorshipDoc, pairing(f.teachers[3], f.teachers[4]), &made)
		head.mustQuery(endMentorshipDoc, map[string]any{"id": made.CreateMentorship.ID, "status": "CANCELLED", "outcome": "Mentor dimutasi", "on": "2026-11-23"}, &struct{}{})
		ctx := access.SystemContext(context.Background())
		if n := db.Client.AuditEntry.Query().Where(auditentry.Action("endMentorship")).CountX(ctx); n != 2 {
			t.Errorf("%d audited ends, want 2", n)
		}
		if n := db.Client.AuditEntry.Query().Where(auditentry.Action("addMentorshipCheckIn")).CountX(ctx); n != 2 {
			t.Errorf("%d audited check-ins, want 2", n)
		}
	})
}

// Staff hired less than two years ago without an ACTIVE mentor are listed for HR, LEADER and ADMIN,
// and leave the list once paired.
func TestNewStaffWithoutMentor(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		hired := func(seq int, name string, on time.Time) *ent.Employee {
			return must[*ent.Employee](t)(newEmployee(db.Client, seq, name, career.GenderFemale, date(1998, 4, 1), on, career.RankIIIA).
				SetRankSince(on).SetUnit(f.disdik).SetSupervisor(f.kepala).Save(ctx))
		}
		first := hired(900, "Ayu Lestari, S.Pd.", date(2025, 8, 1))
		second := hired(901, "Bunga Citra, S.Pd.", date(2025, 1, 1))
		hired(902, "Citra Dewi, S.Pd.", date(2024, 11, 23)) // two years today: no longer new
		gone := hired(903, "Dewi Sartika, S.Pd.", date(2025, 8, 1))
		db.Client.Employee.UpdateOne(gone).SetStatus(entemployee.StatusRESIGNED).ExecX(ctx)

		hr := s.as(auth.RoleHR, "", f.instansi.ID)
		listed := func(as *server, unit any) []string {
			var out struct {
				NewStaffWithoutMentor struct {
					Edges []struct{ Node struct{ Name string } }
				}
			}
			as.mustQuery(newStaffDoc, map[string]any{"unit": unit}, &out)
			var names []string
			for _, e := range out.NewStaffWithoutMentor.Edges {
				names = append(names, e.Node.Name)
			}
			return names
		}
		if got := listed(hr, nil); !slices.Equal(got, []string{first.Name, second.Name}) {
			t.Errorf("HR lists %v, want the two hired in 2025", got)
		}
		if got := listed(s.as(auth.RoleLeader, "", f.region.ID), f.disdik.ID); len(got) != 2 {
			t.Errorf("the leader lists %v in Dinas Pendidikan", got)
		}
		if got := listed(hr, f.dinkes.ID); len(got) != 0 {
			t.Errorf("HR lists %v in Dinas Kesehatan", got)
		}
		refusedWith(t, s.as(auth.RoleEmployee, f.teachers[5].ID, "").query(newStaffDoc, nil), "FORBIDDEN", "")
		refusedWith(t, s.as(auth.RoleSupervisor, f.kepala.ID, "").query(newStaffDoc, nil), "FORBIDDEN", "")

		hr.mustQuery(createMentorshipDoc, pairing(f.teachers[7], first), &struct{}{})
		if got := listed(hr, nil); !slices.Equal(got, []string{second.Name}) {
			t.Errorf("after pairing, HR lists %v", got)
		}
	})
}

// Concurrent pairings never exceed the limit of mentees: eight at once for one mentor with the
// limit lowered to 2 make exactly two; four mentors at once for one mentee make exactly one.
func TestMentoringLimitUnderConcurrency(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		ctx := access.SystemContext(context.Background())
		f := loadFixtures(t, db.Client)
		s := newServer(t, db)
		admin := s.as(auth.RoleAdmin, "", "")
		admin.mustQuery(`mutation { updateTalentSettings(input: {maxMentees: 2}) { maxMentees } }`, nil, &struct{}{})
		tt := f.teachers
		officers := []*server{admin, s.as(auth.RoleHR, "", f.instansi.ID), s.as(auth.RoleHR, "", f.disdik.ID), s.as(auth.RoleSupervisor, f.kepala.ID, "")}

		race := func(pairs [][2]*ent.Employee) (won int) {
			results := make([]response, len(pairs))
			var wg sync.WaitGroup
			for i, p := range pairs {
				wg.Go(func() { results[i] = officers[i%len(officers)].query(createMentorshipDoc, pairing(p[0], p[1])) })
			}
			wg.Wait()
			for _, res := range results {
				switch {
				case len(res.Errors) == 0:
					won++
				case res.Errors[0].Extensions["code"] != "BAD_USER_INPUT":
					t.Errorf("a losing pairing got %+v", res.Errors)
				}
			}
			return won
		}

		var manyMentees [][2]*ent.Employee
		for _, i := range []int{12, 13, 14, 16, 17, 18, 20, 21} {
			manyMentees = append(manyMentees, [2]*ent.Employee{tt[39], tt[i]})
		}
		won := race(manyMentees)
		stored := db.Client.Mentorship.Query().Where(mentorship.MentorID(tt[39].ID), mentorship.StatusEQ(mentorship.StatusACTIVE)).CountX(ctx)
		if won != 2 || stored != 2 {
			t.Errorf("%d of 8 pairings with one mentor succeeded, %d stored; want 2 (the limit)", won, stored)
		}

		var manyMentors [][2]*ent.Employee
		for _, i := range []int{15, 19, 23, 27} {
			manyMentors = append(manyMentors, [2]*ent.Employee{tt[i], tt[25]})
		}
		won = race(manyMentors)
		stored = db.Client.Mentorship.Query().Where(mentorship.MenteeID(tt[25].ID), mentorship.StatusEQ(mentorship.StatusACTIVE)).CountX(ctx)
		if won != 1 || stored != 1 {
			t.Errorf("%d of 4 pairings of one mentee succeeded, %d stored; want 1", won, stored)
		}
	})
}

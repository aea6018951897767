package seed

import (
	"context"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/mentorship"
	"github.com/jenjang/jenjang/internal/career"
)

var mentorshipGoals = map[string][]string{
	"Guru":    {"Menerapkan pembelajaran berdiferensiasi di kelas", "Menyusun modul ajar dan asesmen Kurikulum Merdeka"},
	"Perawat": {"Menerapkan asuhan keperawatan sesuai standar akreditasi", "Menguasai penanganan kegawatdaruratan dasar"},
	"Auditor": {"Menyusun kertas kerja audit yang memenuhi standar", "Memimpin tim audit kinerja"},
	"": {
		"Memahami tugas pokok dan alur layanan unit kerja",
		"Menyusun SKP dan indikator kinerja individu yang terukur",
		"Menguasai aplikasi kepegawaian dan pelaporan",
		"Mempersiapkan uji kompetensi kenaikan jenjang jabatan",
	},
}

var mentorshipOutcomes = []string{
	"Mentee mampu menyelesaikan tugas secara mandiri dan tepat waktu.",
	"Target pembelajaran tercapai; mentee siap menjadi pendamping bagi pegawai baru.",
	"Sebagian besar target tercapai; kompetensi teknis perlu dilanjutkan melalui pelatihan.",
}

// createMentorships pairs new and junior staff with senior colleagues of the same instansi (the same
// agency when one is there): a higher rank, active, and not the mentee's own supervisor. Pairings of
// the last year are active, earlier ones completed, a few cancelled.
func (g *generator) createMentorships(ctx context.Context, client *ent.Client, s *staff) error {
	seniors := map[*unit][]*person{}
	for _, p := range s.people {
		if !p.pppk && p.active() && p.rank().Order() >= career.RankIIIC.Order() && p.unit.instansi != nil {
			seniors[p.unit.instansi] = append(seniors[p.unit.instansi], p)
			if p.unit.agency != nil {
				seniors[p.unit.agency] = append(seniors[p.unit.agency], p)
			}
		}
	}
	today := g.today()
	mentorships := newInserter(ctx, g, client.Mentorship.CreateBulk)
	for _, mentee := range s.people {
		if !mentee.active() || mentee.hired.Before(today.AddDate(-4, 0, 0)) || !g.chance(0.45) {
			continue
		}
		pool := seniors[mentee.unit.agency]
		if len(pool) < 3 {
			pool = seniors[mentee.unit.instansi]
		}
		var mentor *person
		for range 4 {
			if c := pick(g, pool); c != mentee && c != mentee.supervisor && (mentee.pppk || c.rank().Order() > mentee.rank().Order()) {
				mentor = c
				break
			}
		}
		if mentor == nil {
			continue
		}
		starts := minTime(mentee.hired.AddDate(0, g.between(1, 3), 0), today.AddDate(0, 0, -7))
		goals := mentorshipGoals[family(mentee.role.title)]
		if goals == nil {
			goals = mentorshipGoals[""]
		}
		c := client.Mentorship.Create().SetID(g.id("MEN")).SetMentorID(mentor.id).SetMenteeID(mentee.id).
			SetStartsOn(starts).SetGoals(pick(g, goals))
		switch ends := starts.AddDate(1, 0, 0); {
		case ends.Before(today) && g.chance(0.05):
			c.SetStatus(mentorship.StatusCANCELLED).SetEndsOn(starts.AddDate(0, g.between(2, 6), 0)).
				SetOutcome("Dihentikan karena mentor dipindahtugaskan.")
		case ends.Before(today):
			c.SetStatus(mentorship.StatusCOMPLETED).SetEndsOn(ends).SetOutcome(pick(g, mentorshipOutcomes))
		}
		mentorships.add(c)
	}
	return mentorships.close()
}

package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/careerevent"
	"github.com/jenjang/jenjang/internal/career"
)

var sanctionWords = map[career.SanctionLevel]string{
	career.SanctionLight: "ringan", career.SanctionModerate: "sedang", career.SanctionHeavy: "berat",
}

// createCareerEvents writes everyone's career history (riwayat): the appointment, every rank
// promotion, the appointment to the current post (linked to the vacancy it came from), completed
// trainings, sanctions and retirement, each with its decree or certificate number. Without g.detail
// the promotions and trainings are those of the past years only, as if the system had taken over
// the records of its history and no older ones.
func (g *generator) createCareerEvents(ctx context.Context, client *ent.Client, s *staff) error {
	events := newInserter(ctx, g, client.CareerEvent.CreateBulk)
	recorded := func(on time.Time) bool { return g.detail || !on.Before(date(g.year-g.years, time.January, 1)) }
	for _, p := range s.people {
		event := func(kind careerevent.Kind, on time.Time, to, reason, decree string) *ent.CareerEventCreate {
			return client.CareerEvent.Create().SetID(g.id("CEV")).SetEmployeeID(p.id).SetKind(kind).
				SetEffectiveDate(on).SetToValue(to).SetReason(reason).SetDecreeNumber(decree)
		}
		if p.pppk {
			events.add(event(careerevent.KindHIRE, p.hired, "PPPK Golongan "+string(p.grade), "Pengangkatan pegawai pemerintah dengan perjanjian kerja", g.decree("813", p, p.hired)))
		} else {
			events.add(event(careerevent.KindHIRE, p.hired, "CPNS, "+p.ranks[0].rank.Label(), "Pengangkatan calon pegawai negeri sipil", g.decree("813", p, p.hired)))
			for i, step := range p.ranks[1:] {
				if !recorded(step.since) {
					continue
				}
				reason := "Kenaikan pangkat reguler"
				if p.role.kind == career.KindFungsional {
					reason = "Kenaikan pangkat jabatan fungsional"
				}
				events.add(event(careerevent.KindRANK_PROMOTION, step.since, step.rank.Label(), reason, g.decree("823", p, step.since)).
					SetFromValue(p.ranks[i].rank.Label()))
			}
		}
		if p.role.kind != career.KindPelaksana {
			reason := "Pelantikan dalam jabatan " + p.role.kind.Label()
			switch {
			case p.appointedBy != "":
				reason = "Pengangkatan hasil seleksi/promosi terbuka"
			case p.role.kind == career.KindFungsional:
				reason = "Pengangkatan dalam jabatan fungsional"
			}
			c := event(careerevent.KindPOSITION_ASSIGNMENT, p.assigned, p.role.title, reason, g.decree("821.2", p, p.assigned))
			if p.appointedBy != "" {
				c.SetVacancyID(p.appointedBy)
			}
			events.add(c)
		}
		for _, t := range p.completed {
			if !recorded(t.on) {
				continue
			}
			events.add(event(careerevent.KindTRAINING_COMPLETED, t.on, t.title, fmt.Sprintf("%d JP, %s", t.hours, t.provider),
				fmt.Sprintf("STTPL/%d/%s/%d", g.between(100, 9999), t.kind, t.on.Year())))
		}
		for _, sn := range p.sanctions {
			events.add(event(careerevent.KindSANCTION, sn.ImposedOn, sn.description, "Hukuman disiplin tingkat "+sanctionWords[sn.Level]+" (PP 94/2021)", sn.decree))
		}
		if !p.retired.IsZero() {
			events.add(event(careerevent.KindRETIREMENT, p.retired, "Pensiun", "Mencapai batas usia pensiun 58 tahun", g.decree("882", p, p.retired)))
		}
	}
	return events.close()
}

// decree numbers a decree the way regional governments do: classification code, serial number,
// issuing office, year — "800/123/BKD/2024".
func (g *generator) decree(code string, p *person, day time.Time) string {
	office := "BKD"
	if hr := p.unit.instansi.personnel; hr != nil {
		office = hr.plan.code
	}
	return fmt.Sprintf("%s/%d/%s/%d", code, g.between(10, 999), office, day.Year())
}

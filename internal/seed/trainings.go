package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/careerevent"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/training"
	"github.com/jenjang/jenjang/internal/career"
)

type trainingPlan struct {
	title      string
	kind       career.TrainingKind
	competency string
	hours      int
	provider   string
	capacity   int
	// who may take part
	audience func(*person) bool
}

var trainingCatalogue = []trainingPlan{
	{"Pelatihan Kepemimpinan Nasional Tingkat II", career.TrainingPKN, "Kepemimpinan strategis", 120, "LAN RI", 30, func(p *person) bool { return p.position.Kind == career.KindJPTPratama }},
	{"Pelatihan Kepemimpinan Administrator", career.TrainingPKA, "Kepemimpinan kinerja", 90, "BPSDM Provinsi Jambi", 30, func(p *person) bool {
		return p.position.Kind == career.KindAdministrator || p.position.Kind == career.KindPengawas && p.rank.Order() >= career.RankIIID.Order()
	}},
	{"Pelatihan Kepemimpinan Pengawas", career.TrainingPKP, "Kepemimpinan operasional", 60, "BPSDM Provinsi Jambi", 40, func(p *person) bool {
		return p.position.Kind == career.KindPengawas || p.position.Kind == career.KindPelaksana && p.rank.Order() >= career.RankIIIA.Order()
	}},
	{"Pelatihan Dasar CPNS", career.TrainingLatsar, "Wawasan kebangsaan dan nilai dasar ASN", 120, "BPSDM Provinsi Jambi", 40, func(p *person) bool { return !p.pppk }},
	{"Pelatihan Fungsional Guru Penggerak", career.TrainingFungsional, "Kepemimpinan pembelajaran", 40, "Balai Guru Penggerak Jambi", 35, func(p *person) bool { return p.position.Kind == career.KindFungsional }},
	{"Pelatihan Jabatan Fungsional Auditor", career.TrainingFungsional, "Audit intern pemerintah", 48, "BPKP Perwakilan Jambi", 25, func(p *person) bool { return p.position.Kind == career.KindFungsional }},
	{"Manajemen Kinerja dan Penyusunan SKP", career.TrainingTeknis, "Manajemen kinerja", 24, "BKD Provinsi Jambi", 50, func(*person) bool { return true }},
	{"Pengelolaan Keuangan Daerah", career.TrainingTeknis, "Pengelolaan keuangan", 32, "BPSDM Provinsi Jambi", 40, func(*person) bool { return true }},
	{"Pelayanan Publik Berbasis Digital", career.TrainingTeknis, "Transformasi digital", 16, "BPSDM Provinsi Jambi", 60, func(*person) bool { return true }},
	{"Seminar Reformasi Birokrasi dan Budaya BerAKHLAK", career.TrainingSeminar, "Budaya kerja", 8, "Sekretariat Daerah Provinsi Jambi", 100, func(*person) bool { return true }},
}

// createTrainings runs the catalogue several times a year: earlier offerings completed (their
// participants' JP counted and recorded as career events), the next ones open for enrolment.
func (g *generator) createTrainings(ctx context.Context, client *ent.Client, r *roster) error {
	offerings := max(len(trainingCatalogue)*4, len(r.people)/60)
	today := g.today()
	var trainings []*ent.TrainingCreate
	var enrollments []*ent.EnrollmentCreate
	var events []*ent.CareerEventCreate
	for i := range offerings {
		plan := trainingCatalogue[i%len(trainingCatalogue)]
		// Spread offerings from two years back to four months ahead.
		starts := today.AddDate(0, 0, -730+(i*850/offerings)+g.between(0, 20))
		starts = date(starts.Year(), starts.Month(), starts.Day())
		days := max(1, plan.hours/8)
		ends := starts.AddDate(0, 0, days-1)
		status := training.StatusOPEN
		switch {
		case ends.Before(today):
			status = training.StatusCOMPLETED
		case !starts.After(today):
			status = training.StatusONGOING
		}
		id := g.id("TRN")
		var candidates []*person
		for _, p := range r.people {
			if plan.audience(p) && !p.hired.After(starts) {
				candidates = append(candidates, p)
			}
		}
		g.rnd.Shuffle(len(candidates), func(a, b int) { candidates[a], candidates[b] = candidates[b], candidates[a] })
		take := min(len(candidates), plan.capacity*g.between(50, 100)/100)
		if i%len(trainingCatalogue) == 6 && status == training.StatusOPEN {
			take = min(len(candidates), plan.capacity) // one offering is fully booked
		}
		seats := 0
		for _, p := range candidates[:take] {
			e := client.Enrollment.Create().SetID(g.id("ENR")).SetEmployeeID(p.id).SetTrainingID(id).SetNominated(g.chance(0.4))
			switch status {
			case training.StatusCOMPLETED:
				if g.chance(0.05) {
					e.SetStatus(enrollment.StatusFAILED).SetScore(float64(g.between(40, 59)))
				} else {
					e.SetStatus(enrollment.StatusCOMPLETED).SetScore(float64(g.between(70, 96))).SetCompletedAt(ends.Add(16 * time.Hour))
					p.trainings = append(p.trainings, plan.kind)
					events = append(events, client.CareerEvent.Create().SetID(g.id("CEV")).SetEmployeeID(p.id).
						SetKind(careerevent.KindTRAINING_COMPLETED).SetToValue(plan.title).SetEffectiveDate(ends).
						SetReason(fmt.Sprintf("%d JP, %s", plan.hours, plan.provider)))
				}
			case training.StatusONGOING:
				e.SetStatus(enrollment.StatusATTENDED)
			}
			seats++
			enrollments = append(enrollments, e)
		}
		trainings = append(trainings, client.Training.Create().SetID(id).SetTitle(fmt.Sprintf("%s Angkatan %d", plan.title, i/len(trainingCatalogue)+1)).
			SetKind(plan.kind).SetCompetency(plan.competency).SetHoursJp(plan.hours).SetStartsOn(starts).SetEndsOn(ends).
			SetProvider(plan.provider).SetCapacity(plan.capacity).SetSeatsTaken(seats).SetStatus(status).
			SetDescription("Pelatihan "+plan.competency+" bagi ASN di lingkungan Pemerintah Provinsi dan Kabupaten/Kota."))
	}
	if err := bulk(ctx, trainings, client.Training.CreateBulk); err != nil {
		return err
	}
	if err := bulk(ctx, enrollments, client.Enrollment.CreateBulk); err != nil {
		return err
	}
	return bulk(ctx, events, client.CareerEvent.CreateBulk)
}

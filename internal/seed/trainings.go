package seed

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/training"
	"github.com/jenjang/jenjang/internal/career"
)

// trainingPlan is a training that is offered again and again.
type trainingPlan struct {
	title      string
	kind       career.TrainingKind
	competency string
	hours      int
	capacity   int
	// providerName may hold %s for the name of the region, as in "BPSDM %s".
	providerName string
	// audience tells whether the person is someone the training is for, at its start.
	audience func(p *person, starts time.Time) bool
}

func (t trainingPlan) provider(region *unit) string {
	if strings.Contains(t.providerName, "%s") {
		return fmt.Sprintf(t.providerName, region.name)
	}
	return t.providerName
}

// leadership are the leadership trainings, by the level of post they prepare for.
var leadership = map[career.TrainingKind]trainingPlan{
	career.TrainingPKN: {"Pelatihan Kepemimpinan Nasional Tingkat II", career.TrainingPKN, "Kepemimpinan strategis", 120, 30, "Lembaga Administrasi Negara",
		func(p *person, starts time.Time) bool {
			candidate := p.role.kind.IsJPT() || p.role.kind == career.KindAdministrator && !p.pppk && p.rankAt(starts).Order() >= career.RankIVB.Order()
			return candidate && !p.hasCompleted(career.TrainingPKN, starts)
		}},
	career.TrainingPKA: {"Pelatihan Kepemimpinan Administrator", career.TrainingPKA, "Kepemimpinan kinerja", 100, 30, "BPSDM %s",
		func(p *person, starts time.Time) bool {
			return !p.pppk && (p.role.kind == career.KindAdministrator || p.role.kind == career.KindPengawas && p.rankAt(starts).Order() >= career.RankIIID.Order()) &&
				!p.hasCompleted(career.TrainingPKA, starts)
		}},
	career.TrainingPKP: {"Pelatihan Kepemimpinan Pengawas", career.TrainingPKP, "Kepemimpinan operasional", 90, 40, "BPSDM %s",
		func(p *person, starts time.Time) bool {
			return !p.pppk && (p.role.kind == career.KindPengawas || p.role.kind == career.KindPelaksana && p.rankAt(starts).Order() >= career.RankIIIB.Order()) &&
				!p.hasCompleted(career.TrainingPKP, starts)
		}},
}

func inFamily(families ...string) func(*person, time.Time) bool {
	return func(p *person, _ time.Time) bool {
		for _, f := range families {
			if family(p.role.title) == f {
				return true
			}
		}
		return false
	}
}

func everyone(*person, time.Time) bool { return true }

// trainingCatalogue is what is offered, in the order offerings take turns.
var trainingCatalogue = []trainingPlan{
	leadership[career.TrainingPKA],
	{"Manajemen Kinerja dan Penyusunan SKP", career.TrainingTeknis, "Manajemen kinerja", 24, 50, "BPSDM %s", everyone},
	{"Pelatihan Dasar CPNS", career.TrainingLatsar, "Wawasan kebangsaan dan nilai dasar ASN", 120, 40, "BPSDM %s",
		func(p *person, starts time.Time) bool {
			return !p.pppk && !p.hired.Before(starts.AddDate(0, -18, 0)) && !p.hasCompleted(career.TrainingLatsar, starts)
		}},
	{"Pelatihan Implementasi Kurikulum Merdeka", career.TrainingFungsional, "Pembelajaran berdiferensiasi", 48, 40, "Balai Guru Penggerak %s", inFamily("Guru", "Pengawas Sekolah")},
	leadership[career.TrainingPKP],
	{"Pelayanan Publik Berbasis Digital", career.TrainingTeknis, "Transformasi digital", 16, 60, "BPSDM %s", everyone},
	{"Pelatihan Penjenjangan Auditor Ahli Muda", career.TrainingFungsional, "Audit intern pemerintah", 80, 25, "Pusdiklatwas BPKP", inFamily("Auditor", "Pengawas Penyelenggaraan")},
	{"Seminar Budaya Kerja BerAKHLAK", career.TrainingSeminar, "Budaya kerja ASN", 8, 100, "BPSDM %s", everyone},
	{"Basic Trauma and Cardiac Life Support", career.TrainingFungsional, "Kegawatdaruratan medis", 40, 30, "Bapelkes %s", inFamily("Dokter", "Perawat", "Bidan")},
	{"Pengelolaan Keuangan Daerah", career.TrainingTeknis, "Pengelolaan keuangan", 32, 40, "BPSDM %s",
		func(p *person, _ time.Time) bool {
			return strings.Contains(p.role.title, "Keuangan") || strings.Contains(p.role.title, "Anggaran") || p.role.kind == career.KindAdministrator
		}},
	{"Pelatihan Fungsional Analis SDM Aparatur", career.TrainingFungsional, "Manajemen ASN", 60, 30, "Badan Kepegawaian Negara", inFamily("Analis SDM", "Analis")},
	leadership[career.TrainingPKN],
	{"Webinar Smart ASN dan Keamanan Siber", career.TrainingSeminar, "Literasi digital", 8, 100, "Lembaga Administrasi Negara", everyone},
	{"Pelatihan Fungsional Perencana Tingkat Dasar", career.TrainingFungsional, "Perencanaan pembangunan", 80, 25, "Pusbindiklatren Bappenas", inFamily("Perencana")},
	{"Penyusunan Analisis Jabatan dan Beban Kerja", career.TrainingTeknis, "Kelembagaan dan analisis jabatan", 24, 30, "BPSDM %s",
		func(p *person, _ time.Time) bool { return p.unit.agency != nil && p.unit.agency.plan.personnel }},
}

// createTrainings runs the catalogue in each region of the load, about one offering per 60 employees
// every 850 days, from the second past year (two years back by default) to four months ahead: past
// offerings completed (their participants' JP
// counted), a current one ongoing, the next ones open for enrolment (one fully booked), and one
// planned without enrolments yet.
func (g *generator) createTrainings(ctx context.Context, client *ent.Client, s *staff) error {
	trainings := newInserter(ctx, g, client.Training.CreateBulk)
	var enrollments []*ent.EnrollmentCreate // inserted after their trainings
	byRegion := map[*unit][]*person{}
	var regions []*unit
	for _, p := range s.people {
		if byRegion[p.unit.region] == nil {
			regions = append(regions, p.unit.region)
		}
		byRegion[p.unit.region] = append(byRegion[p.unit.region], p)
	}
	today := g.today()
	back := 365 * max(1, g.years-1)
	span := back + 120
	for _, region := range regions {
		people := byRegion[region]
		enrolled := map[*person]map[string]bool{}
		offerings := max(5, len(people)*span/(60*850))
		fullyBooked := false
		for i := range offerings {
			plan := trainingCatalogue[i%len(trainingCatalogue)]
			starts := today.AddDate(0, 0, -back+i*span/offerings+g.between(0, 14))
			ends := starts.AddDate(0, 0, max(1, plan.hours/8)-1)
			status := training.StatusCOMPLETED
			switch {
			case starts.After(today.AddDate(0, 0, 90)):
				status = training.StatusPLANNED
			case starts.After(today):
				status = training.StatusOPEN
			case !ends.Before(today):
				status = training.StatusONGOING
			}
			id := g.id("TRN")
			provider := plan.provider(region)
			var candidates []*person
			for _, p := range people {
				if p.serves(starts) && (status == training.StatusCOMPLETED || p.active()) &&
					plan.audience(p, starts) && !enrolled[p][plan.title] {
					candidates = append(candidates, p)
				}
			}
			shuffle(g, candidates)
			take := min(len(candidates), plan.capacity*g.between(55, 100)/100)
			switch {
			case status == training.StatusPLANNED:
				take = 0
			case status == training.StatusOPEN && !fullyBooked && len(candidates) >= plan.capacity:
				take, fullyBooked = plan.capacity, true
			}
			seats := 0
			for _, p := range candidates[:take] {
				if enrolled[p] == nil {
					enrolled[p] = map[string]bool{}
				}
				enrolled[p][plan.title] = true
				e := client.Enrollment.Create().SetID(g.id("ENR")).SetEmployeeID(p.id).SetTrainingID(id).SetNominated(g.chance(0.4))
				switch {
				case g.chance(0.03):
					e.SetStatus(enrollment.StatusCANCELLED)
					seats--
				case status == training.StatusONGOING:
					e.SetStatus(enrollment.StatusATTENDED)
				case status == training.StatusCOMPLETED && g.chance(0.04):
					e.SetStatus(enrollment.StatusFAILED).SetScore(float64(g.between(45, 64)))
				case status == training.StatusCOMPLETED:
					finished := time.Date(ends.Year(), ends.Month(), ends.Day(), 16, 0, 0, 0, career.WIB)
					e.SetStatus(enrollment.StatusCOMPLETED).SetScore(float64(g.between(70, 88) + 3*p.tendency)).SetCompletedAt(finished)
					p.completed = append(p.completed, completion{kind: plan.kind, title: plan.title, provider: provider, hours: plan.hours, on: ends, enrolled: true})
				}
				seats++
				enrollments = append(enrollments, e)
			}
			trainings.add(client.Training.Create().SetID(id).
				SetTitle(fmt.Sprintf("%s Angkatan %d", plan.title, i/len(trainingCatalogue)+1)).
				SetKind(plan.kind).SetCompetency(plan.competency).SetHoursJp(plan.hours).SetStartsOn(starts).SetEndsOn(ends).
				SetProvider(provider).SetCapacity(plan.capacity).SetSeatsTaken(seats).SetStatus(status).
				SetDescription(fmt.Sprintf("Pelatihan %s bagi ASN di %s.", strings.ToLower(plan.competency), region.name)))
		}
	}
	if err := trainings.close(); err != nil {
		return err
	}
	in := newInserter(ctx, g, client.Enrollment.CreateBulk)
	in.add(enrollments...)
	return in.close()
}

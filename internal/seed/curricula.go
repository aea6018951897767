package seed

import (
	"context"
	"fmt"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/predicate"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/training"
	"github.com/jenjang/jenjang/internal/career"
)

// curriculumPlan is a programme of the catalogue with its modules: the catalogue's offerings of the
// same title become its cohorts.
type curriculumPlan struct {
	name        string // the title of its offerings in trainingCatalogue
	kind        career.TrainingKind
	competency  string
	description string
	modules     []modulePlan
	revision    revisionPlan
	ahead       cohortAhead
}

// revisionPlan is the change recorded after the first cohort, citing its low ratings of one module.
type revisionPlan struct {
	module          int // index in modules
	changes, reason string
}

// modulePlan is a module and how participants take to it.
type modulePlan struct {
	title string
	hours int
	// mean is the rating the first cohort gives it; trend how much it gains per later cohort.
	mean, trend float64
	// comments participants write, for a low (1–2), middling (3) and high (4–5) rating.
	comments [3][]string
}

// curricula are the demo's programmes: the administrators' leadership training and a technical one
// every employee may take. Their names are titles of trainingCatalogue.
var curricula = []curriculumPlan{
	{
		name: leadership[career.TrainingPKA].title, kind: career.TrainingPKA, competency: "Kepemimpinan kinerja",
		description: "Pelatihan kepemimpinan bagi pejabat administrator: memimpin kinerja unit dan melaksanakan aksi perubahan.",
		modules: []modulePlan{
			{"Kepemimpinan Pancasila dan Bela Negara", 15, 4.1, 0, [3][]string{
				{"Materi terlalu banyak ceramah, kurang diskusi kasus."},
				{"Cukup, tetapi contoh penerapannya di unit kerja masih sedikit."},
				{"Pengajar menghubungkan nilai dasar dengan tugas sehari-hari.", "Diskusi kelompoknya hidup."},
			}},
			{"Kepemimpinan Kinerja dan Budaya BerAKHLAK", 20, 3.9, 0.1, [3][]string{
				{"Studi kasusnya dari kementerian, bukan pemerintah daerah."},
				{"Bagus, perlu lebih banyak latihan memberi umpan balik kepada staf."},
				{"Simulasi dialog kinerja sangat membantu."},
			}},
			{"Manajemen Kinerja Organisasi", 20, 3.4, 0.2, [3][]string{
				{"Pohon kinerja dibahas terlalu cepat.", "Tidak ada contoh cascading dari RPJMD ke unit kami."},
				{"Perlu contoh indikator kinerja untuk unit pelayanan."},
				{"Latihan menyusun pohon kinerja dengan data unit sendiri bermanfaat."},
			}},
			{"Inovasi dan Pelayanan Publik", 15, 4.0, 0, [3][]string{
				{"Terlalu teoritis."},
				{"Contoh inovasi daerah lain menarik, perlu waktu lebih untuk merancang inovasi sendiri."},
				{"Kunjungan ke mal pelayanan publik membuka wawasan."},
			}},
			{"Aksi Perubahan Kinerja Organisasi", 30, 2.6, 0.5, [3][]string{
				{"Waktu pendampingan coach terlalu singkat.", "Jadwal seminar rancangan bentrok dengan tugas kantor.", "Mentor di unit kerja kurang dilibatkan."},
				{"Pendampingan cukup, tetapi format laporan berubah-ubah."},
				{"Coach dan mentor aktif mendampingi sampai aksi perubahan berjalan."},
			}},
		},
		revision: revisionPlan{4, "Pendampingan aksi perubahan ditambah dari 2 menjadi 4 sesi coaching; mentor di unit kerja diundang pada seminar rancangan; format laporan dibakukan.",
			"Peserta angkatan pertama menilai pendampingan aksi perubahan paling rendah: waktu coaching singkat dan mentor kurang dilibatkan."},
		// Nearly full: one seat left, for administrators and senior pengawas.
		ahead: cohortAhead{inDays: 35, capacity: 30, taken: 29, audience: []predicate.Employee{
			employee.HasPositionWith(position.KindIn(career.KindAdministrator, career.KindPengawas)),
			employee.Not(employee.HasEnrollmentsWith(enrollment.StatusEQ(enrollment.StatusCOMPLETED), enrollment.HasTrainingWith(training.KindEQ(career.TrainingPKA)))),
		}},
	},
	{
		name: "Manajemen Kinerja dan Penyusunan SKP", kind: career.TrainingTeknis, competency: "Manajemen kinerja",
		description: "Pelatihan teknis bagi semua ASN: menyusun SKP menurut PermenPANRB 6/2022 dan menjalankan dialog kinerja.",
		modules: []modulePlan{
			{"Kebijakan Manajemen Kinerja ASN", 4, 3.9, 0, [3][]string{
				{"Terlalu banyak membaca pasal."},
				{"Perlu ringkasan perubahan dari aturan lama."},
				{"Penjelasan alur perencanaan sampai penilaian runtut."},
			}},
			{"Menyusun Rencana Hasil Kerja dan Indikator", 8, 2.9, 0.6, [3][]string{
				{"Contoh SKP hanya untuk jabatan struktural, tidak ada untuk guru dan tenaga kesehatan.", "Latihan indikator terlalu singkat."},
				{"Perlu contoh indikator kualitatif."},
				{"Latihan langsung di e-Kinerja sangat membantu.", "Contoh untuk jabatan fungsional sudah relevan."},
			}},
			{"Dialog Kinerja dan Umpan Balik Berkelanjutan", 6, 3.7, 0.1, [3][]string{
				{"Bermain peran kurang serius."},
				{"Bagus, perlu contoh percakapan dengan pegawai yang kinerjanya rendah."},
				{"Praktik dialog kinerja berpasangan bermanfaat."},
			}},
			{"Penilaian Perilaku Kerja BerAKHLAK", 6, 4.2, 0, [3][]string{
				{"Materi tumpang tindih dengan orientasi CPNS."},
				{"Cukup jelas."},
				{"Contoh perilaku per nilai BerAKHLAK mudah dipahami."},
			}},
		},
		revision: revisionPlan{1, "Modul rencana hasil kerja diberi contoh SKP guru, tenaga kesehatan dan penyuluh, dan latihan indikator diperpanjang dari 2 menjadi 4 JP.",
			"Peserta angkatan pertama menilai contoh SKP hanya cocok untuk jabatan struktural dan latihan indikator terlalu singkat."},
		// Seats left, for anyone: the demo employee enrols here in the browser tests.
		ahead: cohortAhead{inDays: 21, capacity: 40, taken: 24},
	},
}

// createCurricula adds to the demo what its training screens show: the curricula with their
// modules, the catalogue's offerings of the same title as their cohorts, feedback from the
// participants of past cohorts and the revisions it led to, two cohorts about to start (one with
// seats left, one nearly full), and a completed cohort for the demo employee that awaits their
// feedback. It draws from a stream of its own, so the rest of the demo stays as it was.
func (g *generator) createCurricula(ctx context.Context, client *ent.Client) error {
	r := g.stream(6)
	// IDs from a fixed moment: how many the rest of the demo drew before depends on the day.
	r.idTime = demoEpoch
	_, demoEmployee, err := demoSupervisor(ctx, client)
	if err != nil {
		return err
	}
	// The curricula and modules first: their IDs stay the same whatever the day, unlike the cohorts'.
	ids := make([]pulid.ID, len(curricula))
	modules := make([][]pulid.ID, len(curricula))
	for n, plan := range curricula {
		ids[n] = r.id("CUR")
		if err := client.Curriculum.Create().SetID(ids[n]).SetName(plan.name).SetKind(plan.kind).
			SetCompetency(plan.competency).SetDescription(plan.description).Exec(ctx); err != nil {
			return err
		}
		for i, m := range plan.modules {
			modules[n] = append(modules[n], r.id("MOD"))
			if err := client.TrainingModule.Create().SetID(modules[n][i]).SetCurriculumID(ids[n]).SetTitle(m.title).
				SetPosition(i + 1).SetHoursJp(m.hours).Exec(ctx); err != nil {
				return err
			}
		}
	}
	for n, plan := range curricula {
		if err := client.Training.Update().Where(training.TitleHasPrefix(plan.name + " Angkatan ")).SetCurriculumID(ids[n]).Exec(ctx); err != nil {
			return err
		}
		if err := r.createCohortAhead(ctx, client, plan, ids[n], demoEmployee.ID); err != nil {
			return fmt.Errorf("the next cohort of %s: %w", plan.name, err)
		}
		if plan.kind == career.TrainingTeknis {
			if err := r.completeForDemoEmployee(ctx, client, ids[n], demoEmployee.ID); err != nil {
				return err
			}
		}
		if err := r.createFeedback(ctx, client, plan, ids[n], modules[n], demoEmployee.ID); err != nil {
			return fmt.Errorf("feedback on %s: %w", plan.name, err)
		}
	}
	return nil
}

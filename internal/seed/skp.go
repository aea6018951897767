package seed

import (
	"fmt"
	"math"

	"github.com/jenjang/jenjang/internal/career"
)

// planTemplate is a work plan (rencana hasil kerja) with its indicators' annual targets.
type planTemplate struct {
	title      string
	indicators []indicatorTemplate
}

// indicatorTemplate is an individual indicator. Rates ("%") and scores ("poin") are not divided
// between the quarters as counts are.
type indicatorTemplate struct {
	name   string
	target int
	unit   string
}

// workPlanTemplates are the main work plans of each line of work; "" holds the plans of structural
// officials and pelaksana, by kind of post.
var workPlanTemplates = map[string][]planTemplate{
	"Guru": {
		{"Terlaksananya pembelajaran yang berpusat pada peserta didik", []indicatorTemplate{{"Modul ajar yang disusun dan digunakan", 12, "modul"}, {"Peserta didik yang mencapai ketuntasan belajar", 85, "%"}}},
		{"Meningkatnya hasil asesmen peserta didik", []indicatorTemplate{{"Rata-rata nilai asesmen sumatif", 78, "poin"}}},
	},
	"Pengawas Sekolah": {
		{"Terlaksananya supervisi akademik dan manajerial sekolah binaan", []indicatorTemplate{{"Sekolah binaan yang disupervisi", 10, "sekolah"}, {"Rekomendasi supervisi yang ditindaklanjuti", 80, "%"}}},
	},
	"Dokter": {
		{"Terlaksananya pelayanan medis sesuai standar", []indicatorTemplate{{"Pasien yang mendapat pelayanan medis", 600, "pasien"}, {"Kepatuhan terhadap panduan praktik klinis", 90, "%"}}},
	},
	"Perawat": {
		{"Terlaksananya asuhan keperawatan sesuai standar", []indicatorTemplate{{"Pasien yang mendapat asuhan keperawatan", 300, "pasien"}, {"Kepatuhan terhadap SOP keperawatan", 95, "%"}}},
	},
	"Bidan": {
		{"Terlaksananya pelayanan kebidanan sesuai standar", []indicatorTemplate{{"Ibu hamil yang mendapat pemeriksaan antenatal", 200, "orang"}, {"Persalinan ditolong sesuai standar", 95, "%"}}},
	},
	"Epidemiolog": {
		{"Tersedianya data surveilans penyakit yang tepat waktu", []indicatorTemplate{{"Laporan surveilans mingguan", 52, "laporan"}, {"Ketepatan waktu laporan", 90, "%"}}},
	},
	"Apoteker": {
		{"Terjaminnya ketersediaan obat dan perbekalan kesehatan", []indicatorTemplate{{"Ketersediaan obat esensial", 95, "%"}, {"Laporan pengelolaan obat", 12, "laporan"}}},
	},
	"Auditor": {
		{"Tersusunnya laporan hasil pengawasan", []indicatorTemplate{{"Laporan hasil audit", 8, "laporan"}, {"Rekomendasi hasil audit yang ditindaklanjuti", 80, "%"}}},
	},
	"Pengawas Penyelenggaraan": {
		{"Terlaksananya pengawasan penyelenggaraan urusan pemerintahan", []indicatorTemplate{{"Laporan hasil pemeriksaan", 6, "laporan"}, {"Temuan yang ditindaklanjuti", 80, "%"}}},
	},
	"Analis SDM": {
		{"Tersusunnya analisis kebutuhan pengembangan kompetensi ASN", []indicatorTemplate{{"Dokumen analisis kebutuhan", 4, "dokumen"}, {"Usulan kenaikan pangkat diproses tepat waktu", 95, "%"}}},
	},
	"Perencana": {
		{"Tersusunnya dokumen perencanaan pembangunan daerah", []indicatorTemplate{{"Dokumen perencanaan yang disusun", 3, "dokumen"}, {"Program yang selaras dengan RPJMD", 90, "%"}}},
	},
	"Widyaiswara": {
		{"Terlaksananya pembelajaran pelatihan ASN", []indicatorTemplate{{"Jam pelajaran yang diampu", 300, "JP"}, {"Nilai evaluasi pengajar oleh peserta", 85, "poin"}}},
	},
	"Pranata Komputer": {
		{"Tersedianya layanan sistem informasi yang andal", []indicatorTemplate{{"Ketersediaan layanan aplikasi", 98, "%"}, {"Permintaan layanan yang diselesaikan", 150, "tiket"}}},
	},
	"Arsiparis": {
		{"Tertatanya arsip dinamis unit kerja", []indicatorTemplate{{"Berkas arsip yang ditata", 1200, "berkas"}}},
	},
	"Analis Kebijakan": {
		{"Tersusunnya rekomendasi kebijakan", []indicatorTemplate{{"Naskah rekomendasi kebijakan", 4, "naskah"}, {"Ringkasan kebijakan", 6, "dokumen"}}},
	},
	"Pengadministrasi": {
		{"Terselesaikannya administrasi persuratan dan dokumen", []indicatorTemplate{{"Surat dan dokumen yang diproses", 600, "dokumen"}, {"Ketepatan waktu penyelesaian", 95, "%"}}},
	},
	"Analis": {
		{"Tersusunnya bahan analisis dan laporan unit kerja", []indicatorTemplate{{"Dokumen analisis yang disusun", 24, "dokumen"}, {"Ketepatan waktu penyampaian", 90, "%"}}},
	},
}

var structuralPlans = map[career.PositionKind][]planTemplate{
	career.KindJPTMadya: {
		{"Terwujudnya koordinasi penyelenggaraan pemerintahan daerah yang efektif", []indicatorTemplate{{"Capaian indikator kinerja utama daerah", 100, "%"}, {"Nilai SAKIP pemerintah daerah", 75, "poin"}}},
		{"Meningkatnya kualitas birokrasi", []indicatorTemplate{{"Indeks reformasi birokrasi", 70, "poin"}}},
	},
	career.KindJPTPratama: {
		{"Tercapainya sasaran strategis perangkat daerah", []indicatorTemplate{{"Capaian indikator kinerja utama", 100, "%"}, {"Realisasi anggaran", 95, "%"}}},
		{"Meningkatnya kualitas pelayanan publik", []indicatorTemplate{{"Indeks kepuasan masyarakat", 85, "poin"}}},
	},
	career.KindAdministrator: {
		{"Tercapainya sasaran program bidang", []indicatorTemplate{{"Capaian indikator program", 100, "%"}, {"Realisasi kegiatan", 95, "%"}}},
	},
	career.KindPengawas: {
		{"Terlaksananya kegiatan seksi sesuai rencana", []indicatorTemplate{{"Kegiatan yang terlaksana", 12, "kegiatan"}, {"Laporan yang disampaikan tepat waktu", 100, "%"}}},
	},
}

var additionalPlan = planTemplate{"Menjadi narasumber atau panitia kegiatan instansi", []indicatorTemplate{{"Kegiatan yang diikuti", 2, "kegiatan"}}}

// workPlans are the person's work plans for the period, a quarter's targets a quarter of the year's,
// with the realisation the person reported (none yet in a draft), which follows the work result.
func (g *generator) workPlans(p *person, period career.EvaluationPeriod, result career.Rating, status career.EvaluationStatus) []career.WorkPlan {
	templates := structuralPlans[p.role.kind]
	if templates == nil {
		templates = workPlanTemplates[family(p.role.title)]
	}
	if templates == nil {
		templates = workPlanTemplates["Analis"]
	}
	plans := make([]career.WorkPlan, 0, len(templates)+1)
	add := func(t planTemplate, kind career.WorkPlanKind) {
		plan := career.WorkPlan{Title: t.title, Kind: kind}
		for _, it := range t.indicators {
			target := float64(it.target)
			if period != career.PeriodAnnual && it.unit != "%" && it.unit != "poin" {
				target = math.Ceil(target / 4)
			}
			ind := career.Indicator{Name: it.name, Target: amount(target, it.unit)}
			if status != career.EvalDraft {
				ind.Realisation = amount(g.realisation(target, it.unit, result), it.unit)
			}
			plan.Indicators = append(plan.Indicators, ind)
		}
		plans = append(plans, plan)
	}
	for _, t := range templates {
		add(t, career.WorkPlanMain)
	}
	if period == career.PeriodAnnual && g.chance(0.3) {
		add(additionalPlan, career.WorkPlanAdditional)
	}
	return plans
}

func (g *generator) realisation(target float64, unit string, result career.Rating) float64 {
	factor := 0.95 + 0.1*g.rnd.Float64()
	switch result {
	case career.RatingAbove:
		factor = 1.08 + 0.15*g.rnd.Float64()
	case career.RatingBelow:
		factor = 0.6 + 0.25*g.rnd.Float64()
	}
	v := math.Round(target * factor)
	if unit == "%" {
		v = min(v, 100)
	}
	return v
}

func amount(v float64, unit string) string {
	if unit == "%" {
		return fmt.Sprintf("%.0f%%", v)
	}
	return fmt.Sprintf("%.0f %s", v, unit)
}

var selfNotes = map[career.BerakhlakValue]string{
	career.ValueBerorientasiPelayanan: "Menanggapi permintaan layanan dalam satu hari kerja.",
	career.ValueAkuntabel:             "Menyelesaikan laporan tepat waktu dan dapat dipertanggungjawabkan.",
	career.ValueKompeten:              "Mengikuti pelatihan untuk meningkatkan kompetensi teknis.",
	career.ValueHarmonis:              "Membangun suasana kerja yang saling menghargai.",
	career.ValueLoyal:                 "Menjaga nama baik instansi dan rahasia jabatan.",
	career.ValueAdaptif:               "Menerapkan aplikasi layanan digital yang baru.",
	career.ValueKolaboratif:           "Bekerja sama lintas bidang dalam penyusunan program.",
}

var assessorNotes = map[career.Rating]string{
	career.RatingAbove: "Menjadi teladan bagi rekan kerja dan melampaui harapan.",
	career.RatingMeets: "Sudah menunjukkan perilaku sesuai harapan.",
	career.RatingBelow: "Perlu peningkatan; dibahas dalam sesi bimbingan kinerja.",
}

// behaviorNotes are notes on some of the BerAKHLAK values by the employee and the assessor.
func (g *generator) behaviorNotes(behavior career.Rating) []career.BehaviorNote {
	n := g.between(3, len(career.BerakhlakValues))
	first := g.rnd.IntN(len(career.BerakhlakValues))
	notes := make([]career.BehaviorNote, 0, n)
	for i := range n {
		v := career.BerakhlakValues[(first+i)%len(career.BerakhlakValues)]
		note := career.BehaviorNote{Value: v, SelfNote: selfNotes[v]}
		if i == 0 || g.chance(0.5) {
			note.AssessorNote = assessorNotes[behavior]
		}
		notes = append(notes, note)
	}
	return notes
}

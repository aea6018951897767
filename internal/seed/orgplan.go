package seed

import (
	"fmt"
	"strings"

	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/internal/career"
)

// unitPlan is a unit of the organisation tree to create, with its head post, the posts whose holders
// work in the unit itself, and its sub-units.
type unitPlan struct {
	code, name string
	kind       orgunit.Kind
	head       *postPlan
	staff      []postPlan
	children   []unitPlan
	// personnel marks the agency that runs personnel matters (BKD, BKPSDM): its head records
	// potential assessments, and its code appears in decree numbers.
	personnel bool
	// secretariat marks the sekretariat daerah, whose head leads the other agencies.
	secretariat bool
	// vacancies is what an instansi announces.
	vacancies vacancySet
}

// vacancySet is how many vacancies an instansi announces.
type vacancySet int

const (
	noVacancies vacancySet = iota
	someVacancies
	allVacancies
)

var jambiRegencies = []struct{ code, name string }{
	{"KOTA-JAMBI", "Kota Jambi"},
	{"MUARO-JAMBI", "Kabupaten Muaro Jambi"},
	{"BATANG-HARI", "Kabupaten Batang Hari"},
	{"TANJABBAR", "Kabupaten Tanjung Jabung Barat"},
	{"TANJABTIM", "Kabupaten Tanjung Jabung Timur"},
	{"TEBO", "Kabupaten Tebo"},
	{"BUNGO", "Kabupaten Bungo"},
	{"MERANGIN", "Kabupaten Merangin"},
	{"SAROLANGUN", "Kabupaten Sarolangun"},
	{"KERINCI", "Kabupaten Kerinci"},
	{"SUNGAI-PENUH", "Kota Sungai Penuh"},
}

// demoPlan is the Province of Jambi with its regencies and cities, and a slice of DKI Jakarta.
func demoPlan() []unitPlan {
	jambi := unitPlan{code: "JMB", name: "Provinsi Jambi", kind: orgunit.KindREGION, children: []unitPlan{
		government("PROV", "Provinsi Jambi", allVacancies,
			setdaProvinsi("Provinsi Jambi"),
			disdik("Provinsi Jambi", true, 46),
			dinkes("Provinsi Jambi", true),
			personnelAgency("Provinsi Jambi", true),
			bappeda("Provinsi Jambi", true),
			inspektorat("Provinsi Jambi", true),
			bpsdm("Provinsi Jambi"),
		),
	}}
	for i, r := range jambiRegencies {
		set := noVacancies
		if i == 0 {
			set = someVacancies
		}
		jambi.children = append(jambi.children, regency(r.code, r.name, set))
	}
	dki := unitPlan{code: "DKI", name: "Provinsi DKI Jakarta", kind: orgunit.KindREGION, children: []unitPlan{
		government("PROV", "Provinsi DKI Jakarta", someVacancies,
			setdaProvinsi("Provinsi DKI Jakarta"),
			disdik("Provinsi DKI Jakarta", true, 40),
			dinkes("Provinsi DKI Jakarta", true),
			personnelAgency("Provinsi DKI Jakarta", true),
			bappeda("Provinsi DKI Jakarta", true),
			inspektorat("Provinsi DKI Jakarta", true),
		),
	}}
	return []unitPlan{jambi, dki}
}

// generatedRegion is the region a Generate run adds its regencies to.
func generatedRegion(run int) unitPlan {
	return unitPlan{code: fmt.Sprintf("SIM%d", run), name: fmt.Sprintf("Wilayah Simulasi %d", run), kind: orgunit.KindREGION}
}

// generatedRegency is the n-th regency of a generated region, on the pattern of the demo's regencies.
func generatedRegency(n int) unitPlan {
	return regency(fmt.Sprintf("K%d", n), fmt.Sprintf("Kabupaten Simulasi %d", n), someVacancies)
}

func regency(code, place string, set vacancySet) unitPlan {
	return government(code, place, set,
		setdaKabupaten(place),
		disdik(place, false, 20),
		dinkes(place, false),
		personnelAgency(place, false),
		bappeda(place, false),
		inspektorat(place, false),
	)
}

// government is an instansi: "Pemerintah Provinsi Jambi", "Pemerintah Kabupaten Bungo".
func government(code, place string, set vacancySet, agencies ...unitPlan) unitPlan {
	return unitPlan{code: code, name: "Pemerintah " + place, kind: orgunit.KindINSTANSI, children: agencies, vacancies: set}
}

func agency(code, name string, head postPlan, children []unitPlan, staff ...postPlan) unitPlan {
	return unitPlan{code: code, name: name, kind: orgunit.KindAGENCY, head: &head, children: children, staff: staff}
}

// division is a bidang (or the sekretariat of an agency, or a bagian of a bureau) headed by an
// administrator.
func division(code, name, head string, sections ...unitPlan) unitPlan {
	p := administrator(head)
	return unitPlan{code: code, name: name, kind: orgunit.KindDIVISION, head: &p, children: sections}
}

// bidang is a division named "Bidang …" headed by "Kepala Bidang …".
func bidang(code, name string, sections ...unitPlan) unitPlan {
	return division(code, "Bidang "+name, "Kepala Bidang "+name, sections...)
}

// sekretariat is an agency's secretariat, headed by its secretary.
func sekretariat(agencyName string, sections ...unitPlan) unitPlan {
	return division("SEK", "Sekretariat", "Sekretaris "+agencyName, sections...)
}

// section is a seksi, subbagian or subbidang headed by a pengawas, with its pelaksana staff.
func section(code, name string) unitPlan {
	p := pengawas("Kepala " + name)
	return unitPlan{code: code, name: name, kind: orgunit.KindSECTION, head: &p, staff: pelaksana(name)}
}

// pelaksana are the two staff posts of a section, named after its work.
func pelaksana(section string) []postPlan {
	topic := section
	for _, prefix := range []string{"Seksi ", "Subbagian ", "Subbidang ", "Bagian "} {
		topic = strings.TrimPrefix(topic, prefix)
	}
	switch {
	case strings.Contains(topic, "Keuangan"):
		return []postPlan{analis("Analis Anggaran", [2]int{1, 2}), pengadministrasi("Pengadministrasi Keuangan", [2]int{1, 2})}
	case strings.Contains(topic, "Kepegawaian"), strings.Contains(topic, "Mutasi"), strings.Contains(topic, "Pengadaan"):
		return []postPlan{analis("Analis Kepegawaian", [2]int{1, 3}), pengadministrasi("Pengadministrasi Kepegawaian", [2]int{1, 2})}
	case strings.Contains(topic, "Umum"), strings.Contains(topic, "Rumah Tangga"), strings.Contains(topic, "Tata Usaha"):
		return []postPlan{analis("Pengelola Barang Milik Daerah", [2]int{1, 1}), pengadministrasi("Pengadministrasi Umum", [2]int{1, 3})}
	}
	return []postPlan{analis("Analis "+topic, [2]int{1, 3}), pengadministrasi("Pengadministrasi Perkantoran", [2]int{1, 1})}
}

// setda is the sekretariat daerah headed by the sekda.
func setda(head postPlan, children []unitPlan, staff ...postPlan) unitPlan {
	a := agency("SETDA", "Sekretariat Daerah", head, children, staff...)
	a.secretariat = true
	return a
}

func setdaProvinsi(place string) unitPlan {
	bureau := func(code, name string, parts ...unitPlan) unitPlan {
		head := jptPratama("Kepala Biro " + name)
		return unitPlan{code: code, name: "Biro " + name, kind: orgunit.KindBUREAU, head: &head, children: parts}
	}
	bagian := func(code, name string, subs ...unitPlan) unitPlan {
		return division(code, "Bagian "+name, "Kepala Bagian "+name, subs...)
	}
	return setda(jptMadya("Sekretaris Daerah "+place), []unitPlan{
		bureau("BIRO-PEM", "Pemerintahan dan Otonomi Daerah",
			bagian("BAG-OTDA", "Otonomi Daerah", section("SUBBAG-FASDA", "Subbagian Fasilitasi Otonomi Daerah")),
			bagian("BAG-KS", "Kerja Sama", section("SUBBAG-KSDD", "Subbagian Kerja Sama Dalam Negeri"))),
		bureau("BIRO-ORG", "Organisasi",
			bagian("BAG-KELEMB", "Kelembagaan dan Analisis Jabatan", section("SUBBAG-ANJAB", "Subbagian Analisis Jabatan")),
			bagian("BAG-RB", "Reformasi Birokrasi dan Akuntabilitas Kinerja", section("SUBBAG-AKIP", "Subbagian Akuntabilitas Kinerja"))),
		bureau("BIRO-UMUM", "Umum",
			bagian("BAG-RT", "Rumah Tangga", section("SUBBAG-RT", "Subbagian Rumah Tangga")),
			bagian("BAG-TU", "Tata Usaha Pimpinan", section("SUBBAG-TU", "Subbagian Tata Usaha Pimpinan"), section("SUBBAG-KEU", "Subbagian Keuangan"))),
	},
		fungsional("Analis Kebijakan", career.LevelAhliMuda, 3, 0),
		fungsional("Analis Kebijakan", career.LevelAhliPertama, 2, 0),
		fungsional("Arsiparis", career.LevelTerampil, 2, 0),
	)
}

func setdaKabupaten(place string) unitPlan {
	bagian := func(code, name string, subs ...unitPlan) unitPlan {
		return division(code, "Bagian "+name, "Kepala Bagian "+name, subs...)
	}
	return setda(jptPratama("Sekretaris Daerah "+place), []unitPlan{
		bagian("BAG-PEM", "Pemerintahan", section("SUBBAG-OTDA", "Subbagian Otonomi Daerah"), section("SUBBAG-KS", "Subbagian Kerja Sama")),
		bagian("BAG-ORG", "Organisasi", section("SUBBAG-KELEMB", "Subbagian Kelembagaan"), section("SUBBAG-RB", "Subbagian Reformasi Birokrasi")),
		bagian("BAG-UMUM", "Umum", section("SUBBAG-TU", "Subbagian Tata Usaha"), section("SUBBAG-KEU", "Subbagian Keuangan")),
	},
		fungsional("Analis Kebijakan", career.LevelAhliMuda, 1, 0),
		fungsional("Arsiparis", career.LevelTerampil, 1, 0),
	)
}

// disdik is the education office; its teachers and school supervisors work in the office itself.
func disdik(place string, province bool, teachers int) unitPlan {
	name := "Dinas Pendidikan"
	schools := []unitPlan{
		bidang("BID-SD", "Pembinaan Sekolah Dasar", section("SI-KUR-SD", "Seksi Kurikulum dan Penilaian SD"), section("SI-PD-SD", "Seksi Peserta Didik dan Pembangunan Karakter SD")),
		bidang("BID-SMP", "Pembinaan Sekolah Menengah Pertama", section("SI-KUR-SMP", "Seksi Kurikulum dan Penilaian SMP"), section("SI-SARPRAS-SMP", "Seksi Kelembagaan dan Sarana Prasarana SMP")),
	}
	if province {
		schools = []unitPlan{
			bidang("BID-SMA", "Pembinaan Sekolah Menengah Atas", section("SI-KUR-SMA", "Seksi Kurikulum dan Penilaian SMA"), section("SI-PD-SMA", "Seksi Peserta Didik dan Pembangunan Karakter SMA")),
			bidang("BID-SMK", "Pembinaan Sekolah Menengah Kejuruan", section("SI-KUR-SMK", "Seksi Kurikulum dan Penilaian SMK"), section("SI-SARPRAS-SMK", "Seksi Kelembagaan dan Sarana Prasarana SMK")),
			bidang("BID-PKLK", "Pendidikan Khusus dan Layanan Khusus", section("SI-PK", "Seksi Pendidikan Khusus")),
		}
	}
	children := append([]unitPlan{
		sekretariat(name, section("SUBBAG-UMPEG", "Subbagian Umum dan Kepegawaian"), section("SUBBAG-KEU", "Subbagian Keuangan dan Aset")),
	}, schools...)
	children = append(children, bidang("BID-GTK", "Guru dan Tenaga Kependidikan", section("SI-PENDIDIK", "Seksi Pendidik"), section("SI-TENDIK", "Seksi Tenaga Kependidikan")))
	madya := teachers / 5
	muda := (teachers - madya) / 2
	return agency("DISDIK", name, jptPratama("Kepala "+name+" "+place), children,
		fungsional("Guru", career.LevelAhliPertama, teachers-madya-muda, 0.4).educated(s1),
		fungsional("Guru", career.LevelAhliMuda, muda, 0.15).educated(s1, s1, s1, s2),
		fungsional("Guru", career.LevelAhliMadya, madya, 0).educated(s1, s2),
		fungsional("Pengawas Sekolah", career.LevelAhliMadya, 2, 0).educated(s1, s2, s2),
		fungsional("Pengawas Sekolah", career.LevelAhliMuda, 1, 0).educated(s1, s2),
	)
}

func dinkes(place string, province bool) unitPlan {
	name := "Dinas Kesehatan"
	children := []unitPlan{
		sekretariat(name, section("SUBBAG-UMPEG", "Subbagian Umum dan Kepegawaian"), section("SUBBAG-PROGKEU", "Subbagian Program dan Keuangan")),
		bidang("BID-YANKES", "Pelayanan Kesehatan", section("SI-PRIMER", "Seksi Pelayanan Kesehatan Primer"), section("SI-RUJUKAN", "Seksi Pelayanan Kesehatan Rujukan")),
		bidang("BID-P2P", "Pencegahan dan Pengendalian Penyakit", section("SI-SURV", "Seksi Surveilans dan Imunisasi"), section("SI-PM", "Seksi Pencegahan dan Pengendalian Penyakit Menular")),
	}
	staff := []postPlan{
		fungsional("Dokter", career.LevelAhliPertama, 2, 0.2).educated(s1),
		fungsional("Dokter", career.LevelAhliMuda, 2, 0).educated(s1, s1, s2),
		fungsional("Perawat", career.LevelTerampil, 5, 0.4),
		fungsional("Perawat", career.LevelMahir, 3, 0.1),
		fungsional("Perawat", career.LevelAhliPertama, 2, 0.3).educated(s1),
		fungsional("Bidan", career.LevelTerampil, 4, 0.4),
		fungsional("Epidemiolog Kesehatan", career.LevelAhliMuda, 1, 0),
		fungsional("Apoteker", career.LevelAhliPertama, 1, 0.3).educated(s1),
	}
	if province {
		children = append(children, bidang("BID-SDK", "Sumber Daya Kesehatan", section("SI-FARMASI", "Seksi Kefarmasian dan Alat Kesehatan"), section("SI-SDMK", "Seksi Sumber Daya Manusia Kesehatan")))
		staff = append(staff, fungsional("Epidemiolog Kesehatan", career.LevelAhliMadya, 1, 0), fungsional("Administrator Kesehatan", career.LevelAhliMuda, 2, 0))
	}
	return agency("DINKES", name, jptPratama("Kepala "+name+" "+place), children, staff...)
}

// personnelAgency is the BKD of a province or the BKPSDM of a regency or city.
func personnelAgency(place string, province bool) unitPlan {
	code, name := "BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
	third := bidang("BID-PK", "Pengembangan Kompetensi", section("SUBBID-PKM", "Subbidang Pengembangan Kompetensi Manajerial"), section("SUBBID-PKT", "Subbidang Pengembangan Kompetensi Teknis"))
	if province {
		code, name = "BKD", "Badan Kepegawaian Daerah"
		third = bidang("BID-PKP", "Penilaian Kinerja dan Penghargaan", section("SUBBID-PK", "Subbidang Penilaian Kinerja"), section("SUBBID-DISIPLIN", "Subbidang Disiplin dan Penghargaan"))
	}
	a := agency(code, name, jptPratama("Kepala "+name+" "+place), []unitPlan{
		sekretariat(name, section("SUBBAG-UMPEG", "Subbagian Umum dan Kepegawaian"), section("SUBBAG-KEU", "Subbagian Keuangan")),
		bidang("BID-PPI", "Pengadaan, Pemberhentian dan Informasi", section("SUBBID-PENGADAAN", "Subbidang Pengadaan dan Pemberhentian"), section("SUBBID-SIP", "Subbidang Sistem Informasi Kepegawaian")),
		bidang("BID-MP", "Mutasi dan Promosi", section("SUBBID-MUTASI", "Subbidang Mutasi"), section("SUBBID-PROMOSI", "Subbidang Promosi dan Kepangkatan")),
		third,
	},
		fungsional("Analis SDM Aparatur", career.LevelAhliPertama, 3, 0),
		fungsional("Analis SDM Aparatur", career.LevelAhliMuda, 2, 0),
		fungsional("Pranata Komputer", career.LevelAhliPertama, 1, 0.5),
	)
	if province {
		a.staff = append(a.staff, fungsional("Asesor SDM Aparatur", career.LevelAhliMuda, 2, 0))
	}
	a.personnel = true
	return a
}

func bappeda(place string, province bool) unitPlan {
	name := "Badan Perencanaan Pembangunan Daerah"
	staff := []postPlan{fungsional("Perencana", career.LevelAhliPertama, 2, 0), fungsional("Perencana", career.LevelAhliMuda, 2, 0)}
	if province {
		staff = append(staff, fungsional("Perencana", career.LevelAhliMadya, 2, 0))
	}
	return agency("BAPPEDA", name, jptPratama("Kepala "+name+" "+place), []unitPlan{
		sekretariat(name, section("SUBBAG-UMPEG", "Subbagian Umum dan Kepegawaian")),
		bidang("BID-PPM", "Pemerintahan dan Pembangunan Manusia", section("SUBBID-PEM", "Subbidang Pemerintahan")),
		bidang("BID-EKO", "Perekonomian dan Sumber Daya Alam", section("SUBBID-PERTANIAN", "Subbidang Pertanian dan Pariwisata")),
		bidang("BID-INFRA", "Infrastruktur dan Kewilayahan"),
	}, staff...)
}

// inspektorat is the internal auditor; its assistant inspectors (irban) lead auditors rather than
// sections.
func inspektorat(place string, province bool) unitPlan {
	irban := func(n string) unitPlan {
		return division("IRBAN-"+n, "Inspektorat Pembantu Wilayah "+n, "Inspektur Pembantu Wilayah "+n)
	}
	staff := []postPlan{
		fungsional("Auditor", career.LevelAhliPertama, 3, 0),
		fungsional("Auditor", career.LevelAhliMuda, 3, 0),
		fungsional("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", career.LevelAhliMuda, 2, 0),
	}
	if province {
		staff = append(staff, fungsional("Auditor", career.LevelAhliMadya, 2, 0))
	}
	return agency("INSPEKTORAT", "Inspektorat", jptPratama("Inspektur "+place), []unitPlan{
		sekretariat("Inspektorat", section("SUBBAG-PE", "Subbagian Perencanaan dan Evaluasi"), section("SUBBAG-UMUM", "Subbagian Umum dan Keuangan")),
		irban("I"), irban("II"),
	}, staff...)
}

// bpsdm is a province's training agency.
func bpsdm(place string) unitPlan {
	name := "Badan Pengembangan Sumber Daya Manusia"
	return agency("BPSDM", name, jptPratama("Kepala "+name+" "+place), []unitPlan{
		sekretariat(name, section("SUBBAG-UMPEG", "Subbagian Umum dan Kepegawaian")),
		bidang("BID-PKM", "Pengembangan Kompetensi Manajerial", section("SI-KEPEMIMPINAN", "Seksi Pelatihan Kepemimpinan")),
		bidang("BID-PKT", "Pengembangan Kompetensi Teknis dan Fungsional", section("SI-TEKNIS", "Seksi Pelatihan Teknis")),
	},
		fungsional("Widyaiswara", career.LevelAhliMuda, 2, 0),
		fungsional("Widyaiswara", career.LevelAhliMadya, 3, 0),
	)
}

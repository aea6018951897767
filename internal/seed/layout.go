package seed

import (
	"fmt"
	"strings"

	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/internal/career"
)

// jambiEmployees is about the size of the demo's Province of Jambi: a generated dataset up to it is a
// region of numbered regencies like the demo's; a larger one spreads over the provinces of Indonesia.
const jambiEmployees = 3000

// layout is where a generated dataset puts its people: the regions, then one instansi after another
// until the budget of employees is spent.
type layout struct {
	regions []unitPlan
	// instansi returns the n-th instansi (from 0) to load, sized for the employees still to create,
	// and the index of its region; false when there is none left.
	instansi func(n, budget int) (unitPlan, int, bool)
}

func newLayout(run, employees int) layout {
	if employees <= jambiEmployees {
		return layout{
			regions: []unitPlan{generatedRegion(run + 1)},
			instansi: func(n, _ int) (unitPlan, int, bool) {
				return generatedRegency(n + 1), 0, true
			},
		}
	}
	return nationalLayout(run)
}

// province is a province with a few of its regencies and cities. size weighs its share of the
// employees (the provinces of Java and Sumatera Utara are the largest employers).
type province struct {
	code, name string
	size       int
	places     []place
}

type place struct{ code, name string }

// provinces are the 38 provinces of Indonesia. DKI Jakarta has no autonomous regencies: its
// administrative cities are part of the provincial government.
var provinces = []province{
	{"ACEH", "Aceh", 2, []place{{"BANDA-ACEH", "Kota Banda Aceh"}, {"ACEH-BESAR", "Kabupaten Aceh Besar"}, {"LHOKSEUMAWE", "Kota Lhokseumawe"}}},
	{"SUMUT", "Sumatera Utara", 3, []place{{"MEDAN", "Kota Medan"}, {"DELI-SERDANG", "Kabupaten Deli Serdang"}, {"SIMALUNGUN", "Kabupaten Simalungun"}}},
	{"SUMBAR", "Sumatera Barat", 2, []place{{"PADANG", "Kota Padang"}, {"AGAM", "Kabupaten Agam"}, {"BUKITTINGGI", "Kota Bukittinggi"}}},
	{"RIAU", "Riau", 2, []place{{"PEKANBARU", "Kota Pekanbaru"}, {"KAMPAR", "Kabupaten Kampar"}, {"BENGKALIS", "Kabupaten Bengkalis"}}},
	{"KEPRI", "Kepulauan Riau", 1, []place{{"BATAM", "Kota Batam"}, {"TANJUNGPINANG", "Kota Tanjungpinang"}, {"BINTAN", "Kabupaten Bintan"}}},
	{"JAMBI", "Jambi", 1, []place{{"KOTA-JAMBI", "Kota Jambi"}, {"MUARO-JAMBI", "Kabupaten Muaro Jambi"}, {"BUNGO", "Kabupaten Bungo"}}},
	{"SUMSEL", "Sumatera Selatan", 2, []place{{"PALEMBANG", "Kota Palembang"}, {"OKI", "Kabupaten Ogan Komering Ilir"}, {"MUBA", "Kabupaten Musi Banyuasin"}}},
	{"BABEL", "Kepulauan Bangka Belitung", 1, []place{{"PANGKALPINANG", "Kota Pangkalpinang"}, {"BANGKA", "Kabupaten Bangka"}, {"BELITUNG", "Kabupaten Belitung"}}},
	{"BENGKULU", "Bengkulu", 1, []place{{"KOTA-BENGKULU", "Kota Bengkulu"}, {"REJANG-LEBONG", "Kabupaten Rejang Lebong"}, {"BENGKULU-UTARA", "Kabupaten Bengkulu Utara"}}},
	{"LAMPUNG", "Lampung", 2, []place{{"BANDAR-LAMPUNG", "Kota Bandar Lampung"}, {"LAMSEL", "Kabupaten Lampung Selatan"}, {"METRO", "Kota Metro"}}},
	{"DKI", "DKI Jakarta", 4, nil},
	{"JABAR", "Jawa Barat", 3, []place{{"BANDUNG", "Kota Bandung"}, {"BOGOR", "Kabupaten Bogor"}, {"BEKASI", "Kota Bekasi"}, {"GARUT", "Kabupaten Garut"}}},
	{"BANTEN", "Banten", 2, []place{{"SERANG", "Kota Serang"}, {"TANGERANG", "Kabupaten Tangerang"}, {"CILEGON", "Kota Cilegon"}}},
	{"JATENG", "Jawa Tengah", 3, []place{{"SEMARANG", "Kota Semarang"}, {"BANYUMAS", "Kabupaten Banyumas"}, {"SURAKARTA", "Kota Surakarta"}, {"KLATEN", "Kabupaten Klaten"}}},
	{"DIY", "Daerah Istimewa Yogyakarta", 1, []place{{"YOGYAKARTA", "Kota Yogyakarta"}, {"SLEMAN", "Kabupaten Sleman"}, {"BANTUL", "Kabupaten Bantul"}}},
	{"JATIM", "Jawa Timur", 3, []place{{"SURABAYA", "Kota Surabaya"}, {"MALANG", "Kabupaten Malang"}, {"SIDOARJO", "Kabupaten Sidoarjo"}, {"JEMBER", "Kabupaten Jember"}}},
	{"BALI", "Bali", 1, []place{{"DENPASAR", "Kota Denpasar"}, {"BADUNG", "Kabupaten Badung"}, {"GIANYAR", "Kabupaten Gianyar"}}},
	{"NTB", "Nusa Tenggara Barat", 2, []place{{"MATARAM", "Kota Mataram"}, {"LOMBOK-TIMUR", "Kabupaten Lombok Timur"}, {"SUMBAWA", "Kabupaten Sumbawa"}}},
	{"NTT", "Nusa Tenggara Timur", 2, []place{{"KUPANG", "Kota Kupang"}, {"MANGGARAI", "Kabupaten Manggarai"}, {"SIKKA", "Kabupaten Sikka"}}},
	{"KALBAR", "Kalimantan Barat", 2, []place{{"PONTIANAK", "Kota Pontianak"}, {"KUBU-RAYA", "Kabupaten Kubu Raya"}, {"SINGKAWANG", "Kota Singkawang"}}},
	{"KALTENG", "Kalimantan Tengah", 1, []place{{"PALANGKA-RAYA", "Kota Palangka Raya"}, {"KOTIM", "Kabupaten Kotawaringin Timur"}, {"KAPUAS", "Kabupaten Kapuas"}}},
	{"KALSEL", "Kalimantan Selatan", 1, []place{{"BANJARMASIN", "Kota Banjarmasin"}, {"BANJAR", "Kabupaten Banjar"}, {"BANJARBARU", "Kota Banjarbaru"}}},
	{"KALTIM", "Kalimantan Timur", 1, []place{{"SAMARINDA", "Kota Samarinda"}, {"BALIKPAPAN", "Kota Balikpapan"}, {"KUKAR", "Kabupaten Kutai Kartanegara"}}},
	{"KALTARA", "Kalimantan Utara", 1, []place{{"TARAKAN", "Kota Tarakan"}, {"BULUNGAN", "Kabupaten Bulungan"}, {"NUNUKAN", "Kabupaten Nunukan"}}},
	{"SULUT", "Sulawesi Utara", 1, []place{{"MANADO", "Kota Manado"}, {"MINAHASA", "Kabupaten Minahasa"}, {"BITUNG", "Kota Bitung"}}},
	{"GORONTALO", "Gorontalo", 1, []place{{"KOTA-GORONTALO", "Kota Gorontalo"}, {"KAB-GORONTALO", "Kabupaten Gorontalo"}, {"BONE-BOLANGO", "Kabupaten Bone Bolango"}}},
	{"SULTENG", "Sulawesi Tengah", 1, []place{{"PALU", "Kota Palu"}, {"BANGGAI", "Kabupaten Banggai"}, {"POSO", "Kabupaten Poso"}}},
	{"SULBAR", "Sulawesi Barat", 1, []place{{"MAMUJU", "Kabupaten Mamuju"}, {"POLMAN", "Kabupaten Polewali Mandar"}, {"MAJENE", "Kabupaten Majene"}}},
	{"SULSEL", "Sulawesi Selatan", 2, []place{{"MAKASSAR", "Kota Makassar"}, {"GOWA", "Kabupaten Gowa"}, {"BONE", "Kabupaten Bone"}}},
	{"SULTRA", "Sulawesi Tenggara", 1, []place{{"KENDARI", "Kota Kendari"}, {"KONAWE", "Kabupaten Konawe"}, {"BAUBAU", "Kota Baubau"}}},
	{"MALUKU", "Maluku", 1, []place{{"AMBON", "Kota Ambon"}, {"MALTENG", "Kabupaten Maluku Tengah"}, {"TUAL", "Kota Tual"}}},
	{"MALUT", "Maluku Utara", 1, []place{{"TERNATE", "Kota Ternate"}, {"TIDORE", "Kota Tidore Kepulauan"}, {"HALUT", "Kabupaten Halmahera Utara"}}},
	{"PAPUA", "Papua", 1, []place{{"JAYAPURA", "Kota Jayapura"}, {"KAB-JAYAPURA", "Kabupaten Jayapura"}, {"BIAK", "Kabupaten Biak Numfor"}}},
	{"PABAR", "Papua Barat", 1, []place{{"MANOKWARI", "Kabupaten Manokwari"}, {"FAKFAK", "Kabupaten Fakfak"}, {"KAIMANA", "Kabupaten Kaimana"}}},
	{"PBD", "Papua Barat Daya", 1, []place{{"SORONG", "Kota Sorong"}, {"KAB-SORONG", "Kabupaten Sorong"}, {"RAJA-AMPAT", "Kabupaten Raja Ampat"}}},
	{"PAPSEL", "Papua Selatan", 1, []place{{"MERAUKE", "Kabupaten Merauke"}, {"BOVEN-DIGOEL", "Kabupaten Boven Digoel"}, {"MAPPI", "Kabupaten Mappi"}}},
	{"PAPTENG", "Papua Tengah", 1, []place{{"NABIRE", "Kabupaten Nabire"}, {"MIMIKA", "Kabupaten Mimika"}, {"PANIAI", "Kabupaten Paniai"}}},
	{"PAPEG", "Papua Pegunungan", 1, []place{{"JAYAWIJAYA", "Kabupaten Jayawijaya"}, {"LANNY-JAYA", "Kabupaten Lanny Jaya"}, {"TOLIKARA", "Kabupaten Tolikara"}}},
}

// nationalLayout has a region per province. Instansi are loaded round the provinces — every
// provincial government first, then each province's first regency, and so on — so that a dataset too
// small for all of them still spans the country. Each is sized to its share of the employees still to
// create, which its schools and health facilities absorb.
func nationalLayout(run int) layout {
	suffix := ""
	if run > 0 {
		suffix = fmt.Sprint(run + 1)
	}
	type slot struct {
		region, weight int
		build          func() unitPlan
	}
	var regions []unitPlan
	var slots []slot
	for i, p := range provinces {
		code := p.code + suffix
		regions = append(regions, unitPlan{code: code, name: "Provinsi " + p.name, kind: orgunit.KindREGION})
		place := "Provinsi " + p.name
		slots = append(slots, slot{i, 2 * p.size, func() unitPlan {
			return government("PROV", place, allVacancies,
				setdaProvinsi(place), disdik(place, true, 46), dinkes(place, true),
				personnelAgency(place, true), bappeda(place, true), inspektorat(place, true), bpsdm(place))
		}})
	}
	for k := 0; ; k++ {
		added := false
		for i, p := range provinces {
			if k < len(p.places) {
				r := p.places[k]
				slots = append(slots, slot{i, p.size, func() unitPlan { return regency(r.code, r.name, someVacancies) }})
				added = true
			}
		}
		if !added {
			break
		}
	}
	remaining := make([]int, len(slots)+1) // the weight of slots n and after
	for n := len(slots) - 1; n >= 0; n-- {
		remaining[n] = remaining[n+1] + slots[n].weight
	}
	return layout{
		regions: regions,
		instansi: func(n, budget int) (unitPlan, int, bool) {
			if n >= len(slots) {
				return unitPlan{}, 0, false
			}
			target := budget * slots[n].weight / remaining[n]
			if n == len(slots)-1 {
				// The last one takes what is left, with room for chance: the budget cuts it.
				target = budget + budget/10 + 50
			}
			inst := slots[n].build()
			grow(&inst, target)
			return inst, slots[n].region, true
		},
	}
}

// grow adds schools and health facilities to an instansi until it is expected to employ about target
// people: teachers and health workers are most of a region's civil servants.
func grow(inst *unitPlan, target int) {
	extra := target - expectedStaff(*inst)
	if extra <= 0 {
		return
	}
	province := inst.code == "PROV"
	town := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(inst.name, "Pemerintah "), "Kabupaten "), "Kota ")
	for i := range inst.children {
		a := &inst.children[i]
		switch a.code {
		case "DISDIK":
			kinds := []string{"SD", "SD", "SD", "SMP"}
			if province {
				kinds = []string{"SMA", "SMA", "SMK"}
			}
			counts := map[string]int{}
			for n := range (extra * 7 / 10) / schoolStaff {
				kind := kinds[n%len(kinds)]
				counts[kind]++
				a.children = append(a.children, school(kind, counts[kind], town))
			}
		case "DINKES":
			for n := range (extra * 3 / 10) / clinicStaff {
				a.children = append(a.children, clinic(n+1, town, province))
			}
		}
	}
}

// expectedStaff is how many people a plan employs on average.
func expectedStaff(p unitPlan) int { return twiceExpectedStaff(p) / 2 }

func twiceExpectedStaff(p unitPlan) int {
	n := 0
	if p.head != nil {
		n += 2
	}
	for _, s := range p.staff {
		n += s.holders[0] + s.holders[1]
	}
	for _, c := range p.children {
		n += twiceExpectedStaff(c)
	}
	return n
}

// schoolStaff and clinicStaff are the average staff of a school and of a health facility.
const (
	schoolStaff = 16
	clinicStaff = 17
)

// school is a state school (satuan pendidikan) of the education office: a teacher with the extra task
// of principal heads it, and since 2021 many of its young teachers are PPPK.
func school(kind string, n int, town string) unitPlan {
	name := fmt.Sprintf("%s Negeri %d %s", kind, n, town)
	head := fungsional("Guru", career.LevelAhliMadya, 1, 0).educated(s1, s2)
	head.title = "Guru Ahli Madya (Kepala Sekolah)"
	return unitPlan{code: fmt.Sprintf("%sN-%d", kind, n), name: name, kind: orgunit.KindSECTION, head: &head, staff: []postPlan{
		fungsional("Guru", career.LevelAhliPertama, 0, 0.45).educated(s1).holding(4, 9),
		fungsional("Guru", career.LevelAhliMuda, 0, 0.15).educated(s1, s1, s1, s2).holding(3, 6),
		fungsional("Guru", career.LevelAhliMadya, 0, 0).educated(s1, s2).holding(1, 4),
		pengadministrasi("Pengadministrasi Sekolah", [2]int{1, 2}),
	}}
}

// clinic is a puskesmas of a regency, or a hospital (UPTD RSUD) of a province, as a unit of the health
// office.
func clinic(n int, town string, province bool) unitPlan {
	name := fmt.Sprintf("UPTD Puskesmas %s %d", town, n)
	code := fmt.Sprintf("PKM-%d", n)
	if province {
		name = fmt.Sprintf("UPTD Rumah Sakit Umum Daerah %s %d", town, n)
		code = fmt.Sprintf("RSUD-%d", n)
	}
	head := pengawas("Kepala " + name)
	return unitPlan{code: code, name: name, kind: orgunit.KindSECTION, head: &head, staff: []postPlan{
		fungsional("Dokter", career.LevelAhliPertama, 0, 0.2).educated(s1).holding(1, 3),
		fungsional("Perawat", career.LevelTerampil, 0, 0.4).holding(3, 7),
		fungsional("Perawat", career.LevelAhliPertama, 0, 0.3).educated(s1).holding(1, 3),
		fungsional("Bidan", career.LevelTerampil, 0, 0.4).holding(3, 6),
		fungsional("Apoteker", career.LevelAhliPertama, 1, 0.3).educated(s1),
		pengadministrasi("Pengadministrasi Kesehatan", [2]int{1, 2}),
	}}
}

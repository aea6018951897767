package seed

import (
	"strings"

	"github.com/jenjang/jenjang/internal/career"
)

// nameGroup is how people of one origin are named: given names and second names by gender. Second
// names are gendered where the culture genders them (Javanese -wati, Malay -yanti), shared where they
// are clan names (Batak marga).
type nameGroup struct {
	male, female         []string
	maleLast, femaleLast []string
	// muslim groups carry the hajj titles H. and Hj.
	muslim bool
}

var (
	malayGiven = [2][]string{
		{"Ahmad", "Muhammad", "Rahmat", "Hendra", "Fauzi", "Syahrial", "Zulkifli", "Herman", "Yusuf", "Ridwan", "Arif",
			"Firdaus", "Hasan", "Rizal", "Taufik", "Zainal", "Mahmud", "Lukman", "Usman", "Iskandar", "Hamdani", "Jufri", "Masri", "Azhar"},
		{"Siti", "Nurhayati", "Fitri", "Aminah", "Farida", "Halimah", "Kartini", "Juliana", "Marlina", "Novita", "Nurul",
			"Putri", "Zuraida", "Zahara", "Indah", "Maya", "Suryani", "Anisa", "Rosmawati", "Nurlela", "Yuliana", "Desi"},
	}
	muslimLast = [2][]string{
		{"Hidayat", "Rahman", "Hakim", "Saputra", "Syahputra", "Effendi", "Anwar", "Ismail", "Hamzah", "Marzuki",
			"Zakaria", "Ramadhan", "Fauzan", "Alamsyah", "Kurniawan", "Pratama"},
		{"Hayati", "Rahmawati", "Fitriani", "Yanti", "Susanti", "Anggraini", "Safitri", "Mardiana", "Aprilia",
			"Oktaviani", "Ramadhani", "Hasanah", "Wulandari", "Maharani"},
	}
	nameGroups = map[string]nameGroup{
		"melayu": {male: malayGiven[0], female: malayGiven[1], maleLast: muslimLast[0], femaleLast: muslimLast[1], muslim: true},
		"minang": {
			male:     []string{"Afrizal", "Yusrizal", "Syafrizal", "Erizal", "Zulhendri", "Hendri", "Masrul", "Nasrul", "Irwan", "Yasril", "Fadli", "Andri"},
			female:   []string{"Yenni", "Yulia", "Elfi", "Rosmaini", "Nurhasni", "Desmawati", "Yusnani", "Elvira", "Rahmi", "Fitria", "Zulfa", "Mega"},
			maleLast: muslimLast[0], femaleLast: muslimLast[1], muslim: true,
		},
		"jawa": {
			male:       []string{"Agus", "Bambang", "Budi", "Eko", "Joko", "Slamet", "Sugeng", "Teguh", "Wahyu", "Heru", "Bayu", "Dwi", "Tri", "Adi", "Sigit", "Gunawan"},
			female:     []string{"Sri", "Dewi", "Sulastri", "Ratna", "Wulan", "Tri", "Dwi", "Rina", "Sari", "Endah", "Retno", "Ayu", "Diah", "Nanik"},
			maleLast:   []string{"Santoso", "Prasetyo", "Nugroho", "Wibowo", "Setiawan", "Susilo", "Purnomo", "Kurniawan", "Wijaya", "Hartono", "Raharjo", "Sutrisno"},
			femaleLast: []string{"Wahyuni", "Lestari", "Handayani", "Rahayu", "Purwanti", "Astuti", "Kusumawati", "Puspitasari", "Utami", "Setyaningsih", "Pertiwi"},
			muslim:     true,
		},
		// Mandailing Batak are mostly Muslim with Malay given names; Toba Batak mostly Christian.
		"mandailing": {male: malayGiven[0], female: malayGiven[1],
			maleLast:   []string{"Nasution", "Lubis", "Harahap", "Siregar", "Hasibuan", "Rangkuti", "Batubara", "Daulay", "Pulungan"},
			femaleLast: []string{"Nasution", "Lubis", "Harahap", "Siregar", "Hasibuan", "Rangkuti", "Batubara", "Daulay", "Pulungan"},
			muslim:     true},
		"toba": {
			male:       []string{"Parlindungan", "Hotman", "Sahat", "Binsar", "Maruli", "Togar", "Darwin", "Roy", "Henry", "Daniel", "Jonner", "Rudolf"},
			female:     []string{"Rotua", "Dameria", "Tiurma", "Lasma", "Romauli", "Rosdiana", "Maria", "Ester", "Friska", "Yohana", "Debora"},
			maleLast:   []string{"Simanjuntak", "Sinaga", "Situmorang", "Pardede", "Panjaitan", "Hutapea", "Manurung", "Sitompul", "Silalahi", "Tambunan"},
			femaleLast: []string{"Simanjuntak", "Sinaga", "Situmorang", "Pardede", "Panjaitan", "Hutapea", "Manurung", "Sitompul", "Silalahi", "Tambunan"},
		},
		"kerinci": {
			male:     []string{"Asril", "Amril", "Zulfahmi", "Edison", "Hafiz", "Syamsu", "Jamhuri", "Rusdi", "Irmon", "Depriadi", "Novrizal", "Sabirin"},
			female:   []string{"Nelly", "Yusmaini", "Ernawati", "Rosna", "Asniati", "Dermawati", "Siska", "Yuliza", "Linda", "Sartika", "Helmi"},
			maleLast: muslimLast[0], femaleLast: muslimLast[1], muslim: true,
		},
		"sunda": {
			male:       []string{"Asep", "Dede", "Ujang", "Cecep", "Dadang", "Yayan", "Iwan", "Ade", "Endang", "Deden", "Rudi", "Engkos"},
			female:     []string{"Euis", "Neneng", "Lilis", "Imas", "Nining", "Tuti", "Dewi", "Rina", "Siti", "Yeni", "Ela", "Nenden"},
			maleLast:   []string{"Hidayat", "Supriatna", "Sukmana", "Permana", "Suryana", "Mulyana", "Saputra", "Kusnadi", "Ruhiyat"},
			femaleLast: []string{"Nurhasanah", "Rohmah", "Kurniasih", "Maryati", "Nurjanah", "Fitriani", "Komalasari", "Rahmawati"},
			muslim:     true,
		},
	}
)

// origins weighs the name groups by where the instansi is.
func origins(u *unit) []string {
	switch {
	case u.region != nil && u.region.plan.code == "DKI":
		return []string{"sunda", "sunda", "sunda", "jawa", "jawa", "jawa", "melayu", "minang", "mandailing", "toba"}
	case u.instansi != nil && (strings.Contains(u.instansi.name, "Kerinci") || strings.Contains(u.instansi.name, "Sungai Penuh")):
		return []string{"kerinci", "kerinci", "kerinci", "kerinci", "kerinci", "minang", "minang", "melayu", "jawa", "mandailing"}
	}
	return []string{"melayu", "melayu", "melayu", "melayu", "jawa", "jawa", "jawa", "minang", "minang", "kerinci", "mandailing", "toba", "sunda"}
}

// fullName names a person of the unit's region with the titles their education, post and age carry:
// "H. Ahmad Fauzi Hakim, S.E., M.Si.", "dr. Rina Wahyuni, M.Kes.".
func (g *generator) fullName(p *person) string {
	group := nameGroups[pick(g, origins(p.unit))]
	given, last := group.male, group.maleLast
	if p.gender == career.GenderFemale {
		given, last = group.female, group.femaleLast
	}
	parts := []string{pick(g, given)}
	if g.chance(0.15) {
		if middle := pick(g, given); middle != parts[0] {
			parts = append(parts, middle)
		}
	}
	parts = append(parts, pick(g, last))
	name := strings.Join(parts, " ")

	prefix, suffix := g.academicTitles(p)
	if group.muslim && career.Age(p.birth, g.census()) >= 45 && g.chance(0.12) {
		hajj := "H. "
		if p.gender == career.GenderFemale {
			hajj = "Hj. "
		}
		prefix = hajj + prefix
	}
	if suffix != "" {
		name += ", " + suffix
	}
	return prefix + name
}

// academicTitles are the titles before and after a name for the person's education and line of work.
func (g *generator) academicTitles(p *person) (prefix, suffix string) {
	fam := family(p.role.title)
	var agency string
	if p.unit.agency != nil {
		agency = p.unit.agency.plan.code
	}
	doctor := fam == "Dokter" || agency == "DINKES" && isStructural(p.role.kind) && g.chance(0.4)
	if doctor && p.education.Order() >= career.EducationS1.Order() {
		if p.education.Order() >= career.EducationS2.Order() {
			return "dr. ", "M.Kes."
		}
		return "dr. ", ""
	}
	// Officials and staff often studied what their agency does.
	if f, ok := agencyFamilies[agency]; ok && (fam == "" || fam == "Analis" || fam == "Pengadministrasi") && g.chance(0.5) {
		fam = f
	}
	switch p.education {
	case career.EducationD3:
		return "", diplomaTitle(fam)
	case career.EducationD4:
		if fam == "Bidan" || fam == "Perawat" {
			return "", "S.Tr.Kes."
		}
		return "", pick(g, []string{"S.STP.", "S.ST."})
	case career.EducationS1:
		return "", g.bachelorTitle(fam)
	case career.EducationS2:
		b := g.bachelorTitle(fam)
		return "", b + ", " + g.masterTitle(fam, b)
	case career.EducationS3:
		b := g.bachelorTitle(fam)
		return "Dr. ", b + ", " + g.masterTitle(fam, b)
	}
	return "", ""
}

var agencyFamilies = map[string]string{
	"DISDIK": "Guru", "DINKES": "Epidemiolog", "INSPEKTORAT": "Auditor", "BAPPEDA": "Perencana", "BKD": "Analis SDM", "BKPSDM": "Analis SDM",
}

func diplomaTitle(fam string) string {
	switch fam {
	case "Perawat":
		return "A.Md.Kep."
	case "Bidan":
		return "A.Md.Keb."
	case "Pranata Komputer":
		return "A.Md.Kom."
	}
	return "A.Md."
}

func (g *generator) bachelorTitle(fam string) string {
	switch fam {
	case "Guru", "Pengawas Sekolah":
		return "S.Pd."
	case "Perawat":
		return "S.Kep., Ners"
	case "Bidan":
		return "S.Tr.Keb."
	case "Apoteker":
		return "S.Farm., Apt."
	case "Epidemiolog":
		return "S.KM."
	case "Auditor":
		return pick(g, []string{"S.E.", "S.Ak.", "S.E."})
	case "Analis SDM":
		return pick(g, []string{"S.Psi.", "S.Sos.", "S.AP."})
	case "Perencana":
		return pick(g, []string{"S.E.", "S.T.", "S.P.", "S.Si."})
	case "Pranata Komputer":
		return "S.Kom."
	case "Widyaiswara":
		return pick(g, []string{"S.Pd.", "S.Sos.", "S.IP."})
	}
	return pick(g, []string{"S.E.", "S.H.", "S.Sos.", "S.IP.", "S.T.", "S.Kom.", "S.AP.", "S.E.", "S.H."})
}

// masterTitle is a master's degree that follows the bachelor's one.
func (g *generator) masterTitle(fam, bachelor string) string {
	switch {
	case fam == "Guru" || fam == "Pengawas Sekolah" || bachelor == "S.Pd.":
		return "M.Pd."
	case strings.HasPrefix(bachelor, "S.Kep"):
		return "M.Kep."
	case bachelor == "S.KM." || fam == "Bidan" || fam == "Apoteker":
		return "M.Kes."
	case bachelor == "S.H.":
		return "M.H."
	case bachelor == "S.T.":
		return "M.T."
	case bachelor == "S.E." || bachelor == "S.Ak.":
		return pick(g, []string{"M.M.", "M.Si.", "M.Ak."})
	}
	return pick(g, []string{"M.Si.", "M.M.", "M.AP.", "M.Si."})
}

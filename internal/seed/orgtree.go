package seed

import (
	"context"
	"fmt"
	"strings"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/internal/career"
)

// regionPlan is an area with its governments (instansi).
type regionPlan struct {
	code, name string
	instansi   []instansiPlan
}

type instansiPlan struct {
	code, name string
	province   bool
	agencies   []agency
}

// agency is a template of an agency (dinas, badan): its head, divisions with sections, and the
// functional staff who work in the agency itself.
type agency struct {
	code, name string
	headTitle  string
	divisions  []division
	functional []functionalPost
}

type division struct {
	name     string
	sections []string
}

// functionalPost is a functional post and how many hold it, per unit of size.
type functionalPost struct {
	title string
	level career.FunctionalLevel
	count int
}

var regencies = []struct{ code, name string }{
	{"KOTA-JAMBI", "Pemerintah Kota Jambi"},
	{"MUARO-JAMBI", "Pemerintah Kabupaten Muaro Jambi"},
	{"BATANG-HARI", "Pemerintah Kabupaten Batang Hari"},
	{"TANJABBAR", "Pemerintah Kabupaten Tanjung Jabung Barat"},
	{"TANJABTIM", "Pemerintah Kabupaten Tanjung Jabung Timur"},
	{"TEBO", "Pemerintah Kabupaten Tebo"},
	{"BUNGO", "Pemerintah Kabupaten Bungo"},
	{"MERANGIN", "Pemerintah Kabupaten Merangin"},
	{"SAROLANGUN", "Pemerintah Kabupaten Sarolangun"},
	{"KERINCI", "Pemerintah Kabupaten Kerinci"},
	{"SUNGAI-PENUH", "Pemerintah Kota Sungai Penuh"},
}

func demoInstansi() []regionPlan {
	jambi := regionPlan{code: "JMB", name: "Provinsi Jambi", instansi: []instansiPlan{{
		code: "JMB-PROV", name: "Pemerintah Provinsi Jambi", province: true,
		agencies: []agency{sekretariat(true), disdik(48), dinkes(true), bkd(true), bappeda(), inspektorat(), bpsdm()},
	}}}
	for _, r := range regencies {
		jambi.instansi = append(jambi.instansi, regency("JMB-"+r.code, r.name))
	}
	dki := regionPlan{code: "DKI", name: "Provinsi DKI Jakarta", instansi: []instansiPlan{{
		code: "DKI-PROV", name: "Pemerintah Provinsi DKI Jakarta", province: true,
		agencies: []agency{sekretariat(true), disdik(30), dinkes(true), bkd(true)},
	}}}
	return []regionPlan{jambi, dki}
}

func regency(code, name string) instansiPlan {
	return instansiPlan{code: code, name: name, agencies: []agency{
		sekretariat(false), disdik(20), dinkes(false), bkd(false), bappeda(), inspektorat(),
	}}
}

// generatedRegion plans a region of synthetic regencies for up to eight regencies' worth of the
// employees still to be created.
func generatedRegion(run, batch, employees int) []regionPlan {
	const perRegency = 165 // employees a regency of the demo's pattern holds
	region := regionPlan{code: fmt.Sprintf("SIM%d-%d", run, batch), name: fmt.Sprintf("Wilayah Simulasi %d-%d", run, batch)}
	for i := range min(8, (employees+perRegency-1)/perRegency) {
		region.instansi = append(region.instansi, regency(fmt.Sprintf("%s-K%d", region.code, i+1), fmt.Sprintf("Pemerintah Kabupaten Simulasi %d-%d-%d", run, batch, i+1)))
	}
	return []regionPlan{region}
}

func sekretariat(province bool) agency {
	head := "Sekretaris Daerah"
	a := agency{code: "SETDA", name: "Sekretariat Daerah", headTitle: head, divisions: []division{
		{"Bagian Pemerintahan", []string{"Subbagian Otonomi Daerah", "Subbagian Kerja Sama"}},
		{"Bagian Organisasi", []string{"Subbagian Kelembagaan", "Subbagian Reformasi Birokrasi"}},
	}}
	if province {
		a.divisions = []division{
			{"Biro Pemerintahan", []string{"Bagian Otonomi Daerah", "Bagian Kerja Sama"}},
			{"Biro Organisasi", []string{"Bagian Kelembagaan", "Bagian Reformasi Birokrasi"}},
			{"Biro Umum", []string{"Bagian Rumah Tangga", "Bagian Tata Usaha"}},
		}
	}
	a.functional = []functionalPost{{"Analis Kebijakan Ahli Muda", career.LevelAhliMuda, 2}, {"Arsiparis Terampil", career.LevelTerampil, 2}}
	return a
}

func disdik(teachers int) agency {
	return agency{code: "DISDIK", name: "Dinas Pendidikan", headTitle: "Kepala Dinas Pendidikan", divisions: []division{
		{"Sekretariat", []string{"Subbagian Umum dan Kepegawaian", "Subbagian Keuangan"}},
		{"Bidang Pembinaan SMA", []string{"Seksi Kurikulum", "Seksi Peserta Didik"}},
		{"Bidang Guru dan Tenaga Kependidikan", []string{"Seksi Pendidik", "Seksi Tenaga Kependidikan"}},
	}, functional: []functionalPost{
		{"Guru Ahli Pertama", career.LevelAhliPertama, teachers * 4 / 10},
		{"Guru Ahli Muda", career.LevelAhliMuda, teachers * 4 / 10},
		{"Guru Ahli Madya", career.LevelAhliMadya, teachers - 2*(teachers*4/10)},
		{"Pengawas Sekolah Ahli Madya", career.LevelAhliMadya, 2},
	}}
}

func dinkes(province bool) agency {
	a := agency{code: "DINKES", name: "Dinas Kesehatan", headTitle: "Kepala Dinas Kesehatan", divisions: []division{
		{"Sekretariat", []string{"Subbagian Umum dan Kepegawaian", "Subbagian Program dan Keuangan"}},
		{"Bidang Pelayanan Kesehatan", []string{"Seksi Pelayanan Kesehatan Primer", "Seksi Pelayanan Kesehatan Rujukan"}},
	}, functional: []functionalPost{
		{"Dokter Ahli Muda", career.LevelAhliMuda, 3},
		{"Perawat Terampil", career.LevelTerampil, 6},
		{"Perawat Mahir", career.LevelMahir, 3},
		{"Bidan Terampil", career.LevelTerampil, 4},
	}}
	if province {
		a.divisions = append(a.divisions, division{"Bidang Pencegahan dan Pengendalian Penyakit", []string{"Seksi Surveilans dan Imunisasi", "Seksi Penyakit Menular"}})
		a.functional = append(a.functional, functionalPost{"Epidemiolog Kesehatan Ahli Madya", career.LevelAhliMadya, 2})
	}
	return a
}

func bkd(province bool) agency {
	a := agency{code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", headTitle: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"}
	if province {
		a = agency{code: "BKD", name: "Badan Kepegawaian Daerah", headTitle: "Kepala Badan Kepegawaian Daerah"}
	}
	a.divisions = []division{
		{"Sekretariat", []string{"Subbagian Umum", "Subbagian Keuangan"}},
		{"Bidang Mutasi dan Promosi", []string{"Subbidang Mutasi", "Subbidang Promosi dan Kepangkatan"}},
		{"Bidang Pengembangan Kompetensi", []string{"Subbidang Diklat Struktural", "Subbidang Diklat Fungsional"}},
	}
	a.functional = []functionalPost{{"Analis SDM Aparatur Ahli Pertama", career.LevelAhliPertama, 3}, {"Analis SDM Aparatur Ahli Muda", career.LevelAhliMuda, 2}, {"Pranata Komputer Ahli Pertama", career.LevelAhliPertama, 1}}
	return a
}

func bappeda() agency {
	return agency{code: "BAPPEDA", name: "Badan Perencanaan Pembangunan Daerah", headTitle: "Kepala Badan Perencanaan Pembangunan Daerah", divisions: []division{
		{"Sekretariat", []string{"Subbagian Umum dan Kepegawaian"}},
		{"Bidang Perencanaan Ekonomi", []string{"Subbidang Pertanian dan Pariwisata", "Subbidang Industri dan Perdagangan"}},
	}, functional: []functionalPost{{"Perencana Ahli Muda", career.LevelAhliMuda, 3}, {"Perencana Ahli Pertama", career.LevelAhliPertama, 2}}}
}

func inspektorat() agency {
	return agency{code: "INSPEKTORAT", name: "Inspektorat", headTitle: "Inspektur", divisions: []division{
		{"Sekretariat", []string{"Subbagian Perencanaan dan Evaluasi"}},
		{"Inspektur Pembantu Wilayah I", nil},
	}, functional: []functionalPost{{"Auditor Ahli Pertama", career.LevelAhliPertama, 3}, {"Auditor Ahli Muda", career.LevelAhliMuda, 3}, {"Auditor Ahli Madya", career.LevelAhliMadya, 1}}}
}

func bpsdm() agency {
	return agency{code: "BPSDM", name: "Badan Pengembangan Sumber Daya Manusia", headTitle: "Kepala Badan Pengembangan Sumber Daya Manusia", divisions: []division{
		{"Sekretariat", []string{"Subbagian Umum"}},
		{"Bidang Pengembangan Kompetensi Manajerial", []string{"Seksi Kepemimpinan", "Seksi Teknis"}},
	}, functional: []functionalPost{{"Widyaiswara Ahli Madya", career.LevelAhliMadya, 3}, {"Widyaiswara Ahli Muda", career.LevelAhliMuda, 2}}}
}

// unitSeat is a unit with the posts created in it, for staffing.
type unitSeat struct {
	unit     *ent.OrgUnit
	instansi *ent.OrgUnit
	level    int // 0 sekretariat daerah, 1 agency, 2 division, 3 section
	head     *ent.Position
	parent   *unitSeat
	template *agency
	division *division
}

// orgTree is what createOrg built: every unit with its head post, the functional posts of each agency
// and the sekretariat daerah of each instansi.
type orgTree struct {
	units      []*unitSeat
	functional map[*unitSeat][]*ent.Position
	staffPosts map[*unitSeat]*ent.Position
}

func (g *generator) createOrg(ctx context.Context, client *ent.Client, plan []regionPlan) (*orgTree, error) {
	tree := &orgTree{functional: map[*unitSeat][]*ent.Position{}, staffPosts: map[*unitSeat]*ent.Position{}}
	newUnit := func(code, name string, kind orgunit.Kind, parent *ent.OrgUnit) (*ent.OrgUnit, error) {
		c := client.OrgUnit.Create().SetID(g.id("ORG")).SetCode(code).SetName(name).SetKind(kind)
		if parent != nil {
			c.SetParent(parent)
		}
		return c.Save(ctx)
	}
	newPost := func(u *ent.OrgUnit, title string, kind career.PositionKind, level *career.FunctionalLevel, quota int) (*ent.Position, error) {
		low, _ := rankRange(kind, level)
		class := jobClass(kind, level)
		return client.Position.Create().SetID(g.id("POS")).SetTitle(title).SetKind(kind).SetNillableFunctionalLevel(level).
			SetJobClass(class).SetMinRank(low).SetQuota(max(1, quota)).SetUnit(u).Save(ctx)
	}
	for _, r := range plan {
		region, err := newUnit(r.code, r.name, orgunit.KindREGION, nil)
		if err != nil {
			return nil, err
		}
		for _, ip := range r.instansi {
			inst, err := newUnit(ip.code, ip.name, orgunit.KindINSTANSI, region)
			if err != nil {
				return nil, err
			}
			var setda *unitSeat
			for ai := range ip.agencies {
				a := &ip.agencies[ai]
				kind := orgunit.KindAGENCY
				u, err := newUnit(ip.code+"-"+a.code, a.name, kind, inst)
				if err != nil {
					return nil, err
				}
				headKind := career.KindJPTPratama
				if a.code == "SETDA" && ip.province {
					headKind = career.KindJPTMadya
				}
				head, err := newPost(u, headTitle(a.headTitle, ip), headKind, nil, 1)
				if err != nil {
					return nil, err
				}
				seat := &unitSeat{unit: u, instansi: inst, level: 1, head: head, template: a}
				if a.code == "SETDA" {
					seat.level, setda = 0, seat
				} else {
					seat.parent = setda
				}
				tree.units = append(tree.units, seat)
				for _, fp := range a.functional {
					level := fp.level
					p, err := newPost(u, fp.title, career.KindFungsional, &level, fp.count)
					if err != nil {
						return nil, err
					}
					tree.functional[seat] = append(tree.functional[seat], p)
				}
				for di := range a.divisions {
					d := &a.divisions[di]
					du, err := newUnit(fmt.Sprintf("%s-%s-D%d", ip.code, a.code, di+1), d.name, divisionKind(a, ip), u)
					if err != nil {
						return nil, err
					}
					dh, err := newPost(du, divisionHeadTitle(d.name), career.KindAdministrator, nil, 1)
					if err != nil {
						return nil, err
					}
					dseat := &unitSeat{unit: du, instansi: inst, level: 2, head: dh, parent: seat, template: a, division: d}
					tree.units = append(tree.units, dseat)
					for si, s := range d.sections {
						su, err := newUnit(fmt.Sprintf("%s-%s-D%d-S%d", ip.code, a.code, di+1, si+1), s, orgunit.KindSECTION, du)
						if err != nil {
							return nil, err
						}
						sh, err := newPost(su, "Kepala "+s, career.KindPengawas, nil, 1)
						if err != nil {
							return nil, err
						}
						staff, err := newPost(su, staffTitle(s), career.KindPelaksana, nil, 4)
						if err != nil {
							return nil, err
						}
						sseat := &unitSeat{unit: su, instansi: inst, level: 3, head: sh, parent: dseat, template: a, division: d}
						tree.units = append(tree.units, sseat)
						tree.staffPosts[sseat] = staff
					}
				}
			}
		}
	}
	return tree, nil
}

func headTitle(title string, ip instansiPlan) string {
	place := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(ip.name, "Pemerintah "), "Kabupaten "), "Kota ")
	return title + " " + place
}

func divisionKind(a *agency, ip instansiPlan) orgunit.Kind {
	if a.code == "SETDA" && ip.province {
		return orgunit.KindBUREAU
	}
	return orgunit.KindDIVISION
}

func divisionHeadTitle(name string) string {
	if name == "Sekretariat" {
		return "Sekretaris"
	}
	return "Kepala " + name
}

// staffTitle names the pelaksana post of a section after its work.
func staffTitle(section string) string {
	switch {
	case strings.Contains(section, "Keuangan"):
		return "Pengelola Keuangan"
	case strings.Contains(section, "Kepegawaian"), strings.Contains(section, "Mutasi"), strings.Contains(section, "Promosi"):
		return "Pengadministrasi Kepegawaian"
	case strings.Contains(section, "Umum"), strings.Contains(section, "Tata Usaha"), strings.Contains(section, "Rumah Tangga"):
		return "Pengadministrasi Umum"
	}
	return "Analis " + strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(section, "Seksi "), "Subbagian "), "Subbidang "), "Bagian "))
}

// rankRange is the span of ranks held in a kind of post, lowest first.
func rankRange(kind career.PositionKind, level *career.FunctionalLevel) (career.Rank, career.Rank) {
	switch kind {
	case career.KindJPTUtama, career.KindJPTMadya:
		return career.RankIVC, career.RankIVE
	case career.KindJPTPratama:
		return career.RankIVB, career.RankIVD
	case career.KindAdministrator:
		return career.RankIIID, career.RankIVB
	case career.KindPengawas:
		return career.RankIIIB, career.RankIIID
	case career.KindPelaksana:
		return career.RankIIA, career.RankIIIB
	}
	switch *level {
	case career.LevelAhliPertama:
		return career.RankIIIA, career.RankIIIB
	case career.LevelAhliMuda:
		return career.RankIIIC, career.RankIIID
	case career.LevelAhliMadya:
		return career.RankIVA, career.RankIVC
	case career.LevelAhliUtama:
		return career.RankIVD, career.RankIVE
	case career.LevelPemula:
		return career.RankIIA, career.RankIIA
	case career.LevelTerampil:
		return career.RankIIB, career.RankIID
	case career.LevelMahir:
		return career.RankIIIA, career.RankIIIB
	}
	return career.RankIIIC, career.RankIIID
}

// jobClass is the kelas jabatan of a post, after the usual regional tables.
func jobClass(kind career.PositionKind, level *career.FunctionalLevel) int {
	switch kind {
	case career.KindJPTUtama:
		return 17
	case career.KindJPTMadya:
		return 15
	case career.KindJPTPratama:
		return 14
	case career.KindAdministrator:
		return 12
	case career.KindPengawas:
		return 9
	case career.KindPelaksana:
		return 6
	}
	return map[career.FunctionalLevel]int{
		career.LevelAhliPertama: 8, career.LevelAhliMuda: 9, career.LevelAhliMadya: 11, career.LevelAhliUtama: 13,
		career.LevelPemula: 5, career.LevelTerampil: 6, career.LevelMahir: 7, career.LevelPenyelia: 8,
	}[*level]
}

package seed

import (
	"strings"

	"github.com/jenjang/jenjang/internal/career"
)

// postPlan is a post (jabatan) of a unit and the kind of people who hold it.
type postPlan struct {
	title   string
	kind    career.PositionKind
	level   career.FunctionalLevel // empty for structural posts
	class   int                    // kelas jabatan
	minRank career.Rank
	// ranks are the lowest and highest rank its holders hold: above the minimum, because officials
	// are appointed some years after they reach it.
	ranks [2]career.Rank
	// edu lists the education of its holders; each draw picks one entry, so repeats weigh.
	edu []career.Education
	// holders is the range the number of holders (and the quota) is drawn from.
	holders [2]int
	// pppk is the share of PPPK among its holders.
	pppk float64
}

var (
	s1      = career.EducationS1
	s2      = career.EducationS2
	s3      = career.EducationS3
	d3      = career.EducationD3
	d4      = career.EducationD4
	sma     = career.EducationSMA
	oneSeat = [2]int{1, 1}
)

// The structural posts, with ranks after the old eselon equivalents (JPT pratama = II, administrator =
// III, pengawas = IV).

func jptMadya(title string) postPlan {
	return postPlan{title: title, kind: career.KindJPTMadya, class: 15, minRank: career.RankIVC,
		ranks: [2]career.Rank{career.RankIVD, career.RankIVE}, edu: []career.Education{s2, s2, s3}, holders: oneSeat}
}

func jptPratama(title string) postPlan {
	return postPlan{title: title, kind: career.KindJPTPratama, class: 14, minRank: career.RankIVB,
		ranks: [2]career.Rank{career.RankIVC, career.RankIVD}, edu: []career.Education{s2, s2, s2, s2, s1, s3}, holders: oneSeat}
}

func administrator(title string) postPlan {
	return postPlan{title: title, kind: career.KindAdministrator, class: 12, minRank: career.RankIIID,
		ranks: [2]career.Rank{career.RankIVA, career.RankIVB}, edu: []career.Education{s2, s2, s2, s1, s1}, holders: oneSeat}
}

func pengawas(title string) postPlan {
	return postPlan{title: title, kind: career.KindPengawas, class: 9, minRank: career.RankIIIB,
		ranks: [2]career.Rank{career.RankIIIC, career.RankIIID}, edu: []career.Education{s1, s1, s1, s2, d4}, holders: oneSeat}
}

// analis is a pelaksana post for a graduate.
func analis(title string, holders [2]int) postPlan {
	return postPlan{title: title, kind: career.KindPelaksana, class: 7, minRank: career.RankIIIA,
		ranks: [2]career.Rank{career.RankIIIA, career.RankIIIB}, edu: []career.Education{s1, s1, s1, d4}, holders: holders, pppk: 0.08}
}

// pengadministrasi is a clerical pelaksana post.
func pengadministrasi(title string, holders [2]int) postPlan {
	return postPlan{title: title, kind: career.KindPelaksana, class: 5, minRank: career.RankIIA,
		ranks: [2]career.Rank{career.RankIIC, career.RankIID}, edu: []career.Education{sma, sma, d3}, holders: holders, pppk: 0.2}
}

// fungsional is a functional post held by n people; the title ends with the level, as decrees write it.
func fungsional(title string, level career.FunctionalLevel, n int, pppk float64) postPlan {
	p := postPlan{title: title + " " + level.Label(), kind: career.KindFungsional, level: level,
		holders: [2]int{n, n}, pppk: pppk}
	switch level {
	case career.LevelAhliPertama:
		p.class, p.minRank, p.ranks, p.edu = 8, career.RankIIIA, [2]career.Rank{career.RankIIIA, career.RankIIIB}, []career.Education{s1, s1, s1, d4}
	case career.LevelAhliMuda:
		p.class, p.minRank, p.ranks, p.edu = 9, career.RankIIIC, [2]career.Rank{career.RankIIIC, career.RankIIID}, []career.Education{s1, s1, s1, s2}
	case career.LevelAhliMadya:
		p.class, p.minRank, p.ranks, p.edu = 11, career.RankIVA, [2]career.Rank{career.RankIVA, career.RankIVC}, []career.Education{s1, s2}
	case career.LevelAhliUtama:
		p.class, p.minRank, p.ranks, p.edu = 13, career.RankIVD, [2]career.Rank{career.RankIVD, career.RankIVE}, []career.Education{s2, s3}
	case career.LevelPemula:
		p.class, p.minRank, p.ranks, p.edu = 5, career.RankIIA, [2]career.Rank{career.RankIIA, career.RankIIA}, []career.Education{sma}
	case career.LevelTerampil:
		p.class, p.minRank, p.ranks, p.edu = 6, career.RankIIB, [2]career.Rank{career.RankIIC, career.RankIID}, []career.Education{d3}
	case career.LevelMahir:
		p.class, p.minRank, p.ranks, p.edu = 7, career.RankIIIA, [2]career.Rank{career.RankIIIA, career.RankIIIB}, []career.Education{d3, d3, d4}
	case career.LevelPenyelia:
		p.class, p.minRank, p.ranks, p.edu = 8, career.RankIIIC, [2]career.Rank{career.RankIIIC, career.RankIIID}, []career.Education{d3, d4}
	}
	return p
}

// educated gives a post the education its holders must have, where the line of work asks for more
// than the level does (teachers and doctors hold a bachelor's degree).
func (p postPlan) educated(edu ...career.Education) postPlan {
	p.edu = edu
	return p
}

// holding gives a post a range of holders to draw from.
func (p postPlan) holding(lo, hi int) postPlan {
	p.holders = [2]int{lo, hi}
	return p
}

// entryRank is the rank a CPNS is appointed in with the given education.
func entryRank(edu career.Education) career.Rank {
	switch edu {
	case career.EducationS3:
		return career.RankIIIC
	case career.EducationS2:
		return career.RankIIIB
	case career.EducationS1, career.EducationD4:
		return career.RankIIIA
	case career.EducationD3:
		return career.RankIIC
	case career.EducationD1, career.EducationD2, career.EducationSMA:
		return career.RankIIA
	}
	return career.RankIA
}

// leadershipTraining is the leadership training (pelatihan kepemimpinan) of a structural post.
func leadershipTraining(kind career.PositionKind) (career.TrainingKind, bool) {
	switch kind {
	case career.KindJPTUtama, career.KindJPTMadya, career.KindJPTPratama:
		return career.TrainingPKN, true
	case career.KindAdministrator:
		return career.TrainingPKA, true
	case career.KindPengawas:
		return career.TrainingPKP, true
	}
	return "", false
}

func isStructural(kind career.PositionKind) bool {
	return kind != career.KindFungsional && kind != career.KindPelaksana
}

// family is the line of work a post belongs to ("Guru", "Perawat", "Auditor", ...), which work
// plans, trainings and academic titles follow.
func family(title string) string {
	for _, f := range []string{"Guru", "Pengawas Sekolah", "Dokter", "Perawat", "Bidan", "Apoteker", "Epidemiolog",
		"Auditor", "Pengawas Penyelenggaraan", "Analis SDM", "Perencana", "Widyaiswara", "Pranata Komputer",
		"Arsiparis", "Analis Kebijakan", "Analis", "Pengadministrasi"} {
		if strings.HasPrefix(title, f) {
			return f
		}
	}
	return ""
}

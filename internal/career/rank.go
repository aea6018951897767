package career

// Rank is a PNS rank (pangkat / golongan ruang), written like III_A because GraphQL enum names cannot
// hold "/". The values are listed lowest first; Order gives the position for "at least" comparisons.
type Rank string

// The seventeen PNS ranks, lowest to highest (DOMAIN.md §5).
const (
	RankIA   Rank = "I_A"
	RankIB   Rank = "I_B"
	RankIC   Rank = "I_C"
	RankID   Rank = "I_D"
	RankIIA  Rank = "II_A"
	RankIIB  Rank = "II_B"
	RankIIC  Rank = "II_C"
	RankIID  Rank = "II_D"
	RankIIIA Rank = "III_A"
	RankIIIB Rank = "III_B"
	RankIIIC Rank = "III_C"
	RankIIID Rank = "III_D"
	RankIVA  Rank = "IV_A"
	RankIVB  Rank = "IV_B"
	RankIVC  Rank = "IV_C"
	RankIVD  Rank = "IV_D"
	RankIVE  Rank = "IV_E"
)

// Ranks lists every rank, lowest first.
var Ranks = []Rank{
	RankIA, RankIB, RankIC, RankID,
	RankIIA, RankIIB, RankIIC, RankIID,
	RankIIIA, RankIIIB, RankIIIC, RankIIID,
	RankIVA, RankIVB, RankIVC, RankIVD, RankIVE,
}

var rankInfo = map[Rank]struct{ golongan, name string }{
	RankIA:   {"I/a", "Juru Muda"},
	RankIB:   {"I/b", "Juru Muda Tingkat I"},
	RankIC:   {"I/c", "Juru"},
	RankID:   {"I/d", "Juru Tingkat I"},
	RankIIA:  {"II/a", "Pengatur Muda"},
	RankIIB:  {"II/b", "Pengatur Muda Tingkat I"},
	RankIIC:  {"II/c", "Pengatur"},
	RankIID:  {"II/d", "Pengatur Tingkat I"},
	RankIIIA: {"III/a", "Penata Muda"},
	RankIIIB: {"III/b", "Penata Muda Tingkat I"},
	RankIIIC: {"III/c", "Penata"},
	RankIIID: {"III/d", "Penata Tingkat I"},
	RankIVA:  {"IV/a", "Pembina"},
	RankIVB:  {"IV/b", "Pembina Tingkat I"},
	RankIVC:  {"IV/c", "Pembina Utama Muda"},
	RankIVD:  {"IV/d", "Pembina Utama Madya"},
	RankIVE:  {"IV/e", "Pembina Utama"},
}

// Order is 1 for I/a up to 17 for IV/e, and 0 for an unknown rank.
func (r Rank) Order() int { return indexOf(Ranks, r) + 1 }

// Golongan is the written form of the rank's class, such as "III/a".
func (r Rank) Golongan() string { return rankInfo[r].golongan }

// Name is the rank's title, such as "Penata Muda".
func (r Rank) Name() string { return rankInfo[r].name }

// Label is how people write a rank: "Penata Muda (III/a)".
func (r Rank) Label() string {
	if _, ok := rankInfo[r]; !ok {
		return ""
	}
	return r.Name() + " (" + r.Golongan() + ")"
}

// RankAt returns the rank of the given order (1..17) and whether there is one.
func RankAt(order int) (Rank, bool) {
	if order < 1 || order > len(Ranks) {
		return "", false
	}
	return Ranks[order-1], true
}

// Values lists the ranks for ent's enum column.
func (Rank) Values() []string { return stringValues(Ranks) }

// PPPKGrade is the golongan of a government employee on contract (PPPK), I..XVII.
type PPPKGrade string

// PPPKGrades lists the grades, lowest first.
var PPPKGrades = []PPPKGrade{
	"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
	"X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
}

// Order is 1 for grade I up to 17 for grade XVII, and 0 for an unknown grade.
func (g PPPKGrade) Order() int { return indexOf(PPPKGrades, g) + 1 }

// Values lists the grades for ent's enum column.
func (PPPKGrade) Values() []string { return stringValues(PPPKGrades) }

// RankOrder is the order of a PNS rank or, for a PPPK, of the grade: the number lists compare with
// "at least". It is 0 when neither is set.
func RankOrder(rank *Rank, grade *PPPKGrade) int {
	switch {
	case rank != nil:
		return rank.Order()
	case grade != nil:
		return grade.Order()
	}
	return 0
}

// RankLabel is the rank as people write it, "Penata Muda (III/a)", or the PPPK grade, "Golongan IX";
// empty when neither is set.
func RankLabel(rank *Rank, grade *PPPKGrade) string {
	switch {
	case rank != nil:
		return rank.Label()
	case grade != nil && grade.Order() > 0:
		return "Golongan " + string(*grade)
	}
	return ""
}

package career

// Gender as recorded on the NIP's 15th digit.
type Gender string

// Genders: NIP digit 1 is male, 2 is female.
const (
	GenderMale   Gender = "MALE"
	GenderFemale Gender = "FEMALE"
)

// Genders lists the genders in NIP digit order.
var Genders = []Gender{GenderMale, GenderFemale}

// Values lists the genders for ent's enum column.
func (Gender) Values() []string { return stringValues(Genders) }

// EmploymentType separates civil servants (PNS) from government employees on contract (PPPK).
type EmploymentType string

// The two kinds of ASN (UU 20/2023).
const (
	EmploymentPNS  EmploymentType = "PNS"
	EmploymentPPPK EmploymentType = "PPPK"
)

// Values lists the employment types for ent's enum column.
func (EmploymentType) Values() []string {
	return stringValues([]EmploymentType{EmploymentPNS, EmploymentPPPK})
}

// Education is the highest formal education, lowest first.
type Education string

// Education levels, lowest first.
const (
	EducationSD  Education = "SD"
	EducationSMP Education = "SMP"
	EducationSMA Education = "SMA"
	EducationD1  Education = "D1"
	EducationD2  Education = "D2"
	EducationD3  Education = "D3"
	EducationD4  Education = "D4"
	EducationS1  Education = "S1"
	EducationS2  Education = "S2"
	EducationS3  Education = "S3"
)

// Educations lists the levels, lowest first.
var Educations = []Education{
	EducationSD, EducationSMP, EducationSMA, EducationD1, EducationD2,
	EducationD3, EducationD4, EducationS1, EducationS2, EducationS3,
}

// Order is 1 for SD up to 10 for S3, 0 for an unknown level. D4 and S1 are distinct steps here,
// although some rules treat them as equal; a rule that does says so itself.
func (e Education) Order() int { return indexOf(Educations, e) + 1 }

// Values lists the levels for ent's enum column.
func (Education) Values() []string { return stringValues(Educations) }

// PositionKind is the kind of post (jabatan) under UU 5/2014.
type PositionKind string

// Position kinds.
const (
	KindJPTUtama      PositionKind = "JPT_UTAMA"
	KindJPTMadya      PositionKind = "JPT_MADYA"
	KindJPTPratama    PositionKind = "JPT_PRATAMA"
	KindAdministrator PositionKind = "ADMINISTRATOR"
	KindPengawas      PositionKind = "PENGAWAS"
	KindPelaksana     PositionKind = "PELAKSANA"
	KindFungsional    PositionKind = "FUNGSIONAL"
)

// PositionKinds lists the kinds, highest structural post first.
var PositionKinds = []PositionKind{
	KindJPTUtama, KindJPTMadya, KindJPTPratama, KindAdministrator, KindPengawas, KindPelaksana, KindFungsional,
}

// Values lists the kinds for ent's enum column.
func (PositionKind) Values() []string { return stringValues(PositionKinds) }

// IsJPT tells whether the kind is a high leadership post (JPT).
func (k PositionKind) IsJPT() bool {
	return k == KindJPTUtama || k == KindJPTMadya || k == KindJPTPratama
}

// FunctionalLevel is the level of a functional post: expertise (ahli) or skill (keterampilan).
type FunctionalLevel string

// Functional levels.
const (
	LevelAhliPertama FunctionalLevel = "AHLI_PERTAMA"
	LevelAhliMuda    FunctionalLevel = "AHLI_MUDA"
	LevelAhliMadya   FunctionalLevel = "AHLI_MADYA"
	LevelAhliUtama   FunctionalLevel = "AHLI_UTAMA"
	LevelPemula      FunctionalLevel = "PEMULA"
	LevelTerampil    FunctionalLevel = "TERAMPIL"
	LevelMahir       FunctionalLevel = "MAHIR"
	LevelPenyelia    FunctionalLevel = "PENYELIA"
)

// FunctionalLevels lists the expertise levels then the skill levels, each lowest first.
var FunctionalLevels = []FunctionalLevel{
	LevelAhliPertama, LevelAhliMuda, LevelAhliMadya, LevelAhliUtama,
	LevelPemula, LevelTerampil, LevelMahir, LevelPenyelia,
}

// Values lists the levels for ent's enum column.
func (FunctionalLevel) Values() []string { return stringValues(FunctionalLevels) }

// Rating is one of the two SKP ratings (work result, work behaviour) on the three-step scale.
type Rating string

// The three-step rating scale of PermenPANRB 6/2022.
const (
	RatingAbove Rating = "DI_ATAS_EKSPEKTASI"
	RatingMeets Rating = "SESUAI_EKSPEKTASI"
	RatingBelow Rating = "DI_BAWAH_EKSPEKTASI"
)

// Ratings lists the scale, best first.
var Ratings = []Rating{RatingAbove, RatingMeets, RatingBelow}

// Values lists the ratings for ent's enum column.
func (Rating) Values() []string { return stringValues(Ratings) }

// Predikat is the performance predicate derived from the two ratings.
type Predikat string

// The five predikat, best first.
const (
	PredikatSangatBaik     Predikat = "SANGAT_BAIK"
	PredikatBaik           Predikat = "BAIK"
	PredikatButuhPerbaikan Predikat = "BUTUH_PERBAIKAN"
	PredikatKurang         Predikat = "KURANG"
	PredikatSangatKurang   Predikat = "SANGAT_KURANG"
)

// Predikats lists the predikat, best first.
var Predikats = []Predikat{
	PredikatSangatBaik, PredikatBaik, PredikatButuhPerbaikan, PredikatKurang, PredikatSangatKurang,
}

// Order is 5 for SANGAT_BAIK down to 1 for SANGAT_KURANG, 0 for unknown, so that "at least BAIK"
// reads p.Order() >= PredikatBaik.Order().
func (p Predikat) Order() int {
	i := indexOf(Predikats, p)
	if i < 0 {
		return 0
	}
	return len(Predikats) - i
}

// Values lists the predikat for ent's enum column.
func (Predikat) Values() []string { return stringValues(Predikats) }

// EvaluationPeriod is the SKP period: a quarter or the year-end (annual) evaluation.
type EvaluationPeriod string

// Evaluation periods.
const (
	PeriodQ1     EvaluationPeriod = "Q1"
	PeriodQ2     EvaluationPeriod = "Q2"
	PeriodQ3     EvaluationPeriod = "Q3"
	PeriodQ4     EvaluationPeriod = "Q4"
	PeriodAnnual EvaluationPeriod = "ANNUAL"
)

// Values lists the periods for ent's enum column.
func (EvaluationPeriod) Values() []string {
	return stringValues([]EvaluationPeriod{PeriodQ1, PeriodQ2, PeriodQ3, PeriodQ4, PeriodAnnual})
}

// EvaluationStatus is the step an evaluation has reached.
type EvaluationStatus string

// Evaluation statuses: DRAFT → SUBMITTED → ASSESSED → (OBJECTED →) FINAL.
const (
	EvalDraft     EvaluationStatus = "DRAFT"
	EvalSubmitted EvaluationStatus = "SUBMITTED"
	EvalAssessed  EvaluationStatus = "ASSESSED"
	EvalObjected  EvaluationStatus = "OBJECTED"
	EvalFinal     EvaluationStatus = "FINAL"
)

// Values lists the statuses for ent's enum column.
func (EvaluationStatus) Values() []string {
	return stringValues([]EvaluationStatus{EvalDraft, EvalSubmitted, EvalAssessed, EvalObjected, EvalFinal})
}

// PotentialLevel is the potential axis of the 9-box.
type PotentialLevel string

// Potential levels.
const (
	PotentialHigh   PotentialLevel = "HIGH"
	PotentialMedium PotentialLevel = "MEDIUM"
	PotentialLow    PotentialLevel = "LOW"
)

// Values lists the levels for ent's enum column.
func (PotentialLevel) Values() []string {
	return stringValues([]PotentialLevel{PotentialHigh, PotentialMedium, PotentialLow})
}

// SanctionLevel is the weight of a disciplinary sanction (PP 94/2021).
type SanctionLevel string

// Sanction levels.
const (
	SanctionLight    SanctionLevel = "LIGHT"
	SanctionModerate SanctionLevel = "MODERATE"
	SanctionHeavy    SanctionLevel = "HEAVY"
)

// Values lists the levels for ent's enum column.
func (SanctionLevel) Values() []string {
	return stringValues([]SanctionLevel{SanctionLight, SanctionModerate, SanctionHeavy})
}

// TrainingKind is the kind of competency development; vacancies may require some of them.
type TrainingKind string

// Training kinds: leadership (PKN for JPT, PKA for administrators, PKP for pengawas), the basic
// training of new civil servants (LATSAR), functional, technical and seminars.
const (
	TrainingPKN        TrainingKind = "PKN"
	TrainingPKA        TrainingKind = "PKA"
	TrainingPKP        TrainingKind = "PKP"
	TrainingLatsar     TrainingKind = "LATSAR"
	TrainingFungsional TrainingKind = "FUNGSIONAL"
	TrainingTeknis     TrainingKind = "TEKNIS"
	TrainingSeminar    TrainingKind = "SEMINAR"
)

// TrainingKinds lists every kind.
var TrainingKinds = []TrainingKind{
	TrainingPKN, TrainingPKA, TrainingPKP, TrainingLatsar, TrainingFungsional, TrainingTeknis, TrainingSeminar,
}

// Values lists the kinds for ent's enum column.
func (TrainingKind) Values() []string { return stringValues(TrainingKinds) }

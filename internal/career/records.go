package career

// The structured values below are stored as JSON columns: they are always read and written with the
// record that owns them, and nobody filters by their parts.

// WorkPlanKind separates the main work plans of an SKP from the additional ones.
type WorkPlanKind string

// Work plan kinds (rencana hasil kerja utama / tambahan).
const (
	WorkPlanMain       WorkPlanKind = "UTAMA"
	WorkPlanAdditional WorkPlanKind = "TAMBAHAN"
)

// Values lists the kinds.
func (WorkPlanKind) Values() []string {
	return stringValues([]WorkPlanKind{WorkPlanMain, WorkPlanAdditional})
}

// WorkPlan is one planned work result (rencana hasil kerja) of an SKP with its individual indicators.
type WorkPlan struct {
	Title      string       `json:"title"`
	Kind       WorkPlanKind `json:"kind"`
	Indicators []Indicator  `json:"indicators"`
}

// Indicator is an individual performance indicator (IKI): a target set in advance and the realisation
// reported at the end of the period. Either may be quantitative ("12 dokumen") or qualitative.
type Indicator struct {
	Name        string `json:"name"`
	Target      string `json:"target"`
	Realisation string `json:"realisation,omitempty"`
}

// BerakhlakValue is one of the seven core values of the ASN (BerAKHLAK) against which work behaviour
// is assessed.
type BerakhlakValue string

// The seven BerAKHLAK values.
const (
	ValueBerorientasiPelayanan BerakhlakValue = "BERORIENTASI_PELAYANAN"
	ValueAkuntabel             BerakhlakValue = "AKUNTABEL"
	ValueKompeten              BerakhlakValue = "KOMPETEN"
	ValueHarmonis              BerakhlakValue = "HARMONIS"
	ValueLoyal                 BerakhlakValue = "LOYAL"
	ValueAdaptif               BerakhlakValue = "ADAPTIF"
	ValueKolaboratif           BerakhlakValue = "KOLABORATIF"
)

// BerakhlakValues lists the values in their canonical order.
var BerakhlakValues = []BerakhlakValue{
	ValueBerorientasiPelayanan, ValueAkuntabel, ValueKompeten, ValueHarmonis, ValueLoyal, ValueAdaptif, ValueKolaboratif,
}

// BehaviorNote is what the employee and the assessor wrote about one BerAKHLAK value.
type BehaviorNote struct {
	Value        BerakhlakValue `json:"value"`
	SelfNote     string         `json:"selfNote,omitempty"`
	AssessorNote string         `json:"assessorNote,omitempty"`
}

// Requirements are what a vacancy asks of an applicant. A zero or nil field asks nothing.
type Requirements struct {
	MinRank              *Rank          `json:"minRank,omitempty"`
	MinPredikat          *Predikat      `json:"minPredikat,omitempty"`
	PredikatYears        int            `json:"predikatYears,omitempty"`
	TrainingKinds        []TrainingKind `json:"trainingKinds,omitempty"`
	MinEducation         *Education     `json:"minEducation,omitempty"`
	MinYearsToRetirement int            `json:"minYearsToRetirement,omitempty"`
	NoSanctionYears      int            `json:"noSanctionYears,omitempty"`
}

// RequirementResult is the outcome of one requirement for one applicant, with the reason in words.
type RequirementResult struct {
	Requirement string `json:"requirement"`
	Met         bool   `json:"met"`
	Reason      string `json:"reason"`
}

// StageScore is an applicant's score in one stage of an open selection, with the stage's weight.
type StageScore struct {
	Stage  string   `json:"stage"`
	Weight float64  `json:"weight"`
	Score  *float64 `json:"score,omitempty"`
}

// Values lists the BerAKHLAK values.
func (BerakhlakValue) Values() []string { return stringValues(BerakhlakValues) }

package career

import (
	"fmt"
	"math"
)

// SelectionStage is a stage of an open selection for a JPT post (PermenPANRB 15/2019).
type SelectionStage string

// The stages of an open selection.
const (
	StageWrittenTest      SelectionStage = "WRITTEN_TEST"
	StageAssessmentCentre SelectionStage = "ASSESSMENT_CENTRE"
	StageInterview        SelectionStage = "INTERVIEW"
	StageTrackRecord      SelectionStage = "TRACK_RECORD"
)

// SelectionStages lists the stages in their order.
var SelectionStages = []SelectionStage{StageWrittenTest, StageAssessmentCentre, StageInterview, StageTrackRecord}

// Values lists the stages for GraphQL and ent.
func (SelectionStage) Values() []string { return stringValues(SelectionStages) }

// stageWeights are the ranges (percent) the regulation allows each stage's weight.
var stageWeights = map[SelectionStage][2]float64{
	StageWrittenTest:      {15, 20},
	StageAssessmentCentre: {20, 25},
	StageInterview:        {30, 35},
	StageTrackRecord:      {15, 20},
}

// StageWeight is a stage's weight in percent.
type StageWeight struct {
	Stage  SelectionStage `json:"stage"`
	Weight float64        `json:"weight"`
}

// DefaultStageWeights are weights within every range that add up to 100.
var DefaultStageWeights = []StageWeight{{StageWrittenTest, 20}, {StageAssessmentCentre, 25}, {StageInterview, 35}, {StageTrackRecord, 20}}

// CheckStageWeights checks an open selection's weights: every stage once, each within its range, 100 in
// all.
func CheckStageWeights(weights []StageWeight) error {
	seen := map[SelectionStage]bool{}
	total := 0.0
	for i, w := range weights {
		r, ok := stageWeights[w.Stage]
		switch {
		case !ok:
			return &FieldError{Field: fmt.Sprintf("stages[%d].stage", i), Message: fmt.Sprintf("tahap %q tidak dikenal", w.Stage)}
		case seen[w.Stage]:
			return &FieldError{Field: fmt.Sprintf("stages[%d].stage", i), Message: fmt.Sprintf("tahap %s disebut dua kali", w.Stage)}
		case w.Weight < r[0] || w.Weight > r[1]:
			return &FieldError{Field: fmt.Sprintf("stages[%d].weight", i), Message: fmt.Sprintf("bobot %s %.0f%%, harus %.0f–%.0f%%", w.Stage, w.Weight, r[0], r[1])}
		}
		seen[w.Stage] = true
		total += w.Weight
	}
	if len(seen) != len(stageWeights) {
		return &FieldError{Field: "stages", Message: "seleksi terbuka memiliki empat tahap: tes tertulis, assessment center, wawancara dan rekam jejak"}
	}
	if math.Abs(total-100) > 1e-9 {
		return &FieldError{Field: "stages", Message: fmt.Sprintf("jumlah bobot %.0f%%, harus 100%%", total)}
	}
	return nil
}

// WeightedTotal is an applicant's total over the stages (scores 0–100), or false while a stage has no
// score.
func WeightedTotal(weights []StageWeight, scores map[SelectionStage]float64) (float64, bool) {
	total := 0.0
	for _, w := range weights {
		s, ok := scores[w.Stage]
		if !ok {
			return 0, false
		}
		total += s * w.Weight / 100
	}
	return total, true
}

package career_test

import (
	"errors"
	"testing"

	"github.com/jenjang/jenjang/internal/career"
)

func TestStageWeights(t *testing.T) {
	w := func(a, b, c, d float64) []career.StageWeight {
		return []career.StageWeight{{Stage: career.StageWrittenTest, Weight: a}, {Stage: career.StageAssessmentCentre, Weight: b},
			{Stage: career.StageInterview, Weight: c}, {Stage: career.StageTrackRecord, Weight: d}}
	}
	for _, tt := range []struct {
		name    string
		weights []career.StageWeight
		field   string
	}{
		{"the defaults", career.DefaultStageWeights, ""},
		{"upper bounds", w(20, 25, 35, 20), ""},
		{"written test below 15", w(10, 25, 35, 20), "stages[0].weight"},
		{"interview above 35", w(15, 20, 40, 20), "stages[2].weight"},
		{"within ranges but not 100", w(15, 20, 30, 15), "stages"},
		{"a stage missing", w(20, 25, 35, 20)[:3], "stages"},
		{"a stage twice", append(w(20, 25, 35, 20)[:3], career.StageWeight{Stage: career.StageInterview, Weight: 20}), "stages[3].stage"},
		{"an unknown stage", []career.StageWeight{{Stage: "PSIKOTES", Weight: 20}}, "stages[0].stage"},
	} {
		err := career.CheckStageWeights(tt.weights)
		var fe *career.FieldError
		switch {
		case tt.field == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.field != "" && (!errors.As(err, &fe) || fe.Field != tt.field):
			t.Errorf("%s: %v, want a refusal on %s", tt.name, err, tt.field)
		}
	}
	total, ok := career.WeightedTotal(career.DefaultStageWeights, map[career.SelectionStage]float64{
		career.StageWrittenTest: 80, career.StageAssessmentCentre: 70, career.StageInterview: 90, career.StageTrackRecord: 60})
	if !ok || total != 80*0.2+70*0.25+90*0.35+60*0.2 {
		t.Errorf("weighted total %v %v", total, ok)
	}
	if _, ok := career.WeightedTotal(career.DefaultStageWeights, map[career.SelectionStage]float64{career.StageInterview: 90}); ok {
		t.Error("a total with stages unscored")
	}
}

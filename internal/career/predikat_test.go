package career_test

import (
	"testing"

	"github.com/jenjang/jenjang/internal/career"
)

func TestPredikatFor(t *testing.T) {
	tests := []struct {
		result, behavior career.Rating
		want             career.Predikat
		ok               bool
	}{
		{career.RatingAbove, career.RatingAbove, career.PredikatSangatBaik, true},
		{career.RatingAbove, career.RatingMeets, career.PredikatBaik, true},
		{career.RatingAbove, career.RatingBelow, career.PredikatKurang, true},
		{career.RatingMeets, career.RatingAbove, career.PredikatBaik, true},
		{career.RatingMeets, career.RatingMeets, career.PredikatBaik, true},
		{career.RatingMeets, career.RatingBelow, career.PredikatKurang, true},
		{career.RatingBelow, career.RatingAbove, career.PredikatButuhPerbaikan, true},
		{career.RatingBelow, career.RatingMeets, career.PredikatButuhPerbaikan, true},
		{career.RatingBelow, career.RatingBelow, career.PredikatSangatKurang, true},
		{"", career.RatingMeets, "", false},
		{career.RatingMeets, "", "", false},
		{"", "", "", false},
		{"BAIK", career.RatingAbove, "", false},
		{career.RatingAbove, "sesuai_ekspektasi", "", false},
	}
	for _, tt := range tests {
		t.Run(string(tt.result)+"/"+string(tt.behavior), func(t *testing.T) {
			got, ok := career.PredikatFor(tt.result, tt.behavior)
			if got != tt.want || ok != tt.ok {
				t.Errorf("PredikatFor(%q, %q) = %q, %v; want %q, %v", tt.result, tt.behavior, got, ok, tt.want, tt.ok)
			}
		})
	}
}

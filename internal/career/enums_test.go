package career_test

import (
	"testing"

	"github.com/jenjang/jenjang/internal/career"
)

func TestPredikatOrder(t *testing.T) {
	tests := []struct {
		predikat career.Predikat
		want     int
	}{
		{career.PredikatSangatBaik, 5},
		{career.PredikatBaik, 4},
		{career.PredikatButuhPerbaikan, 3},
		{career.PredikatKurang, 2},
		{career.PredikatSangatKurang, 1},
		{"", 0},
		{"CUKUP", 0},
	}
	for _, tt := range tests {
		if got := tt.predikat.Order(); got != tt.want {
			t.Errorf("Predikat(%q).Order() = %d, want %d", tt.predikat, got, tt.want)
		}
	}
}

func TestEducationOrder(t *testing.T) {
	tests := []struct {
		education career.Education
		want      int
	}{
		{career.EducationSD, 1},
		{career.EducationSMP, 2},
		{career.EducationSMA, 3},
		{career.EducationD1, 4},
		{career.EducationD2, 5},
		{career.EducationD3, 6},
		{career.EducationD4, 7},
		{career.EducationS1, 8},
		{career.EducationS2, 9},
		{career.EducationS3, 10},
		{"", 0},
		{"SLTA", 0},
	}
	for _, tt := range tests {
		if got := tt.education.Order(); got != tt.want {
			t.Errorf("Education(%q).Order() = %d, want %d", tt.education, got, tt.want)
		}
	}
}

package career_test

import (
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

func ptr[T any](v T) *T { return &v }

func TestEligibility(t *testing.T) {
	today := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	fit := career.Applicant{
		Rank:               ptr(career.RankIVA),
		Education:          career.EducationS2,
		RetirementDate:     time.Date(2032, 6, 1, 0, 0, 0, 0, time.UTC),
		AnnualPredikat:     map[int]career.Predikat{2024: career.PredikatBaik, 2025: career.PredikatSangatBaik},
		CompletedTrainings: []career.TrainingKind{career.TrainingPKA},
		Sanctions:          []career.Sanction{{Level: career.SanctionLight, ImposedOn: time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)}},
	}
	req := career.Requirements{
		MinRank: ptr(career.RankIIID), MinPredikat: ptr(career.PredikatBaik), PredikatYears: 2,
		TrainingKinds: []career.TrainingKind{career.TrainingPKA}, MinEducation: ptr(career.EducationS1),
		MinYearsToRetirement: 2, NoSanctionYears: 2,
	}
	with := func(change func(*career.Applicant)) career.Applicant {
		a := fit
		change(&a)
		return a
	}
	tests := []struct {
		name      string
		applicant career.Applicant
		failing   string
		reason    string
	}{
		{"meets every requirement", fit, "", ""},
		{"rank too low", with(func(a *career.Applicant) { a.Rank = ptr(career.RankIIIB) }), "MIN_RANK", "Pangkat III/b, dibutuhkan minimal III/d"},
		{"PPPK has no rank", with(func(a *career.Applicant) { a.Rank = nil }), "MIN_RANK", "Tidak memiliki pangkat PNS, dibutuhkan minimal III/d"},
		{"low predikat", with(func(a *career.Applicant) {
			a.AnnualPredikat = map[int]career.Predikat{2024: career.PredikatBaik, 2025: career.PredikatButuhPerbaikan}
		}), "PREDIKAT_2025", "Predikat 2025: Butuh Perbaikan, dibutuhkan minimal Baik"},
		{"no final evaluation", with(func(a *career.Applicant) { a.AnnualPredikat = map[int]career.Predikat{2025: career.PredikatBaik} }),
			"PREDIKAT_2024", "Predikat 2024: belum ada penilaian akhir, dibutuhkan minimal Baik"},
		{"missing training", with(func(a *career.Applicant) { a.CompletedTrainings = nil }), "TRAINING_PKA", "Pelatihan PKA: belum diikuti"},
		{"education too low", with(func(a *career.Applicant) { a.Education = career.EducationD3 }), "MIN_EDUCATION", "Pendidikan D3, dibutuhkan minimal S1"},
		{"retiring too soon", with(func(a *career.Applicant) { a.RetirementDate = time.Date(2028, 6, 1, 0, 0, 0, 0, time.UTC) }),
			"YEARS_TO_RETIREMENT", "Sisa masa kerja 1 tahun sebelum pensiun, dibutuhkan minimal 2 tahun"},
		{"moderate sanction last year", with(func(a *career.Applicant) {
			a.Sanctions = []career.Sanction{{Level: career.SanctionModerate, ImposedOn: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}}
		}), "NO_SANCTION", "Hukuman disiplin tingkat sedang pada 2025-03-01, dalam 2 tahun terakhir"},
		{"heavy sanction long ago", with(func(a *career.Applicant) {
			a.Sanctions = []career.Sanction{{Level: career.SanctionHeavy, ImposedOn: time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC)}}
		}), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			results, eligible := career.Eligibility(tt.applicant, req, today)
			if len(results) != 7 {
				t.Fatalf("%d results, want one per requirement (7): %+v", len(results), results)
			}
			if eligible != (tt.failing == "") {
				t.Errorf("eligible = %v, want %v", eligible, tt.failing == "")
			}
			for _, r := range results {
				if r.Requirement == tt.failing {
					if r.Met || r.Reason != tt.reason {
						t.Errorf("%s: met %v, reason %q; want not met, %q", r.Requirement, r.Met, r.Reason, tt.reason)
					}
				} else if !r.Met {
					t.Errorf("%s not met: %s", r.Requirement, r.Reason)
				}
			}
		})
	}
	if results, eligible := career.Eligibility(career.Applicant{}, career.Requirements{}, today); !eligible || len(results) != 0 {
		t.Errorf("no requirements: %v %+v", eligible, results)
	}
	twice := career.Requirements{TrainingKinds: []career.TrainingKind{career.TrainingPKA, career.TrainingPKN, career.TrainingPKA}}
	if results, _ := career.Eligibility(fit, twice, today); len(results) != 2 || results[0].Requirement != "TRAINING_PKA" || results[1].Requirement != "TRAINING_PKN" {
		t.Errorf("a training kind listed twice: %+v, want PKA and PKN once each", results)
	}
}

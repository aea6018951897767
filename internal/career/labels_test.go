package career_test

import (
	"testing"

	"github.com/jenjang/jenjang/internal/career"
)

func TestLabels(t *testing.T) {
	tests := []struct {
		value, got, want string
	}{
		{string(career.PredikatSangatBaik), career.PredikatSangatBaik.Label(), "Sangat Baik"},
		{string(career.PredikatBaik), career.PredikatBaik.Label(), "Baik"},
		{string(career.PredikatButuhPerbaikan), career.PredikatButuhPerbaikan.Label(), "Butuh Perbaikan"},
		{string(career.PredikatKurang), career.PredikatKurang.Label(), "Kurang"},
		{string(career.PredikatSangatKurang), career.PredikatSangatKurang.Label(), "Sangat Kurang"},
		{"unknown predikat", career.Predikat("CUKUP").Label(), ""},
		{string(career.KindJPTUtama), career.KindJPTUtama.Label(), "JPT Utama"},
		{string(career.KindJPTMadya), career.KindJPTMadya.Label(), "JPT Madya"},
		{string(career.KindJPTPratama), career.KindJPTPratama.Label(), "JPT Pratama"},
		{string(career.KindAdministrator), career.KindAdministrator.Label(), "Administrator"},
		{string(career.KindPengawas), career.KindPengawas.Label(), "Pengawas"},
		{string(career.KindPelaksana), career.KindPelaksana.Label(), "Pelaksana"},
		{string(career.KindFungsional), career.KindFungsional.Label(), "Fungsional"},
		{"unknown kind", career.PositionKind("").Label(), ""},
		{string(career.LevelAhliPertama), career.LevelAhliPertama.Label(), "Ahli Pertama"},
		{string(career.LevelAhliMuda), career.LevelAhliMuda.Label(), "Ahli Muda"},
		{string(career.LevelAhliMadya), career.LevelAhliMadya.Label(), "Ahli Madya"},
		{string(career.LevelAhliUtama), career.LevelAhliUtama.Label(), "Ahli Utama"},
		{string(career.LevelPemula), career.LevelPemula.Label(), "Pemula"},
		{string(career.LevelTerampil), career.LevelTerampil.Label(), "Terampil"},
		{string(career.LevelMahir), career.LevelMahir.Label(), "Mahir"},
		{string(career.LevelPenyelia), career.LevelPenyelia.Label(), "Penyelia"},
		{"unknown level", career.FunctionalLevel("").Label(), ""},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: Label() = %q, want %q", tt.value, tt.got, tt.want)
		}
	}
}

// TestEveryValueHasALabel catches a value added to an enum without a label.
func TestEveryValueHasALabel(t *testing.T) {
	for _, p := range career.Predikats {
		if p.Label() == "" {
			t.Errorf("predikat %s has no label", p)
		}
	}
	for _, k := range career.PositionKinds {
		if k.Label() == "" {
			t.Errorf("position kind %s has no label", k)
		}
	}
	for _, l := range career.FunctionalLevels {
		if l.Label() == "" {
			t.Errorf("functional level %s has no label", l)
		}
	}
}

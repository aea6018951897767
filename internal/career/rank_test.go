package career_test

import (
	"testing"

	"github.com/jenjang/jenjang/internal/career"
)

func TestRank(t *testing.T) {
	tests := []struct {
		rank                  career.Rank
		order                 int
		golongan, name, label string
	}{
		{career.RankIA, 1, "I/a", "Juru Muda", "Juru Muda (I/a)"},
		{career.RankIB, 2, "I/b", "Juru Muda Tingkat I", "Juru Muda Tingkat I (I/b)"},
		{career.RankIC, 3, "I/c", "Juru", "Juru (I/c)"},
		{career.RankID, 4, "I/d", "Juru Tingkat I", "Juru Tingkat I (I/d)"},
		{career.RankIIA, 5, "II/a", "Pengatur Muda", "Pengatur Muda (II/a)"},
		{career.RankIIB, 6, "II/b", "Pengatur Muda Tingkat I", "Pengatur Muda Tingkat I (II/b)"},
		{career.RankIIC, 7, "II/c", "Pengatur", "Pengatur (II/c)"},
		{career.RankIID, 8, "II/d", "Pengatur Tingkat I", "Pengatur Tingkat I (II/d)"},
		{career.RankIIIA, 9, "III/a", "Penata Muda", "Penata Muda (III/a)"},
		{career.RankIIIB, 10, "III/b", "Penata Muda Tingkat I", "Penata Muda Tingkat I (III/b)"},
		{career.RankIIIC, 11, "III/c", "Penata", "Penata (III/c)"},
		{career.RankIIID, 12, "III/d", "Penata Tingkat I", "Penata Tingkat I (III/d)"},
		{career.RankIVA, 13, "IV/a", "Pembina", "Pembina (IV/a)"},
		{career.RankIVB, 14, "IV/b", "Pembina Tingkat I", "Pembina Tingkat I (IV/b)"},
		{career.RankIVC, 15, "IV/c", "Pembina Utama Muda", "Pembina Utama Muda (IV/c)"},
		{career.RankIVD, 16, "IV/d", "Pembina Utama Madya", "Pembina Utama Madya (IV/d)"},
		{career.RankIVE, 17, "IV/e", "Pembina Utama", "Pembina Utama (IV/e)"},
		{"", 0, "", "", ""},
		{"III/a", 0, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(string(tt.rank), func(t *testing.T) {
			if got := tt.rank.Order(); got != tt.order {
				t.Errorf("Order() = %d, want %d", got, tt.order)
			}
			if got := tt.rank.Golongan(); got != tt.golongan {
				t.Errorf("Golongan() = %q, want %q", got, tt.golongan)
			}
			if got := tt.rank.Name(); got != tt.name {
				t.Errorf("Name() = %q, want %q", got, tt.name)
			}
			if got := tt.rank.Label(); got != tt.label {
				t.Errorf("Label() = %q, want %q", got, tt.label)
			}
		})
	}
	if len(career.Ranks) != 17 {
		t.Errorf("len(Ranks) = %d, want 17", len(career.Ranks))
	}
}

func TestRankAt(t *testing.T) {
	tests := []struct {
		order int
		want  career.Rank
		ok    bool
	}{
		{-1, "", false},
		{0, "", false},
		{1, career.RankIA, true},
		{9, career.RankIIIA, true},
		{17, career.RankIVE, true},
		{18, "", false},
	}
	for _, tt := range tests {
		if got, ok := career.RankAt(tt.order); got != tt.want || ok != tt.ok {
			t.Errorf("RankAt(%d) = %q, %v; want %q, %v", tt.order, got, ok, tt.want, tt.ok)
		}
	}
	for _, r := range career.Ranks {
		if got, ok := career.RankAt(r.Order()); got != r || !ok {
			t.Errorf("RankAt(%s.Order()) = %q, %v; want %q, true", r, got, ok, r)
		}
	}
}

func TestPPPKGradeOrder(t *testing.T) {
	tests := []struct {
		grade career.PPPKGrade
		want  int
	}{
		{"I", 1}, {"V", 5}, {"IX", 9}, {"X", 10}, {"XVII", 17}, {"XVIII", 0}, {"", 0}, {"III_A", 0},
	}
	for _, tt := range tests {
		if got := tt.grade.Order(); got != tt.want {
			t.Errorf("PPPKGrade(%q).Order() = %d, want %d", tt.grade, got, tt.want)
		}
	}
}

func TestRankOrderAndLabel(t *testing.T) {
	rank := career.RankIIIA
	grade := career.PPPKGrade("IX")
	bogus := career.PPPKGrade("XX")
	tests := []struct {
		name      string
		rank      *career.Rank
		grade     *career.PPPKGrade
		wantOrder int
		wantLabel string
	}{
		{"PNS rank", &rank, nil, 9, "Penata Muda (III/a)"},
		{"PPPK grade", nil, &grade, 9, "Golongan IX"},
		{"unknown grade", nil, &bogus, 0, ""},
		{"neither", nil, nil, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := career.RankOrder(tt.rank, tt.grade); got != tt.wantOrder {
				t.Errorf("RankOrder = %d, want %d", got, tt.wantOrder)
			}
			if got := career.RankLabel(tt.rank, tt.grade); got != tt.wantLabel {
				t.Errorf("RankLabel = %q, want %q", got, tt.wantLabel)
			}
		})
	}
}

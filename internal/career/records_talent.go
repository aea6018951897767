package career

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// PotentialRecord is a potential assessment as HR records it: the potential axis of the 9-box for a year.
type PotentialRecord struct {
	Year   int
	Level  PotentialLevel
	Score  float64
	Method string
}

// earliestTalentYear is the first year the records keep (the entity's own range starts there).
const earliestTalentYear = 2000

// Check refuses, next to the field, an assessment of a year that has not begun (WIB), a score outside
// 0–100 or no method: a potential cannot be assessed ahead of time, and the score is a percentage.
func (p PotentialRecord) Check(today time.Time) error {
	if thisYear := DateOf(today).Year(); p.Year < earliestTalentYear || p.Year > thisYear {
		return &FieldError{Field: "year", Message: fmt.Sprintf("tahun penilaian antara %d dan %d", earliestTalentYear, thisYear)}
	}
	if math.IsNaN(p.Score) || p.Score < 0 || p.Score > 100 {
		return &FieldError{Field: "score", Message: "nilai potensi antara 0 dan 100"}
	}
	if m := strings.TrimSpace(p.Method); m == "" || len([]rune(m)) > 100 {
		return &FieldError{Field: "method", Message: "sebutkan metode penilaian (paling banyak 100 karakter), misalnya Assessment Center"}
	}
	return nil
}

// SanctionRecord is a disciplinary sanction (PP 94/2021) as HR records it from its decree.
type SanctionRecord struct {
	Level        SanctionLevel
	Description  string
	DecreeNumber string
	ImposedOn    time.Time
	EndsOn       *time.Time
}

// Check refuses, next to the field, a sanction without its description or decree number, one that
// takes effect after today (WIB) — it would exclude from the talent pool before it applies — or one
// that ends before it starts.
func (s SanctionRecord) Check(today time.Time) error {
	if d := strings.TrimSpace(s.Description); d == "" || len([]rune(d)) > 500 {
		return &FieldError{Field: "description", Message: "uraikan hukuman disiplinnya (paling banyak 500 karakter)"}
	}
	if n := strings.TrimSpace(s.DecreeNumber); n == "" || len([]rune(n)) > 100 {
		return &FieldError{Field: "decree_number", Message: "nomor SK hukuman disiplin wajib diisi (paling banyak 100 karakter)"}
	}
	if s.ImposedOn.IsZero() || s.ImposedOn.After(DateOf(today)) {
		return &FieldError{Field: "imposed_on", Message: "tanggal berlaku tidak boleh setelah hari ini"}
	}
	if s.EndsOn != nil && s.EndsOn.Before(s.ImposedOn) {
		return &FieldError{Field: "ends_on", Message: "tanggal berakhir tidak boleh sebelum tanggal berlaku"}
	}
	return nil
}

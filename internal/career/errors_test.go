package career_test

import (
	"testing"

	"github.com/jenjang/jenjang/internal/career"
)

func TestFieldErrorShowsOnlyTheMessage(t *testing.T) {
	err := &career.FieldError{Field: "nip", Message: "NIP 123 has 3 digits; it must have 18"}
	if got, want := err.Error(), "NIP 123 has 3 digits; it must have 18"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

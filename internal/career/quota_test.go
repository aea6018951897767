package career_test

import (
	"testing"

	"github.com/jenjang/jenjang/internal/career"
)

func TestCheckQuota(t *testing.T) {
	for _, tt := range []struct {
		quota, holders int
		ok             bool
	}{
		{1, 0, true},
		{5, 5, true},
		{45, 3, true},
		{0, 0, false},
		{-1, 0, false},
		{4, 5, false},
	} {
		err := career.CheckQuota(tt.quota, tt.holders)
		if (err == nil) != tt.ok {
			t.Errorf("CheckQuota(%d, %d) = %v, want ok %v", tt.quota, tt.holders, err, tt.ok)
		}
		if fe, isField := err.(*career.FieldError); err != nil && (!isField || fe.Field != "quota") {
			t.Errorf("CheckQuota(%d, %d) = %#v, want a FieldError on quota", tt.quota, tt.holders, err)
		}
	}
}

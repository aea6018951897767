package career

import (
	"testing"
	"time"
)

func TestZoneOrFixed(t *testing.T) {
	tests := []struct {
		name, zone, wantName string
		wantOffset           int
	}{
		{"known zone", "UTC", "UTC", 0},
		{"missing zone falls back", "Nowhere/Atlantis", "WIB", 7 * 60 * 60},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := zoneOrFixed(tt.zone, "WIB", 7*60*60)
			_, offset := time.Date(2024, time.January, 1, 0, 0, 0, 0, loc).Zone()
			if loc.String() != tt.wantName || offset != tt.wantOffset {
				t.Errorf("zoneOrFixed(%q) = %s %+ds, want %s %+ds", tt.zone, loc, offset, tt.wantName, tt.wantOffset)
			}
		})
	}
}

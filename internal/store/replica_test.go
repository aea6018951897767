package store

import (
	"testing"
	"time"
)

func TestReplicaLag(t *testing.T) {
	t0 := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	var l lagTracker
	for _, step := range []struct {
		name               string
		at                 int
		received, replayed int64
		want               time.Duration
	}{
		{"caught up after a long idle time", 0, 100, 100, 0},
		{"a write just received", 2, 200, 100, 0},
		{"still not replayed", 4, 200, 100, 2 * time.Second},
		{"more received, the first still waiting", 6, 300, 150, 4 * time.Second},
		{"the first replayed, the second waiting", 8, 300, 200, 2 * time.Second},
		{"caught up again", 10, 300, 300, 0},
		{"idle", 60, 300, 300, 0},
	} {
		if got := l.observe(at(step.at), step.received, step.replayed); got != step.want {
			t.Errorf("%s: lag %s, want %s", step.name, got, step.want)
		}
	}
}

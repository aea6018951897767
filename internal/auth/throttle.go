package auth

import (
	"strings"
	"sync"
	"time"
)

// Throttle slows down password guessing: after a few failed logins for one username, the next attempt
// for it is refused until a delay has passed, and the delay doubles with each further failure. It
// counts unknown usernames like known ones, so that it reveals nothing about which exist. The counts
// live in memory: each replica throttles on its own, which still bounds guessing per replica.
type Throttle struct {
	// Free is how many failures pass without delay.
	Free int
	// MaxDelay caps the delay.
	MaxDelay time.Duration
	// Now is the clock.
	Now func() time.Time

	mu       sync.Mutex
	failures map[string]*failures
	pruned   time.Time
}

type failures struct {
	count int
	last  time.Time
	until time.Time
}

// forgetAfter is how long a username's failures are remembered after its last one.
const forgetAfter = 30 * time.Minute

// NewThrottle returns a throttle with three free failures and at most five minutes of delay.
func NewThrottle(now func() time.Time) *Throttle {
	return &Throttle{Free: 3, MaxDelay: 5 * time.Minute, Now: now, failures: map[string]*failures{}}
}

// Wait returns how long a login for username must still wait; zero means it may be tried now.
func (t *Throttle) Wait(username string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	f := t.failures[key(username)]
	if f == nil {
		return 0
	}
	return max(f.until.Sub(t.Now()), 0)
}

// Failed records a failed login for username.
func (t *Throttle) Failed(username string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.Now()
	t.forget(now)
	f := t.failures[key(username)]
	if f == nil {
		f = &failures{}
		t.failures[key(username)] = f
	}
	f.count++
	f.last = now
	if over := f.count - t.Free; over > 0 {
		delay := t.MaxDelay
		if over < 20 {
			delay = min(time.Second<<(over-1), t.MaxDelay)
		}
		f.until = now.Add(delay)
	}
}

// Succeeded forgets the failures of username.
func (t *Throttle) Succeeded(username string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.failures, key(username))
}

// forget drops usernames whose last failure is long past, so that the map does not grow without
// bound; it sweeps at most once a minute, so that a flood of failures does not sweep on each one.
func (t *Throttle) forget(now time.Time) {
	if now.Sub(t.pruned) < time.Minute {
		return
	}
	t.pruned = now
	for k, f := range t.failures {
		if now.Sub(f.last) > forgetAfter && now.After(f.until) {
			delete(t.failures, k)
		}
	}
}

func key(username string) string { return strings.ToLower(strings.TrimSpace(username)) }

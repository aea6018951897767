package soak

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// refusals are the answers a workload expects from the rules (a full training, a second application,
// a version conflict): the server worked, the request was refused.
var refusals = []string{"BAD_USER_INPUT", "CONFLICT", "FORBIDDEN", "NOT_FOUND"}

// Recorder collects what the workload's requests got back.
type Recorder struct {
	mu        sync.Mutex
	latencies []time.Duration
	codes     map[string]int
	byAction  map[string]map[string]int
	// committed are the request IDs of mutations the server said it carried out; failed, of those it
	// said failed for its own reasons (the database away): the first must be audited, the second not.
	committed []string
	failed    []string
	// failures are a few examples of failed requests, for the report; refusals, the first message of
	// each action's refusals, to tell the rules at work from a workload that is wrong.
	failures []string
	refusals map[string]string
}

// NewRecorder is an empty recorder.
func NewRecorder() *Recorder {
	return &Recorder{codes: map[string]int{}, byAction: map[string]map[string]int{}, refusals: map[string]string{}}
}

// Add records one request of an action.
func (r *Recorder) Add(action string, mutation bool, resp Response) {
	r.mu.Lock()
	defer r.mu.Unlock()
	code := resp.Code()
	r.latencies = append(r.latencies, resp.Duration)
	r.codes[code]++
	if r.byAction[action] == nil {
		r.byAction[action] = map[string]int{}
	}
	r.byAction[action][code]++
	if mutation && code == "OK" {
		r.committed = append(r.committed, resp.RequestID)
	}
	if mutation && code == "INTERNAL" && resp.RequestID != "" {
		r.failed = append(r.failed, resp.RequestID)
	}
	if key := action + " " + code; !Failure(code) && code != "OK" && r.refusals[key] == "" {
		r.refusals[key] = resp.Errors[0].Message
	}
	if Failure(code) && len(r.failures) < 5 {
		msg := fmt.Sprint(resp.Err)
		if len(resp.Errors) > 0 {
			msg = resp.Errors[0].Message
		}
		r.failures = append(r.failures, fmt.Sprintf("%s: %s (HTTP %d, request %s) %.200s", action, code, resp.Status, resp.RequestID, msg))
	}
}

// Failure tells whether a code is the server failing rather than answering or refusing.
func Failure(code string) bool { return code != "OK" && !slices.Contains(refusals, code) }

// Totals sums up the recorded requests.
type Totals struct {
	Requests, OK, Refused, Failed int
	P50, P99                      time.Duration
	Committed, FailedMutations    []string
	Codes                         map[string]int
	ByAction                      map[string]map[string]int
	Examples                      []string
	Refusals                      map[string]string
}

// ErrorRate is the share of requests the server failed.
func (t Totals) ErrorRate() float64 {
	if t.Requests == 0 {
		return 0
	}
	return float64(t.Failed) / float64(t.Requests)
}

// Totals is what was recorded so far.
func (r *Recorder) Totals() Totals {
	r.mu.Lock()
	defer r.mu.Unlock()
	t := Totals{Requests: len(r.latencies), Codes: map[string]int{}, ByAction: map[string]map[string]int{},
		Committed: slices.Clone(r.committed), FailedMutations: slices.Clone(r.failed), Examples: slices.Clone(r.failures),
		Refusals: maps.Clone(r.refusals)}
	for code, n := range r.codes {
		t.Codes[code] = n
		switch {
		case code == "OK":
			t.OK += n
		case Failure(code):
			t.Failed += n
		default:
			t.Refused += n
		}
	}
	for a, codes := range r.byAction {
		t.ByAction[a] = maps.Clone(codes)
	}
	sorted := slices.Clone(r.latencies)
	slices.Sort(sorted)
	t.P50, t.P99 = percentile(sorted, 0.50), percentile(sorted, 0.99)
	return t
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(float64(len(sorted))*p))]
}

// Report is one run's summary: what `make soak` prints.
type Report struct {
	Name       string
	Duration   time.Duration
	Totals     Totals
	Invariants int
	Violations []string
	Faults     []string
}

// Print writes the summary table of several runs.
func Print(w io.Writer, reports ...Report) {
	fmt.Fprintf(w, "\n%-28s %9s %9s %8s %8s %8s %9s %9s %10s %s\n", "run", "duration", "requests", "ok", "refused", "errors", "p50", "p99", "invariants", "faults")
	for _, r := range reports {
		t := r.Totals
		fmt.Fprintf(w, "%-28s %9s %9d %8d %8d %7.2f%% %9s %9s %4d/%-5d %s\n", r.Name, r.Duration.Round(time.Second), t.Requests, t.OK, t.Refused,
			100*t.ErrorRate(), t.P50.Round(time.Millisecond), t.P99.Round(time.Millisecond), r.Invariants-len(r.Violations), r.Invariants,
			strings.Join(r.Faults, "; "))
	}
	for _, r := range reports {
		for _, v := range r.Violations {
			fmt.Fprintf(w, "VIOLATION %s: %s\n", r.Name, v)
		}
	}
	fmt.Fprintln(w)
}

// Actions lists, per action, how its requests ended.
func (t Totals) Actions() string {
	names := make([]string, 0, len(t.ByAction))
	for a := range t.ByAction {
		names = append(names, a)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, a := range names {
		fmt.Fprintf(&b, "%s %v; ", a, t.ByAction[a])
	}
	return b.String()
}

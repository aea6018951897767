package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jenjang/jenjang/internal/api"
)

// client sends GraphQL requests to the server over TCP, each with an X-Request-ID the recorder knows.
type client struct {
	http *http.Client
	url  string
	rec  *recorder
	// prefix makes the request IDs of a run unique among every run's, as they are kept in audit entries.
	prefix string
	seq    atomic.Int64
}

func newClient(url string, rec *recorder, maxConns int, run int64) *client {
	return &client{
		prefix: "bench-" + strconv.FormatInt(run, 36) + "-",
		// Keep-alive connections, one per worker, as a browser or a proxy in front of the server keeps.
		http: &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{MaxIdleConns: maxConns, MaxIdleConnsPerHost: maxConns}},
		url:  url,
		rec:  rec,
	}
}

// outcome is one request as the client and the driver saw it.
type outcome struct {
	latency time.Duration
	log     requestLog
	// failure is empty for a request answered with data and no errors.
	failure string
	body    []byte
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	Extensions struct {
		Cost api.Cost `json:"cost"`
	} `json:"extensions"`
}

func (c *client) do(ctx context.Context, token, query string, vars map[string]any, capture bool) outcome {
	id := c.prefix + strconv.FormatInt(c.seq.Add(1), 10)
	payload, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return outcome{failure: err.Error()}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(payload))
	if err != nil {
		return outcome{failure: err.Error()}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-ID", id)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	c.rec.begin(id, capture)
	start := time.Now()
	res, err := c.http.Do(req)
	var body []byte
	if err == nil {
		body, err = io.ReadAll(res.Body)
		res.Body.Close()
	}
	o := outcome{latency: time.Since(start), log: c.rec.end(id), body: body}
	switch {
	case err != nil:
		o.failure = err.Error()
	case res.StatusCode != http.StatusOK:
		o.failure = fmt.Sprintf("HTTP %d: %.200s", res.StatusCode, body)
	default:
		var r gqlResponse
		if err := json.Unmarshal(body, &r); err != nil {
			o.failure = "undecodable response: " + err.Error()
		} else if len(r.Errors) > 0 {
			o.failure = fmt.Sprintf("%s (%v)", r.Errors[0].Message, r.Errors[0].Extensions["code"])
		}
	}
	return o
}

// login signs in through the login mutation and returns the bearer token.
func (c *client) login(ctx context.Context, username, password string) (string, error) {
	o := c.do(ctx, "", `mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }`,
		map[string]any{"u": username, "p": password}, false)
	if o.failure != "" {
		return "", fmt.Errorf("login %s: %s", username, o.failure)
	}
	var r struct {
		Data struct {
			Login struct{ Token string }
		}
	}
	if err := json.Unmarshal(o.body, &r); err != nil || r.Data.Login.Token == "" {
		return "", fmt.Errorf("login %s: no token in %.200s", username, o.body)
	}
	return r.Data.Login.Token, nil
}

// level is the outcome of one document at one concurrency for the run's duration.
type level struct {
	concurrency      int
	requests, errors int
	firstFailure     string
	elapsed          time.Duration
	// throughput is requests per second.
	throughput     float64
	p50, p95, p99  time.Duration
	minSQL, maxSQL int
	meanSQL        float64
	peakRSS        int64
}

// run sends doc from concurrency workers back to back until the duration is over.
func (c *client) run(ctx context.Context, doc document, token string, next *atomic.Int64, concurrency int, duration time.Duration) level {
	lv := level{concurrency: concurrency, minSQL: -1}
	stopRSS := sampleRSS(&lv.peakRSS)
	var mu sync.Mutex
	var latencies []time.Duration
	totalSQL := 0
	start := time.Now()
	deadline := start.Add(duration)
	var wg sync.WaitGroup
	for range concurrency {
		wg.Go(func() {
			var mine []time.Duration
			for time.Now().Before(deadline) && ctx.Err() == nil {
				o := c.do(ctx, token, doc.query, doc.vars(next.Add(1)), false)
				mine = append(mine, o.latency)
				mu.Lock()
				n := o.log.count
				totalSQL += n
				if lv.minSQL < 0 || n < lv.minSQL {
					lv.minSQL = n
				}
				lv.maxSQL = max(lv.maxSQL, n)
				if o.failure != "" {
					lv.errors++
					if lv.firstFailure == "" {
						lv.firstFailure = o.failure
					}
				}
				mu.Unlock()
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	lv.elapsed = time.Since(start)
	stopRSS()
	lv.requests = len(latencies)
	if lv.requests > 0 {
		lv.meanSQL = float64(totalSQL) / float64(lv.requests)
		lv.throughput = float64(lv.requests) / lv.elapsed.Seconds()
	}
	lv.p50, lv.p95, lv.p99 = percentile(latencies, 0.50), percentile(latencies, 0.95), percentile(latencies, 0.99)
	return lv
}

// rss is the resident set of this process in bytes (VmRSS). The server runs in this process, beside
// the load generator.
func rss() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(s.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// sampleRSS records the highest RSS seen until the returned function is called.
func sampleRSS(peak *int64) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			*peak = max(*peak, rss())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() {
		close(done)
		<-finished
		*peak = max(*peak, rss())
	}
}

// answered returns why a response does not hold what check wants, or "".
func answered(body []byte, check func(json.RawMessage) error) string {
	var r gqlResponse
	if err := json.Unmarshal(body, &r); err != nil {
		return err.Error()
	}
	if err := check(r.Data); err != nil {
		return err.Error()
	}
	return ""
}

// responseCost is the query cost the server reported in extensions.cost.
func responseCost(body []byte) int {
	var r gqlResponse
	_ = json.Unmarshal(body, &r)
	return r.Extensions.Cost.Requested
}

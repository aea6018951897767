package api

import (
	"crypto/subtle"
	"database/sql"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the Prometheus metrics of one handler, on a registry of its own rather than the
// process-wide default, so that a test can build several handlers.
type metrics struct {
	registry   *prometheus.Registry
	requests   *prometheus.CounterVec
	duration   *prometheus.HistogramVec
	statements *prometheus.HistogramVec
	operations operationLabels
}

func newMetrics(db *sql.DB) *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "jenjang_http_requests_total",
			Help: "HTTP requests by GraphQL operation (or /path for other requests) and the extensions.code of the first error (OK when none).",
		}, []string{"operation", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "jenjang_http_request_duration_seconds",
			Help:    "Time to serve an HTTP request, by GraphQL operation (or /path for other requests).",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"operation"}),
		statements: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "jenjang_sql_statements_per_request",
			Help:    "SQL statements sent to the database by one GraphQL request, transactions included, by operation.",
			Buckets: []float64{0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89},
		}, []string{"operation"}),
		operations: operationLabels{seen: map[string]bool{}},
	}
	m.registry.MustRegister(m.requests, m.duration, m.statements,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if db != nil {
		m.registry.MustRegister(collectors.NewDBStatsCollector(db, "jenjang"))
	}
	return m
}

// observe records one finished request.
func (m *metrics) observe(path string, x *exchange, status int, took time.Duration, statements int) {
	operation, code := pathLabel(path), ""
	if path == "/query" {
		operation = m.operations.label(x.operationName())
		code = x.errorCode()
		m.statements.WithLabelValues(operation).Observe(float64(statements))
	}
	if code == "" {
		code = "OK"
		if status >= 400 {
			code = "HTTP_" + strconv.Itoa(status)
		}
	}
	m.requests.WithLabelValues(operation, code).Inc()
	m.duration.WithLabelValues(operation).Observe(took.Seconds())
}

// pathLabel names a request that is not a GraphQL one by what it asked for, from a fixed set; a slash
// starts each, which no GraphQL operation name can hold.
func pathLabel(path string) string {
	switch path {
	case "/healthz", "/readyz", "/metrics":
		return path
	}
	if path == "/playground" || strings.HasPrefix(path, "/playground/") {
		return "/playground"
	}
	return "/app"
}

// maxOperationLabels bounds the operation label. Clients choose operation names, so a label per name
// would let any client grow the metrics without end: the first names seen (the web app has about a
// hundred) keep a label of their own, later ones share "other", and unnamed operations share
// "anonymous".
const (
	maxOperationLabels = 300
	maxOperationName   = 64
)

type operationLabels struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (o *operationLabels) label(name string) string {
	if name == "" {
		return "anonymous"
	}
	if len(name) > maxOperationName {
		return "other"
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.seen[name] {
		if len(o.seen) >= maxOperationLabels {
			return "other"
		}
		o.seen[name] = true
	}
	return name
}

// handler serves the metrics to whoever may read them. With a token, to requests that carry it as a
// bearer token; without one, only to requests from this machine that no proxy forwarded, since a
// reverse proxy on the same host makes every visitor's request come from loopback. The metrics name
// no person, but they show the traffic and the operations of the API.
func (m *metrics) handler(token string) http.Handler {
	serve := promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if token != "" {
			given, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(given)), []byte(token)) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
				writeText(w, http.StatusUnauthorized, "send the metrics token as \"Authorization: Bearer <token>\"")
				return
			}
		} else if !local(r) {
			writeText(w, http.StatusForbidden, "metrics are served to this machine only; set METRICS_TOKEN to scrape them from elsewhere")
			return
		}
		serve.ServeHTTP(w, r)
	})
}

func local(r *http.Request) bool {
	for _, h := range []string{"Forwarded", "X-Forwarded-For", "X-Real-Ip"} {
		if r.Header.Get(h) != "" {
			return false
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/http"
	"regexp"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/jenjang/jenjang/internal/dbstats"
	"github.com/jenjang/jenjang/internal/reqid"
)

type ctxKey int

const exchangeKey ctxKey = iota

// RequestID returns the ID of the request being served, or "".
func RequestID(ctx context.Context) string { return reqid.FromContext(ctx) }

// validRequestID accepts a caller's X-Request-ID only if it is short and harmless in a log line.
var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// exchange is what the inner layers of one request tell its log line, its metrics and its status:
// the GraphQL operation, the code of the first error, and whether the database was unavailable.
type exchange struct {
	mu          sync.Mutex
	operation   string
	code        string
	unavailable bool
}

func exchangeOf(ctx context.Context) *exchange {
	x, _ := ctx.Value(exchangeKey).(*exchange)
	return x
}

func (x *exchange) setOperation(name string) {
	if x == nil {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.operation = name
}

// failed notes an error sent to the client; resolvers run concurrently, so the first one noted wins.
func (x *exchange) failed(code string, unavailable bool) {
	if x == nil {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.code == "" {
		x.code = code
	}
	x.unavailable = x.unavailable || unavailable
}

func (x *exchange) operationName() string {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.operation
}

func (x *exchange) errorCode() string {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.code
}

func (x *exchange) databaseUnavailable() bool {
	if x == nil {
		return false
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.unavailable
}

// statusRecorder remembers the status code a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// observe gives each request an ID (the caller's X-Request-ID if sensible) and a count of its SQL
// statements, then writes one log line per request — method, path, GraphQL operation, duration,
// status, statements; the request ID comes with the context — and records its metrics.
func observe(log *slog.Logger, m *metrics, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-ID")
		if !validRequestID.MatchString(id) {
			id = newRequestID()
		}
		w.Header().Set("X-Request-ID", id)
		x := &exchange{}
		ctx := dbstats.NewContext(context.WithValue(reqid.NewContext(r.Context(), id), exchangeKey, x))
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r.WithContext(ctx))
		took, statements := time.Since(start), dbstats.Count(ctx)
		log.LogAttrs(ctx, slog.LevelInfo, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.String("operation", x.operationName()),
			slog.Duration("duration", took),
			slog.Int("status", rec.status),
			slog.Int("statements", statements),
		)
		m.observe(r.URL.Path, x, rec.status, took, statements)
	})
}

// recordOperationName hands the GraphQL operation name to the request's log line and metrics.
func recordOperationName(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	name := oc.OperationName
	if name == "" && oc.Operation != nil {
		name = oc.Operation.Name
	}
	exchangeOf(ctx).setOperation(name)
	return next(ctx)
}

func newRequestID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

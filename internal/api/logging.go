package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/http"
	"regexp"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/jenjang/jenjang/internal/reqid"
)

type ctxKey int

const operationKey ctxKey = iota

// RequestID returns the ID of the request being served, or "".
func RequestID(ctx context.Context) string { return reqid.FromContext(ctx) }

// validRequestID accepts a caller's X-Request-ID only if it is short and harmless in a log line.
var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

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

// logRequests gives each request an ID (the caller's X-Request-ID if sensible) and writes one log
// line per request: method, path, GraphQL operation, duration, status and request ID.
func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-ID")
		if !validRequestID.MatchString(id) {
			id = newRequestID()
		}
		w.Header().Set("X-Request-ID", id)
		operation := new(string)
		ctx := context.WithValue(reqid.NewContext(r.Context(), id), operationKey, operation)
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r.WithContext(ctx))
		log.LogAttrs(ctx, slog.LevelInfo, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.String("operation", *operation),
			slog.Duration("duration", time.Since(start)),
			slog.Int("status", rec.status),
			slog.String("request_id", id),
		)
	})
}

// recordOperationName hands the GraphQL operation name to the request's log line.
func recordOperationName(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if name, ok := ctx.Value(operationKey).(*string); ok {
		oc := graphql.GetOperationContext(ctx)
		*name = oc.OperationName
		if *name == "" && oc.Operation != nil {
			*name = oc.Operation.Name
		}
	}
	return next(ctx)
}

func newRequestID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

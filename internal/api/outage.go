package api

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/jenjang/jenjang/internal/store"
)

// ReasonDatabaseUnavailable is the extensions.reason of an INTERNAL error that came from the database
// being unreachable or shutting down: the request may succeed once it is back.
const ReasonDatabaseUnavailable = "DATABASE_UNAVAILABLE"

// retryAfter is what a client is told to wait, in seconds, while the database is unavailable: long
// enough not to hammer it while it restarts, short enough to notice soon that it is back.
const retryAfter = "5"

// presentErrors is presentError with what every error carries besides: the request ID a report can
// quote (extensions.requestId), and for a database outage the reason a client can retry on. It tells
// the request's exchange the code of its first error and whether the database was unavailable.
func presentErrors(log *slog.Logger) graphql.ErrorPresenterFunc {
	present := presentError(log)
	return func(ctx context.Context, err error) *gqlerror.Error {
		var e *gqlerror.Error
		if store.Unavailable(err) {
			log.ErrorContext(ctx, "database unavailable", "err", err)
			e = withCode(graphql.DefaultErrorPresenter(ctx, err), CodeInternal,
				"the database is unavailable; try again in a few seconds (request id "+RequestID(ctx)+")", "")
			e.Extensions["reason"] = ReasonDatabaseUnavailable
		} else {
			e = present(ctx, err)
		}
		if e.Extensions == nil {
			e.Extensions = map[string]any{}
		}
		if id := RequestID(ctx); id != "" {
			e.Extensions["requestId"] = id
		}
		code, _ := e.Extensions["code"].(string)
		exchangeOf(ctx).failed(code, e.Extensions["reason"] == ReasonDatabaseUnavailable)
		return e
	}
}

// outageStatus answers a GraphQL response that failed because the database is unavailable with 503
// and Retry-After rather than 200, so that load balancers, monitors and clients see an outage they can
// wait out. Other errors keep their status.
func outageStatus(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(&outageWriter{ResponseWriter: w, x: exchangeOf(r.Context())}, r)
	})
}

type outageWriter struct {
	http.ResponseWriter
	x           *exchange
	wroteHeader bool
}

func (w *outageWriter) WriteHeader(status int) {
	if w.wroteHeader {
		return
	}
	w.wroteHeader = true
	if status == http.StatusOK && w.x.databaseUnavailable() {
		w.Header().Set("Retry-After", retryAfter)
		status = http.StatusServiceUnavailable
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *outageWriter) Write(p []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.ResponseWriter.Write(p)
}

func (w *outageWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// transactioner runs each mutation in one transaction, as entgql.Transactioner does, whose
// InterceptResponse it replaces: entgql answers a failed BEGIN or COMMIT with the driver's error text
// and no code, past the error presenter, so a database outage would leak its details and miss its 503.
type transactioner struct {
	// entgql.Transactioner still names the extension and resolves a mutation's fields one at a time.
	entgql.Transactioner
	present graphql.ErrorPresenterFunc
}

func (t transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	// A request gqlgen could not make an operation of has no operation context; it needs no transaction.
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	if op := graphql.GetOperationContext(ctx).Operation; op == nil || op.Operation != ast.Mutation {
		return next(ctx)
	}
	txCtx, tx, err := t.OpenTx(ctx)
	if err != nil {
		return &graphql.Response{Errors: gqlerror.List{t.present(ctx, fmt.Errorf("begin transaction: %w", err))}}
	}
	defer func() {
		if r := recover(); r != nil {
			_ = tx.Rollback()
			panic(r)
		}
	}()
	rsp := next(txCtx)
	if len(rsp.Errors) > 0 {
		_ = tx.Rollback()
		return &graphql.Response{Errors: rsp.Errors}
	}
	if err := tx.Commit(); err != nil {
		return &graphql.Response{Errors: gqlerror.List{t.present(ctx, fmt.Errorf("commit transaction: %w", err))}}
	}
	return rsp
}

// Package api builds the HTTP handler of Jenjang: the GraphQL endpoint with its limits and error
// mapping, health probes, and the single-page app.
package api

import (
	"context"
	"database/sql"
	"log/slog"
	"net/http"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/graph"
	"github.com/jenjang/jenjang/internal/accounts"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/reqid"
)

// Config is what the handler is built from.
type Config struct {
	// Client is the database. Wrap its driver with dbstats.Watch for the SQL statements of each
	// request to be counted in the metrics and the log.
	Client *ent.Client
	// Ping tells whether the database answers (for /readyz).
	Ping func(context.Context) error
	// Now is the clock of every rule that depends on today's date.
	Now func() time.Time
	// Logger writes the log; each line logged while serving a request names its request_id.
	Logger *slog.Logger
	// DB is the connection pool whose statistics /metrics reports; nil reports none.
	DB *sql.DB
	// MetricsToken, when set, is the bearer token /metrics asks for; without it, /metrics answers
	// only requests from the machine itself.
	MetricsToken string
	// CORSOrigins are the browser origins allowed to call the API from another origin.
	CORSOrigins []string
	// Introspection lets clients read the schema; the playground needs it.
	Introspection bool
	// Frontend serves everything that is not the API or a probe: the SPA and the playground.
	Frontend http.Handler
	// Tokens signs and checks the bearer tokens of logged-in accounts.
	Tokens auth.Tokens
	// AnalyticsClient, when set, chooses per request what serves the dashboard aggregates: a read
	// replica while it keeps up.
	AnalyticsClient func() *ent.Client
}

// maxBodyBytes bounds a request body: a GraphQL document with its variables never needs more.
const maxBodyBytes = 1 << 20

// New returns the handler of the whole server.
func New(cfg Config) http.Handler {
	cfg.Logger = slog.New(reqid.LogHandler(cfg.Logger.Handler()))
	m := newMetrics(cfg.DB)
	mux := http.NewServeMux()
	mux.Handle("/query", cors.New(cors.Options{
		AllowedOrigins:   cfg.CORSOrigins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders:   []string{"Authorization", "Content-Type", "X-Request-ID"},
		ExposedHeaders:   []string{"X-Request-ID"},
		AllowCredentials: true,
		MaxAge:           600,
	}).Handler(http.MaxBytesHandler(compress(guardBody(authenticate(cfg.Client, cfg.Tokens, presentErrors(cfg.Logger), outageStatus(graphQL(cfg))))), maxBodyBytes)))
	mux.Handle("GET /metrics", m.handler(cfg.MetricsToken))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeText(w, http.StatusOK, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := cfg.Ping(ctx); err != nil {
			cfg.Logger.WarnContext(r.Context(), "database not ready", "err", err)
			writeText(w, http.StatusServiceUnavailable, "database unavailable")
			return
		}
		writeText(w, http.StatusOK, "ok")
	})
	if cfg.Frontend != nil {
		mux.Handle("/", cfg.Frontend)
	}
	return observe(cfg.Logger, m, mux)
}

func graphQL(cfg Config) http.Handler {
	limits := DefaultLimits()
	srv := handler.New(graph.NewSchema(graph.Config{
		Client:          cfg.Client,
		Now:             cfg.Now,
		Logins:          accounts.Logins{Tokens: cfg.Tokens, Throttle: auth.NewThrottle(cfg.Now)},
		AnalyticsClient: cfg.AnalyticsClient,
	}))
	srv.SetParserTokenLimit(limits.ParserTokens)
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(QueryShape{Limits: limits}) // after APQ, which fills in the query of a known hash
	srv.Use(PageLimit{})
	srv.Use(ArgumentCheck{})
	srv.Use(QueryCost{Limit: limits.Cost}) // after PageLimit, whose messages say more about first and last
	srv.Use(&FilterGuard{})
	present := presentErrors(cfg.Logger)
	srv.Use(transactioner{Transactioner: entgql.Transactioner{TxOpener: cfg.Client}, present: present})
	srv.AroundFields(guardFields)
	srv.AroundOperations(recordOperationName)
	srv.SetErrorPresenter(present)
	srv.SetRecoverFunc(recoverPanic(cfg.Logger))
	return srv
}

func writeText(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body + "\n"))
}

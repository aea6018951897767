// Command jenjang serves the Jenjang API, playground and SPA (`jenjang`), or fills the database with
// generated data (`jenjang seed`).
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"entgo.io/ent/dialect"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/frontend"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/api"
	"github.com/jenjang/jenjang/internal/appraisal"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/dbstats"
	"github.com/jenjang/jenjang/internal/reqid"
	"github.com/jenjang/jenjang/internal/seed"
	"github.com/jenjang/jenjang/internal/store"
)

// config is read from flags, which default to the environment.
type config struct {
	port          int
	databaseURL   string
	readURL       string
	readMaxLag    time.Duration
	corsOrigins   []string
	demoData      bool
	introspection bool
	maxOpenConns  int
	shutdownGrace time.Duration
	jwtSecret     string
	tokenTTL      time.Duration
	finalizeEvery time.Duration

	// the connection pool and its sessions, and what the server reports about them
	maxIdleConns     int
	connMaxLifetime  time.Duration
	connectTimeout   time.Duration
	statementTimeout time.Duration
	slowQuery        time.Duration
	metricsToken     string
}

func main() {
	log := slog.New(reqid.LogHandler(slog.NewTextHandler(os.Stderr, nil)))
	if len(os.Args) > 1 && os.Args[1] == "seed" {
		if err := runSeed(os.Args[2:], log); err != nil {
			log.Error("seed failed", "err", err)
			os.Exit(1)
		}
		return
	}
	cfg, err := parseConfig(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if err := serve(cfg, log); err != nil {
		log.Error("server stopped", "err", err)
		os.Exit(1)
	}
}

func parseConfig(args []string) (config, error) {
	fs := flag.NewFlagSet("jenjang", flag.ContinueOnError)
	var cfg config
	var origins string
	fs.IntVar(&cfg.port, "port", envInt("PORT", 8080), "HTTP port (env PORT)")
	fs.StringVar(&cfg.databaseURL, "database-url", env("DATABASE_URL", store.DefaultURL), "postgres://… or file:… for SQLite (env DATABASE_URL)")
	fs.StringVar(&cfg.readURL, "database-read-url", env("DATABASE_READ_URL", ""), "optional PostgreSQL read replica that the dashboard aggregates read; they may then trail writes by the replica's lag (env DATABASE_READ_URL)")
	fs.DurationVar(&cfg.readMaxLag, "database-read-max-lag", envDuration("DATABASE_READ_MAX_LAG", time.Minute), "how far the read replica may trail before the dashboards read the primary instead (env DATABASE_READ_MAX_LAG)")
	fs.StringVar(&origins, "cors-origins", env("CORS_ORIGINS", ""), "comma-separated browser origins allowed to call /query; default the server's own and the Vite dev server (env CORS_ORIGINS)")
	fs.BoolVar(&cfg.demoData, "demo-data", envBool("DEMO_DATA", true), "load the demo dataset into an empty database (env DEMO_DATA)")
	fs.BoolVar(&cfg.introspection, "introspection", envBool("INTROSPECTION", true), "let clients read the GraphQL schema (env INTROSPECTION)")
	fs.IntVar(&cfg.maxOpenConns, "db-max-open-conns", envInt("DB_MAX_OPEN_CONNS", 20), "PostgreSQL connection pool size (env DB_MAX_OPEN_CONNS)")
	fs.IntVar(&cfg.maxIdleConns, "db-max-idle-conns", envInt("DB_MAX_IDLE_CONNS", 20), "connections kept open while idle, at most the pool size (env DB_MAX_IDLE_CONNS)")
	fs.DurationVar(&cfg.connMaxLifetime, "db-conn-max-lifetime", envDuration("DB_CONN_MAX_LIFETIME", 30*time.Minute), "how long a connection is reused before it is replaced (env DB_CONN_MAX_LIFETIME)")
	fs.DurationVar(&cfg.connectTimeout, "db-connect-timeout", envDuration("DB_CONNECT_TIMEOUT", 5*time.Second), "how long opening a PostgreSQL connection may take, in whole seconds (env DB_CONNECT_TIMEOUT)")
	fs.DurationVar(&cfg.statementTimeout, "db-statement-timeout", envDuration("DB_STATEMENT_TIMEOUT", 30*time.Second), "PostgreSQL statement_timeout and idle_in_transaction_session_timeout of the server's sessions; 0 for none (env DB_STATEMENT_TIMEOUT)")
	fs.DurationVar(&cfg.slowQuery, "slow-query-threshold", envDuration("SLOW_QUERY_THRESHOLD", 500*time.Millisecond), "log SQL statements that take at least this long; negative for none (env SLOW_QUERY_THRESHOLD)")
	fs.StringVar(&cfg.metricsToken, "metrics-token", env("METRICS_TOKEN", ""), "bearer token that /metrics asks for; empty: /metrics answers only requests from this machine (env METRICS_TOKEN)")
	fs.DurationVar(&cfg.shutdownGrace, "shutdown-grace", envDuration("SHUTDOWN_GRACE", 15*time.Second), "how long in-flight requests may finish on SIGTERM (env SHUTDOWN_GRACE)")
	fs.StringVar(&cfg.jwtSecret, "jwt-secret", env("JWT_SECRET", ""), "secret that signs login tokens, at least 32 bytes; empty: a random one per start (env JWT_SECRET)")
	fs.DurationVar(&cfg.finalizeEvery, "finalize-every", envDuration("FINALIZE_EVERY", time.Minute), "how often assessments whose 14-day objection window has passed become final (env FINALIZE_EVERY)")
	fs.DurationVar(&cfg.tokenTTL, "token-ttl", envDuration("TOKEN_TTL", 12*time.Hour), "how long a login token stays valid (env TOKEN_TTL)")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if cfg.jwtSecret != "" && len(cfg.jwtSecret) < 32 {
		return cfg, fmt.Errorf("JWT_SECRET must have at least 32 bytes, not %d", len(cfg.jwtSecret))
	}
	if cfg.tokenTTL <= 0 {
		return cfg, fmt.Errorf("TOKEN_TTL must be positive, not %s", cfg.tokenTTL)
	}
	cfg.corsOrigins = splitList(origins)
	if slices.Contains(cfg.corsOrigins, "*") {
		return cfg, fmt.Errorf("CORS_ORIGINS must list origins: \"*\" would let any site call the API with a user's credentials")
	}
	if len(cfg.corsOrigins) == 0 {
		cfg.corsOrigins = []string{
			fmt.Sprintf("http://localhost:%d", cfg.port),
			fmt.Sprintf("http://127.0.0.1:%d", cfg.port),
			"http://localhost:5173",
		}
	}
	return cfg, nil
}

// storeOptions are the pool and session settings of the server's database.
func (c config) storeOptions() store.Options {
	return store.Options{
		MaxOpenConns:     c.maxOpenConns,
		MaxIdleConns:     c.maxIdleConns,
		ConnMaxLife:      c.connMaxLifetime,
		ConnectTimeout:   c.connectTimeout,
		StatementTimeout: c.statementTimeout,
		Settings:         store.ServerSettings,
	}
}

func serve(cfg config, log *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	db, _, err := openStore(ctx, cfg.databaseURL, cfg.storeOptions())
	if err != nil {
		return err
	}
	defer db.Close()
	// Every statement, on the primary and the replica, is counted for its request and timed for the
	// slow-query log.
	watch := func(d dialect.Driver) dialect.Driver { return dbstats.Watch(d, log, cfg.slowQuery) }
	client := ent.NewClient(ent.Driver(watch(db.Driver)))
	if cfg.demoData {
		loaded, err := seed.DemoIfEmpty(ctx, client)
		if err != nil {
			return fmt.Errorf("load demo data: %w", err)
		}
		if loaded {
			log.Info("loaded the demo dataset")
		}
		if err := printDemoAccounts(ctx, client); err != nil {
			return err
		}
	}
	var analyticsClient func() *ent.Client
	if cfg.readURL != "" {
		replica, err := store.OpenReplica(cfg.readURL, cfg.storeOptions(), cfg.readMaxLag, watch)
		if err != nil {
			return err
		}
		defer replica.Close()
		go replica.Watch(ctx, 2*time.Second, func(usable bool, lag time.Duration, err error) {
			if usable {
				log.Info("dashboards read the replica", "lag", lag)
			} else {
				log.Warn("the read replica is behind or unreachable; dashboards read the primary", "lag", lag, "max_lag", cfg.readMaxLag, "err", err)
			}
		})
		analyticsClient = func() *ent.Client { return replica.Or(client) }
	}
	secret, err := jwtSecret(cfg.jwtSecret, log)
	if err != nil {
		return err
	}

	srv := &http.Server{
		Addr: fmt.Sprintf(":%d", cfg.port),
		Handler: api.New(api.Config{
			Client:          client,
			Ping:            db.Ping,
			Now:             time.Now,
			DB:              db.SQL,
			MetricsToken:    cfg.metricsToken,
			Logger:          log,
			CORSOrigins:     cfg.corsOrigins,
			Introspection:   cfg.introspection,
			Frontend:        frontend.Handler(),
			Tokens:          auth.Tokens{Secret: secret, TTL: cfg.tokenTTL, Now: time.Now},
			AnalyticsClient: analyticsClient,
		}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	// Safe on every replica at once: each lapsed assessment is finalized by exactly one of them.
	go appraisal.Service{Client: client, Now: time.Now}.Tick(ctx, cfg.finalizeEvery, func(err error) {
		log.Error("finalizing lapsed assessments", "err", err)
	})
	base := fmt.Sprintf("http://localhost:%d", cfg.port)
	log.Info("Jenjang is running", "app", base+"/", "playground", base+"/playground", "api", base+"/query", "database", db.Dialect)

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down; letting in-flight requests finish", "grace", cfg.shutdownGrace)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// jwtSecret returns the configured token secret, or a random one with a warning: fine for a developer's
// machine, but every restart then signs everyone out, and replicas would not accept each other's tokens.
func jwtSecret(configured string, log *slog.Logger) ([]byte, error) {
	if configured != "" {
		return []byte(configured), nil
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return nil, err
	}
	log.Warn("JWT_SECRET is not set: signing tokens with a random secret; logins end when the server restarts. Set JWT_SECRET (32+ bytes) in production.")
	return secret, nil
}

// printDemoAccounts lists the demo logins when the demo data is there, so that a developer can sign in.
func printDemoAccounts(ctx context.Context, client *ent.Client) error {
	present, err := seed.DemoAccountsPresent(access.SystemContext(ctx), client)
	if err != nil || !present {
		return err
	}
	fmt.Fprintf(os.Stderr, "\nDemo accounts (development only), password %q:\n", seed.DemoPassword)
	for _, a := range seed.DemoAccounts {
		fmt.Fprintf(os.Stderr, "  %-15s %-10s %s\n", a.Username, a.Role, a.Who)
	}
	fmt.Fprintln(os.Stderr)
	return nil
}

func openStore(ctx context.Context, url string, opts store.Options) (*store.DB, *ent.Client, error) {
	if err := migrate(ctx, url, opts.ConnectTimeout); err != nil {
		return nil, nil, err
	}
	db, err := store.Open(url, opts)
	if err != nil {
		return nil, nil, err
	}
	return db, db.Client(), nil
}

// migrate brings the schema up to date on connections of its own, without the statement timeout of
// the server's: an index build or a data change may outlast any request, and so may the wait for
// another replica's migration.
func migrate(ctx context.Context, url string, connectTimeout time.Duration) error {
	db, err := store.Open(url, store.Options{ConnectTimeout: connectTimeout})
	if err != nil {
		return err
	}
	defer db.Close()
	return db.Migrate(ctx)
}

func runSeed(args []string, log *slog.Logger) error {
	fs := flag.NewFlagSet("jenjang seed", flag.ContinueOnError)
	employees := fs.Int("employees", 10000, "number of generated employees")
	demo := fs.Bool("demo", false, "load the demo dataset (with its accounts) into an empty database instead of generated employees")
	years := fs.Int("years", seed.DefaultYears, "past years of history: evaluations, potential assessments, trainings and the career events they bring")
	url := fs.String("database-url", env("DATABASE_URL", store.DefaultURL), "database to fill (env DATABASE_URL); on PostgreSQL a dataset of at least "+strconv.Itoa(seed.BulkEmployees)+" employees is loaded with COPY")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *years < 1 {
		return fmt.Errorf("--years must be at least 1, not %d", *years)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	db, client, err := openStore(ctx, *url, store.Options{MaxOpenConns: 4, MaxIdleConns: 4})
	if err != nil {
		return err
	}
	defer db.Close()
	if *demo {
		loaded, err := seed.DemoIfEmpty(ctx, client)
		if err == nil && !loaded {
			err = errors.New("the database is not empty; the demo dataset goes only into an empty one")
		}
		return err
	}
	start := time.Now()
	if err := seed.Generate(ctx, client, seed.GenerateOptions{Employees: *employees, Years: *years, Progress: os.Stderr, DB: db}); err != nil {
		return err
	}
	log.Info("seeded", "employees", *employees, "years", *years, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

func env(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

func envInt(key string, fallback int) int {
	if n, err := strconv.Atoi(env(key, "")); err == nil {
		return n
	}
	return fallback
}

func envBool(key string, fallback bool) bool {
	if b, err := strconv.ParseBool(env(key, "")); err == nil {
		return b
	}
	return fallback
}

func envDuration(key string, fallback time.Duration) time.Duration {
	if d, err := time.ParseDuration(env(key, "")); err == nil {
		return d
	}
	return fallback
}

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

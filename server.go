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

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/frontend"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/api"
	"github.com/jenjang/jenjang/internal/appraisal"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/seed"
	"github.com/jenjang/jenjang/internal/store"
)

// config is read from flags, which default to the environment.
type config struct {
	port          int
	databaseURL   string
	corsOrigins   []string
	demoData      bool
	introspection bool
	maxOpenConns  int
	shutdownGrace time.Duration
	jwtSecret     string
	tokenTTL      time.Duration
	finalizeEvery time.Duration
}

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
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
	fs.StringVar(&origins, "cors-origins", env("CORS_ORIGINS", ""), "comma-separated browser origins allowed to call /query; default the server's own and the Vite dev server (env CORS_ORIGINS)")
	fs.BoolVar(&cfg.demoData, "demo-data", envBool("DEMO_DATA", true), "load the demo dataset into an empty database (env DEMO_DATA)")
	fs.BoolVar(&cfg.introspection, "introspection", envBool("INTROSPECTION", true), "let clients read the GraphQL schema (env INTROSPECTION)")
	fs.IntVar(&cfg.maxOpenConns, "db-max-open-conns", envInt("DB_MAX_OPEN_CONNS", 20), "PostgreSQL connection pool size (env DB_MAX_OPEN_CONNS)")
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

func serve(cfg config, log *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	db, client, err := openStore(ctx, cfg.databaseURL, store.Options{MaxOpenConns: cfg.maxOpenConns, Settings: store.ServerSettings})
	if err != nil {
		return err
	}
	defer db.Close()
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
	secret, err := jwtSecret(cfg.jwtSecret, log)
	if err != nil {
		return err
	}

	srv := &http.Server{
		Addr: fmt.Sprintf(":%d", cfg.port),
		Handler: api.New(api.Config{
			Client:        client,
			Ping:          db.Ping,
			Now:           time.Now,
			Logger:        log,
			CORSOrigins:   cfg.corsOrigins,
			Introspection: cfg.introspection,
			Frontend:      frontend.Handler(),
			Tokens:        auth.Tokens{Secret: secret, TTL: cfg.tokenTTL, Now: time.Now},
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
	opts.MaxIdleConns, opts.ConnMaxLife = opts.MaxOpenConns, 30*time.Minute
	db, err := store.Open(url, opts)
	if err != nil {
		return nil, nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, nil, err
	}
	return db, db.Client(), nil
}

func runSeed(args []string, log *slog.Logger) error {
	fs := flag.NewFlagSet("jenjang seed", flag.ContinueOnError)
	employees := fs.Int("employees", 10000, "number of generated employees")
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
	db, client, err := openStore(ctx, *url, store.Options{MaxOpenConns: 4})
	if err != nil {
		return err
	}
	defer db.Close()
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

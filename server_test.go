package main

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent/evaluation"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/store"
)

func TestConfigDefaultsAndOverrides(t *testing.T) {
	for _, key := range []string{"PORT", "DATABASE_URL", "CORS_ORIGINS", "DEMO_DATA", "INTROSPECTION", "DB_MAX_OPEN_CONNS", "SHUTDOWN_GRACE", "JWT_SECRET", "TOKEN_TTL"} {
		t.Setenv(key, "")
	}
	cfg, err := parseConfig(nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.port != 8080 || cfg.databaseURL != "file:data/jenjang.db" || !cfg.demoData || !cfg.introspection || cfg.shutdownGrace != 15*time.Second || cfg.jwtSecret != "" || cfg.tokenTTL != 12*time.Hour {
		t.Errorf("defaults: %+v", cfg)
	}
	if !slices.Contains(cfg.corsOrigins, "http://localhost:8080") || !slices.Contains(cfg.corsOrigins, "http://localhost:5173") {
		t.Errorf("default CORS origins: %v", cfg.corsOrigins)
	}

	t.Setenv("PORT", "9090")
	t.Setenv("CORS_ORIGINS", "https://jenjang.jambiprov.go.id, https://m.jenjang.id")
	t.Setenv("DEMO_DATA", "false")
	cfg, err = parseConfig([]string{"-port", "9191"})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.port != 9191 || cfg.demoData || !slices.Equal(cfg.corsOrigins, []string{"https://jenjang.jambiprov.go.id", "https://m.jenjang.id"}) {
		t.Errorf("overrides: %+v", cfg)
	}
}

func TestConfigRefusesUnsafeSettings(t *testing.T) {
	for name, args := range map[string][]string{
		"any origin":      {"-cors-origins", "https://jenjang.id,*"},
		"a short secret":  {"-jwt-secret", "rahasia"},
		"tokens that die": {"-token-ttl", "0s"},
	} {
		if _, err := parseConfig(args); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// `jenjang seed` generates as many past years as it is asked for, and refuses none.
func TestSeedCommandYears(t *testing.T) {
	url := "file:" + filepath.Join(t.TempDir(), "seed.db")
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := runSeed([]string{"--employees", "60", "--years", "2", "--database-url", url}, log); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(url, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := access.SystemContext(context.Background())
	years, err := db.Client().Evaluation.Query().Where(evaluation.PeriodEQ("ANNUAL")).Unique(true).Select(evaluation.FieldYear).Ints(ctx)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(years)
	if now := time.Now().Year(); !slices.Equal(years, []int{now - 2, now - 1}) {
		t.Errorf("annual evaluations of %v after --years 2", years)
	}
	if err := runSeed([]string{"--years", "0", "--database-url", url}, log); err == nil {
		t.Error("--years 0 was accepted")
	}
}

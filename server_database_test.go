package main

import (
	"maps"
	"reflect"
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/store"
)

// The pool and session limits default to safe values and follow the environment and the flags.
func TestDatabaseConfigDefaultsAndOverrides(t *testing.T) {
	for _, key := range []string{"DB_MAX_OPEN_CONNS", "DB_MAX_IDLE_CONNS", "DB_CONN_MAX_LIFETIME", "DB_CONNECT_TIMEOUT", "DB_STATEMENT_TIMEOUT", "SLOW_QUERY_THRESHOLD", "METRICS_TOKEN"} {
		t.Setenv(key, "")
	}
	cfg, err := parseConfig(nil)
	if err != nil {
		t.Fatal(err)
	}
	got, want := cfg.storeOptions(), store.Options{MaxOpenConns: 20, MaxIdleConns: 20, ConnMaxLife: 30 * time.Minute, ConnectTimeout: 5 * time.Second, StatementTimeout: 30 * time.Second}
	if !maps.Equal(got.Settings, store.ServerSettings) {
		t.Errorf("session settings %v, want the server's", got.Settings)
	}
	got.Settings = nil
	if !reflect.DeepEqual(got, want) || cfg.slowQuery != 500*time.Millisecond || cfg.metricsToken != "" {
		t.Errorf("defaults: %+v, slow query %s, metrics token %q", got, cfg.slowQuery, cfg.metricsToken)
	}

	t.Setenv("DB_STATEMENT_TIMEOUT", "5s")
	t.Setenv("SLOW_QUERY_THRESHOLD", "-1s")
	cfg, err = parseConfig([]string{"-db-connect-timeout", "2s", "-metrics-token", "scrape-secret"})
	if err != nil {
		t.Fatal(err)
	}
	if o := cfg.storeOptions(); o.StatementTimeout != 5*time.Second || o.ConnectTimeout != 2*time.Second || cfg.slowQuery >= 0 || cfg.metricsToken != "scrape-secret" {
		t.Errorf("overrides: %+v, slow query %s, metrics token %q", o, cfg.slowQuery, cfg.metricsToken)
	}
}

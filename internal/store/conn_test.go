package store_test

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"testing"
	"time"

	"github.com/lib/pq"

	"github.com/jenjang/jenjang/internal/store"
)

func TestTimeoutsReachPostgreSQLSessions(t *testing.T) {
	url := os.Getenv("TEST_DATABASE_URL")
	if url == "" {
		t.Skip("TEST_DATABASE_URL is not set")
	}
	db, err := store.Open(url, store.Options{StatementTimeout: 300 * time.Millisecond, ConnectTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	for _, setting := range []string{"statement_timeout", "idle_in_transaction_session_timeout"} {
		var value string
		if err := db.SQL.QueryRowContext(ctx, "SHOW "+setting).Scan(&value); err != nil {
			t.Fatal(err)
		}
		if value != "300ms" {
			t.Errorf("%s = %q, want 300ms", setting, value)
		}
	}
	start := time.Now()
	_, err = db.SQL.ExecContext(ctx, "SELECT pg_sleep(5)")
	var pqErr *pq.Error
	if !errors.As(err, &pqErr) || pqErr.Code.Name() != "query_canceled" {
		t.Fatalf("a statement past the timeout: %v, want query_canceled", err)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("cancelled after %s", took)
	}
	if store.Unavailable(err) {
		t.Error("a cancelled statement is not the database being unavailable")
	}
}

func TestUnreachablePostgreSQLFailsFast(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	db, err := store.Open("postgres://postgres@"+addr+"/jenjang?sslmode=disable", store.Options{ConnectTimeout: time.Second, StatementTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	err = db.Ping(context.Background())
	if err == nil || !store.Unavailable(err) {
		t.Fatalf("ping: %v, want an unavailable database", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("failed after %s", took)
	}
}

func TestUnavailable(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{driver.ErrBadConn, true},
		{fmt.Errorf("ent: starting a transaction: %w", driver.ErrBadConn), true},
		{io.ErrUnexpectedEOF, true},
		{&net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connect: connection refused")}, true},
		{&pq.Error{Code: "57P01", Message: "terminating connection due to administrator command"}, true},
		{&pq.Error{Code: "57P03", Message: "the database system is shutting down"}, true},
		{&pq.Error{Code: "08006"}, true},
		{errors.New("sql: database is closed"), true},
		{&pq.Error{Code: "23505"}, false},
		{&pq.Error{Code: "57014"}, false}, // a statement cancelled by its timeout
		{errors.New("no such record"), false},
		{context.Canceled, false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := store.Unavailable(tt.err); got != tt.want {
			t.Errorf("Unavailable(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}

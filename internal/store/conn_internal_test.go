package store

import (
	"context"
	"errors"
	"net"
	"os"
	"testing"
	"time"
)

// A server that accepts a connection and then says nothing is taken for dead after the timeout, unless
// the caller set a deadline of its own (lib/pq does during the handshake).
func TestSilentServerIsTakenForDead(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	d := silenceDialer{timeout: 100 * time.Millisecond}
	c, err := d.DialContext(context.Background(), "tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	if _, err := c.Read(make([]byte, 1)); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("read from a silent server: %v, want a deadline error", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("gave up after %s, want about 100ms", took)
	}
	if err := c.SetDeadline(time.Now().Add(400 * time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	_, _ = c.Read(make([]byte, 1))
	if took := time.Since(start); took < 300*time.Millisecond {
		t.Errorf("a deadline set by the caller was cut short to %s", took)
	}
}

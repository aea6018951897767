package soak

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Server is a Jenjang server running as a process of its own, so that a test may signal it.
type Server struct {
	URL string
	cmd *exec.Cmd
	out *syncBuffer
	// exited is closed when the process has ended, with how in err.
	exited chan struct{}
	err    error
}

// StartServer runs command (the jenjang binary, or a test binary that acts as it) on a free port with
// env added to the environment, and waits until it answers /healthz.
func StartServer(t testing.TB, command []string, env ...string) *Server {
	t.Helper()
	port := FreePort(t)
	cmd := exec.Command(command[0], append(command[1:], "-port", strconv.Itoa(port))...)
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	cmd.Env = append(os.Environ(), env...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &Server{URL: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd, out: out, exited: make(chan struct{})}
	go func() {
		s.err = cmd.Wait()
		close(s.exited)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-s.exited
		if t.Failed() {
			t.Logf("server %s output (tail):\n%s", s.URL, tail(out.String(), 4000))
		}
	})
	if _, ok := WaitFor(3*time.Minute, func() bool {
		resp, err := http.Get(s.URL + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == http.StatusOK
	}); !ok {
		t.Fatalf("the server did not start:\n%s", tail(out.String(), 4000))
	}
	return s
}

// Terminate sends SIGTERM, as an orchestrator does before replacing a replica.
func (s *Server) Terminate() error { return s.cmd.Process.Signal(syscall.SIGTERM) }

// Wait waits for the process to exit and returns how it ended.
func (s *Server) Wait(timeout time.Duration) error {
	select {
	case <-s.exited:
		return s.err
	case <-time.After(timeout):
		return fmt.Errorf("the server did not exit within %s", timeout)
	}
}

// Output is what the server logged so far.
func (s *Server) Output() string { return s.out.String() }

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

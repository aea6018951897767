// Package soak proves that Jenjang loses nothing under load and faults: it starts private PostgreSQL
// clusters that a test may stop, runs the server as a separate process, drives a mixed workload of
// real users against it, and checks the database's invariants afterwards.
package soak

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Cluster is a PostgreSQL cluster of the test's own, on a free port, that it may stop and start.
type Cluster struct {
	Port int
	dir  string
	bin  string
	// runAs runs a command as the postgres user: PostgreSQL refuses to run as root.
	runAs []string
}

// binDir finds the PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup), newest version first.
func binDir() string {
	// The directory the server's binaries really are in: a PATH entry may link initdb alone.
	if path, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(path); err == nil {
			return filepath.Dir(real)
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(dirs, func(a, b string) int { return version(b) - version(a) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d
		}
	}
	return ""
}

func version(dir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return n
}

// NewCluster initialises and starts a private cluster; the test is skipped, saying why, where the
// PostgreSQL server binaries are absent.
func NewCluster(t testing.TB) *Cluster {
	t.Helper()
	bin := binDir()
	if bin == "" {
		t.Skip("skipped: the PostgreSQL server binaries (initdb, pg_ctl) are not installed; install postgresql to run it")
	}
	c := &Cluster{bin: bin, dir: workDir(t)}
	if os.Geteuid() == 0 {
		c.runAs = []string{"runuser", "-u", "postgres", "--"}
	}
	if err := c.run("initdb", "-D", c.dataDir(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		t.Fatal(err)
	}
	c.Port = FreePort(t)
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.close)
	return c
}

// Replica makes a streaming replica of c with pg_basebackup and starts it on a port of its own.
func (c *Cluster) Replica(t testing.TB) *Cluster {
	t.Helper()
	r := &Cluster{bin: c.bin, dir: workDir(t), runAs: c.runAs}
	if err := r.run("pg_basebackup", "-D", r.dataDir(), "-h", "127.0.0.1", "-p", strconv.Itoa(c.Port), "-U", "postgres", "-R", "-X", "stream", "--no-sync"); err != nil {
		t.Fatal(err)
	}
	r.Port = FreePort(t)
	if err := r.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.close)
	return r
}

// workDir is a directory the postgres user may write: t.TempDir's parents are private to the test's user.
func workDir(t testing.TB) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "jenjang-pg-")
	if err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Skip("skipped: running as root and there is no postgres user to run PostgreSQL as")
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func (c *Cluster) dataDir() string { return filepath.Join(c.dir, "data") }

// URL is the address of a database of the cluster.
func (c *Cluster) URL(database string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.Port, database)
}

// Start starts the cluster and waits until it accepts connections.
func (c *Cluster) Start() error {
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200", c.Port, c.dir)
	return c.run("pg_ctl", "-D", c.dataDir(), "-o", opts, "-l", filepath.Join(c.dir, "server.log"), "-w", "-t", "60", "start")
}

// Stop stops the cluster as an administrator would for maintenance: sessions are cut at once.
func (c *Cluster) Stop() error {
	return c.run("pg_ctl", "-D", c.dataDir(), "-m", "fast", "-w", "stop")
}

// Log is what the cluster's server wrote, for a failing test.
func (c *Cluster) Log() string {
	b, _ := os.ReadFile(filepath.Join(c.dir, "server.log"))
	return string(b)
}

func (c *Cluster) close() {
	_ = c.run("pg_ctl", "-D", c.dataDir(), "-m", "immediate", "-w", "stop")
	_ = os.RemoveAll(c.dir)
}

func (c *Cluster) run(name string, args ...string) error {
	argv := append(append(slices.Clone(c.runAs), filepath.Join(c.bin, name)), args...)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = c.dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %w\n%s", strings.Join(argv, " "), err, out)
	}
	return nil
}

// FreePort is a TCP port nobody listens on now.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// WaitFor polls cond until it holds or the timeout passes, and says how long it took.
func WaitFor(timeout time.Duration, cond func() bool) (time.Duration, bool) {
	start := time.Now()
	for time.Since(start) < timeout {
		if cond() {
			return time.Since(start), true
		}
		time.Sleep(100 * time.Millisecond)
	}
	return time.Since(start), false
}

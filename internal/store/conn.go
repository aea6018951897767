package store

import (
	"context"
	"database/sql"
	"maps"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/lib/pq"
)

// deadGrace is how much longer than the statement timeout a connection waits for the server's answer
// before it takes the server for gone: a cancelled statement's error needs a moment to arrive.
const deadGrace = 5 * time.Second

// sessionSettings are the PostgreSQL connection parameters of opts: its Settings and its timeouts.
func sessionSettings(opts Options) map[string]string {
	settings := maps.Clone(opts.Settings)
	if settings == nil {
		settings = map[string]string{}
	}
	if opts.ConnectTimeout > 0 {
		settings["connect_timeout"] = strconv.Itoa(int((opts.ConnectTimeout + time.Second - 1) / time.Second))
	}
	if opts.StatementTimeout > 0 {
		ms := strconv.FormatInt(opts.StatementTimeout.Milliseconds(), 10)
		settings["statement_timeout"] = ms
		settings["idle_in_transaction_session_timeout"] = ms
	}
	return settings
}

// openPostgres opens a PostgreSQL pool whose connections, when statementTimeout is set, give up on a
// server that stays silent past it. Without that bound a request on a connection whose server
// vanished (a host down or a network cut, rather than a server that stopped and closed its sockets)
// would wait for TCP to notice, many minutes later.
func openPostgres(dsn string, statementTimeout time.Duration) (*sql.DB, error) {
	connector, err := pq.NewConnector(dsn)
	if err != nil {
		return nil, err
	}
	if statementTimeout > 0 {
		connector.Dialer(silenceDialer{timeout: statementTimeout + deadGrace})
	}
	return sql.OpenDB(connector), nil
}

// silenceDialer dials connections whose reads fail after timeout without a byte from the server.
type silenceDialer struct {
	net.Dialer
	timeout time.Duration
}

func (d silenceDialer) Dial(network, address string) (net.Conn, error) {
	return d.DialContext(context.Background(), network, address)
}

func (d silenceDialer) DialTimeout(network, address string, timeout time.Duration) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return d.DialContext(ctx, network, address)
}

func (d silenceDialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	c, err := d.Dialer.DialContext(ctx, network, address)
	if err != nil {
		return nil, err
	}
	return &silenceConn{Conn: c, timeout: d.timeout}, nil
}

// silenceConn sets a read deadline before each read. A deadline lib/pq sets itself (connect_timeout
// during the handshake) takes precedence while it stands.
type silenceConn struct {
	net.Conn
	timeout time.Duration
	mu      sync.Mutex
	fixed   time.Time
}

func (c *silenceConn) Read(p []byte) (int, error) {
	c.mu.Lock()
	deadline := c.fixed
	c.mu.Unlock()
	if deadline.IsZero() {
		deadline = time.Now().Add(c.timeout)
	}
	if err := c.Conn.SetReadDeadline(deadline); err != nil {
		return 0, err
	}
	return c.Conn.Read(p)
}

func (c *silenceConn) SetDeadline(t time.Time) error {
	c.setFixed(t)
	return c.Conn.SetDeadline(t)
}

func (c *silenceConn) SetReadDeadline(t time.Time) error {
	c.setFixed(t)
	return c.Conn.SetReadDeadline(t)
}

func (c *silenceConn) setFixed(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.fixed = t
}

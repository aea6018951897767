package testdb

import (
	"context"
	"sync"

	"entgo.io/ent/dialect"

	"github.com/jenjang/jenjang/internal/dbstats"
)

// Counter counts the SQL statements that pass through a driver, so that tests can prove a request
// costs a small constant number of queries (no N+1).
type Counter struct {
	mu         sync.Mutex
	statements []string
}

// Wrap returns a driver that counts every statement sent through d and its transactions.
func (c *Counter) Wrap(d dialect.Driver) dialect.Driver {
	return dbstats.Wrap(d, func(_ context.Context, query string, run func() error) error {
		c.add(query)
		return run()
	})
}

// Reset forgets the statements counted so far.
func (c *Counter) Reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.statements = nil
}

// Count returns the number of statements since the last Reset.
func (c *Counter) Count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.statements)
}

// Statements returns the statements since the last Reset.
func (c *Counter) Statements() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.statements...)
}

func (c *Counter) add(query string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.statements = append(c.statements, query)
}

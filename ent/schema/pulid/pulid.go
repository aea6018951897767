// Package pulid implements the opaque, type-prefixed IDs of every entity: a three-letter prefix naming
// the type followed by a ULID, such as "EMP01JC5…". The prefix lets node(id:) find the table without
// a global ID table, and the ULID keeps IDs sortable by creation time and equal on SQLite and PostgreSQL.
package pulid

import (
	"crypto/rand"
	"database/sql/driver"
	"fmt"
	"io"
	"strconv"
	"sync"
	"time"

	"github.com/oklog/ulid/v2"
)

// PrefixLen is the length of every type prefix.
const PrefixLen = 3

// ID is a prefixed ULID.
type ID string

var (
	entropyMu sync.Mutex
	entropy   = ulid.Monotonic(rand.Reader, 0)
)

// MustNew returns a new ID of the given prefix for the current time.
func MustNew(prefix string) ID {
	entropyMu.Lock()
	defer entropyMu.Unlock()
	return ID(prefix + ulid.MustNew(ulid.Timestamp(time.Now()), entropy).String())
}

// NewAt returns an ID of the given prefix for time t with entropy from r, so that generated data (the
// demo dataset) can have the same IDs on every run.
func NewAt(prefix string, t time.Time, r io.Reader) ID {
	return ID(prefix + ulid.MustNew(ulid.Timestamp(t), r).String())
}

// Prefix returns the type prefix of the ID.
func (id ID) Prefix() string {
	if len(id) < PrefixLen {
		return ""
	}
	return string(id[:PrefixLen])
}

// UnmarshalGQL implements graphql.Unmarshaler.
func (id *ID) UnmarshalGQL(v any) error { return id.Scan(v) }

// MarshalGQL implements graphql.Marshaler.
func (id ID) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(id))) }

// Scan implements sql.Scanner. NULL (an unset optional reference) scans as the empty ID.
func (id *ID) Scan(src any) error {
	switch src := src.(type) {
	case nil:
		*id = ""
	case string:
		*id = ID(src)
	case []byte:
		*id = ID(src)
	case ID:
		*id = src
	default:
		return fmt.Errorf("pulid: unexpected type %T", src)
	}
	return nil
}

// Value implements driver.Valuer.
func (id ID) Value() (driver.Value, error) { return string(id), nil }

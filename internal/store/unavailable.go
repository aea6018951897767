package store

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"

	"github.com/lib/pq"
)

// Unavailable reports whether err means the database cannot be reached or is going away, rather than
// that a statement failed: the request may succeed once the database is back, so it is worth retrying.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	var (
		opErr *net.OpError
		pqErr *pq.Error
	)
	switch {
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, sql.ErrConnDone),
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return true
	case errors.As(err, &opErr): // refused, reset, or timed out while dialling or reading
		return true
	case errors.As(err, &pqErr):
		switch pqErr.Code {
		case "57P01", "57P02", "57P03", // admin_shutdown, crash_shutdown, cannot_connect_now
			"53300": // too_many_connections
			return true
		}
		return pqErr.Code.Class() == "08" // connection_exception
	}
	// database/sql has no sentinel for a closed pool.
	return strings.Contains(err.Error(), "sql: database is closed")
}

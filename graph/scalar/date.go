// Package scalar implements the GraphQL Date scalar: a calendar date written YYYY-MM-DD and stored as
// midnight UTC.
package scalar

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// MarshalDate writes t as YYYY-MM-DD (in UTC, where dates are stored).
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.UTC().Format(time.DateOnly)))
	})
}

// UnmarshalDate reads YYYY-MM-DD into midnight UTC.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, &InputError{Message: "a date must be a string written YYYY-MM-DD"}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, &InputError{Message: fmt.Sprintf("%q is not a date written YYYY-MM-DD", s)}
	}
	return t, nil
}

// InputError is a scalar value a client sent that cannot be read; the API answers it as bad input.
type InputError struct {
	Message string
}

func (e *InputError) Error() string { return e.Message }

// Package derive holds the ent hooks that write stored derived columns — an org unit's path, an
// employee's rank order, retirement date and latest predikat, an evaluation's predikat, an account's
// token version — and check the rules that tie a record's fields together (NIP against birth date, gender and appointment). Every
// value comes from the one implementation in internal/career; clients cannot set these columns.
package derive

import (
	"fmt"

	"github.com/jenjang/jenjang/internal/career"
)

// oneAtATime refuses a bulk update of fields whose derived values depend on each record's other fields.
func oneAtATime(entity string, fields ...string) error {
	return &career.FieldError{
		Field:   fields[0],
		Message: fmt.Sprintf("%s must be changed one %s at a time", fields[0], entity),
	}
}

package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/lib/pq"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/privacy"
	"github.com/jenjang/jenjang/graph/scalar"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/accounts"
	"github.com/jenjang/jenjang/internal/career"
)

// The extensions.code values every error carries.
const (
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeForbidden       = "FORBIDDEN"
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeNotFound        = "NOT_FOUND"
	CodeConflict        = "CONFLICT"
	CodeInternal        = "INTERNAL"
)

// presentError maps an error to a message a person can read and a code a client can act on. Database
// and Go error texts never reach the client: unknown errors are logged and answered as INTERNAL.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if code, ok := gqlErr.Extensions["code"]; ok && code != nil {
			return gqlErr
		}
		var (
			deniedErr     *access.DeniedError
			throttledErr  *accounts.ThrottledError
			fieldErr      *career.FieldError
			appraisalErr  *career.AppraisalError
			conflictErr   *career.ConflictError
			validationErr *ent.ValidationError
			notFoundErr   *ent.NotFoundError
			constraintErr *ent.ConstraintError
			inputErr      *scalar.InputError
		)
		switch {
		case errors.As(err, &deniedErr):
			code := CodeForbidden
			if deniedErr.Anonymous {
				code = CodeUnauthenticated
			}
			return withCode(gqlErr, code, deniedErr.Message, graphqlName(deniedErr.Field))
		case errors.Is(err, privacy.Deny):
			return withCode(gqlErr, CodeForbidden, "you may not do this", "")
		case errors.As(err, &throttledErr):
			gqlErr = withCode(gqlErr, CodeUnauthenticated, throttledErr.Error(), "")
			gqlErr.Extensions["retryAfter"] = int(math.Ceil(throttledErr.Wait.Seconds()))
			return gqlErr
		case errors.As(err, &appraisalErr):
			if appraisalErr.Forbidden {
				return withCode(gqlErr, CodeForbidden, appraisalErr.Message, "")
			}
			return withCode(gqlErr, CodeBadUserInput, appraisalErr.Message, graphqlName(appraisalErr.Field))
		case errors.As(err, &conflictErr):
			return withCode(gqlErr, CodeConflict, conflictErr.Message, "")
		case errors.As(err, &fieldErr):
			return withCode(gqlErr, CodeBadUserInput, fieldErr.Message, graphqlName(fieldErr.Field))
		case errors.As(err, &validationErr):
			field := graphqlName(validationErr.Name)
			return withCode(gqlErr, CodeBadUserInput, fmt.Sprintf("%s: %s", field, validationMessage(validationErr)), field)
		case errors.As(err, &notFoundErr):
			return withCode(gqlErr, CodeNotFound, "no such record", "")
		case errors.As(err, &constraintErr):
			field := duplicateField(err)
			if field != "" {
				return withCode(gqlErr, CodeConflict, fmt.Sprintf("another record already has this %s", field), field)
			}
			return withCode(gqlErr, CodeConflict, "the change conflicts with existing records (a duplicate or a missing reference)", "")
		case errors.As(err, &inputErr):
			return withCode(gqlErr, CodeBadUserInput, inputErr.Message, "")
		}
		if arg := argumentPath(ctx, gqlErr.Path); arg != "" {
			return withCode(gqlErr, CodeBadUserInput, fmt.Sprintf("%s: %s", arg, gqlErr.Message), arg)
		}
		if arg := cursorArgument(ctx); arg != "" && cursorMismatch.MatchString(gqlErr.Message) {
			return withCode(gqlErr, CodeBadUserInput, fmt.Sprintf("%s: %s", arg, errCursor), arg)
		}
		var pqErr *pq.Error
		if errors.As(err, &pqErr) && slices.Contains(refusedValueCodes, pqErr.Code) {
			return withCode(gqlErr, CodeBadUserInput, "a value of this request does not fit the field it is compared with or stored in: "+
				"text with a NUL character, a number or date out of range, or a cursor kept after orderBy changed", "")
		}
		if errors.As(err, &pqErr) && slices.Contains(contentionCodes, pqErr.Code) {
			log.WarnContext(ctx, "write lost to a concurrent one", "err", err)
			return withCode(gqlErr, CodeConflict, "another change to the same records went through at the same moment; nothing was saved, try again", "")
		}
		log.ErrorContext(ctx, "internal error", "err", err)
		return withCode(gqlErr, CodeInternal, "internal error; quote request id "+RequestID(ctx)+" when reporting it", "")
	}
}

// argumentPath names the argument, or the field inside an input argument, that an error points at below
// the field being resolved (where.hasUnitWith[0].idIn), or is "" when the error is not about an argument.
// gqlgen's validator passes the values of custom scalars (Cursor, Time, ID) unread, so a value that
// cannot be decoded fails only when the executor reads the field's arguments, with a plain Go error
// that would otherwise be answered as INTERNAL.
func argumentPath(ctx context.Context, path ast.Path) string {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return ""
	}
	field := fc.Path()
	if len(path) <= len(field) || !slices.Equal(path[:len(field)], field) {
		return ""
	}
	name, ok := path[len(field)].(ast.PathName)
	if !ok || fc.Field.Arguments.ForName(string(name)) == nil {
		return ""
	}
	var b strings.Builder
	for _, p := range path[len(field):] {
		switch p := p.(type) {
		case ast.PathName:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(string(p))
		case ast.PathIndex:
			fmt.Fprintf(&b, "[%d]", int(p))
		}
	}
	return b.String()
}

// cursorMismatch is how entgql (v0.6.0) refuses a cursor whose values do not match the order terms of
// the list it is sent to: the client kept a cursor after changing orderBy.
var cursorMismatch = regexp.MustCompile(`^cursor values length \d+ do not match orderBy fields length \d+$`)

// cursorArgument names the cursor argument the field being resolved was given ("after" before
// "before"), or is "".
func cursorArgument(ctx context.Context) string {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return ""
	}
	for _, name := range []string{"after", "before"} {
		if c, ok := fc.Args[name].(*ent.Cursor); ok && c != nil {
			return name
		}
	}
	return ""
}

// refusedValueCodes are PostgreSQL's errors for a value that cannot be read as the type of the column it
// is compared with or stored in. Such a value comes from the request (SQLite, typing loosely, takes it),
// so the client is told what kind of value to fix rather than handed an INTERNAL.
// contentionCodes are PostgreSQL's answers to a transaction that lost to a concurrent one (a deadlock
// it was chosen to break, a serialization failure): the client may simply try again.
var contentionCodes = []pq.ErrorCode{"40P01", "40001"}

var refusedValueCodes = []pq.ErrorCode{"22001", "22003", "22007", "22008", "22021", "22P02", "22P05"}

func withCode(e *gqlerror.Error, code, message, field string) *gqlerror.Error {
	e.Message = message
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
	if field != "" {
		e.Extensions["field"] = field
	}
	return e
}

// validationMessage is ent's validator message without its "ent: validator failed for field" prefix.
func validationMessage(e *ent.ValidationError) string {
	if inner := errors.Unwrap(e); inner != nil {
		return inner.Error()
	}
	return e.Error()
}

// graphqlName turns an ent field name (birth_date, unit_id) into its GraphQL spelling (birthDate, unitID).
func graphqlName(field string) string {
	parts := strings.Split(field, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] == "id" {
			parts[i] = "ID"
			continue
		}
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

var sqliteUnique = regexp.MustCompile(`UNIQUE constraint failed: \w+\.(\w+)(?: \(\d+\))?$`)

// duplicateField finds the single column of a violated unique constraint (PostgreSQL names a column's
// unique constraint <table>_<column>_key); it is empty when the constraint spans several columns or is
// not a unique one.
func duplicateField(err error) string {
	var pqErr *pq.Error
	if errors.As(err, &pqErr) {
		column, ok := strings.CutPrefix(pqErr.Constraint, pqErr.Table+"_")
		if column, found := strings.CutSuffix(column, "_key"); ok && found && pqErr.Code.Name() == "unique_violation" {
			return graphqlName(column)
		}
		return ""
	}
	if m := sqliteUnique.FindStringSubmatch(err.Error()); m != nil {
		return graphqlName(m[1])
	}
	return ""
}

func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", p)
		return errors.New("panic")
	}
}

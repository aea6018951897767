package api

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/jenjang/jenjang/ent"
)

// ArgumentCheck refuses, before anything runs, where: and after:/before: arguments that the generated
// ent code rejects only while resolving or that reach the database unchecked, with errors the API could
// only answer as INTERNAL: a filter nested in another (not, and, or, hasXWith) that holds no condition,
// and a cursor that does not decode or holds values no column can be compared with (an altered one).
// Whether a cursor's values fit the list's order is known only to the resolver, which may order a list
// by default; presentError answers that.
type ArgumentCheck struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = ArgumentCheck{}

// ExtensionName implements graphql.HandlerExtension.
func (ArgumentCheck) ExtensionName() string { return "ArgumentCheck" }

// Validate implements graphql.HandlerExtension.
func (ArgumentCheck) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (ArgumentCheck) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	return eachField(oc.Operation.SelectionSet, ast.Path{}, func(f *ast.Field, path ast.Path) *gqlerror.Error {
		if f.Definition == nil {
			return nil
		}
		args := f.ArgumentMap(oc.Variables)
		for _, def := range f.Definition.Arguments {
			var problem, field string
			switch {
			case def.Name == "where" && strings.HasSuffix(def.Type.Name(), "WhereInput"):
				field = emptyFilter(args[def.Name], "where", true)
				problem = "a filter inside another needs at least one condition; give it one or leave it out"
			case def.Type.Name() == "Cursor" && args[def.Name] != nil && !cursorReadable(args[def.Name]):
				field = def.Name
				problem = errCursor
			}
			if field != "" {
				return &gqlerror.Error{
					Message:    fmt.Sprintf("%s: %s: %s", f.Alias, field, problem),
					Path:       path,
					Extensions: map[string]any{"code": CodeBadUserInput, "field": field},
				}
			}
		}
		return nil
	})
}

// emptyFilter returns the path of the first filter below v, a where input at path, that holds no
// condition (fields in name order, so that the answer does not change between calls), or "". Every
// object inside a where input is a where input itself (not, and, or, hasXWith); ent finds no predicate
// in one whose fields are all null or empty lists, and fails. The top-level filter may be empty: ent
// takes that as no filter.
func emptyFilter(v any, path string, top bool) string {
	filter, ok := v.(map[string]any)
	if !ok {
		return ""
	}
	empty := true
	for _, name := range slices.Sorted(maps.Keys(filter)) {
		switch value := filter[name].(type) {
		case nil:
			continue
		case map[string]any:
			if p := emptyFilter(value, path+"."+name, false); p != "" {
				return p
			}
		case []any:
			for i, item := range value {
				if p := emptyFilter(item, fmt.Sprintf("%s.%s[%d]", path, name, i), false); p != "" {
					return p
				}
			}
			if len(value) == 0 {
				continue
			}
		}
		empty = false
	}
	if empty && !top {
		return path
	}
	return ""
}

// errCursor is the problem with a cursor that this API did not give out, or not for the list and order
// it is sent with.
const errCursor = "this cursor was not given out for this list in this order; start again from the first page"

// cursorReadable tells whether a cursor decodes into what entgql's cursors hold: an ID, and nothing or a
// list of values of the kinds a column holds.
func cursorReadable(cursor any) bool {
	var c ent.Cursor
	if err := c.UnmarshalGQL(cursor); err != nil {
		return false
	}
	if c.Value == nil {
		return true
	}
	values, ok := c.Value.([]any)
	if !ok {
		return false
	}
	for _, v := range values {
		switch v.(type) {
		case nil, bool, string, time.Time, float32, float64,
			int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		default:
			return false
		}
	}
	return true
}

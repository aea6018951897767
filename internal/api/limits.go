package api

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// MaxPage is the most items one connection returns in one request.
const MaxPage = 100

// PageLimit refuses an operation in which any connection, at any depth, is asked for without first or
// last, with both (entgql cannot page from both ends), or for more than MaxPage items. It checks the whole
// document before anything runs, because a nested connection is loaded together with its parent and
// would otherwise be read unbounded.
type PageLimit struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = PageLimit{}

// ExtensionName implements graphql.HandlerExtension.
func (PageLimit) ExtensionName() string { return "PageLimit" }

// Validate implements graphql.HandlerExtension.
func (PageLimit) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (PageLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	return eachField(oc.Operation.SelectionSet, ast.Path{}, func(f *ast.Field, path ast.Path) *gqlerror.Error {
		if f.Definition == nil || !strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
			return nil
		}
		return checkPageArgs(f, oc.Variables, path)
	})
}

// eachField calls check with every field of a selection set and its path, at any depth and through
// fragments, and stops at the first error.
func eachField(set ast.SelectionSet, path ast.Path, check func(*ast.Field, ast.Path) *gqlerror.Error) *gqlerror.Error {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			fieldPath := append(append(ast.Path{}, path...), ast.PathName(s.Alias))
			if err := check(s, fieldPath); err != nil {
				return err
			}
			if err := eachField(s.SelectionSet, fieldPath, check); err != nil {
				return err
			}
		case *ast.InlineFragment:
			if err := eachField(s.SelectionSet, path, check); err != nil {
				return err
			}
		case *ast.FragmentSpread:
			if s.Definition != nil {
				if err := eachField(s.Definition.SelectionSet, path, check); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func checkPageArgs(f *ast.Field, vars map[string]any, path ast.Path) *gqlerror.Error {
	args := f.ArgumentMap(vars)
	first, last := args["first"], args["last"]
	if first == nil && last == nil {
		return pageError(path, "first", fmt.Sprintf("%s: pass first or last (between 1 and %d) to say how many items you want", f.Alias, MaxPage))
	}
	if first != nil && last != nil {
		return pageError(path, "last", fmt.Sprintf("%s: pass first (with after) or last (with before), not both", f.Alias))
	}
	for _, name := range []string{"first", "last"} {
		if args[name] == nil {
			continue
		}
		n, ok := toInt(args[name])
		if !ok || n < 1 || n > MaxPage {
			return pageError(path, name, fmt.Sprintf("%s: %s must be between 1 and %d, got %v", f.Alias, name, MaxPage, args[name]))
		}
	}
	return nil
}

func pageError(path ast.Path, field, message string) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    message,
		Path:       path,
		Extensions: map[string]any{"code": CodeBadUserInput, "field": field},
	}
}

// toInt reads an Int argument, written literally (int64) or passed as a variable (json.Number).
func toInt(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case int:
		return int64(n), true
	case json.Number:
		i, err := n.Int64()
		return i, err == nil
	}
	return 0, false
}

package api

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
)

// guardFields answers a restricted field (auth.RestrictedFields) with null and a FORBIDDEN error when
// the viewer's access to its record does not include the field's class. It runs for every field of
// every type, so that no resolver can forget it.
func guardFields(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	class, restricted := auth.RestrictedFields[fc.Object][fc.Field.Name]
	if !restricted {
		return next(ctx)
	}
	var record any
	if fc.Parent != nil {
		record = deref(fc.Parent.Result)
	}
	if access.Of(ctx, fc.Object, record).Reads(class) {
		return next(ctx)
	}
	return nil, &gqlerror.Error{
		Message:    fmt.Sprintf("you may not read %s.%s of this record", fc.Object, fc.Field.Name),
		Path:       fc.Path(),
		Extensions: map[string]any{"code": CodeForbidden, "field": fc.Field.Name},
	}
}

// deref unwraps the pointers gqlgen keeps list items behind (a list element's result is **T).
func deref(v any) any {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer && !rv.IsNil() && rv.Elem().Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if !rv.IsValid() {
		return nil
	}
	return rv.Interface()
}

// FilterGuard refuses, before anything runs, a where: or orderBy: argument anywhere in an operation
// that filters or sorts by a field the viewer may not read on every record it sees, or that follows an
// edge into records it may not read (ent does not apply the target's privacy rules inside
// hasXWith). Counting or ordering the results would otherwise reveal the values.
type FilterGuard struct {
	schema *ast.Schema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &FilterGuard{}

// ExtensionName implements graphql.HandlerExtension.
func (*FilterGuard) ExtensionName() string { return "FilterGuard" }

// Validate implements graphql.HandlerExtension; it keeps the schema to find where edge filters lead.
func (f *FilterGuard) Validate(s graphql.ExecutableSchema) error {
	f.schema = s.Schema()
	return nil
}

// MutateOperationContext implements graphql.OperationContextMutator.
func (f *FilterGuard) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	g := filterGuard{ctx: ctx, schema: f.schema, vars: oc.Variables, seen: map[string]bool{}}
	return g.selections(oc.Operation.SelectionSet, ast.Path{})
}

type filterGuard struct {
	ctx    context.Context
	schema *ast.Schema
	vars   map[string]any
	seen   map[string]bool
}

func (g filterGuard) selections(set ast.SelectionSet, path ast.Path) *gqlerror.Error {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			fieldPath := append(append(ast.Path{}, path...), ast.PathName(s.Alias))
			if err := g.arguments(s, fieldPath); err != nil {
				return err
			}
			if err := g.selections(s.SelectionSet, fieldPath); err != nil {
				return err
			}
		case *ast.InlineFragment:
			if err := g.selections(s.SelectionSet, path); err != nil {
				return err
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && !g.seen[s.Name] {
				g.seen[s.Name] = true
				if err := g.selections(s.Definition.SelectionSet, path); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (g filterGuard) arguments(f *ast.Field, path ast.Path) *gqlerror.Error {
	if f.Definition == nil {
		return nil
	}
	args := f.ArgumentMap(g.vars)
	for _, def := range f.Definition.Arguments {
		value, ok := args[def.Name]
		if !ok || value == nil {
			continue
		}
		typeName := def.Type.Name()
		switch {
		case def.Name == "where" && strings.HasSuffix(typeName, "WhereInput"):
			if err := g.where(strings.TrimSuffix(typeName, "WhereInput"), value, path); err != nil {
				return err
			}
		case def.Name == "orderBy" && strings.HasSuffix(typeName, "Order"):
			if err := g.orderBy(strings.TrimSuffix(typeName, "Order"), value, path); err != nil {
				return err
			}
		}
	}
	return nil
}

// predicateSuffixes end the names of entgql's where-input fields (nipHasPrefix, birthDateGTE, …).
var predicateSuffixes = []string{"NEQ", "NotIn", "In", "GTE", "GT", "LTE", "LT", "ContainsFold", "Contains", "HasPrefix", "HasSuffix", "EqualFold", "IsNil", "NotNil"}

func (g filterGuard) where(typeName string, value any, path ast.Path) *gqlerror.Error {
	switch v := value.(type) {
	case []any:
		for _, item := range v {
			if err := g.where(typeName, item, path); err != nil {
				return err
			}
		}
		return nil
	case map[string]any:
		for key, item := range v {
			if err := g.whereField(typeName, key, item, path); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g filterGuard) whereField(typeName, key string, value any, path ast.Path) *gqlerror.Error {
	if key == "not" || key == "and" || key == "or" {
		return g.where(typeName, value, path)
	}
	if edge, ok := strings.CutPrefix(key, "has"); ok && edge != "" && edge[0] >= 'A' && edge[0] <= 'Z' {
		edge = strings.TrimSuffix(edge, "With")
		edge = strings.ToLower(edge[:1]) + edge[1:]
		target := g.edgeTarget(typeName, key)
		allowed := access.CanFilterEdge
		if !strings.HasSuffix(key, "With") {
			allowed = access.CanFilterEdgeExists
		}
		if !allowed(g.ctx, typeName, edge, target) {
			return refusal(g.ctx, path, key, fmt.Sprintf("filtering %s by %s would reach records you may not read", plural(typeName), key))
		}
		if strings.HasSuffix(key, "With") {
			return g.where(target, value, path)
		}
		return nil
	}
	field := key
	for _, suffix := range predicateSuffixes {
		if base, ok := strings.CutSuffix(key, suffix); ok && base != "" {
			if _, restricted := auth.RestrictedFields[typeName][base]; restricted {
				field = base
				break
			}
		}
	}
	if class, restricted := auth.RestrictedFields[typeName][field]; restricted && !access.CanFilter(g.ctx, typeName, class) {
		return refusal(g.ctx, path, key, fmt.Sprintf("you may not filter %s by %s", plural(typeName), field))
	}
	return nil
}

// edgeTarget finds the type an edge predicate leads to from its hasXWith input field.
func (g filterGuard) edgeTarget(typeName, key string) string {
	with := strings.TrimSuffix(key, "With") + "With"
	if def := g.schema.Types[typeName+"WhereInput"]; def != nil {
		if f := def.Fields.ForName(with); f != nil {
			return strings.TrimSuffix(f.Type.Name(), "WhereInput")
		}
	}
	return ""
}

func (g filterGuard) orderBy(typeName string, value any, path ast.Path) *gqlerror.Error {
	orders, ok := value.([]any)
	if !ok {
		orders = []any{value}
	}
	for _, o := range orders {
		order, _ := o.(map[string]any)
		name, _ := order["field"].(string)
		field, restricted := auth.OrderFields[typeName][name]
		if !restricted {
			continue
		}
		if class := auth.RestrictedFields[typeName][field]; !access.CanFilter(g.ctx, typeName, class) {
			return refusal(g.ctx, path, "orderBy", fmt.Sprintf("you may not sort %s by %s", plural(typeName), field))
		}
	}
	return nil
}

func refusal(ctx context.Context, path ast.Path, field, message string) *gqlerror.Error {
	code := CodeForbidden
	if auth.FromContext(ctx) == nil && !auth.IsSystem(ctx) {
		code, message = CodeUnauthenticated, message+"; sign in"
	}
	return &gqlerror.Error{Message: message, Path: path, Extensions: map[string]any{"code": code, "field": field}}
}

func plural(typeName string) string {
	name := strings.ToLower(typeName[:1]) + typeName[1:]
	if strings.HasSuffix(name, "y") {
		return strings.TrimSuffix(name, "y") + "ies"
	}
	return name + "s"
}

package api

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// Limits bound the work one GraphQL request may ask of the server.
type Limits struct {
	// ParserTokens bounds the lexer and parser, the only work done before any other check.
	ParserTokens int
	// Depth bounds how deeply fields nest, fragments expanded.
	Depth int
	// Aliases bounds the aliased fields, fragments expanded: aliases are how one document asks for
	// the same expensive field many times over.
	Aliases int
	// Repeats bounds the fields and fragment spreads that repeat a response name or fragment already
	// selected in the same selection set (inline fragments included). gqlparser compares such fields
	// pairwise, with their subtrees, when it validates, so a document of repeats takes time that
	// grows with the square of its size: 15,000 tokens of "__typename" took ten seconds to validate.
	Repeats int
	// Fragments bounds the fragments a document defines: gqlparser also compares the fragments spread
	// in one selection set pairwise, and 1,400 fragments took a second.
	Fragments int
	// Cost bounds the cost of an operation as QueryCost counts it.
	Cost int
}

// DefaultLimits are the limits of the public API.
//
// The depth of 15 is what graphql-js's introspection query needs with its default typeDepth of 9
// (__schema › types › fields › args › type › nine ofType › kind), and far more than the application
// asks for. A union queried with __typename and id in each of its inline fragments repeats two
// fields per member, far below 100 repeats; a screen's document spreads a few dozen fragments at
// most. A cost of 25,000 lets a page of 100 records with a nested connection of 10 each (about
// 6,000) through, but not 100 × 100 nested records (over 30,000).
func DefaultLimits() Limits {
	return Limits{ParserTokens: 15_000, Depth: 15, Aliases: 100, Repeats: 100, Fragments: 200, Cost: 25_000}
}

// QueryShape refuses a document that nests too deeply, has too many aliases or fragments, or repeats
// too many fields. It runs before gqlgen parses and validates the document, because validation (of
// overlapping fields in particular) is the expensive step that a hostile document targets; it parses
// the document itself to do so.
type QueryShape struct{ Limits Limits }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = QueryShape{}

// ExtensionName implements graphql.HandlerExtension.
func (QueryShape) ExtensionName() string { return "QueryShape" }

// Validate implements graphql.HandlerExtension.
func (QueryShape) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters implements graphql.OperationParameterMutator.
func (q QueryShape) MutateOperationParameters(_ context.Context, params *graphql.RawParams) *gqlerror.Error {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: params.Query}, q.Limits.ParserTokens)
	if err != nil {
		// gqlgen parses the document next and reports the same error with its own code.
		return nil
	}
	s := measure(doc)
	switch {
	case s.depth > q.Limits.Depth:
		return limitError(fmt.Sprintf("the query nests fields %d levels deep; the limit is %d", s.depth, q.Limits.Depth), q.Limits.Depth)
	case s.aliases > q.Limits.Aliases:
		return limitError(fmt.Sprintf("the query has %d aliased fields (fragments expanded); the limit is %d", s.aliases, q.Limits.Aliases), q.Limits.Aliases)
	case s.repeats > q.Limits.Repeats:
		return limitError(fmt.Sprintf("the query repeats a field or fragment already selected beside it %d times; the limit is %d", s.repeats, q.Limits.Repeats), q.Limits.Repeats)
	case len(doc.Fragments) > q.Limits.Fragments:
		return limitError(fmt.Sprintf("the query defines %d fragments; the limit is %d", len(doc.Fragments), q.Limits.Fragments), q.Limits.Fragments)
	}
	return nil
}

// shape is what QueryShape limits. Depth and aliases count fragments where they are spread, as
// execution does; repeats count each written selection once, as validation does.
type shape struct{ depth, aliases, repeats int }

// measure walks every operation and every fragment of a parsed but unvalidated document, since
// validation visits all of them, whichever operation is to run.
func measure(doc *ast.QueryDocument) shape {
	w := shapeWalk{
		fragments: make(map[string]*ast.FragmentDefinition, len(doc.Fragments)),
		done:      map[string]shape{},
		active:    map[string]bool{},
	}
	for _, f := range doc.Fragments {
		if _, dup := w.fragments[f.Name]; !dup {
			w.fragments[f.Name] = f
		}
	}
	var total shape
	add := func(s shape) {
		total.depth = max(total.depth, s.depth)
		total.aliases = addCapped(total.aliases, s.aliases)
	}
	for _, op := range doc.Operations {
		add(w.fieldSet(op.SelectionSet))
	}
	for _, f := range doc.Fragments {
		if _, reached := w.done[f.Name]; !reached {
			add(w.fragment(f.Name))
		}
	}
	total.repeats = w.repeats
	return total
}

// shapeWalk memoizes each fragment's shape: without it, a fragment spread twice in each of n nested
// fragments would be walked 2ⁿ times. With the memo it visits each written selection once.
type shapeWalk struct {
	fragments map[string]*ast.FragmentDefinition
	done      map[string]shape
	active    map[string]bool
	repeats   int
}

// fieldSet measures the selection set of an operation, a field or a fragment: the set whose
// selections, inline fragments flattened, gqlparser compares with each other.
func (w *shapeWalk) fieldSet(set ast.SelectionSet) shape {
	w.repeats += repeats(set, map[string]bool{})
	return w.selectionSet(set)
}

func (w *shapeWalk) selectionSet(set ast.SelectionSet) shape {
	var out shape
	for _, sel := range set {
		var s shape
		switch x := sel.(type) {
		case *ast.Field:
			s = w.fieldSet(x.SelectionSet)
			s.depth++
			if x.Alias != x.Name {
				s.aliases = addCapped(s.aliases, 1)
			}
		case *ast.InlineFragment:
			s = w.selectionSet(x.SelectionSet)
		case *ast.FragmentSpread:
			s = w.fragment(x.Name)
		}
		out.depth = max(out.depth, s.depth)
		out.aliases = addCapped(out.aliases, s.aliases)
	}
	return out
}

func (w *shapeWalk) fragment(name string) shape {
	if s, ok := w.done[name]; ok {
		return s
	}
	def := w.fragments[name]
	if def == nil || w.active[name] {
		// An unknown fragment or a cycle: validation refuses the document, so it adds nothing here.
		return shape{}
	}
	w.active[name] = true
	s := w.fieldSet(def.SelectionSet)
	delete(w.active, name)
	w.done[name] = s
	return s
}

// repeats counts the selections of set, inline fragments flattened, whose response name (or, for a
// spread, fragment) is already in seen, and adds the others to it.
func repeats(set ast.SelectionSet, seen map[string]bool) int {
	n := 0
	for _, sel := range set {
		key := ""
		switch x := sel.(type) {
		case *ast.Field:
			key = x.Alias
		case *ast.FragmentSpread:
			key = "..." + x.Name
		case *ast.InlineFragment:
			n += repeats(x.SelectionSet, seen)
			continue
		}
		if seen[key] {
			n++
		}
		seen[key] = true
	}
	return n
}

// QueryCost refuses an operation whose cost is over Limit before anything runs, and reports the cost
// of every operation it lets through in the response's extensions.cost.
//
// A field costs 1 plus its children; the children of a connection count once per item asked for
// (first or last). Plain lists count once: they are the small edges of one record. Fragments are
// counted where they are spread, and the fields of type conditions are added up, so the cost is an
// upper bound of the records read.
type QueryCost struct{ Limit int }

// Cost is the extensions.cost of a response.
type Cost struct {
	Requested int `json:"requested"`
	Limit     int `json:"limit"`
}

const costExtension = "cost"

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = QueryCost{}

// ExtensionName implements graphql.HandlerExtension.
func (QueryCost) ExtensionName() string { return "QueryCost" }

// Validate implements graphql.HandlerExtension.
func (QueryCost) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (q QueryCost) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	cost := OperationCost(oc.Operation, oc.Variables)
	if cost > q.Limit {
		err := limitError(fmt.Sprintf("the query costs %d and the limit is %d: ask for fewer items with first or last, nest fewer connections, or split the query", cost, q.Limit), q.Limit)
		err.Extensions["cost"] = cost
		return err
	}
	oc.Stats.SetExtension(costExtension, Cost{Requested: cost, Limit: q.Limit})
	return nil
}

// InterceptResponse implements graphql.ResponseInterceptor.
func (QueryCost) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if graphql.HasOperationContext(ctx) {
		if cost, ok := graphql.GetOperationContext(ctx).Stats.GetExtension(costExtension).(Cost); ok {
			graphql.RegisterExtension(ctx, costExtension, cost)
		}
	}
	return next(ctx)
}

// OperationCost is the cost of a validated operation, as QueryCost counts it.
func OperationCost(op *ast.OperationDefinition, vars map[string]any) int {
	w := costWalk{vars: vars, fragments: map[*ast.FragmentDefinition]int{}}
	return w.selectionSet(op.SelectionSet)
}

// costWalk memoizes fragments for the reason shapeWalk does; a fragment's cost does not depend on
// where it is spread, since variables belong to the whole operation.
type costWalk struct {
	vars      map[string]any
	fragments map[*ast.FragmentDefinition]int
}

func (w *costWalk) selectionSet(set ast.SelectionSet) int {
	total := 0
	for _, sel := range set {
		switch x := sel.(type) {
		case *ast.Field:
			total = addCapped(total, w.field(x))
		case *ast.InlineFragment:
			total = addCapped(total, w.selectionSet(x.SelectionSet))
		case *ast.FragmentSpread:
			if x.Definition == nil {
				continue
			}
			c, ok := w.fragments[x.Definition]
			if !ok {
				c = w.selectionSet(x.Definition.SelectionSet)
				w.fragments[x.Definition] = c
			}
			total = addCapped(total, c)
		}
	}
	return total
}

func (w *costWalk) field(f *ast.Field) int {
	children := w.selectionSet(f.SelectionSet)
	if f.Definition != nil && strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		children = mulCapped(children, w.pageSize(f))
	}
	return addCapped(1, children)
}

// pageSize is the number of items a connection is asked for. Without a usable first or last it is
// MaxPage, the most PageLimit lets through.
func (w *costWalk) pageSize(f *ast.Field) int {
	args := f.ArgumentMap(w.vars)
	size := 0
	for _, name := range []string{"first", "last"} {
		if n, ok := toInt(args[name]); ok && n > 0 {
			size = max(size, int(n))
		}
	}
	if size == 0 {
		return MaxPage
	}
	return size
}

// addCapped and mulCapped saturate instead of overflowing: fragments can multiply a short document
// into a count no integer holds.
func addCapped(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

func mulCapped(a, b int) int {
	if a != 0 && b > math.MaxInt/a {
		return math.MaxInt
	}
	return a * b
}

func limitError(message string, limit int) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    message,
		Extensions: map[string]any{"code": CodeBadUserInput, "limit": limit},
	}
}

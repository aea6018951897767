// Package graph holds the GraphQL resolvers. They stay thin: decode, call ent or a domain package, and
// let the error presenter map errors.
package graph

import (
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/graph/generated"
)

// Resolver is the resolver root.
type Resolver struct {
	client *ent.Client
	now    func() time.Time
}

// NewSchema returns the executable schema over the given client; now is the clock that ages and
// years in rank are computed with.
func NewSchema(client *ent.Client, now func() time.Time) graphql.ExecutableSchema {
	return generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{client: client, now: now}})
}

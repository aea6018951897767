package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/graph"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
)

// authenticate puts the viewer of the request in its context — anonymous without an Authorization
// header, the token's account with one — with the request's own caches and loaders. A bad, expired or revoked token is refused with 401 and
// UNAUTHENTICATED before any GraphQL runs, rather than silently treated as anonymous, so that a client
// knows to log in again.
func authenticate(client *ent.Client, tokens auth.Tokens, present graphql.ErrorPresenterFunc, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := graph.WithLoaders(access.WithCache(r.Context(), client), client)
		header := r.Header.Get("Authorization")
		if header == "" {
			next.ServeHTTP(w, r.WithContext(auth.NewContext(ctx, nil)))
			return
		}
		token, ok := strings.CutPrefix(header, "Bearer ")
		if !ok {
			writeGraphQLError(ctx, w, http.StatusUnauthorized, CodeUnauthenticated, `send the token as "Authorization: Bearer <token>"`, nil)
			return
		}
		id, version, err := tokens.Parse(strings.TrimSpace(token))
		if err != nil {
			writeGraphQLError(ctx, w, http.StatusUnauthorized, CodeUnauthenticated, err.Error(), nil)
			return
		}
		viewer, err := access.LoadViewer(ctx, client, id, version)
		switch {
		case errors.Is(err, access.ErrRevoked):
			writeGraphQLError(ctx, w, http.StatusUnauthorized, CodeUnauthenticated, err.Error(), nil)
			return
		case err != nil:
			writeErrorResponse(w, http.StatusServiceUnavailable, present(ctx, fmt.Errorf("load viewer: %w", err)))
			return
		}
		next.ServeHTTP(w, r.WithContext(auth.NewContext(ctx, viewer)))
	})
}

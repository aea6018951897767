package api

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
)

// authenticate puts the viewer of the request in its context: anonymous without an Authorization
// header, the token's account with one. A bad, expired or revoked token is refused with 401 and
// UNAUTHENTICATED before any GraphQL runs, rather than silently treated as anonymous, so that a client
// knows to log in again.
func authenticate(client *ent.Client, tokens auth.Tokens, log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := access.WithCache(r.Context(), client)
		header := r.Header.Get("Authorization")
		if header == "" {
			next.ServeHTTP(w, r.WithContext(auth.NewContext(ctx, nil)))
			return
		}
		token, ok := strings.CutPrefix(header, "Bearer ")
		if !ok {
			writeError(w, http.StatusUnauthorized, CodeUnauthenticated, `send the token as "Authorization: Bearer <token>"`)
			return
		}
		id, version, err := tokens.Parse(strings.TrimSpace(token))
		if err != nil {
			writeError(w, http.StatusUnauthorized, CodeUnauthenticated, err.Error())
			return
		}
		viewer, err := access.LoadViewer(ctx, client, id, version)
		switch {
		case errors.Is(err, access.ErrRevoked):
			writeError(w, http.StatusUnauthorized, CodeUnauthenticated, err.Error())
			return
		case err != nil:
			log.ErrorContext(ctx, "load viewer", "err", err, "request_id", RequestID(ctx))
			writeError(w, http.StatusServiceUnavailable, CodeInternal, "internal error; quote request id "+RequestID(ctx)+" when reporting it")
			return
		}
		next.ServeHTTP(w, r.WithContext(auth.NewContext(ctx, viewer)))
	})
}

// writeError answers with a GraphQL-shaped error body, for refusals made before GraphQL runs.
func writeError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": message, "extensions": map[string]any{"code": code}}},
	})
}

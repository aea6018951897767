// Package reqid carries the ID of the HTTP request being served, so that log lines and audit entries
// written deep inside a request can name it.
package reqid

import "context"

type ctxKey struct{}

// NewContext returns a context carrying the request ID.
func NewContext(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, ctxKey{}, id)
}

// FromContext returns the request ID of the context, or "".
func FromContext(ctx context.Context) string {
	id, _ := ctx.Value(ctxKey{}).(string)
	return id
}

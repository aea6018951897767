package access

import (
	"context"
	"fmt"

	"github.com/jenjang/jenjang/internal/auth"
)

// DeniedError refuses something to a viewer: to an anonymous caller, who should sign in
// (UNAUTHENTICATED), or to a signed-in one whose role does not allow it (FORBIDDEN).
type DeniedError struct {
	Anonymous bool
	Message   string
	// Field is the GraphQL field or argument refused, if the refusal is about one.
	Field string
}

func (e *DeniedError) Error() string { return e.Message }

// deny refuses an action ("read employees", "change this unit") to the viewer of ctx.
func deny(ctx context.Context, action string) error {
	v := auth.FromContext(ctx)
	if v == nil {
		return &DeniedError{Anonymous: true, Message: "sign in to " + action}
	}
	return &DeniedError{Message: fmt.Sprintf("your role (%s) may not %s", v.Role, action)}
}

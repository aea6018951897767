package career

import "slices"

// The domain enums are plain string types so that ent stores them as text, gqlgen binds them to GraphQL
// enums of the same name, and their order (where the regulation defines one) is their position in the
// values list.

func stringValues[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}

// indexOf returns the position of v in values, or -1.
func indexOf[T comparable](values []T, v T) int {
	return slices.Index(values, v)
}

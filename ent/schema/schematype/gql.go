package schematype

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// GraphQL marshalling of the widget enums: gqlgen binds WidgetKind, ChartType and (beside
// internal/analytics.Dimension) Dimension to these types.

type enum interface {
	~string
	Values() []string
}

func marshalEnum[T ~string](w io.Writer, v T) { _, _ = io.WriteString(w, strconv.Quote(string(v))) }

func unmarshalEnum[T enum](dst *T, v any) error {
	s, ok := v.(string)
	if !ok || !slices.Contains((*dst).Values(), s) {
		return fmt.Errorf("%v is not a valid %T", v, *dst)
	}
	*dst = T(s)
	return nil
}

// MarshalGQL implements graphql.Marshaler.
func (k WidgetKind) MarshalGQL(w io.Writer) { marshalEnum(w, k) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (k *WidgetKind) UnmarshalGQL(v any) error { return unmarshalEnum(k, v) }

// MarshalGQL implements graphql.Marshaler.
func (c ChartType) MarshalGQL(w io.Writer) { marshalEnum(w, c) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (c *ChartType) UnmarshalGQL(v any) error { return unmarshalEnum(c, v) }

// MarshalGQL implements graphql.Marshaler.
func (d WidgetDimension) MarshalGQL(w io.Writer) { marshalEnum(w, d) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (d *WidgetDimension) UnmarshalGQL(v any) error { return unmarshalEnum(d, v) }

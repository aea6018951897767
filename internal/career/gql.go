package career

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// GraphQL marshalling of the enums: entgql and gqlgen bind the GraphQL enums of the same names to these
// types and call these methods.

type enum interface {
	~string
	Values() []string
}

func marshalEnum[T ~string](w io.Writer, v T) {
	_, _ = io.WriteString(w, strconv.Quote(string(v)))
}

func unmarshalEnum[T enum](dst *T, v any) error {
	s, ok := v.(string)
	if !ok || !slices.Contains((*dst).Values(), s) {
		return fmt.Errorf("%v is not a valid %T", v, *dst)
	}
	*dst = T(s)
	return nil
}

// MarshalGQL implements graphql.Marshaler.
func (g Gender) MarshalGQL(w io.Writer) { marshalEnum(w, g) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (g *Gender) UnmarshalGQL(v any) error { return unmarshalEnum(g, v) }

// MarshalGQL implements graphql.Marshaler.
func (e EmploymentType) MarshalGQL(w io.Writer) { marshalEnum(w, e) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *EmploymentType) UnmarshalGQL(v any) error { return unmarshalEnum(e, v) }

// MarshalGQL implements graphql.Marshaler.
func (r Rank) MarshalGQL(w io.Writer) { marshalEnum(w, r) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (r *Rank) UnmarshalGQL(v any) error { return unmarshalEnum(r, v) }

// MarshalGQL implements graphql.Marshaler.
func (p PPPKGrade) MarshalGQL(w io.Writer) { marshalEnum(w, p) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (p *PPPKGrade) UnmarshalGQL(v any) error { return unmarshalEnum(p, v) }

// MarshalGQL implements graphql.Marshaler.
func (e Education) MarshalGQL(w io.Writer) { marshalEnum(w, e) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *Education) UnmarshalGQL(v any) error { return unmarshalEnum(e, v) }

// MarshalGQL implements graphql.Marshaler.
func (p PositionKind) MarshalGQL(w io.Writer) { marshalEnum(w, p) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (p *PositionKind) UnmarshalGQL(v any) error { return unmarshalEnum(p, v) }

// MarshalGQL implements graphql.Marshaler.
func (f FunctionalLevel) MarshalGQL(w io.Writer) { marshalEnum(w, f) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (f *FunctionalLevel) UnmarshalGQL(v any) error { return unmarshalEnum(f, v) }

// MarshalGQL implements graphql.Marshaler.
func (r Rating) MarshalGQL(w io.Writer) { marshalEnum(w, r) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (r *Rating) UnmarshalGQL(v any) error { return unmarshalEnum(r, v) }

// MarshalGQL implements graphql.Marshaler.
func (p Predikat) MarshalGQL(w io.Writer) { marshalEnum(w, p) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (p *Predikat) UnmarshalGQL(v any) error { return unmarshalEnum(p, v) }

// MarshalGQL implements graphql.Marshaler.
func (e EvaluationPeriod) MarshalGQL(w io.Writer) { marshalEnum(w, e) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *EvaluationPeriod) UnmarshalGQL(v any) error { return unmarshalEnum(e, v) }

// MarshalGQL implements graphql.Marshaler.
func (e EvaluationStatus) MarshalGQL(w io.Writer) { marshalEnum(w, e) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *EvaluationStatus) UnmarshalGQL(v any) error { return unmarshalEnum(e, v) }

// MarshalGQL implements graphql.Marshaler.
func (p PotentialLevel) MarshalGQL(w io.Writer) { marshalEnum(w, p) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (p *PotentialLevel) UnmarshalGQL(v any) error { return unmarshalEnum(p, v) }

// MarshalGQL implements graphql.Marshaler.
func (s SanctionLevel) MarshalGQL(w io.Writer) { marshalEnum(w, s) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (s *SanctionLevel) UnmarshalGQL(v any) error { return unmarshalEnum(s, v) }

// MarshalGQL implements graphql.Marshaler.
func (t TrainingKind) MarshalGQL(w io.Writer) { marshalEnum(w, t) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (t *TrainingKind) UnmarshalGQL(v any) error { return unmarshalEnum(t, v) }

// MarshalGQL implements graphql.Marshaler.
func (k WorkPlanKind) MarshalGQL(w io.Writer) { marshalEnum(w, k) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (k *WorkPlanKind) UnmarshalGQL(v any) error { return unmarshalEnum(k, v) }

// MarshalGQL implements graphql.Marshaler.
func (b BerakhlakValue) MarshalGQL(w io.Writer) { marshalEnum(w, b) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (b *BerakhlakValue) UnmarshalGQL(v any) error { return unmarshalEnum(b, v) }

// MarshalGQL implements graphql.Marshaler.
func (p PerformanceAxis) MarshalGQL(w io.Writer) { marshalEnum(w, p) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (p *PerformanceAxis) UnmarshalGQL(v any) error { return unmarshalEnum(p, v) }

// MarshalGQL implements graphql.Marshaler.
func (u UnitPerformance) MarshalGQL(w io.Writer) { marshalEnum(w, u) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (u *UnitPerformance) UnmarshalGQL(v any) error { return unmarshalEnum(u, v) }

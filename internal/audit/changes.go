package audit

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/schema/schematype"
)

// bookkeeping fields say nothing that the entry's own time or another field of it does not: the
// timestamps, which change on every write, and an employee's sort_name, which follows the name.
var bookkeeping = map[string]bool{"created_at": true, "updated_at": true, "sort_name": true}

// masked stands for the value of a sensitive field (a password hash): the trail records that it
// changed, never what to.
const masked = "********"

// diff lists the fields whose values differ between two snapshots of a row (nil for the side that
// does not exist), together with extra, sorted by field name.
func diff(before, after map[string]any, extra ...schematype.FieldChange) []schematype.FieldChange {
	changes := extra
	names := make(map[string]bool, max(len(before), len(after)))
	for name := range before {
		names[name] = true
	}
	for name := range after {
		names[name] = true
	}
	for name := range names {
		if bookkeeping[name] {
			continue
		}
		old, cur := format(before[name]), format(after[name])
		if !equal(old, cur) {
			changes = append(changes, schematype.FieldChange{Field: name, Old: old, New: cur})
		}
	}
	slices.SortFunc(changes, func(a, b schematype.FieldChange) int { return strings.Compare(a.Field, b.Field) })
	return changes
}

// hidden lists the sensitive fields that m writes. Snapshots leave them out, so they cannot be
// compared: writing one counts as a change.
func hidden(m ent.Mutation, row map[string]any) []schematype.FieldChange {
	var out []schematype.FieldChange
	for _, name := range m.Fields() {
		if _, stored := row[name]; !stored {
			change := schematype.FieldChange{Field: name, New: ptr(masked)}
			if !m.Op().Is(ent.OpCreate) {
				change.Old = ptr(masked)
			}
			out = append(out, change)
		}
	}
	for _, name := range m.ClearedFields() {
		if _, stored := row[name]; !stored {
			out = append(out, schematype.FieldChange{Field: name, Old: ptr(masked)})
		}
	}
	return out
}

// format writes a stored value as the trail shows it; nil stands for no value (nil, "", a zero time,
// an empty list). Dates (midnight UTC) read YYYY-MM-DD, other times RFC 3339 in UTC to the second,
// and JSON fields as JSON.
func format(v any) *string {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil
		}
		rv = rv.Elem()
	}
	var s string
	switch rv.Kind() {
	case reflect.Invalid:
		return nil
	case reflect.String:
		s = rv.String()
	case reflect.Bool:
		s = strconv.FormatBool(rv.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		s = strconv.FormatInt(rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		s = strconv.FormatUint(rv.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		s = strconv.FormatFloat(rv.Float(), 'f', -1, rv.Type().Bits())
	case reflect.Slice, reflect.Map:
		if rv.Len() == 0 {
			return nil
		}
		s = marshal(rv.Interface())
	default:
		if t, ok := rv.Interface().(time.Time); ok {
			s = formatTime(t)
		} else {
			s = marshal(rv.Interface())
		}
	}
	if s == "" {
		return nil
	}
	return &s
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.UTC()
	if h, m, s := t.Clock(); h == 0 && m == 0 && s == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

func marshal(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		// A value JSON cannot encode (a NaN inside a JSON field) is still shown rather than failing the write.
		return fmt.Sprint(v)
	}
	return string(b)
}

func equal(a, b *string) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func ptr(s string) *string { return &s }

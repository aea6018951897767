package analytics

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/tally"
)

// Dimension is what a headcount is grouped by.
type Dimension string

// The dimensions of headcount.
const (
	ByUnit           Dimension = "UNIT"
	ByRank           Dimension = "RANK"
	ByRankGroup      Dimension = "RANK_GROUP"
	ByPositionKind   Dimension = "POSITION_KIND"
	ByEducation      Dimension = "EDUCATION"
	ByGender         Dimension = "GENDER"
	ByAgeBand        Dimension = "AGE_BAND"
	ByEmploymentType Dimension = "EMPLOYMENT_TYPE"
)

// Dimensions lists every dimension.
var Dimensions = []Dimension{ByUnit, ByRank, ByRankGroup, ByPositionKind, ByEducation, ByGender, ByAgeBand, ByEmploymentType}

// MarshalGQL implements graphql.Marshaler.
func (d Dimension) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(d))) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (d *Dimension) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	if !slices.Contains(Dimensions, Dimension(s)) {
		return fmt.Errorf("%v is not a valid Dimension", v)
	}
	*d = Dimension(s)
	return nil
}

// Bucket is one value of a dimension: its key and its Indonesian label.
type Bucket struct {
	Dimension Dimension
	Key       string
	Label     string
}

// HeadcountGroup is the employees of one combination of buckets.
type HeadcountGroup struct {
	Buckets []Bucket
	Count   Count
}

// Headcount is a count of employees, whole and grouped.
type Headcount struct {
	Total  Count
	Groups []HeadcountGroup
}

type ageBand struct {
	below      int
	key, label string
}

// ageBands are the bands of AGE_BAND, youngest first: an employee is in the first band whose upper age
// bound (exclusive) is above their age.
var ageBands = []ageBand{
	{30, "UNDER_30", "< 30 tahun"},
	{40, "30_39", "30–39 tahun"},
	{50, "40_49", "40–49 tahun"},
	{55, "50_54", "50–54 tahun"},
	{0, "55_PLUS", "≥ 55 tahun"},
}

// HeadcountOf counts employees grouped by one or two dimensions, within the unit's subtree (or the
// viewer's scope), filtered like the employees list.
func (s Service) HeadcountOf(ctx context.Context, by []Dimension, unitID *pulid.ID, where *ent.EmployeeWhereInput) (*Headcount, error) {
	if len(by) < 1 || len(by) > 2 {
		return nil, &career.FieldError{Field: "by", Message: fmt.Sprintf("group by one or two dimensions, not %d", len(by))}
	}
	if len(by) == 2 && by[0] == by[1] {
		return nil, &career.FieldError{Field: "by", Message: "group by two different dimensions"}
	}
	rows, err := s.headcountRows(ctx, by, unitID, where)
	if err != nil {
		return nil, err
	}
	labels, err := s.labeller(ctx, by, func(yield func(string) bool) {
		for _, r := range rows {
			if !yield(r.K1.String) || !yield(r.K2.String) {
				return
			}
		}
	})
	if err != nil {
		return nil, err
	}
	out := &Headcount{}
	total := 0
	for _, r := range rows {
		total += r.N
		g := HeadcountGroup{Count: count(ctx, r.N)}
		for i, key := range []string{r.K1.String, r.K2.String}[:len(by)] {
			g.Buckets = append(g.Buckets, Bucket{Dimension: by[i], Key: key, Label: labels(by[i], key)})
		}
		out.Groups = append(out.Groups, g)
	}
	slices.SortFunc(out.Groups, func(a, b HeadcountGroup) int { return compareBuckets(a.Buckets, b.Buckets) })
	out.Total = count(ctx, total)
	return out, nil
}

// headcountRow is one group of a headcount: its key in each dimension.
type headcountRow struct {
	K1 sql.NullString `json:"k1"`
	K2 sql.NullString `json:"k2"`
	N  int            `json:"n"`
}

// headcountRows counts from the tallies where they hold the answer: no filter, and dimensions that
// are the unit and an employee attribute.
func (s Service) headcountRows(ctx context.Context, by []Dimension, unitID *pulid.ID, where *ent.EmployeeWhereInput) ([]headcountRow, error) {
	unitAt := slices.Index(by, ByUnit)
	var attribute []Dimension
	for _, d := range by {
		if d != ByUnit {
			attribute = append(attribute, d)
		}
	}
	if where != nil || len(attribute) > 1 || (len(attribute) == 1 && !slices.Contains(tally.Attributes, string(attribute[0]))) {
		return s.headcountFromRows(ctx, by, unitID, where)
	}
	p, err := s.plan(ctx, unitID, unitAt >= 0)
	if err != nil || p == nil {
		if err == nil {
			return s.headcountFromRows(ctx, by, unitID, where)
		}
		return nil, err
	}
	measure := tally.All
	if len(attribute) == 1 {
		measure = string(attribute[0])
	}
	counts, err := s.read(ctx, p, []string{measure})
	if err != nil {
		return nil, err
	}
	var rows []headcountRow
	add := func(unit string, values map[tallyKey]tally.Value) {
		for k, v := range values {
			if v.N == 0 {
				continue
			}
			keys := []string{k.bucket}
			switch {
			case measure == tally.All:
				keys = []string{unit}
			case unitAt == 0:
				keys = []string{unit, k.bucket}
			case unitAt == 1:
				keys = []string{k.bucket, unit}
			}
			r := headcountRow{N: v.N, K1: sql.NullString{String: keys[0], Valid: true}}
			if len(keys) > 1 {
				r.K2 = sql.NullString{String: keys[1], Valid: true}
			}
			rows = append(rows, r)
		}
	}
	if unitAt < 0 {
		add("", counts.total)
	}
	for unit, values := range counts.groups {
		add(unit, values)
	}
	return rows, nil
}

// headcountFromRows counts the employees rows themselves.
func (s Service) headcountFromRows(ctx context.Context, by []Dimension, unitID *pulid.ID, where *ent.EmployeeWhereInput) ([]headcountRow, error) {
	q, sc, err := s.employees(ctx, unitID, slices.Contains(by, ByUnit))
	if err != nil {
		return nil, err
	}
	if where != nil {
		p, err := where.P()
		if err != nil {
			return nil, err
		}
		q.Where(p)
	}
	today := career.DateOf(s.Now())
	var rows []headcountRow
	err = q.Modify(func(sel *sql.Selector) {
		keys := []string{"k1", "k2"}[:len(by)]
		sel.Select()
		for i, d := range by {
			sel.AppendSelectExprAs(keyExpr(sel, d, sc, today), keys[i])
		}
		sel.AppendSelectAs("COUNT(*)", "n").GroupBy(keys...)
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	return rows, nil
}

// keyExpr is the SQL of a dimension's key for each employee row.
func keyExpr(sel *sql.Selector, d Dimension, sc scope, today time.Time) sql.Querier {
	switch d {
	case ByUnit:
		return sql.Expr(unitGroup(sel, sc))
	case ByAgeBand:
		return ageBandExpr(sel, today)
	}
	col := func(c string) string { return sel.C(c) }
	var kind string
	if d == ByPositionKind {
		p := sql.Table(position.Table).As("pk")
		sel.LeftJoin(p).On(sel.C(employee.FieldPositionID), p.C(position.FieldID))
		kind = p.C(position.FieldKind)
	}
	return sql.Expr(tally.AttributeKey(string(d), col, kind))
}

// ageBandExpr is the SQL of an employee's AGE_BAND: the cut-off birth dates are computed here, so that
// the database compares dates only.
func ageBandExpr(sel *sql.Selector, today time.Time) sql.Querier {
	return sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("CASE")
		for _, band := range ageBands[:len(ageBands)-1] {
			b.WriteString(" WHEN ").Ident(sel.C(employee.FieldBirthDate)).WriteString(" > ").Arg(today.AddDate(-band.below, 0, 0))
			b.WriteString(" THEN '" + band.key + "'")
		}
		b.WriteString(" ELSE '" + ageBands[len(ageBands)-1].key + "' END")
	})
}

// labeller returns the Indonesian label of every key, looking up unit names in one query.
func (s Service) labeller(ctx context.Context, by []Dimension, keys func(func(string) bool)) (func(Dimension, string) string, error) {
	var names map[string]string
	if slices.Contains(by, ByUnit) {
		var ids []string
		for k := range keys {
			if pulid.ID(k).Prefix() == "ORG" {
				ids = append(ids, k)
			}
		}
		var err error
		if names, err = s.unitNames(ctx, ids); err != nil {
			return nil, err
		}
	}
	return func(d Dimension, key string) string {
		switch d {
		case ByUnit:
			if n, ok := names[key]; ok {
				return n
			}
			return "Tanpa unit"
		case ByRank:
			r := career.Rank(key)
			if r.Golongan() != "" {
				return r.Label()
			}
			g := career.PPPKGrade(key)
			return career.RankLabel(nil, &g)
		case ByRankGroup:
			if key == "PPPK" {
				return "PPPK"
			}
			return "Golongan " + key
		case ByPositionKind:
			if key == "NONE" {
				return "Tanpa jabatan"
			}
			return career.PositionKind(key).Label()
		case ByGender:
			return career.Gender(key).Label()
		case ByAgeBand:
			for _, b := range ageBands {
				if b.key == key {
					return b.label
				}
			}
		}
		return key
	}, nil
}

// compareBuckets orders groups by their keys, in each dimension's natural order.
func compareBuckets(a, b []Bucket) int {
	for i := range a {
		if c := order(a[i]) - order(b[i]); c != 0 {
			return c
		}
		if a[i].Label != b[i].Label {
			if a[i].Label < b[i].Label {
				return -1
			}
			return 1
		}
	}
	return 0
}

// order places a bucket in its dimension's natural order (ranks and education low to high, age bands
// young to old); dimensions without one sort by label.
func order(b Bucket) int {
	switch b.Dimension {
	case ByRank:
		if r := career.Rank(b.Key); r.Order() > 0 {
			return r.Order()
		}
		return 100 + career.PPPKGrade(b.Key).Order()
	case ByRankGroup:
		return slices.Index([]string{"I", "II", "III", "IV", "PPPK"}, b.Key)
	case ByEducation:
		return slices.Index(career.Education("").Values(), b.Key)
	case ByAgeBand:
		return slices.IndexFunc(ageBands, func(x ageBand) bool { return x.key == b.Key })
	case ByPositionKind:
		return slices.Index(career.PositionKind("").Values(), b.Key)
	}
	return 0
}

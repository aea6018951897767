package seed

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"sync"
	"time"

	"entgo.io/ent/dialect/sql/schema"
	"entgo.io/ent/schema/field"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/migrate"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/derive"
)

// chunk is one instansi of a bulk load, encoded table by table.
type chunk struct {
	tables []*tableRows
	byName map[string]*tableRows
	// employees wait for the chunk's end: their latest predikat comes from evaluations built after
	// them.
	employees []*ent.EmployeeCreate
	// records are the employees' yearly records, from which their latest predikat and their
	// employee_years rows come, and trainings the hours and end of the chunk's trainings.
	records   map[pulid.ID]*career.YearRecords
	trainings map[pulid.ID]trainingTerm
}

type trainingTerm struct {
	hours int
	ends  time.Time
}

// tableRows are a table's rows in COPY's text format, in blocks of whole lines small enough for one
// CopyData message each.
type tableRows struct {
	table  *schema.Table
	blocks [][]byte
}

const blockSize = 60 << 10

// blocks are reused from chunk to chunk: a load writes gigabytes through them.
var blocks = sync.Pool{New: func() any { return make([]byte, 0, blockSize+8<<10) }}

// release returns the chunk's blocks once they are copied.
func (c *chunk) release() {
	for _, t := range c.tables {
		for _, b := range t.blocks {
			blocks.Put(b[:0])
		}
		t.blocks = nil
	}
}

func (b *bulkLoad) newChunk() *chunk {
	c := &chunk{byName: map[string]*tableRows{}, records: map[pulid.ID]*career.YearRecords{}, trainings: map[pulid.ID]trainingTerm{}}
	for _, t := range bulkTables {
		rows := &tableRows{table: t}
		c.tables = append(c.tables, rows)
		c.byName[t.Name] = rows
	}
	return c
}

// rowMutation is the ent mutation of a new row.
type rowMutation interface {
	ent.Mutation
	ID() (pulid.ID, bool)
}

// add encodes the row a create builder would insert, with the derived columns its hooks would write
// (internal/derive): an org unit's path, an evaluation's predikat. Employees wait for closeChunk.
func (b *bulkLoad) add(builder any) error {
	c := b.chunk
	switch x := builder.(type) {
	case *ent.OrgUnitCreate:
		m := x.Mutation()
		id, _ := m.ID()
		parentPath := "/"
		if parent, ok := m.ParentID(); ok {
			if parentPath, ok = b.paths[parent]; !ok {
				return fmt.Errorf("bulk load: the parent unit %s of %s is not loaded", parent, id)
			}
		}
		b.paths[id] = parentPath + string(id) + "/"
		x.SetPath(b.paths[id])
		return c.put(migrate.OrgUnitsTable, m, b.now)
	case *ent.PositionCreate:
		m := x.Mutation()
		id, _ := m.ID()
		kind, _ := m.Kind()
		level, _ := m.FunctionalLevel()
		b.posts[id] = postKind{kind, level}
		return c.put(migrate.PositionsTable, m, b.now)
	case *ent.EmployeeCreate:
		c.employees = append(c.employees, x)
		return nil
	case *ent.EvaluationCreate:
		m := x.Mutation()
		result, hasResult := m.WorkResult()
		behavior, hasBehavior := m.WorkBehavior()
		if !hasResult || !hasBehavior {
			m.ClearPredikat()
		} else if p, ok := career.PredikatFor(result, behavior); ok {
			x.SetPredikat(p)
			period, _ := m.Period()
			status, _ := m.Status()
			if period == career.PeriodAnnual && status == career.EvalFinal {
				employee, _ := m.EmployeeID()
				year, _ := m.Year()
				c.recordsOf(employee).Predikat[year] = p
			}
		} else {
			return fmt.Errorf("bulk load: unknown ratings %q, %q", result, behavior)
		}
		return c.put(migrate.EvaluationsTable, m, b.now)
	case *ent.PotentialAssessmentCreate:
		m := x.Mutation()
		employee, _ := m.EmployeeID()
		year, _ := m.Year()
		level, _ := m.Level()
		c.recordsOf(employee).Potential[year] = level
		return c.put(migrate.PotentialAssessmentsTable, m, b.now)
	case *ent.TrainingCreate:
		m := x.Mutation()
		id, _ := m.ID()
		hours, _ := m.HoursJp()
		ends, _ := m.EndsOn()
		c.trainings[id] = trainingTerm{hours, ends}
		return c.put(migrate.TrainingsTable, m, b.now)
	case *ent.EnrollmentCreate:
		m := x.Mutation()
		if status, _ := m.Status(); status == enrollment.StatusCOMPLETED {
			employee, _ := m.EmployeeID()
			training, _ := m.TrainingID()
			t, ok := c.trainings[training]
			if !ok {
				return fmt.Errorf("bulk load: the training %s of an enrolment is not in its chunk", training)
			}
			day := t.ends
			if at, ok := m.CompletedAt(); ok {
				day = at
			}
			c.recordsOf(employee).JP[career.DateOf(day).Year()] += t.hours
		}
		return c.put(migrate.EnrollmentsTable, m, b.now)
	case *ent.UnitRatingCreate:
		return c.put(migrate.UnitRatingsTable, x.Mutation(), b.now)
	case *ent.DisciplinarySanctionCreate:
		return c.put(migrate.DisciplinarySanctionsTable, x.Mutation(), b.now)
	case *ent.VacancyCreate:
		return c.put(migrate.VacanciesTable, x.Mutation(), b.now)
	case *ent.ApplicationCreate:
		return c.put(migrate.ApplicationsTable, x.Mutation(), b.now)
	case *ent.MentorshipCreate:
		return c.put(migrate.MentorshipsTable, x.Mutation(), b.now)
	case *ent.CareerEventCreate:
		return c.put(migrate.CareerEventsTable, x.Mutation(), b.now)
	}
	return fmt.Errorf("bulk load: no table for %T", builder)
}

func (c *chunk) recordsOf(employee pulid.ID) *career.YearRecords {
	r, ok := c.records[employee]
	if !ok {
		r = &career.YearRecords{Predikat: map[int]career.Predikat{}, Potential: map[int]career.PotentialLevel{}, JP: map[int]int{}}
		c.records[employee] = r
	}
	return r
}

// closeChunk encodes the chunk's employees with the columns derive.EmployeeRecord,
// derive.EmployeeSortName and derive.EvaluationPredikat write — rank order, retirement date after the
// post, sort name, latest final annual predikat — after the same NIP check, and their employee_years
// rows as derive.RebuildYears computes them.
func (b *bulkLoad) closeChunk(c *chunk) error {
	for _, x := range c.employees {
		m := x.Mutation()
		id, _ := m.ID()
		nip, _ := m.Nip()
		typ, _ := m.EmploymentType()
		birth, _ := m.BirthDate()
		gender, _ := m.Gender()
		hired, _ := m.HiredAt()
		if err := career.CheckNIP(nip, typ, birth, gender, hired); err != nil {
			return fmt.Errorf("bulk load: employee %s: %w", id, err)
		}
		var rank *career.Rank
		var grade *career.PPPKGrade
		if r, ok := m.Rank(); ok {
			rank = &r
		}
		if g, ok := m.PppkGrade(); ok {
			grade = &g
		}
		x.SetRankOrder(career.RankOrder(rank, grade))
		var post postKind
		if p, ok := m.PositionID(); ok {
			if post, ok = b.posts[p]; !ok {
				return fmt.Errorf("bulk load: the position %s of employee %s is not loaded", p, id)
			}
		}
		x.SetRetirementDate(career.RetirementDate(birth, post.kind, post.level))
		name, _ := m.Name()
		x.SetSortName(derive.SortName(name))
		records := c.records[id]
		if records != nil && len(records.Predikat) > 0 {
			latest := 0
			for year := range records.Predikat {
				latest = max(latest, year)
			}
			x.SetLatestPredikat(records.Predikat[latest])
		}
		if err := c.put(migrate.EmployeesTable, m, b.now); err != nil {
			return err
		}
		if records == nil {
			continue
		}
		for _, y := range career.Years(*records) {
			row := b.client.EmployeeYear.Create().SetID(b.yearIDs.id("EYR")).SetEmployeeID(id).SetYear(y.Year).
				SetNillablePredikat(y.Predikat).SetNillablePerformance(y.Performance).SetNillablePotential(y.Potential).
				SetNillableTalentBox(y.TalentBox).SetJpCompleted(y.JP)
			if err := c.put(migrate.EmployeeYearsTable, row.Mutation(), b.now); err != nil {
				return err
			}
		}
	}
	return nil
}

// put appends the row of a mutation: its values column by column, and for a column it leaves unset
// the schema's default, the load's time for created_at and updated_at, or NULL.
func (c *chunk) put(t *schema.Table, m rowMutation, now string) error {
	rows := c.byName[t.Name]
	if len(rows.blocks) == 0 || len(rows.blocks[len(rows.blocks)-1]) > blockSize {
		rows.blocks = append(rows.blocks, blocks.Get().([]byte))
	}
	buf := rows.blocks[len(rows.blocks)-1]
	for i, col := range t.Columns {
		if i > 0 {
			buf = append(buf, '\t')
		}
		var v ent.Value
		var ok bool
		if col.Name == "id" {
			v, ok = m.ID()
		} else {
			v, ok = m.Field(col.Name)
		}
		switch {
		case ok:
		case col.Name == "created_at" || col.Name == "updated_at":
			buf = append(buf, now...)
			continue
		case col.Default != nil:
			v = col.Default
		case col.Nullable:
			buf = append(buf, `\N`...)
			continue
		default:
			return fmt.Errorf("bulk load: %s.%s has no value", t.Name, col.Name)
		}
		var err error
		if buf, err = appendValue(buf, col, v); err != nil {
			return fmt.Errorf("bulk load: %s.%s: %w", t.Name, col.Name, err)
		}
	}
	rows.blocks[len(rows.blocks)-1] = append(buf, '\n')
	return nil
}

// appendValue encodes a value the way lib/pq would send it, in COPY's text format; JSON columns hold
// what ent would marshal.
func appendValue(buf []byte, col *schema.Column, v any) ([]byte, error) {
	if col.Type == field.TypeJSON {
		b, err := json.Marshal(v)
		if err != nil {
			return buf, err
		}
		return appendText(buf, b), nil
	}
	switch x := v.(type) {
	case string:
		return appendText(buf, x), nil
	case pulid.ID:
		return append(buf, x...), nil
	case int:
		return strconv.AppendInt(buf, int64(x), 10), nil
	case int64:
		return strconv.AppendInt(buf, x, 10), nil
	case float64:
		return strconv.AppendFloat(buf, x, 'g', -1, 64), nil
	case bool:
		return strconv.AppendBool(buf, x), nil
	case time.Time:
		return appendTime(buf, x), nil
	}
	if r := reflect.ValueOf(v); r.Kind() == reflect.String {
		return appendText(buf, r.String()), nil
	}
	return buf, fmt.Errorf("cannot encode %T", v)
}

// appendTime writes an instant in UTC to the microsecond, PostgreSQL's precision, the way
// time.Format would with "2006-01-02 15:04:05.999999Z", at a fraction of its cost.
func appendTime(buf []byte, t time.Time) []byte {
	t = t.UTC()
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	buf = appendDigits(buf, y, 4)
	buf = append(buf, '-')
	buf = appendDigits(buf, int(mo), 2)
	buf = append(buf, '-')
	buf = appendDigits(buf, d, 2)
	buf = append(buf, ' ')
	buf = appendDigits(buf, h, 2)
	buf = append(buf, ':')
	buf = appendDigits(buf, mi, 2)
	buf = append(buf, ':')
	buf = appendDigits(buf, s, 2)
	if us := t.Nanosecond() / 1000; us > 0 {
		buf = append(buf, '.')
		buf = appendDigits(buf, us, 6)
	}
	return append(buf, 'Z')
}

// appendDigits writes a non-negative number with at least width digits.
func appendDigits(buf []byte, n, width int) []byte {
	var digits [20]byte
	i := len(digits)
	for n > 0 || width > 0 {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	return append(buf, digits[i:]...)
}

// appendText escapes what COPY's text format gives a meaning to: backslash, tab and line ends.
func appendText[T string | []byte](buf []byte, s T) []byte {
	for i := range len(s) {
		ch := s[i]
		switch ch {
		case '\\':
			buf = append(buf, '\\', '\\')
		case '\t':
			buf = append(buf, '\\', 't')
		case '\n':
			buf = append(buf, '\\', 'n')
		case '\r':
			buf = append(buf, '\\', 'r')
		default:
			buf = append(buf, ch)
		}
	}
	return buf
}

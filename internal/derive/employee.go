package derive

import (
	"context"
	"strings"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/hook"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
)

// recordFields are the employee fields that the NIP, the rank order and the retirement date depend on.
var recordFields = []string{
	employee.FieldNip, employee.FieldEmploymentType, employee.FieldBirthDate, employee.FieldGender,
	employee.FieldHiredAt, employee.FieldRank, employee.FieldPppkGrade, employee.FieldPositionID,
}

// EmployeeRecord checks that an employee's NIP agrees with the record and that a PNS has a rank and a
// PPPK a grade, and writes rank_order and retirement_date.
var EmployeeRecord ent.Hook = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.EmployeeFunc(func(ctx context.Context, m *ent.EmployeeMutation) (ent.Value, error) {
		if !touches(m, recordFields) {
			return next.Mutate(ctx, m)
		}
		if m.Op().Is(ent.OpUpdate) {
			return nil, oneAtATime("employee", touched(m, recordFields)...)
		}
		r, err := employeeRecord(ctx, m)
		if err != nil {
			return nil, err
		}
		if err := r.check(); err != nil {
			return nil, err
		}
		m.SetRankOrder(career.RankOrder(r.rank, r.grade))
		retirement, err := retirementDate(ctx, m.Client(), r)
		if err != nil {
			return nil, err
		}
		m.SetRetirementDate(retirement)
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)

// EmployeeSortName writes the sort_name of every name written.
var EmployeeSortName ent.Hook = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.EmployeeFunc(func(ctx context.Context, m *ent.EmployeeMutation) (ent.Value, error) {
		if name, ok := m.Name(); ok {
			m.SetSortName(SortName(name))
		}
		return next.Mutate(ctx, m)
	})
}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)

// SortName is the key by which names sort: the name folded to lower case, so that "dr. Rina" sorts
// among the D, as "Dr. Rina" does, and not after "Zainal".
func SortName(name string) string { return strings.ToLower(name) }

// record is an employee as it will be after the mutation: the mutation's values over the stored ones.
type record struct {
	nip        string
	typ        career.EmploymentType
	birthDate  time.Time
	gender     career.Gender
	hiredAt    time.Time
	rank       *career.Rank
	grade      *career.PPPKGrade
	positionID pulid.ID
}

func employeeRecord(ctx context.Context, m *ent.EmployeeMutation) (record, error) {
	var r record
	if m.Op().Is(ent.OpUpdateOne) {
		id, _ := m.ID()
		old, err := m.Client().Employee.Get(ctx, id)
		if err != nil {
			return r, err
		}
		r = record{old.Nip, old.EmploymentType, old.BirthDate, old.Gender, old.HiredAt, old.Rank, old.PppkGrade, old.PositionID}
	}
	if v, ok := m.Nip(); ok {
		r.nip = v
	}
	if v, ok := m.EmploymentType(); ok {
		r.typ = v
	}
	if v, ok := m.BirthDate(); ok {
		r.birthDate = v
	}
	if v, ok := m.Gender(); ok {
		r.gender = v
	}
	if v, ok := m.HiredAt(); ok {
		r.hiredAt = v
	}
	if v, ok := m.Rank(); ok {
		r.rank = &v
	} else if m.RankCleared() {
		r.rank = nil
	}
	if v, ok := m.PppkGrade(); ok {
		r.grade = &v
	} else if m.PppkGradeCleared() {
		r.grade = nil
	}
	if v, ok := m.PositionID(); ok {
		r.positionID = v
	} else if m.PositionCleared() {
		r.positionID = ""
	}
	return r, nil
}

func (r record) check() error {
	switch {
	case r.typ == career.EmploymentPNS && r.rank == nil:
		return &career.FieldError{Field: employee.FieldRank, Message: "a PNS must have a rank (pangkat/golongan)"}
	case r.typ == career.EmploymentPNS && r.grade != nil:
		return &career.FieldError{Field: employee.FieldPppkGrade, Message: "a PNS has a rank, not a PPPK grade"}
	case r.typ == career.EmploymentPPPK && r.grade == nil:
		return &career.FieldError{Field: employee.FieldPppkGrade, Message: "a PPPK must have a grade (golongan I–XVII)"}
	case r.typ == career.EmploymentPPPK && r.rank != nil:
		return &career.FieldError{Field: employee.FieldRank, Message: "a PPPK has a grade, not a PNS rank"}
	}
	return career.CheckNIP(r.nip, r.typ, r.birthDate, r.gender, r.hiredAt)
}

func retirementDate(ctx context.Context, client *ent.Client, r record) (time.Time, error) {
	var kind career.PositionKind
	var level career.FunctionalLevel
	if r.positionID != "" {
		p, err := client.Position.Query().
			Where(position.ID(r.positionID)).
			Select(position.FieldKind, position.FieldFunctionalLevel).
			Only(ctx)
		if ent.IsNotFound(err) {
			return time.Time{}, &career.FieldError{Field: employee.FieldPositionID, Message: "the position " + string(r.positionID) + " does not exist"}
		}
		if err != nil {
			return time.Time{}, err
		}
		kind = p.Kind
		if p.FunctionalLevel != nil {
			level = *p.FunctionalLevel
		}
	}
	return career.RetirementDate(r.birthDate, kind, level), nil
}

func touches(m ent.Mutation, fields []string) bool {
	return len(touched(m, fields)) > 0
}

// touched lists the given fields that the mutation sets or clears.
func touched(m ent.Mutation, fields []string) []string {
	var out []string
	for _, f := range fields {
		_, set := m.Field(f)
		if set || m.FieldCleared(f) {
			out = append(out, f)
		}
	}
	return out
}

package audit

import (
	"context"
	"fmt"
	"slices"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/dashboard"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/vacancy"
)

// owner is the employee and the unit an entry belongs to: the employee may read it, and HR and
// leaders whose scope holds the unit.
type owner struct {
	employee, unit pulid.ID
	// When the unit is that of an employee or a post, the ID to look it up by.
	unitOfEmployee, unitOfPosition pulid.ID
}

// ownerFields name the employee a record is about, in the entities that hang from one.
var ownerFields = []string{"employee_id", "applicant_id", "mentee_id"}

func ownerOf(entityType string, id pulid.ID, row map[string]any) owner {
	switch entityType {
	case ent.TypeEmployee:
		return owner{employee: id, unit: idIn(row, employee.FieldUnitID)}
	case ent.TypeOrgUnit:
		return owner{unit: id}
	case ent.TypeVacancy:
		return owner{unitOfPosition: idIn(row, vacancy.FieldPositionID)}
	case ent.TypeDashboard:
		return owner{unit: idIn(row, dashboard.FieldSharedWithID)}
	case ent.TypeAccount:
		o := owner{employee: idIn(row, account.FieldEmployeeID), unit: idIn(row, account.FieldScopeUnitID)}
		if o.unit == "" {
			o.unitOfEmployee = o.employee
		}
		return o
	}
	for _, f := range ownerFields {
		if e := idIn(row, f); e != "" {
			return owner{employee: e, unitOfEmployee: e}
		}
	}
	return owner{unit: idIn(row, "unit_id")}
}

// ownersOf attributes each entry, looking the units of employees and positions up in one query per
// batch rather than one per entry.
func ownersOf(ctx context.Context, client *ent.Client, entityType string, entries []entry) ([]owner, error) {
	owners := make([]owner, len(entries))
	var employees, positions []pulid.ID
	for i, e := range entries {
		o := ownerOf(entityType, e.id, e.row)
		owners[i] = o
		if o.unitOfEmployee != "" {
			employees = append(employees, o.unitOfEmployee)
		}
		if o.unitOfPosition != "" {
			positions = append(positions, o.unitOfPosition)
		}
	}
	employeeUnits, err := lookup(employees, func(ids []pulid.ID, units map[pulid.ID]pulid.ID) error {
		rows, err := client.Employee.Query().Where(employee.IDIn(ids...)).Select(employee.FieldUnitID).All(ctx)
		for _, r := range rows {
			units[r.ID] = r.UnitID
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	positionUnits, err := lookup(positions, func(ids []pulid.ID, units map[pulid.ID]pulid.ID) error {
		rows, err := client.Position.Query().Where(position.IDIn(ids...)).Select(position.FieldUnitID).All(ctx)
		for _, r := range rows {
			units[r.ID] = r.UnitID
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	for i, o := range owners {
		if o.unitOfEmployee != "" {
			owners[i].unit = employeeUnits[o.unitOfEmployee]
		}
		if o.unitOfPosition != "" {
			owners[i].unit = positionUnits[o.unitOfPosition]
		}
	}
	return owners, nil
}

// lookup loads the unit of each distinct ID, in batches.
func lookup(ids []pulid.ID, load func(ids []pulid.ID, units map[pulid.ID]pulid.ID) error) (map[pulid.ID]pulid.ID, error) {
	units := map[pulid.ID]pulid.ID{}
	var distinct []pulid.ID
	for _, id := range ids {
		if _, seen := units[id]; !seen {
			units[id] = ""
			distinct = append(distinct, id)
		}
	}
	for part := range slices.Chunk(distinct, batch) {
		if err := load(part, units); err != nil {
			return nil, fmt.Errorf("audit: %w", err)
		}
	}
	return units, nil
}

// idIn reads an ID field of a snapshot; optional ones are stored as "" when unset.
func idIn(row map[string]any, field string) pulid.ID {
	switch v := row[field].(type) {
	case pulid.ID:
		return v
	case *pulid.ID:
		if v != nil {
			return *v
		}
	}
	return ""
}

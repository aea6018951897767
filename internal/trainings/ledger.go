package trainings

import (
	"context"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
)

// Short returns the active PNS who have not completed the required JP in the year — a supervisor's
// own team, or the unit's subtree for the others — as a query the resolver pages through; the rows
// the viewer may read decide the rest.
func (s Service) Short(ctx context.Context, year int, unitID *pulid.ID) (*ent.EmployeeQuery, error) {
	client := s.client(ctx)
	q := client.Employee.Query().Where(
		employee.EmploymentTypeEQ(career.EmploymentPNS),
		employee.StatusEQ(employee.StatusACTIVE),
		employee.Not(employee.HasYearsWith(employeeyear.Year(year), employeeyear.JpCompletedGTE(career.RequiredJP))),
	)
	if v := auth.FromContext(ctx); v.Is(auth.RoleSupervisor) {
		q.Where(employee.SupervisorID(v.EmployeeID))
	}
	if unitID != nil {
		unit, err := client.OrgUnit.Get(ctx, *unitID)
		if err != nil {
			return nil, err
		}
		q.Where(employee.HasUnitWith(orgunit.PathHasPrefix(unit.Path)))
	}
	return q, nil
}

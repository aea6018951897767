package talent

import (
	"context"
	"strings"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/potentialassessment"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
)

// RecordPotential records an employee's potential assessment of a year. There is one per employee and
// year: a second record corrects the first, and the audit trail keeps the values it replaced. The
// year's 9-box placement follows in the same transaction (the hook of internal/derive).
func (s Service) RecordPotential(ctx context.Context, employeeID pulid.ID, in career.PotentialRecord) (*ent.PotentialAssessment, error) {
	if err := mayRecord(ctx, "mencatat penilaian potensi"); err != nil {
		return nil, err
	}
	if err := in.Check(s.Now()); err != nil {
		return nil, err
	}
	client := s.client(ctx)
	if err := exists(ctx, client, employeeID); err != nil {
		return nil, err
	}
	// The privacy rules decide whether the employee lies in the viewer's scope: an HR account out of
	// scope neither finds the earlier record nor may create one.
	ctx = audit.WithAction(ctx, "recordPotentialAssessment")
	method := strings.TrimSpace(in.Method)
	assessor := auth.FromContext(ctx).EmployeeID
	earlier, err := client.PotentialAssessment.Query().
		Where(potentialassessment.EmployeeID(employeeID), potentialassessment.Year(in.Year)).
		Only(ctx)
	switch {
	case ent.IsNotFound(err):
		c := client.PotentialAssessment.Create().SetEmployeeID(employeeID).SetYear(in.Year).
			SetLevel(in.Level).SetScore(in.Score).SetMethod(method)
		if assessor != "" {
			c.SetAssessedByID(assessor)
		}
		return c.Save(ctx)
	case err != nil:
		return nil, err
	}
	u := client.PotentialAssessment.UpdateOne(earlier).SetLevel(in.Level).SetScore(in.Score).SetMethod(method)
	if assessor != "" {
		u.SetAssessedByID(assessor)
	} else {
		u.ClearAssessedByID()
	}
	return u.Save(ctx)
}

// RecordSanction records a disciplinary sanction from its decree. A moderate or heavy one takes the
// employee out of the succession lists for the settings' SanctionFreeYears, which are read at the time
// of asking, so nothing else is stored.
func (s Service) RecordSanction(ctx context.Context, employeeID pulid.ID, in career.SanctionRecord) (*ent.DisciplinarySanction, error) {
	if err := mayRecord(ctx, "mencatat hukuman disiplin"); err != nil {
		return nil, err
	}
	if err := in.Check(s.Now()); err != nil {
		return nil, err
	}
	client := s.client(ctx)
	if err := exists(ctx, client, employeeID); err != nil {
		return nil, err
	}
	return client.DisciplinarySanction.Create().SetEmployeeID(employeeID).SetLevel(in.Level).
		SetDescription(strings.TrimSpace(in.Description)).SetDecreeNumber(strings.TrimSpace(in.DecreeNumber)).
		SetImposedOn(career.DateOf(in.ImposedOn)).SetNillableEndsOn(in.EndsOn).
		Save(audit.WithAction(ctx, "recordSanction"))
}

// exists answers NOT_FOUND for an employee ID that names nobody, rather than a failed reference. Only
// HR and ADMIN get this far, and the privacy rules still decide whether they may write for the
// employee: an HR account learns of an employee outside its scope that it is there, not more.
func exists(ctx context.Context, client *ent.Client, id pulid.ID) error {
	_, err := client.Employee.Query().Where(employee.ID(id)).OnlyID(access.Allow(ctx))
	return err
}

// mayRecord refuses talent records to anyone but HR and ADMIN, in Indonesian, before any work; which
// employees an HR account may record for is the privacy rules' answer (its scope).
func mayRecord(ctx context.Context, what string) error {
	v := auth.FromContext(ctx)
	switch {
	case v == nil:
		return &access.DeniedError{Anonymous: true, Message: "masuk terlebih dahulu untuk " + what}
	case !v.Is(auth.RoleHR, auth.RoleAdmin):
		return &access.DeniedError{Message: "hanya HR dalam lingkup pegawai atau ADMIN yang dapat " + what}
	}
	return nil
}

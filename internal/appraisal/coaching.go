package appraisal

import (
	"context"
	"strings"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/coachingplan"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
)

// CoachingInput is what the supervisor writes in a coaching plan.
type CoachingInput struct {
	Plan  string
	DueOn *time.Time
}

// UpdateCoaching fills in an open coaching plan: the supervisor responsible only.
func (s Service) UpdateCoaching(ctx context.Context, id pulid.ID, in CoachingInput) (*ent.CoachingPlan, error) {
	if strings.TrimSpace(in.Plan) == "" {
		return nil, &career.FieldError{Field: "plan", Message: "tuliskan rencana pembinaan"}
	}
	return s.coaching(ctx, "updateCoachingPlan", id, func(u *ent.CoachingPlanUpdateOne) {
		u.SetPlan(strings.TrimSpace(in.Plan)).SetNillableDueOn(in.DueOn)
	})
}

// CloseCoaching closes an open coaching plan with its outcome: the supervisor responsible only.
func (s Service) CloseCoaching(ctx context.Context, id pulid.ID, outcome string) (*ent.CoachingPlan, error) {
	if strings.TrimSpace(outcome) == "" {
		return nil, &career.FieldError{Field: "outcome", Message: "tuliskan hasil pembinaan sebelum menutupnya"}
	}
	return s.coaching(ctx, "closeCoachingPlan", id, func(u *ent.CoachingPlanUpdateOne) {
		u.SetOutcome(strings.TrimSpace(outcome)).SetStatus(coachingplan.StatusCLOSED).SetClosedAt(s.Now())
	})
}

func (s Service) coaching(ctx context.Context, action string, id pulid.ID, set func(*ent.CoachingPlanUpdateOne)) (*ent.CoachingPlan, error) {
	client := s.client(ctx)
	plan, err := client.CoachingPlan.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if v := auth.FromContext(ctx); v == nil || plan.CoachID == "" || v.EmployeeID != plan.CoachID {
		return nil, &career.AppraisalError{Forbidden: true, Message: "hanya atasan yang bertanggung jawab atas pembinaan ini yang dapat mengisinya"}
	}
	if plan.Status == coachingplan.StatusCLOSED {
		return nil, &career.FieldError{Field: "status", Message: "rencana pembinaan ini sudah ditutup"}
	}
	u := client.CoachingPlan.UpdateOneID(id).Where(coachingplan.StatusEQ(coachingplan.StatusOPEN))
	set(u)
	saved, err := u.Save(access.Allow(audit.WithAction(ctx, action)))
	if ent.IsNotFound(err) {
		return nil, &career.ConflictError{Message: "rencana pembinaan ini baru saja ditutup orang lain"}
	}
	return saved, err
}

// Recognised returns the employees of the unit's subtree (or of all the viewer may read) whose final
// annual predikat of the year is SANGAT_BAIK, as a query the resolver pages through.
func (s Service) Recognised(ctx context.Context, year int, unitID *pulid.ID) (*ent.EmployeeQuery, error) {
	q := s.client(ctx).Employee.Query().Where(employee.HasYearsWith(employeeyear.Year(year), employeeyear.PredikatEQ(career.PredikatSangatBaik)))
	if unitID != nil {
		unit, err := s.client(ctx).OrgUnit.Get(ctx, *unitID)
		if err != nil {
			return nil, err
		}
		q.Where(employee.HasUnitWith(orgunit.PathHasPrefix(unit.Path)))
	}
	return q, nil
}

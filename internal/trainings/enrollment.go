// Package trainings runs competency development: enrolment into trainings that never over-books,
// attendance and completion (which feed the JP ledger and the career history), and participants'
// feedback on the modules of a curriculum, which HR cites when revising it. Like the appraisal, each
// step checks who may take it and writes in the request's transaction.
package trainings

import (
	"context"
	"fmt"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/careerevent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/predicate"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/training"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
)

// Service runs the workflows over one database.
type Service struct {
	Client *ent.Client
	Now    func() time.Time
}

func (s Service) client(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return s.Client
}

func forbidden(message string) error { return &access.DeniedError{Message: message} }

// Enroll enrols the viewer in an open training with a seat left.
func (s Service) Enroll(ctx context.Context, trainingID pulid.ID) (*ent.Enrollment, error) {
	v := auth.FromContext(ctx)
	if v == nil || v.EmployeeID == "" {
		return nil, forbidden("hanya akun yang terhubung dengan data pegawai yang dapat mendaftar pelatihan")
	}
	return s.take(ctx, "enrollInTraining", trainingID, v.EmployeeID, false)
}

// Nominate enrols an employee on the nomination of their supervisor (direct or higher up), of HR in
// whose scope they work, or of an ADMIN.
func (s Service) Nominate(ctx context.Context, trainingID, employeeID pulid.ID) (*ent.Enrollment, error) {
	if err := s.mayNominate(ctx, employeeID); err != nil {
		return nil, err
	}
	return s.take(ctx, "nominateForTraining", trainingID, employeeID, true)
}

func (s Service) mayNominate(ctx context.Context, employeeID pulid.ID) error {
	v := auth.FromContext(ctx)
	allow := access.Allow(ctx)
	client := s.client(ctx)
	switch {
	case v.Is(auth.RoleAdmin):
		return nil
	case v.Is(auth.RoleHR):
		within, err := client.Employee.Query().Where(employee.ID(employeeID), employee.HasUnitWith(unitUnder(v.ScopePath))).Exist(allow)
		if err != nil || within {
			return err
		}
		return forbidden("HR hanya dapat menominasikan pegawai dalam lingkup unitnya")
	case v.Is(auth.RoleSupervisor, auth.RoleLeader) && v.EmployeeID != "":
		// Up the chain of supervisors from the nominee; the org tree is a few levels deep.
		id := employeeID
		for range 12 {
			e, err := client.Employee.Query().Where(employee.ID(id)).Select(employee.FieldSupervisorID).Only(allow)
			if err != nil {
				return err
			}
			if e.SupervisorID == "" {
				break
			}
			if e.SupervisorID == v.EmployeeID {
				return nil
			}
			id = e.SupervisorID
		}
	}
	return forbidden("hanya atasan pegawai atau HR yang dapat menominasikan pegawai untuk pelatihan")
}

// take gives the employee a seat: the seat first, by a conditional update that fails when none is left
// (so that concurrent enrolments never over-book, on either database), then the enrolment, in the same
// transaction. A cancelled enrolment in the same training is taken up again.
func (s Service) take(ctx context.Context, action string, trainingID, employeeID pulid.ID, nominated bool) (*ent.Enrollment, error) {
	client := s.client(ctx)
	write := access.Allow(audit.WithAction(ctx, action))
	t, err := client.Training.Get(ctx, trainingID)
	if err != nil {
		return nil, err
	}
	if t.Status != training.StatusOPEN {
		return nil, &career.FieldError{Field: "trainingID", Message: fmt.Sprintf("pelatihan %q tidak dibuka untuk pendaftaran", t.Title)}
	}
	if today := career.DateOf(s.Now()); t.StartsOn.Before(today) {
		return nil, &career.FieldError{Field: "trainingID", Message: fmt.Sprintf("pelatihan %q sudah dimulai pada %s", t.Title, t.StartsOn.Format(time.DateOnly))}
	}
	previous, err := client.Enrollment.Query().Where(enrollment.EmployeeID(employeeID), enrollment.TrainingID(trainingID)).Only(write)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if previous != nil && previous.Status != enrollment.StatusCANCELLED {
		return nil, alreadyEnrolled
	}
	taken, err := client.Training.Update().
		Where(training.ID(trainingID), SeatsLeft(true)).
		AddSeatsTaken(1).Save(write)
	if err != nil {
		return nil, err
	}
	if taken == 0 {
		return nil, &career.FieldError{Field: "trainingID", Message: fmt.Sprintf("kuota pelatihan %q (%d peserta) sudah penuh", t.Title, t.Capacity)}
	}
	if previous != nil {
		// Only while still cancelled: the employee enrolling and HR nominating them at once both
		// read it cancelled above, and the second must not take a second seat for one enrolment.
		saved, err := client.Enrollment.UpdateOne(previous).Where(enrollment.StatusEQ(enrollment.StatusCANCELLED)).
			SetStatus(enrollment.StatusREGISTERED).SetNominated(nominated).Save(write)
		if ent.IsNotFound(err) {
			return nil, alreadyEnrolled
		}
		return saved, err
	}
	return client.Enrollment.Create().SetEmployeeID(employeeID).SetTrainingID(trainingID).SetNominated(nominated).Save(write)
}

var alreadyEnrolled = &career.FieldError{Field: "trainingID", Message: "pegawai ini sudah terdaftar pada pelatihan ini"}

// SeatsLeft matches the trainings with a seat left, or with none.
func SeatsLeft(left bool) predicate.Training {
	return func(s *sql.Selector) {
		if left {
			s.Where(sql.ColumnsLT(s.C(training.FieldSeatsTaken), s.C(training.FieldCapacity)))
		} else {
			s.Where(sql.ColumnsGTE(s.C(training.FieldSeatsTaken), s.C(training.FieldCapacity)))
		}
	}
}

// Cancel withdraws a registered enrolment and frees its seat: the participant, before the training
// starts, or HR and ADMIN.
func (s Service) Cancel(ctx context.Context, id pulid.ID) (*ent.Enrollment, error) {
	client := s.client(ctx)
	e, err := client.Enrollment.Query().Where(enrollment.ID(id)).WithTraining().Only(ctx)
	if err != nil {
		return nil, err
	}
	v := auth.FromContext(ctx)
	own := v != nil && v.EmployeeID != "" && v.EmployeeID == e.EmployeeID
	if !own && !v.Is(auth.RoleHR, auth.RoleAdmin) {
		return nil, forbidden("hanya peserta atau HR yang dapat membatalkan pendaftaran")
	}
	if e.Status != enrollment.StatusREGISTERED {
		return nil, &career.FieldError{Field: "status", Message: "hanya pendaftaran yang belum dihadiri yang dapat dibatalkan"}
	}
	if own && !v.Is(auth.RoleHR, auth.RoleAdmin) && e.Edges.Training.StartsOn.Before(career.DateOf(s.Now())) {
		return nil, &career.FieldError{Field: "status", Message: "pelatihan sudah dimulai; hubungi HR untuk membatalkan"}
	}
	write := access.Allow(audit.WithAction(ctx, "cancelEnrollment"))
	saved, err := client.Enrollment.UpdateOneID(id).Where(enrollment.StatusEQ(enrollment.StatusREGISTERED)).SetStatus(enrollment.StatusCANCELLED).Save(write)
	if ent.IsNotFound(err) {
		return nil, &career.ConflictError{Message: "pendaftaran ini baru saja diubah orang lain"}
	}
	if err != nil {
		return nil, err
	}
	return saved, client.Training.UpdateOneID(e.TrainingID).AddSeatsTaken(-1).Exec(write)
}

// RecordAttendance marks a registered participant as attending: HR in scope and ADMIN.
func (s Service) RecordAttendance(ctx context.Context, id pulid.ID) (*ent.Enrollment, error) {
	return s.hrStep(ctx, "recordAttendance", id, enrollment.StatusREGISTERED, func(u *ent.EnrollmentUpdateOne, _ *ent.Enrollment) {
		u.SetStatus(enrollment.StatusATTENDED)
	})
}

// Complete records the outcome of an attended enrolment: COMPLETED (with its JP counted in the year the
// training ended, and a TRAINING_COMPLETED event in the career history) or FAILED.
func (s Service) Complete(ctx context.Context, id pulid.ID, score *float64, passed bool) (*ent.Enrollment, error) {
	if score != nil && (*score < 0 || *score > 100) {
		return nil, &career.FieldError{Field: "score", Message: "nilai antara 0 dan 100"}
	}
	status := enrollment.StatusFAILED
	if passed {
		status = enrollment.StatusCOMPLETED
	}
	saved, err := s.hrStep(ctx, "completeEnrollment", id, enrollment.StatusATTENDED, func(u *ent.EnrollmentUpdateOne, e *ent.Enrollment) {
		u.SetStatus(status).SetNillableScore(score).SetCompletedAt(e.Edges.Training.EndsOn)
	})
	if err != nil || !passed {
		return saved, err
	}
	t, err := s.client(ctx).Training.Get(access.Allow(ctx), saved.TrainingID)
	if err != nil {
		return nil, err
	}
	return saved, s.client(ctx).CareerEvent.Create().SetEmployeeID(saved.EmployeeID).SetKind(careerevent.KindTRAINING_COMPLETED).
		SetToValue(t.Title).SetReason(fmt.Sprintf("%d JP, %s", t.HoursJp, t.Provider)).SetEffectiveDate(t.EndsOn).
		Exec(access.Allow(audit.WithAction(ctx, "completeEnrollment")))
}

// hrStep moves an enrolment of the viewer's scope from one status on: HR of that scope and ADMIN only.
func (s Service) hrStep(ctx context.Context, action string, id pulid.ID, from enrollment.Status, set func(*ent.EnrollmentUpdateOne, *ent.Enrollment)) (*ent.Enrollment, error) {
	v := auth.FromContext(ctx)
	if !v.Is(auth.RoleHR, auth.RoleAdmin) {
		return nil, forbidden("hanya HR yang mencatat kehadiran dan kelulusan peserta")
	}
	client := s.client(ctx)
	e, err := client.Enrollment.Query().Where(enrollment.ID(id)).WithTraining().Only(ctx)
	if err != nil {
		return nil, err
	}
	if v.Is(auth.RoleHR) {
		within, err := client.Employee.Query().Where(employee.ID(e.EmployeeID), employee.HasUnitWith(unitUnder(v.ScopePath))).Exist(access.Allow(ctx))
		if err != nil {
			return nil, err
		}
		if !within {
			return nil, forbidden("peserta ini di luar lingkup unit Anda")
		}
	}
	if e.Status != from {
		return nil, &career.FieldError{Field: "status", Message: fmt.Sprintf("pendaftaran berstatus %s; langkah ini untuk status %s", e.Status, from)}
	}
	u := client.Enrollment.UpdateOneID(id).Where(enrollment.StatusEQ(from))
	set(u, e)
	saved, err := u.Save(access.Allow(audit.WithAction(ctx, action)))
	if ent.IsNotFound(err) {
		return nil, &career.ConflictError{Message: "pendaftaran ini baru saja diubah orang lain"}
	}
	return saved, err
}

func trimmed(s string) string { return strings.TrimSpace(s) }

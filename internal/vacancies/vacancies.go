// Package vacancies runs open careers: vacancies announced with their requirements, eligibility
// explained requirement by requirement (the rule of internal/career), applications recorded with that
// result, selection with weighted stages and the appointment that fills the post, and regular rank
// promotion. Each step checks who may take it and writes in the request's transaction.
package vacancies

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/application"
	"github.com/jenjang/jenjang/ent/disciplinarysanction"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/vacancy"
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

// maxPredikatYears bounds how many past years a vacancy may ask a predikat for: the rule reports each
// year, so an unbounded count would let one vacancy make every eligibility check build millions of
// results. Regulations ask for two; ten leaves room for any selection's own rules.
const maxPredikatYears = 10

// Input is a vacancy as HR writes it.
type Input struct {
	Kind         vacancy.Kind
	Title        string
	Description  *string
	PositionID   *pulid.ID
	OpensOn      time.Time
	ClosesOn     time.Time
	Requirements career.Requirements
	Stages       []career.StageWeight
}

func (in *Input) check() error {
	switch {
	case strings.TrimSpace(in.Title) == "":
		return &career.FieldError{Field: "title", Message: "judul lowongan wajib diisi"}
	case in.ClosesOn.Before(in.OpensOn):
		return &career.FieldError{Field: "closesOn", Message: "tanggal penutupan tidak boleh sebelum tanggal pembukaan"}
	case in.Kind != vacancy.KindRECRUITMENT && in.PositionID == nil:
		return &career.FieldError{Field: "positionID", Message: "seleksi terbuka dan promosi mengisi jabatan tertentu: pilih jabatannya"}
	case in.Requirements.MinPredikat != nil && in.Requirements.PredikatYears < 1:
		return &career.FieldError{Field: "requirements.predikatYears", Message: "sebutkan untuk berapa tahun terakhir predikat minimal berlaku"}
	case in.Requirements.PredikatYears > maxPredikatYears:
		return &career.FieldError{Field: "requirements.predikatYears", Message: fmt.Sprintf("predikat minimal dapat diminta untuk paling lama %d tahun terakhir", maxPredikatYears)}
	}
	if in.Kind != vacancy.KindOPEN_SELECTION {
		in.Stages = nil
		return nil
	}
	if len(in.Stages) == 0 {
		in.Stages = career.DefaultStageWeights
	}
	return career.CheckStageWeights(in.Stages)
}

// Create announces nothing yet: the vacancy starts as a DRAFT. The privacy rules decide whether the
// viewer (HR of the post's scope, ADMIN) may write it.
func (s Service) Create(ctx context.Context, in Input) (*ent.Vacancy, error) {
	if err := in.check(); err != nil {
		return nil, err
	}
	return s.client(ctx).Vacancy.Create().SetKind(in.Kind).SetTitle(strings.TrimSpace(in.Title)).SetNillableDescription(in.Description).
		SetNillablePositionID(in.PositionID).SetOpensOn(in.OpensOn).SetClosesOn(in.ClosesOn).SetRequirements(in.Requirements).
		SetStages(in.Stages).Save(ctx)
}

// Update changes a vacancy while it is a DRAFT.
func (s Service) Update(ctx context.Context, id pulid.ID, in Input) (*ent.Vacancy, error) {
	if err := in.check(); err != nil {
		return nil, err
	}
	v, err := s.client(ctx).Vacancy.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if v.Status != vacancy.StatusDRAFT {
		return nil, &career.FieldError{Field: "status", Message: "lowongan yang sudah diumumkan tidak dapat diubah; batalkan dan buat yang baru"}
	}
	u := s.client(ctx).Vacancy.UpdateOneID(id).Where(vacancy.StatusEQ(vacancy.StatusDRAFT)).SetKind(in.Kind).SetTitle(strings.TrimSpace(in.Title)).
		SetOpensOn(in.OpensOn).SetClosesOn(in.ClosesOn).SetRequirements(in.Requirements).SetStages(in.Stages)
	if in.Description != nil {
		u.SetDescription(*in.Description)
	}
	if in.PositionID != nil {
		u.SetPositionID(*in.PositionID)
	} else {
		u.ClearPositionID()
	}
	return conflictIfGone(u.Save(ctx))
}

// Move takes a vacancy from one of the statuses to another: publish (DRAFT → OPEN), close (OPEN →
// CLOSED), cancel (anything not yet FILLED → CANCELLED).
func (s Service) Move(ctx context.Context, action string, id pulid.ID, to vacancy.Status, from ...vacancy.Status) (*ent.Vacancy, error) {
	v, err := s.client(ctx).Vacancy.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	ok := false
	for _, f := range from {
		ok = ok || v.Status == f
	}
	if !ok {
		return nil, &career.FieldError{Field: "status", Message: fmt.Sprintf("lowongan berstatus %s tidak dapat menjadi %s", v.Status, to)}
	}
	return conflictIfGone(s.client(ctx).Vacancy.UpdateOneID(id).Where(vacancy.StatusIn(from...)).SetStatus(to).Save(audit.WithAction(ctx, action)))
}

func conflictIfGone[T any](v T, err error) (T, error) {
	if ent.IsNotFound(err) {
		return v, &career.ConflictError{Message: "lowongan ini baru saja diubah orang lain; muat ulang"}
	}
	return v, err
}

// Eligibility is an applicant's result against a vacancy's requirements.
type Eligibility struct {
	Eligible     bool
	Requirements []career.RequirementResult
}

// Check tells the viewer, before applying, whether they meet each requirement of a published vacancy.
func (s Service) Check(ctx context.Context, vacancyID pulid.ID) (*Eligibility, error) {
	v, employeeID, err := s.openVacancy(ctx, vacancyID)
	if err != nil {
		return nil, err
	}
	return s.eligibility(ctx, v, employeeID)
}

// Apply records the viewer's application with its eligibility and the reasons: an employee who does
// not meet a requirement is recorded as INELIGIBLE, not turned away.
func (s Service) Apply(ctx context.Context, vacancyID pulid.ID) (*ent.Application, error) {
	v, employeeID, err := s.openVacancy(ctx, vacancyID)
	if err != nil {
		return nil, err
	}
	today := career.DateOf(s.Now())
	switch {
	case today.Before(v.OpensOn):
		return nil, &career.FieldError{Field: "vacancyID", Message: fmt.Sprintf("pendaftaran baru dibuka pada %s", v.OpensOn.Format(time.DateOnly))}
	case today.After(v.ClosesOn):
		return nil, &career.FieldError{Field: "vacancyID", Message: fmt.Sprintf("pendaftaran telah ditutup pada %s", v.ClosesOn.Format(time.DateOnly))}
	}
	client := s.client(ctx)
	allow := access.Allow(ctx)
	applied, err := client.Application.Query().Where(application.VacancyID(vacancyID), application.ApplicantID(employeeID), application.StatusNEQ(application.StatusWITHDRAWN)).Exist(allow)
	if err != nil {
		return nil, err
	}
	if applied {
		return nil, &career.FieldError{Field: "vacancyID", Message: "Anda sudah melamar lowongan ini"}
	}
	result, err := s.eligibility(ctx, v, employeeID)
	if err != nil {
		return nil, err
	}
	status := application.StatusINELIGIBLE
	if result.Eligible {
		status = application.StatusELIGIBLE
	}
	scores := make([]career.StageScore, len(v.Stages))
	for i, st := range v.Stages {
		scores[i] = career.StageScore{Stage: string(st.Stage), Weight: st.Weight}
	}
	return client.Application.Create().SetVacancyID(vacancyID).SetApplicantID(employeeID).SetStatus(status).
		SetEligibility(result.Requirements).SetStageScores(scores).SetSubmittedAt(s.Now()).
		Save(access.Allow(audit.WithAction(ctx, "applyToVacancy")))
}

// openVacancy is a vacancy open for applications, and the viewer's employee.
func (s Service) openVacancy(ctx context.Context, vacancyID pulid.ID) (*ent.Vacancy, pulid.ID, error) {
	viewer := auth.FromContext(ctx)
	if viewer == nil || viewer.EmployeeID == "" {
		return nil, "", forbidden("masuk dengan akun pegawai untuk memeriksa kelayakan dan melamar")
	}
	// Read whatever the viewer may see, so that a vacancy not (or no longer) on the board is refused
	// with its reason rather than as unknown.
	v, err := s.client(ctx).Vacancy.Get(access.Allow(ctx), vacancyID)
	if err != nil {
		return nil, "", err
	}
	if v.Status != vacancy.StatusOPEN {
		return nil, "", &career.FieldError{Field: "vacancyID", Message: fmt.Sprintf("lowongan ini tidak menerima lamaran (status %s)", v.Status)}
	}
	return v, viewer.EmployeeID, nil
}

// eligibility applies the rule of internal/career to what the records say of the employee, read
// whatever the viewer may see of them: the result is the employee's own.
func (s Service) eligibility(ctx context.Context, v *ent.Vacancy, employeeID pulid.ID) (*Eligibility, error) {
	a, err := s.applicant(access.Allow(ctx), employeeID)
	if err != nil {
		return nil, err
	}
	results, ok := career.Eligibility(a, v.Requirements, s.Now())
	return &Eligibility{Eligible: ok, Requirements: results}, nil
}

func (s Service) applicant(ctx context.Context, employeeID pulid.ID) (career.Applicant, error) {
	client := s.client(ctx)
	e, err := client.Employee.Get(ctx, employeeID)
	if err != nil {
		return career.Applicant{}, err
	}
	a := career.Applicant{Rank: e.Rank, Education: e.Education, AnnualPredikat: map[int]career.Predikat{}}
	if e.RetirementDate != nil {
		a.RetirementDate = *e.RetirementDate
	}
	years, err := client.EmployeeYear.Query().Where(employeeyear.EmployeeID(employeeID), employeeyear.PredikatNotNil()).All(ctx)
	if err != nil {
		return a, err
	}
	for _, y := range years {
		a.AnnualPredikat[y.Year] = *y.Predikat
	}
	done, err := client.Enrollment.Query().Where(enrollment.EmployeeID(employeeID), enrollment.StatusEQ(enrollment.StatusCOMPLETED)).WithTraining().All(ctx)
	if err != nil {
		return a, err
	}
	for _, en := range done {
		a.CompletedTrainings = append(a.CompletedTrainings, en.Edges.Training.Kind)
	}
	sanctions, err := client.DisciplinarySanction.Query().Where(disciplinarysanction.EmployeeID(employeeID)).All(ctx)
	if err != nil {
		return a, err
	}
	for _, sa := range sanctions {
		a.Sanctions = append(a.Sanctions, career.Sanction{Level: sa.Level, ImposedOn: sa.ImposedOn})
	}
	return a, nil
}

// Mine is the viewer's applications.
func (s Service) Mine(ctx context.Context) *ent.ApplicationQuery {
	v := auth.FromContext(ctx)
	q := s.client(ctx).Application.Query()
	if v == nil || v.EmployeeID == "" {
		return q.Where(application.IDIn())
	}
	return q.Where(application.ApplicantID(v.EmployeeID))
}

// Announcement is the public result of a filled vacancy: who was appointed to which post.
type Announcement struct {
	Vacancy       *ent.Vacancy
	SelectedName  string
	PositionTitle string
	UnitName      string
	FilledAt      time.Time
}

// Announcements are the results of the filled vacancies, newest first, for everyone including
// visitors who are not signed in: the selected person and the new post, nothing about other
// applicants.
func (s Service) Announcements(ctx context.Context, limit int) ([]*Announcement, error) {
	ctx = access.Allow(ctx)
	filled, err := s.client(ctx).Vacancy.Query().Where(vacancy.StatusEQ(vacancy.StatusFILLED)).
		Order(ent.Desc(vacancy.FieldFilledAt)).Limit(limit).
		WithPosition(func(q *ent.PositionQuery) { q.WithUnit() }).
		WithApplications(func(q *ent.ApplicationQuery) {
			q.Where(application.StatusEQ(application.StatusSELECTED)).WithApplicant(func(q *ent.EmployeeQuery) { q.Select(employee.FieldName) })
		}).All(ctx)
	if err != nil {
		return nil, err
	}
	out := []*Announcement{}
	for _, v := range filled {
		a := &Announcement{Vacancy: v}
		if v.FilledAt != nil {
			a.FilledAt = *v.FilledAt
		}
		if p := v.Edges.Position; p != nil {
			a.PositionTitle = p.Title
			if p.Edges.Unit != nil {
				a.UnitName = p.Edges.Unit.Name
			}
		}
		if len(v.Edges.Applications) > 0 && v.Edges.Applications[0].Edges.Applicant != nil {
			a.SelectedName = v.Edges.Applications[0].Edges.Applicant.Name
		}
		out = append(out, a)
	}
	return out, nil
}

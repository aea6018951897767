// Package mentoring runs the mentoring of new and junior staff by senior colleagues: HR or the
// mentee's supervisor pairs them under the rules of internal/career (a limit of active mentees per
// mentor that holds under concurrent requests), mentor and mentee note their meetings, and the
// mentorship ends with an outcome. New staff without a mentor are listed for HR. Each step checks who
// may take it and writes in the request's transaction.
package mentoring

import (
	"context"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/mentorship"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/settings"
	"github.com/jenjang/jenjang/internal/talent"
)

// Service runs the workflow over one database.
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

// forbidden refuses a step to the viewer: as UNAUTHENTICATED when nobody is signed in.
func forbidden(ctx context.Context, message string) error {
	return &access.DeniedError{Anonymous: auth.FromContext(ctx) == nil, Message: message}
}

// CreateInput is a pairing as HR or a supervisor proposes it.
type CreateInput struct {
	MentorID pulid.ID
	MenteeID pulid.ID
	Goals    string
	StartsOn time.Time
}

// Create pairs a mentor with a mentee: ADMIN, HR of the mentee's scope, or a supervisor of the mentee
// (direct or higher up), with a mentor the pairer can see. A broken rule is refused with its reason.
//
// The mentor's and the mentee's rows are locked (SELECT … FOR UPDATE, in ID order so that two
// pairings never wait on each other in a cycle) before their active mentorships are counted: on
// PostgreSQL a concurrent pairing of either waits until this transaction ends and then counts what it
// committed, so the limit of mentees holds. SQLite runs one writing transaction at a time
// (_txlock=immediate), which gives the same order.
func (s Service) Create(ctx context.Context, in CreateInput) (*ent.Mentorship, error) {
	if err := career.CheckMentorshipStart(in.Goals, in.StartsOn, career.DateOf(s.Now())); err != nil {
		return nil, err
	}
	if err := s.mayPair(ctx, in.MenteeID); err != nil {
		return nil, err
	}
	client := s.client(ctx)
	allow := access.Allow(ctx)
	visible, err := client.Employee.Query().Where(employee.ID(in.MentorID)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if !visible {
		return nil, &career.FieldError{Field: "mentorID", Message: "mentor tidak ditemukan di antara pegawai yang dapat Anda lihat"}
	}
	locked, err := client.Employee.Query().Where(employee.IDIn(in.MentorID, in.MenteeID)).
		Order(ent.Asc(employee.FieldID)).Modify(forUpdate).
		WithUnit(func(q *ent.OrgUnitQuery) { q.Select(orgunit.FieldName, orgunit.FieldPath) }).All(allow)
	if err != nil {
		return nil, err
	}
	p := career.Pairing{}
	for _, e := range locked {
		party := career.MentoringParty{ID: string(e.ID), Name: e.Name, Status: e.Status.String(),
			RankOrder: e.RankOrder, RankLabel: career.RankLabel(e.Rank, e.PppkGrade), SupervisorID: string(e.SupervisorID),
			Instansi: talent.InstansiPath(e.Edges.Unit.Path), UnitName: e.Edges.Unit.Name}
		if e.ID == in.MentorID {
			p.Mentor = party
		}
		if e.ID == in.MenteeID {
			p.Mentee = party
		}
	}
	if p.Mentee.ID == "" {
		return nil, &career.FieldError{Field: "menteeID", Message: "mentee tidak ditemukan"}
	}
	if p.Mentor.ID == "" {
		return nil, &career.FieldError{Field: "mentorID", Message: "mentor tidak ditemukan"}
	}
	if p.MentorActiveMentees, err = client.Mentorship.Query().
		Where(mentorship.MentorID(in.MentorID), mentorship.StatusEQ(mentorship.StatusACTIVE)).Count(allow); err != nil {
		return nil, err
	}
	current, err := client.Mentorship.Query().
		Where(mentorship.MenteeID(in.MenteeID), mentorship.StatusEQ(mentorship.StatusACTIVE)).
		WithMentor(func(q *ent.EmployeeQuery) { q.Select(employee.FieldName) }).First(allow)
	switch {
	case err == nil:
		p.MenteeActiveMentor = current.Edges.Mentor.Name
	case !ent.IsNotFound(err):
		return nil, err
	}
	talent, err := settings.Talent(ctx, client)
	if err != nil {
		return nil, err
	}
	if broken := career.CheckPairing(p, talent.MaxMentees); len(broken) > 0 {
		return nil, broken[0].FieldError
	}
	return client.Mentorship.Create().SetMentorID(in.MentorID).SetMenteeID(in.MenteeID).
		SetGoals(strings.TrimSpace(in.Goals)).SetStartsOn(in.StartsOn).
		Save(access.Allow(audit.WithAction(ctx, "createMentorship")))
}

// forUpdate locks the rows selected until the transaction ends, on PostgreSQL; SQLite has no row locks
// (nor the syntax) and needs none, its writing transactions running one at a time.
func forUpdate(s *sql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate()
	}
}

// mayPair tells whether the viewer may pair a mentor with this mentee, or end their mentorship:
// ADMIN, HR whose scope holds the mentee, or a supervisor above the mentee in the chain.
func (s Service) mayPair(ctx context.Context, menteeID pulid.ID) error {
	v := auth.FromContext(ctx)
	client := s.client(ctx)
	allow := access.Allow(ctx)
	switch {
	case v.Is(auth.RoleAdmin):
		return nil
	case v.Is(auth.RoleHR) && v.ScopePath != "":
		within, err := client.Employee.Query().Where(employee.ID(menteeID), employee.HasUnitWith(orgunit.PathHasPrefix(v.ScopePath))).Exist(allow)
		if err != nil || within {
			return err
		}
		return forbidden(ctx, "HR hanya dapat memasangkan mentor bagi pegawai dalam lingkup unitnya")
	case v.Is(auth.RoleSupervisor) && v.EmployeeID != "":
		above, err := s.above(ctx, v.EmployeeID, menteeID)
		if err != nil || above {
			return err
		}
		return forbidden(ctx, "atasan hanya dapat memasangkan mentor bagi bawahannya sendiri")
	}
	return forbidden(ctx, "hanya HR, ADMIN atau atasan mentee yang dapat memasangkan mentor")
}

// above reports whether boss is the employee's supervisor, directly or higher up the chain. The org
// tree is a few levels deep; the bound stops a cycle in bad data.
func (s Service) above(ctx context.Context, boss, employeeID pulid.ID) (bool, error) {
	client := s.client(ctx)
	allow := access.Allow(ctx)
	id := employeeID
	for range 12 {
		e, err := client.Employee.Query().Where(employee.ID(id)).Select(employee.FieldSupervisorID).Only(allow)
		if ent.IsNotFound(err) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		switch e.SupervisorID {
		case "":
			return false, nil
		case boss:
			return true, nil
		}
		id = e.SupervisorID
	}
	return false, nil
}

// AddCheckIn notes a meeting of an ACTIVE mentorship: the mentor or the mentee writes it.
func (s Service) AddCheckIn(ctx context.Context, mentorshipID pulid.ID, heldOn time.Time, note string) (*ent.MentorshipCheckIn, error) {
	client := s.client(ctx)
	m, err := client.Mentorship.Get(access.Allow(ctx), mentorshipID)
	if err != nil {
		return nil, err
	}
	if !Party(ctx, m) {
		return nil, forbidden(ctx, "hanya mentor dan mentee yang dapat mencatat pertemuan mentoring")
	}
	if m.Status != mentorship.StatusACTIVE {
		return nil, &career.FieldError{Field: "mentorshipID", Message: "mentoring ini sudah berakhir (" + m.Status.String() + "); catatan tidak dapat ditambahkan"}
	}
	if err := career.CheckCheckIn(note, heldOn, m.StartsOn, career.DateOf(s.Now())); err != nil {
		return nil, err
	}
	v := auth.FromContext(ctx)
	return client.MentorshipCheckIn.Create().SetMentorshipID(m.ID).SetAuthorID(v.EmployeeID).
		SetHeldOn(heldOn).SetNote(strings.TrimSpace(note)).
		Save(access.Allow(audit.WithAction(ctx, "addMentorshipCheckIn")))
}

// Party reports whether the viewer is the mentor or the mentee of the mentorship.
func Party(ctx context.Context, m *ent.Mentorship) bool {
	v := auth.FromContext(ctx)
	return v != nil && v.EmployeeID != "" && (v.EmployeeID == m.MentorID || v.EmployeeID == m.MenteeID)
}

// End closes an ACTIVE mentorship as COMPLETED or CANCELLED with its outcome. Either party may end
// it (a mentoring relation needs both to go on), and so may whoever could have paired them: ADMIN,
// HR of the mentee's scope, the mentee's supervisors.
func (s Service) End(ctx context.Context, id pulid.ID, status mentorship.Status, outcome string, endsOn time.Time) (*ent.Mentorship, error) {
	client := s.client(ctx)
	m, err := client.Mentorship.Get(access.Allow(ctx), id)
	if err != nil {
		return nil, err
	}
	if can, err := s.CanEnd(ctx, m); err != nil || !can {
		if err == nil {
			err = forbidden(ctx, "hanya mentor, mentee, atasan mentee atau HR yang dapat mengakhiri mentoring")
		}
		return nil, err
	}
	if m.Status != mentorship.StatusACTIVE {
		return nil, &career.FieldError{Field: "status", Message: "mentoring ini sudah berakhir (" + m.Status.String() + ")"}
	}
	if err := career.CheckMentorshipEnd(status.String(), outcome, endsOn, m.StartsOn, career.DateOf(s.Now())); err != nil {
		return nil, err
	}
	saved, err := client.Mentorship.UpdateOneID(id).Where(mentorship.StatusEQ(mentorship.StatusACTIVE)).
		SetStatus(status).SetOutcome(strings.TrimSpace(outcome)).SetEndsOn(endsOn).
		Save(access.Allow(audit.WithAction(ctx, "endMentorship")))
	if ent.IsNotFound(err) {
		return nil, &career.ConflictError{Message: "mentoring ini baru saja diakhiri orang lain; muat ulang"}
	}
	return saved, err
}

// CanEnd reports whether the viewer may end the mentorship (End says who).
func (s Service) CanEnd(ctx context.Context, m *ent.Mentorship) (bool, error) {
	if Party(ctx, m) {
		return true, nil
	}
	err := s.mayPair(ctx, m.MenteeID)
	if _, denied := err.(*access.DeniedError); denied {
		return false, nil
	}
	return err == nil, err
}

// NewStaff returns the ACTIVE staff hired less than the configured years ago who are no mentee of an
// ACTIVE mentorship, in the unit's subtree when given, as a query the resolver pages through; the
// rows the viewer may read decide the rest. HR, LEADER and ADMIN, who look after a whole scope.
func (s Service) NewStaff(ctx context.Context, unitID *pulid.ID) (*ent.EmployeeQuery, error) {
	if !auth.FromContext(ctx).Is(auth.RoleHR, auth.RoleLeader, auth.RoleAdmin) {
		return nil, forbidden(ctx, "daftar pegawai baru tanpa mentor untuk HR, pimpinan dan ADMIN")
	}
	client := s.client(ctx)
	talent, err := settings.Talent(ctx, client)
	if err != nil {
		return nil, err
	}
	q := client.Employee.Query().Where(
		employee.StatusEQ(employee.StatusACTIVE),
		employee.HiredAtGT(career.NewStaffSince(s.Now(), talent.NewStaffYears)),
		employee.Not(employee.HasMentorshipsAsMenteeWith(mentorship.StatusEQ(mentorship.StatusACTIVE))),
	)
	if unitID != nil {
		unit, err := client.OrgUnit.Get(ctx, *unitID)
		if err != nil {
			return nil, err
		}
		q.Where(employee.HasUnitWith(orgunit.PathHasPrefix(unit.Path)))
	}
	return q, nil
}

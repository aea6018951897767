// Package talent answers succession questions with the rule of internal/career: who in the talent
// pool of a post's instansi could succeed its holder, each with the reason they are in or out, and
// which posts will lose their holder to retirement with nobody to succeed them.
package talent

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/settings"
)

// Service answers over one database. The succession rule's values are the talent settings in force
// when a question is asked (internal/settings), so that ADMIN's change applies at once.
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

// Candidate is one member of the talent pool weighed for a post.
type Candidate struct {
	Employee  *ent.Employee
	Box       int
	Candidate bool
	Reasons   []career.RequirementResult
}

// Successors weighs every member of the talent pool of the post's instansi (boxes 7–9 in the year),
// but its holders, for the post: candidates first.
func (s Service) Successors(ctx context.Context, positionID pulid.ID, year int) ([]*Candidate, error) {
	post, err := s.Client.Position.Query().Where(position.ID(positionID)).WithUnit().WithHolders().Only(ctx)
	if err != nil {
		return nil, err
	}
	pool, err := s.pool(ctx, InstansiPath(post.Edges.Unit.Path), year)
	if err != nil {
		return nil, err
	}
	rules, err := settings.Talent(ctx, s.client(ctx))
	if err != nil {
		return nil, err
	}
	return s.weigh(rules.Succession(), post, pool), nil
}

// InstansiPath is the path of the instansi (second level) a unit belongs to, or the unit's own path
// above it.
func InstansiPath(path string) string {
	ids := strings.Split(strings.Trim(path, "/"), "/")
	if len(ids) > 2 {
		ids = ids[:2]
	}
	return "/" + strings.Join(ids, "/") + "/"
}

// member is an employee of the pool with what the rule needs.
type member struct {
	employee  *ent.Employee
	box       int
	applicant career.Applicant
}

// pool loads the talent pool of an instansi for a year in two queries. The pool is read whatever the
// viewer may see of its members: whoever may ask about a post's succession sees its candidates.
func (s Service) pool(ctx context.Context, instansi string, year int) ([]member, error) {
	allow := access.Allow(ctx)
	years, err := s.Client.EmployeeYear.Query().
		Where(employeeyear.Year(year), employeeyear.TalentBoxGTE(7),
			employeeyear.HasEmployeeWith(employee.StatusEQ(employee.StatusACTIVE), employee.HasUnitWith(orgunit.PathHasPrefix(instansi)))).
		WithEmployee(func(q *ent.EmployeeQuery) { q.WithSanctions() }).
		All(allow)
	if err != nil {
		return nil, err
	}
	out := make([]member, 0, len(years))
	for _, y := range years {
		e := y.Edges.Employee
		a := career.Applicant{Rank: e.Rank, Education: e.Education}
		if e.RetirementDate != nil {
			a.RetirementDate = *e.RetirementDate
		}
		for _, sa := range e.Edges.Sanctions {
			a.Sanctions = append(a.Sanctions, career.Sanction{Level: sa.Level, ImposedOn: sa.ImposedOn})
		}
		out = append(out, member{employee: e, box: *y.TalentBox, applicant: a})
	}
	return out, nil
}

func (s Service) weigh(policy career.SuccessionPolicy, post *ent.Position, pool []member) []*Candidate {
	today := s.Now()
	var in, out []*Candidate
	for _, m := range pool {
		if holds(post, m.employee.ID) {
			continue
		}
		ok, reasons := policy.Candidate(&m.box, m.applicant, post.MinRank, today)
		c := &Candidate{Employee: m.employee, Box: m.box, Candidate: ok, Reasons: reasons}
		if ok {
			in = append(in, c)
		} else {
			out = append(out, c)
		}
	}
	return append(in, out...)
}

func holds(post *ent.Position, id pulid.ID) bool {
	for _, h := range post.Edges.Holders {
		if h.ID == id {
			return true
		}
	}
	return false
}

// Risk is a post whose holder retires within the horizon with no succession candidate.
type Risk struct {
	Position   *ent.Position
	Holder     *ent.Employee
	Retirement time.Time
	// Pool is how many of the instansi's talent pool were weighed, none of them a candidate.
	Pool int
}

// AtRiskWithin is AtRisk with the horizon years from today (WIB); without years, the talent settings'
// AtRiskYears.
func (s Service) AtRiskWithin(ctx context.Context, unitID *pulid.ID, years *int, year int) ([]*Risk, error) {
	rules, err := settings.Talent(ctx, s.client(ctx))
	if err != nil {
		return nil, err
	}
	n := rules.AtRiskYears
	if years != nil {
		n = *years
	}
	if n < 1 || n > 20 {
		return nil, &career.FieldError{Field: "years", Message: "lihat ke depan 1 sampai 20 tahun"}
	}
	return s.atRisk(ctx, rules.Succession(), unitID, career.DateOf(s.Now()).AddDate(n, 0, 0), year)
}

// AtRisk lists the posts of the unit's subtree (or of all the viewer may read) whose active holder
// retires before the horizon and that have no candidate in the talent pool of their instansi (the
// year's 9-box), soonest first.
func (s Service) AtRisk(ctx context.Context, unitID *pulid.ID, horizon time.Time, year int) ([]*Risk, error) {
	rules, err := settings.Talent(ctx, s.client(ctx))
	if err != nil {
		return nil, err
	}
	return s.atRisk(ctx, rules.Succession(), unitID, horizon, year)
}

func (s Service) atRisk(ctx context.Context, policy career.SuccessionPolicy, unitID *pulid.ID, horizon time.Time, year int) ([]*Risk, error) {
	q := s.Client.Employee.Query().
		Where(employee.StatusEQ(employee.StatusACTIVE), employee.RetirementDateLT(horizon), employee.PositionIDNotNil())
	if unitID != nil {
		unit, err := s.Client.OrgUnit.Get(ctx, *unitID)
		if err != nil {
			return nil, err
		}
		q.Where(employee.HasUnitWith(orgunit.PathHasPrefix(unit.Path)))
	}
	holders, err := q.WithPosition(func(q *ent.PositionQuery) { q.WithUnit().WithHolders() }).
		Order(ent.Asc(employee.FieldRetirementDate)).
		All(ctx)
	if err != nil {
		return nil, err
	}
	pools := map[string][]member{}
	out := []*Risk{}
	for _, h := range holders {
		post := h.Edges.Position
		if post == nil || post.Edges.Unit == nil {
			continue
		}
		instansi := InstansiPath(post.Edges.Unit.Path)
		pool, ok := pools[instansi]
		if !ok {
			if pool, err = s.pool(ctx, instansi, year); err != nil {
				return nil, err
			}
			pools[instansi] = pool
		}
		candidates := s.weigh(policy, post, pool)
		if len(candidates) > 0 && candidates[0].Candidate {
			continue
		}
		out = append(out, &Risk{Position: post, Holder: h, Retirement: *h.RetirementDate, Pool: len(candidates)})
	}
	return out, nil
}

// MayAsk refuses succession questions to anyone but HR, leaders and ADMIN: they weigh named people.
func MayAsk(ctx context.Context) error {
	if v := auth.FromContext(ctx); !auth.IsSystem(ctx) && !v.Is(auth.RoleHR, auth.RoleLeader, auth.RoleAdmin) {
		if v == nil {
			return &access.DeniedError{Anonymous: true, Message: "sign in to read succession plans"}
		}
		return &access.DeniedError{Message: fmt.Sprintf("your role (%s) may not read succession plans", v.Role)}
	}
	return nil
}

package vacancies

import (
	"context"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// ApplicantSummary is what the officers running a selection need to know of an applicant: name,
// rank, post and unit.
type ApplicantSummary struct {
	Name          string
	RankName      *string
	PositionTitle *string
	UnitName      string
}

// ApplicantSummaries reads the summaries of many applicants at once. The caller has read their
// applications under the privacy rules, and whoever reads an application may know this much of who
// sent it: an open selection takes candidates from every instansi, whose employee records the HR of
// the announcing unit may not read. The summary is that deliberate exception, and nothing beyond it.
func (s Service) ApplicantSummaries(ctx context.Context, ids []pulid.ID) (map[pulid.ID]*ApplicantSummary, error) {
	employees, err := s.client(ctx).Employee.Query().Where(employee.IDIn(ids...)).
		Select(employee.FieldName, employee.FieldRank, employee.FieldPppkGrade, employee.FieldUnitID, employee.FieldPositionID).
		WithUnit(func(q *ent.OrgUnitQuery) { q.Select(orgunit.FieldName) }).
		WithPosition(func(q *ent.PositionQuery) { q.Select(position.FieldTitle) }).
		All(access.Allow(ctx))
	if err != nil {
		return nil, err
	}
	out := make(map[pulid.ID]*ApplicantSummary, len(employees))
	for _, e := range employees {
		a := &ApplicantSummary{Name: e.Name}
		if rank := career.RankLabel(e.Rank, e.PppkGrade); rank != "" {
			a.RankName = &rank
		}
		if p := e.Edges.Position; p != nil {
			a.PositionTitle = &p.Title
		}
		if u := e.Edges.Unit; u != nil {
			a.UnitName = u.Name
		}
		out[e.ID] = a
	}
	return out, nil
}

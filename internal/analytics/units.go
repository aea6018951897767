package analytics

import (
	"context"
	"slices"
	"strings"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/unitrating"
	"github.com/jenjang/jenjang/internal/career"
)

// unitsByID loads the units of the group keys (one query), sorted by name.
func (s Service) unitsByID(ctx context.Context, keys []string) ([]*ent.OrgUnit, error) {
	ids := make([]pulid.ID, 0, len(keys))
	for _, k := range keys {
		if k != "" {
			ids = append(ids, pulid.ID(k))
		}
	}
	units, err := s.Client.OrgUnit.Query().Where(orgunit.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(units, func(a, b *ent.OrgUnit) int { return strings.Compare(a.Name, b.Name) })
	return units, nil
}

// capsFor returns, per unit, the calibration caps of its rating in the year, and the rating (two queries).
func (s Service) capsFor(ctx context.Context, units []*ent.OrgUnit, year int) (map[pulid.ID]career.UnitPerformance, map[career.UnitPerformance][]career.Cap, error) {
	ids := make([]pulid.ID, len(units))
	for i, u := range units {
		ids[i] = u.ID
	}
	ratings, err := s.Client.UnitRating.Query().Where(unitrating.UnitIDIn(ids...), unitrating.Year(year)).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	rated := make(map[pulid.ID]career.UnitPerformance, len(ratings))
	for _, r := range ratings {
		rated[r.UnitID] = r.Rating
	}
	all, err := s.Client.CalibrationCap.Query().All(ctx)
	if err != nil {
		return nil, nil, err
	}
	caps := map[career.UnitPerformance][]career.Cap{}
	for _, c := range all {
		caps[c.UnitRating] = append(caps[c.UnitRating], career.Cap{AtLeast: c.AtLeast, MaxShare: c.MaxShare})
	}
	for rating := range caps {
		slices.SortFunc(caps[rating], func(a, b career.Cap) int { return b.AtLeast.Order() - a.AtLeast.Order() })
	}
	return rated, caps, nil
}

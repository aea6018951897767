package seed

import (
	"context"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
)

// unit is a created org unit with its posts.
type unit struct {
	id       pulid.ID
	code     string
	name     string
	plan     *unitPlan
	parent   *unit
	region   *unit // the region the unit is in, or itself
	instansi *unit // the instansi the unit is in, or itself; nil for a region
	agency   *unit // the agency the unit is in, or itself; nil above agencies
	head     *post
	staff    []*post
	// secretariat and personnel are the sekretariat daerah and the BKD or BKPSDM of an instansi.
	secretariat, personnel *unit
}

// post is a created position.
type post struct {
	id    pulid.ID
	plan  postPlan
	quota int
	unit  *unit
}

// createOrg creates the units of plan under parent and their posts; it returns the units, every
// parent before its children.
func (g *generator) createOrg(ctx context.Context, client *ent.Client, plan []unitPlan, parent *unit) ([]*unit, error) {
	var all, level []*unit
	for i := range plan {
		level = append(level, g.newUnit(&plan[i], parent))
	}
	// The path hook reads the parent's path from the database, so each level is inserted before the
	// next one is built.
	for len(level) > 0 {
		units := newInserter(ctx, g, client.OrgUnit.CreateBulk)
		var next []*unit
		for _, u := range level {
			c := client.OrgUnit.Create().SetID(u.id).SetCode(u.code).SetName(u.name).SetKind(u.plan.kind)
			if u.parent != nil {
				c.SetParentID(u.parent.id)
			}
			units.add(c)
			for i := range u.plan.children {
				next = append(next, g.newUnit(&u.plan.children[i], u))
			}
		}
		if err := units.close(); err != nil {
			return nil, err
		}
		all, level = append(all, level...), next
	}
	posts := newInserter(ctx, g, client.Position.CreateBulk)
	for _, u := range all {
		if u.plan.head != nil {
			u.head = g.newPost(u, *u.plan.head)
			posts.add(u.head.create(client))
		}
		for _, p := range u.plan.staff {
			s := g.newPost(u, p)
			u.staff = append(u.staff, s)
			posts.add(s.create(client))
		}
		if u.plan.personnel {
			u.instansi.personnel = u
		}
		if u.plan.secretariat {
			u.instansi.secretariat = u
		}
	}
	return all, posts.close()
}

func (g *generator) newUnit(p *unitPlan, parent *unit) *unit {
	u := &unit{id: g.id("ORG"), code: p.code, name: p.name, plan: p, parent: parent}
	if parent != nil {
		u.code = parent.code + "-" + p.code
		u.region, u.instansi, u.agency = parent.region, parent.instansi, parent.agency
	}
	switch p.kind {
	case orgunit.KindREGION:
		u.region = u
	case orgunit.KindINSTANSI:
		u.instansi = u
	case orgunit.KindAGENCY:
		u.agency = u
	}
	return u
}

func (g *generator) newPost(u *unit, p postPlan) *post {
	return &post{id: g.id("POS"), plan: p, quota: g.between(p.holders[0], p.holders[1]), unit: u}
}

func (p *post) create(client *ent.Client) *ent.PositionCreate {
	c := client.Position.Create().SetID(p.id).SetTitle(p.plan.title).SetKind(p.plan.kind).
		SetJobClass(p.plan.class).SetMinRank(p.plan.minRank).SetQuota(p.quota).SetUnitID(p.unit.id)
	if p.plan.level != "" {
		c.SetFunctionalLevel(p.plan.level)
	}
	return c
}

// boss is the unit whose head supervises the head of u: the parent unit, or for an agency the
// sekretariat daerah of its instansi, whose head (the sekda) leads the agencies. The sekda has none
// in the data: the regional head who assesses them is not a civil servant.
func (u *unit) boss() *unit {
	switch {
	case u.parent != nil && u.parent.head != nil:
		return u.parent
	case u.instansi != nil && u.parent == u.instansi && u != u.instansi.secretariat:
		return u.instansi.secretariat
	}
	return nil
}

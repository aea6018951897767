package seed

import (
	"context"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
)

// person is a generated employee with what the later steps need to know about them.
type person struct {
	id         pulid.ID
	seat       *unitSeat
	position   *ent.Position
	supervisor *person
	pppk       bool
	rank       career.Rank
	startRank  career.Rank
	gender     career.Gender
	education  career.Education
	birth      time.Time
	hired      time.Time
	rankSince  time.Time
	status     employee.Status
	// tendency is how this person tends to perform: 2 high, 1 as expected, 0 low.
	tendency int
	// What later steps record for the vacancy step's eligibility check.
	annual    map[int]career.Predikat
	trainings []career.TrainingKind
	sanctions []career.Sanction
}

func (p *person) applicant() career.Applicant {
	var level career.FunctionalLevel
	if p.position.FunctionalLevel != nil {
		level = *p.position.FunctionalLevel
	}
	a := career.Applicant{
		Education:          p.education,
		RetirementDate:     career.RetirementDate(p.birth, p.position.Kind, level),
		AnnualPredikat:     p.annual,
		CompletedTrainings: p.trainings,
		Sanctions:          p.sanctions,
	}
	if !p.pppk {
		a.Rank = &p.rank
	}
	return a
}

// roster is everyone created in one load, supervisors before their staff.
type roster struct {
	people []*person
	tree   *orgTree
}

func (g *generator) createEmployees(ctx context.Context, client *ent.Client, tree *orgTree, progress *progress) (*roster, error) {
	r := &roster{tree: tree}
	heads := map[*unitSeat]*person{}
	for _, seat := range tree.units {
		var supervisor *person
		if seat.parent != nil {
			supervisor = heads[seat.parent]
		}
		head := g.newPerson(seat, seat.head, supervisor, false)
		heads[seat] = head
		r.people = append(r.people, head)
	}
	for _, seat := range tree.units {
		if post := tree.staffPosts[seat]; post != nil {
			for range g.between(3, 5) {
				r.people = append(r.people, g.newPerson(seat, post, heads[seat], g.chance(0.08)))
			}
		}
		// Functional staff report to the head of the agency's first division, as teachers and nurses
		// report to the head of the division that runs their service.
		for _, post := range tree.functional[seat] {
			supervisor := heads[seat]
			for _, u := range tree.units {
				if u.parent == seat && u.level == 2 && u.division != nil && u.division.name != "Sekretariat" {
					supervisor = heads[u]
					break
				}
			}
			for range post.Quota {
				r.people = append(r.people, g.newPerson(seat, post, supervisor, g.chance(0.15)))
			}
		}
	}
	if g.limited {
		// Staff come after every head, so cutting the tail never leaves anyone without a supervisor.
		r.people = r.people[:min(len(r.people), g.budget)]
		g.budget -= len(r.people)
	}
	const batch = 500
	for start := 0; start < len(r.people); start += batch {
		end := min(start+batch, len(r.people))
		builders := make([]*ent.EmployeeCreate, 0, end-start)
		for _, p := range r.people[start:end] {
			builders = append(builders, g.employeeCreate(client, p))
		}
		if _, err := client.Employee.CreateBulk(builders...).Save(ctx); err != nil {
			return nil, err
		}
		progress.add(end - start)
	}
	return r, nil
}

func (g *generator) newPerson(seat *unitSeat, post *ent.Position, supervisor *person, pppk bool) *person {
	p := &person{id: g.id("EMP"), seat: seat, position: post, supervisor: supervisor, pppk: pppk, status: employee.StatusACTIVE, annual: map[int]career.Predikat{}}
	p.gender = career.GenderMale
	if g.chance(0.48) {
		p.gender = career.GenderFemale
	}
	p.tendency = 1
	if x := g.rnd.Float64(); x < 0.15 {
		p.tendency = 2
	} else if x > 0.9 {
		p.tendency = 0
	}
	p.education = g.education(post)
	low, high := rankRange(post.Kind, post.FunctionalLevel)
	p.rank, _ = career.RankAt(g.between(low.Order(), high.Order()))
	p.startRank = entryRank(p.education)
	if p.startRank.Order() > p.rank.Order() {
		p.startRank = p.rank
	}
	today := g.today()
	steps := p.rank.Order() - p.startRank.Order()
	service := steps*4 + g.between(0, 3)
	if pppk {
		service = g.between(1, min(6, today.Year()-2019))
	}
	service = max(service, 1)
	p.hired = date(today.Year()-service, time.Month(g.between(1, 12)), 1)
	ageAtHire := g.between(22, 29)
	if p.education.Order() < career.EducationD4.Order() {
		ageAtHire = g.between(19, 25)
	}
	p.birth = date(p.hired.Year()-ageAtHire, time.Month(g.between(1, 12)), g.between(1, 28))
	// Keep everyone in the working-age window the demo shows (born 1966–2001, not yet retired).
	if oldest := date(today.Year()-56, 1, 1); p.birth.Before(oldest) {
		p.birth = oldest.AddDate(0, g.between(0, 11), g.between(0, 27))
		if p.hired.Before(p.birth.AddDate(19, 0, 0)) {
			p.hired = date(p.birth.Year()+19, p.birth.Month(), 1).AddDate(0, 1, 0)
		}
	}
	p.rankSince = p.hired
	if steps > 0 {
		p.rankSince = date(today.Year()-g.between(0, 3), time.Month(g.between(1, 12)/3*3+1), 1)
		if p.rankSince.Before(p.hired) || p.rankSince.After(today) {
			p.rankSince = p.hired
		}
	}
	if g.chance(0.02) {
		p.status = employee.StatusLEAVE
	}
	// Structural officials took the leadership training of their level before they were appointed.
	switch post.Kind {
	case career.KindJPTMadya, career.KindJPTPratama:
		p.trainings = []career.TrainingKind{career.TrainingPKP, career.TrainingPKA}
	case career.KindAdministrator:
		p.trainings = []career.TrainingKind{career.TrainingPKP}
	}
	return p
}

// entryRank is the rank a CPNS starts in with the given education.
func entryRank(edu career.Education) career.Rank {
	switch {
	case edu.Order() >= career.EducationS2.Order():
		return career.RankIIIB
	case edu.Order() >= career.EducationD4.Order():
		return career.RankIIIA
	case edu == career.EducationD3:
		return career.RankIIC
	}
	return career.RankIIA
}

func (g *generator) education(post *ent.Position) career.Education {
	switch post.Kind {
	case career.KindJPTMadya, career.KindJPTPratama, career.KindAdministrator:
		return pick(g, []career.Education{career.EducationS2, career.EducationS2, career.EducationS1})
	case career.KindPengawas:
		return pick(g, []career.Education{career.EducationS1, career.EducationS1, career.EducationS2})
	case career.KindPelaksana:
		return pick(g, []career.Education{career.EducationSMA, career.EducationD3, career.EducationS1})
	}
	switch *post.FunctionalLevel {
	case career.LevelPemula, career.LevelTerampil, career.LevelMahir, career.LevelPenyelia:
		return career.EducationD3
	case career.LevelAhliMadya, career.LevelAhliUtama:
		return pick(g, []career.Education{career.EducationS1, career.EducationS2})
	}
	return career.EducationS1
}

func (g *generator) employeeCreate(client *ent.Client, p *person) *ent.EmployeeCreate {
	key := p.birth.Format("20060102") + p.hired.Format("200601") + string(p.gender)
	g.nipSeqs[key]++
	c := client.Employee.Create().SetID(p.id).
		SetNip(career.BuildNIP(p.birth, p.hired, p.gender, g.nipSeqs[key])).
		SetName(g.fullName(p.gender, p.education, p.position.Title)).
		SetGender(p.gender).SetBirthDate(p.birth).SetEducation(p.education).
		SetHiredAt(p.hired).SetRankSince(p.rankSince).SetStatus(p.status).
		SetUnitID(p.seat.unit.ID).SetPositionID(p.position.ID)
	if p.supervisor != nil {
		c.SetSupervisorID(p.supervisor.id)
	}
	if p.pppk {
		c.SetEmploymentType(career.EmploymentPPPK).SetPppkGrade(pppkGrade(p.education))
	} else {
		c.SetEmploymentType(career.EmploymentPNS).SetRank(p.rank)
	}
	return c
}

func pppkGrade(edu career.Education) career.PPPKGrade {
	switch {
	case edu.Order() >= career.EducationS2.Order():
		return "X"
	case edu.Order() >= career.EducationD4.Order():
		return "IX"
	case edu == career.EducationD3:
		return "VII"
	}
	return "V"
}

package seed

import (
	"context"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
)

// person is a generated employee with what the later steps need to know about them.
type person struct {
	id         pulid.ID
	name       string
	unit       *unit
	post       *post    // nil once retired
	role       postPlan // the post held, or held last before retirement
	supervisor *person
	pppk       bool
	grade      career.PPPKGrade
	gender     career.Gender
	education  career.Education
	birth      time.Time
	hired      time.Time
	ranks      []rankStep // a PNS's ranks since appointment, the current one last
	status     employee.Status
	retired    time.Time // retirement date of a retired employee
	assigned   time.Time // when the post was taken
	// appointedBy is the vacancy through which the post was filled, if any.
	appointedBy pulid.ID
	// tendency is how the person performs year after year: 2 above expectation, 1 as expected, 0 below.
	tendency int
	// What later steps record, for the eligibility of applications.
	annual    map[int]career.Predikat
	completed []completion
	sanctions []sanction
}

// sanction is a disciplinary sanction with what the career history shows of it.
type sanction struct {
	career.Sanction
	description, decree string
}

type rankStep struct {
	rank  career.Rank
	since time.Time
}

// completion is a training the person completed: through an enrolment in this system, or before it
// (the leadership training of an earlier appointment).
type completion struct {
	kind     career.TrainingKind
	title    string
	provider string
	hours    int
	on       time.Time
	enrolled bool
}

func (p *person) rank() career.Rank { return p.ranks[len(p.ranks)-1].rank }

func (p *person) rankSince() time.Time {
	if p.pppk {
		return p.hired
	}
	return p.ranks[len(p.ranks)-1].since
}

// rankAt is the PNS rank held on the given day; nil for a PPPK.
func (p *person) rankAt(day time.Time) *career.Rank {
	if p.pppk {
		return nil
	}
	r := p.ranks[0].rank
	for _, s := range p.ranks {
		if !s.since.After(day) {
			r = s.rank
		}
	}
	return &r
}

// retirement is the day the person retires (or retired) from their post.
func (p *person) retirement() time.Time {
	return career.RetirementDate(p.birth, p.role.kind, p.role.level)
}

func (p *person) active() bool { return p.status == employee.StatusACTIVE }

// serves tells whether the person was in service on the given day.
func (p *person) serves(day time.Time) bool {
	return !p.hired.After(day) && (p.retired.IsZero() || day.Before(p.retired))
}

func (p *person) hasCompleted(kind career.TrainingKind, by time.Time) bool {
	for _, c := range p.completed {
		if c.kind == kind && !c.on.After(by) {
			return true
		}
	}
	return false
}

// applicant is the person as the eligibility rule sees them on the given day.
func (p *person) applicant(day time.Time) career.Applicant {
	a := career.Applicant{
		Rank:           p.rankAt(day),
		Education:      p.education,
		RetirementDate: p.retirement(),
		AnnualPredikat: p.annual,
	}
	for _, c := range p.completed {
		if !c.on.After(day) {
			a.CompletedTrainings = append(a.CompletedTrainings, c.kind)
		}
	}
	for _, s := range p.sanctions {
		if !s.ImposedOn.After(day) {
			a.Sanctions = append(a.Sanctions, s.Sanction)
		}
	}
	return a
}

// staff is everyone created in one load, and the head of each unit.
type staff struct {
	people []*person
	units  []*unit
	heads  map[*unit]*person
}

func (g *generator) createEmployees(ctx context.Context, client *ent.Client, units []*unit) (*staff, error) {
	s := &staff{units: units, heads: map[*unit]*person{}}
	// Heads come first, top-down: every supervisor is created before the staff, and a generated
	// dataset cut to its size keeps the supervisors of everyone it keeps.
	heads := map[*unit]*person{}
	for _, u := range units {
		if u.head == nil {
			continue
		}
		var boss *person
		if b := u.boss(); b != nil {
			boss = heads[b]
		}
		heads[u] = g.newPerson(u, u.head, boss, false)
		s.people = append(s.people, heads[u])
	}
	for _, u := range units {
		for _, post := range u.staff {
			for range post.quota {
				s.people = append(s.people, g.newPerson(u, post, heads[u], g.chance(post.plan.pppk)))
			}
		}
		// Some sections had a member retire in the last two years; the record stays.
		if u.plan.kind == orgunit.KindSECTION && g.chance(0.08) {
			s.people = append(s.people, g.newRetiree(u, pick(g, u.staff).plan))
		}
	}
	s.people = s.people[:min(len(s.people), g.budget)]
	g.budget -= len(s.people)
	for _, p := range s.people {
		if p.post != nil && p.post == p.unit.head {
			s.heads[p.unit] = p
		}
	}

	employees := newInserter(ctx, g, client.Employee.CreateBulk)
	for _, p := range s.people {
		c := client.Employee.Create().SetID(p.id).SetNip(g.nip(p.birth, p.hired, p.gender)).SetName(p.name).
			SetGender(p.gender).SetBirthDate(p.birth).SetEducation(p.education).SetHiredAt(p.hired).
			SetRankSince(p.rankSince()).SetStatus(p.status).SetUnitID(p.unit.id)
		if p.post != nil {
			c.SetPositionID(p.post.id)
		}
		if p.supervisor != nil {
			c.SetSupervisorID(p.supervisor.id)
		}
		if p.pppk {
			c.SetEmploymentType(career.EmploymentPPPK).SetPppkGrade(p.grade)
		} else {
			c.SetEmploymentType(career.EmploymentPNS).SetRank(p.rank())
		}
		employees.add(c)
	}
	return s, employees.close()
}

func (g *generator) newPerson(u *unit, post *post, supervisor *person, pppk bool) *person {
	p := &person{id: g.id("EMP"), unit: u, post: post, role: post.plan, supervisor: supervisor, pppk: pppk,
		status: employee.StatusACTIVE, annual: map[int]career.Predikat{}}
	p.gender = g.gender(p.role)
	p.education = pick(g, p.role.edu)
	p.tendency = g.tendency(p.role)
	if pppk {
		g.pppkCareer(p)
	} else {
		g.pnsCareer(p)
	}
	if post != u.head && g.chance(0.015) {
		p.status = employee.StatusLEAVE
	}
	g.earlierLeadershipTraining(p)
	p.name = g.fullName(p)
	return p
}

func (g *generator) gender(role postPlan) career.Gender {
	share := 0.48
	switch fam := family(role.title); {
	case fam == "Bidan":
		share = 1
	case fam == "Perawat":
		share = 0.75
	case fam == "Guru":
		share = 0.65
	case isStructural(role.kind):
		share = 0.3
	}
	if g.chance(share) {
		return career.GenderFemale
	}
	return career.GenderMale
}

// tendency draws how a person performs; officials were picked for their record, so more of them
// perform above expectation.
func (g *generator) tendency(role postPlan) int {
	high := 0.2
	if isStructural(role.kind) {
		high = 0.3
	}
	switch x := g.rnd.Float64(); {
	case x < high:
		return 2
	case x > 0.9:
		return 0
	}
	return 1
}

// maxAge is the oldest a person in the post may be at the census: one who reaches the retirement age
// during the reference year would retire before "today" on some of its days.
func maxAge(role postPlan) int { return career.RetirementAge(role.kind, role.level) - 2 }

// pnsCareer draws a civil servant's appointment, birth date and ranks so that they agree: the entry
// rank follows the education at appointment, each promotion takes about four years, and the person is
// at least 25 and below the retirement age of the post.
func (g *generator) pnsCareer(p *person) {
	low, high := p.role.ranks[0], p.role.ranks[1]
	rank, _ := career.RankAt(g.between(low.Order(), high.Order()))
	hireEdu := g.educationAtHire(p.education)
	entry := entryRank(hireEdu)
	if entry.Order() > rank.Order() {
		rank, _ = career.RankAt(min(entry.Order(), high.Order()))
		entry = lowerRank(entry, rank)
	}
	steps := rank.Order() - entry.Order()
	tenure := steps*48 + g.between(0, 36) // months since appointment
	if g.chance(0.1) {
		tenure += g.between(12, 60) // some wait long for a promotion
	}
	ageAtHire := g.ageAtHire(hireEdu)
	if oldest := maxAge(p.role); ageAtHire*12+tenure > oldest*12 {
		tenure = max(oldest*12-ageAtHire*12, steps*30)
		ageAtHire = min(ageAtHire, oldest-tenure/12)
	}
	ageAtHire = max(ageAtHire, 25-tenure/12)
	p.hired = firstOfMonth(g.census().AddDate(0, -tenure, 0))
	p.birth = p.hired.AddDate(-ageAtHire, 0, -g.between(1, 360))
	p.ranks = g.rankHistory(entry, rank, p.hired, p.hired.AddDate(0, min(steps*48, tenure), 0))
	p.assigned = g.assignment(p, g.census())
}

// pppkCareer draws a PPPK's appointment (the first PPPK were appointed in 2021) and grade.
func (g *generator) pppkCareer(p *person) {
	first := date(2021, time.March, 1)
	p.hired = first.AddDate(0, g.between(0, max(0, monthsBetween(first, g.census())-1)), 0)
	p.birth = g.census().AddDate(-min(g.between(26, 50), maxAge(p.role)), 0, -g.between(1, 360))
	if p.hired.Before(p.birth.AddDate(20, 0, 0)) {
		p.hired = firstOfMonth(p.birth.AddDate(20, 1, 0))
	}
	p.grade = pppkGrade(p.education)
	p.assigned = p.hired
}

// newRetiree is a civil servant of the unit who reached the retirement age (58) in the last two
// years: no post or supervisor any more, the record kept.
func (g *generator) newRetiree(u *unit, role postPlan) *person {
	p := &person{id: g.id("EMP"), unit: u, role: role, status: employee.StatusRETIRED, annual: map[int]career.Predikat{}}
	p.gender = g.gender(role)
	p.education = pick(g, role.edu)
	p.tendency = g.tendency(role)
	p.retired = firstOfMonth(g.census().AddDate(0, -g.between(1, 23), 0))
	birthMonth := p.retired.AddDate(-58, -1, 0)
	p.birth = date(birthMonth.Year(), birthMonth.Month(), g.between(1, 28))
	hireEdu := g.educationAtHire(p.education)
	p.hired = firstOfMonth(p.birth.AddDate(g.ageAtHire(hireEdu), 1, 0))
	rank, _ := career.RankAt(g.between(role.ranks[0].Order(), role.ranks[1].Order()))
	p.ranks = g.rankHistory(lowerRank(entryRank(hireEdu), rank), rank, p.hired, p.retired.AddDate(0, -g.between(12, 60), 0))
	p.assigned = g.assignment(p, p.retired.AddDate(0, -1, 0))
	p.name = g.fullName(p)
	return p
}

// educationAtHire is the education someone was appointed with: many officials took their master's
// degree while in service.
func (g *generator) educationAtHire(edu career.Education) career.Education {
	switch {
	case edu == career.EducationS3:
		return pick(g, []career.Education{career.EducationS1, career.EducationS2})
	case edu == career.EducationS2 && g.chance(0.7):
		return career.EducationS1
	}
	return edu
}

func (g *generator) ageAtHire(edu career.Education) int {
	switch edu {
	case career.EducationSMA:
		return g.between(19, 25)
	case career.EducationD3:
		return g.between(21, 27)
	case career.EducationS2, career.EducationS3:
		return g.between(26, 33)
	}
	return g.between(22, 30)
}

// rankHistory spreads the promotions from entry to rank evenly between appointment and the last
// promotion, each on a promotion date (1 April or 1 October).
func (g *generator) rankHistory(entry, rank career.Rank, hired, last time.Time) []rankStep {
	history := []rankStep{{entry, hired}}
	steps := rank.Order() - entry.Order()
	if steps == 0 {
		return history
	}
	interval := monthsBetween(hired, last) / steps
	for k := 1; k <= steps; k++ {
		since := promotionDate(hired.AddDate(0, k*interval, 0))
		if prev := history[len(history)-1].since; !since.After(prev) {
			since = prev.AddDate(0, 1, 0)
		}
		r, _ := career.RankAt(entry.Order() + k)
		history = append(history, rankStep{r, since})
	}
	return history
}

// promotionDate is the last regular promotion date (1 April or 1 October) on or before day.
func promotionDate(day time.Time) time.Time {
	switch {
	case day.Month() >= time.October:
		return date(day.Year(), time.October, 1)
	case day.Month() >= time.April:
		return date(day.Year(), time.April, 1)
	}
	return date(day.Year()-1, time.October, 1)
}

// assignment is when the person took their post: a pelaksana on appointment; a functional official
// on reaching the rank the level needs; a structural official some time after reaching the post's
// minimum rank.
func (g *generator) assignment(p *person, end time.Time) time.Time {
	if p.role.kind == career.KindPelaksana {
		return p.hired
	}
	reached := p.hired.AddDate(1, 0, 0)
	for _, s := range p.ranks {
		if s.rank.Order() >= p.role.minRank.Order() {
			reached = maxTime(reached, s.since)
			break
		}
	}
	latest := firstOfMonth(end.AddDate(0, -1, 0))
	if p.role.kind == career.KindFungsional || !reached.Before(latest) {
		return minTime(reached, latest)
	}
	earliest := maxTime(reached, latest.AddDate(-8, 0, 0))
	return earliest.AddDate(0, g.between(0, monthsBetween(earliest, latest)), 0)
}

// earlierLeadershipTraining records the leadership trainings a structural official took before this
// system: the one of each earlier level, and the one of the current level within a year of the
// appointment, unless the appointment is too recent.
func (g *generator) earlierLeadershipTraining(p *person) {
	if !isStructural(p.role.kind) || p.pppk {
		return
	}
	limit := g.census().AddDate(0, -1, 0)
	record := func(kind career.TrainingKind, on time.Time) {
		if on.Before(p.hired.AddDate(1, 0, 0)) || on.After(limit) {
			return
		}
		t := leadership[kind]
		p.completed = append(p.completed, completion{kind: kind, title: t.title, provider: t.provider(p.unit.region), hours: t.hours, on: on})
	}
	current, _ := leadershipTraining(p.role.kind)
	record(current, p.assigned.AddDate(0, g.between(3, 11), 0))
	switch current {
	case career.TrainingPKN:
		record(career.TrainingPKA, p.assigned.AddDate(-g.between(3, 6), 0, 0))
		record(career.TrainingPKP, p.assigned.AddDate(-g.between(7, 10), 0, 0))
	case career.TrainingPKA:
		record(career.TrainingPKP, p.assigned.AddDate(-g.between(3, 6), 0, 0))
	}
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

func lowerRank(a, b career.Rank) career.Rank {
	if a.Order() <= b.Order() {
		return a
	}
	return b
}

func firstOfMonth(day time.Time) time.Time { return date(day.Year(), day.Month(), 1) }

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

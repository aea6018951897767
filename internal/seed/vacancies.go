package seed

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/application"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/vacancy"
	"github.com/jenjang/jenjang/internal/career"
)

// announcement is a vacancy to create with its applicants.
type announcement struct {
	kind          vacancy.Kind
	status        vacancy.Status
	title         string
	post          *post
	req           career.Requirements
	opens, closes time.Time
	// filledBy is the current holder of the post, appointed through this vacancy.
	filledBy *person
	// vacant says the post is new and created with the vacancy: its seat is free.
	vacant bool
	// pool are the people who may apply; applicants how many of them do.
	pool       []*person
	applicants int
}

// createVacancies announces vacancies in the instansi that announce any: open selections for JPT
// posts whose holder retires soonest (one open, one closed with its shortlist for a new post, one
// filled last year, one in draft), promotions to administrator and pengawas posts, and recruitment.
func (g *generator) createVacancies(ctx context.Context, client *ent.Client, s *staff) error {
	posts := newInserter(ctx, g, client.Position.CreateBulk)
	vacancies := newInserter(ctx, g, client.Vacancy.CreateBulk)
	var applications []*ent.ApplicationCreate // inserted after their vacancies
	for _, u := range s.units {
		if u.plan.kind != orgunit.KindINSTANSI || u.plan.vacancies == noVacancies {
			continue
		}
		for _, a := range g.announcements(s, u) {
			if a.vacant {
				posts.add(a.post.create(client))
			}
			c, apps := g.vacancy(client, a)
			vacancies.add(c)
			applications = append(applications, apps...)
		}
	}
	if err := posts.close(); err != nil {
		return err
	}
	if err := vacancies.close(); err != nil {
		return err
	}
	in := newInserter(ctx, g, client.Application.CreateBulk)
	in.add(applications...)
	return in.close()
}

func (g *generator) announcements(s *staff, inst *unit) []announcement {
	today := g.today()
	holders := func(kinds ...career.PositionKind) []*person {
		var out []*person
		for _, p := range s.people {
			if p.post != nil && p.post == p.unit.head && p.unit.instansi == inst && p.active() && slices.Contains(kinds, p.role.kind) {
				out = append(out, p)
			}
		}
		// The post whose holder retires first is the first to be announced.
		slices.SortStableFunc(out, func(a, b *person) int { return a.retirement().Compare(b.retirement()) })
		return out
	}
	pool := func(region bool, match func(*person) bool) []*person {
		var out []*person
		for _, p := range s.people {
			if !p.pppk && p.active() && (region && p.unit.region == inst.region || p.unit.instansi == inst) && match(p) {
				out = append(out, p)
			}
		}
		return out
	}
	administrators := pool(true, func(p *person) bool { return p.role.kind == career.KindAdministrator })
	seniors := pool(false, func(p *person) bool {
		return p.role.kind == career.KindPengawas || p.role.level == career.LevelAhliMuda
	})
	juniors := pool(false, func(p *person) bool {
		return p.role.kind == career.KindPelaksana && p.role.class >= 7 || p.role.level == career.LevelAhliPertama
	})
	jpt := holders(career.KindJPTPratama)
	admins := holders(career.KindAdministrator)
	chiefs := holders(career.KindPengawas)

	var out []announcement
	openSelection := func(holder *person, status vacancy.Status, opens time.Time) {
		out = append(out, announcement{kind: vacancy.KindOPEN_SELECTION, status: status, post: holder.post,
			title: "Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama " + holder.role.title,
			req:   requirements(holder.role, career.TrainingPKA), opens: opens, closes: opens.AddDate(0, 0, 21),
			pool: administrators, applicants: 8})
	}
	if len(jpt) > 0 {
		openSelection(jpt[0], vacancy.StatusOPEN, today.AddDate(0, 0, -10))
	}
	if len(admins) > 0 {
		out = append(out, announcement{kind: vacancy.KindPROMOTION, status: vacancy.StatusOPEN, post: admins[0].post,
			title: "Promosi Jabatan Administrator " + admins[0].role.title,
			req:   requirements(admins[0].role, career.TrainingPKA), opens: today.AddDate(0, 0, -5), closes: today.AddDate(0, 0, 16),
			pool: seniors, applicants: 8})
	}
	// A pengawas post filled by promotion some months ago, from staff who met the requirements then.
	opens := today.AddDate(0, -8, 0)
	for _, chief := range chiefs {
		req := requirements(chief.role, "")
		if _, ok := career.Eligibility(chief.applicant(opens), req, opens); ok && chief.hired.Before(opens.AddDate(-2, 0, 0)) {
			out = append(out, announcement{kind: vacancy.KindPROMOTION, status: vacancy.StatusFILLED, post: chief.post,
				title: "Promosi Jabatan Pengawas " + chief.role.title, req: req, opens: opens, closes: opens.AddDate(0, 0, 14),
				filledBy: chief, pool: juniors, applicants: 6})
			break
		}
	}
	if inst.plan.vacancies != allVacancies {
		return out
	}
	if len(jpt) > 1 {
		// A new post, so that its seat is free: HR can appoint one of the three best (the demo's and
		// the browser tests' appointment), where a post still held would refuse it for its quota.
		openSelection(jpt[1], vacancy.StatusCLOSED, today.AddDate(0, 0, -70))
		a := &out[len(out)-1]
		unit := inst.secretariat
		if unit == nil {
			unit = inst
		}
		role := jptPratama("Staf Ahli Bidang Pemerintahan, Hukum dan Politik")
		a.post, a.vacant = &post{id: g.id("POS"), plan: role, quota: 1, unit: unit}, true
		a.title = "Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama " + role.title
	}
	if len(jpt) > 2 {
		openSelection(jpt[2], vacancy.StatusDRAFT, today.AddDate(0, 0, 20))
	}
	// Last year's open selection appointed a head who met every requirement then.
	opens = date(g.year-1, time.March, 3)
	for _, head := range jpt[min(3, len(jpt)):] {
		req := requirements(head.role, career.TrainingPKA)
		if _, ok := career.Eligibility(head.applicant(opens), req, opens); ok {
			openSelection(head, vacancy.StatusFILLED, opens)
			out[len(out)-1].filledBy = head
			break
		}
	}
	for _, p := range s.people {
		if p.unit.instansi == inst && family(p.role.title) == "Guru" && p.role.level == career.LevelAhliPertama {
			out = append(out, announcement{kind: vacancy.KindRECRUITMENT, status: vacancy.StatusOPEN, post: p.post,
				title: fmt.Sprintf("Pengadaan PPPK Jabatan Fungsional Guru Tahun %d", g.year),
				req:   career.Requirements{MinEducation: ptr(career.EducationS1)}, opens: today.AddDate(0, 0, -3), closes: today.AddDate(0, 0, 27)})
			out = append(out, announcement{kind: vacancy.KindRECRUITMENT, status: vacancy.StatusCLOSED, post: p.post,
				title: fmt.Sprintf("Seleksi CPNS Jabatan Fungsional Guru Tahun %d", g.year-1),
				req:   career.Requirements{MinEducation: ptr(career.EducationS1)}, opens: date(g.year-1, time.August, 19), closes: date(g.year-1, time.September, 6)})
			break
		}
	}
	return out
}

// requirements of a post: its minimum rank, predikat at least BAIK in each of the last two years,
// the leadership training of the level (if any), a degree, and no moderate or heavy sanction in the
// last two years; JPT candidates need two years of service left.
func requirements(role postPlan, training career.TrainingKind) career.Requirements {
	r := career.Requirements{
		MinRank: ptr(role.minRank), MinPredikat: ptr(career.PredikatBaik), PredikatYears: 2,
		MinEducation: ptr(career.EducationD4), NoSanctionYears: 2,
	}
	if training != "" {
		r.TrainingKinds = []career.TrainingKind{training}
	}
	if role.kind.IsJPT() || role.kind == career.KindAdministrator {
		r.MinEducation = ptr(career.EducationS1)
	}
	if role.kind.IsJPT() {
		r.MinYearsToRetirement = 2
	}
	return r
}

// vacancy builds the vacancy and the applications to it, each with the eligibility result on the day
// it was submitted. Eligible candidates of a closed or filled open selection have stage scores; the
// three best are shortlisted, and in a filled one the holder was selected.
func (g *generator) vacancy(client *ent.Client, a announcement) (*ent.VacancyCreate, []*ent.ApplicationCreate) {
	id := g.id("VAC")
	c := client.Vacancy.Create().SetID(id).SetKind(a.kind).SetStatus(a.status).SetTitle(a.title).SetRequirements(a.req).
		SetOpensOn(a.opens).SetClosesOn(a.closes).SetPositionID(a.post.id).
		SetDescription(fmt.Sprintf("Pemerintah membuka kesempatan bagi ASN yang memenuhi persyaratan untuk mengisi jabatan %s pada %s. "+
			"Pendaftaran dibuka %s sampai %s; hasil setiap tahap diumumkan secara terbuka.",
			a.post.plan.title, a.post.unit.name, a.opens.Format("02-01-2006"), a.closes.Format("02-01-2006")))
	if a.kind == vacancy.KindOPEN_SELECTION {
		// The regulation's default weights, as the API sets them when HR leaves them out.
		c.SetStages(career.DefaultStageWeights)
	}
	if a.filledBy != nil {
		filled := a.closes.AddDate(0, 2, 0)
		if a.kind == vacancy.KindPROMOTION {
			filled = a.closes.AddDate(0, 1, 0)
		}
		c.SetFilledAt(time.Date(filled.Year(), filled.Month(), 1, 9, 0, 0, 0, career.WIB))
		a.filledBy.assigned, a.filledBy.appointedBy = filled, id
	}
	if a.status == vacancy.StatusDRAFT || a.applicants == 0 {
		return c, nil
	}
	candidates := slices.DeleteFunc(slices.Clone(a.pool), func(p *person) bool {
		return p == a.filledBy || p.post == a.post || !p.serves(a.opens)
	})
	shuffle(g, candidates)
	candidates = candidates[:min(a.applicants, len(candidates))]
	if a.filledBy != nil {
		candidates = append(candidates, a.filledBy)
	}
	last := minTime(a.closes, g.today())
	type scored struct {
		app   *ent.ApplicationCreate
		p     *person
		total float64
	}
	var eligible []scored
	var apps []*ent.ApplicationCreate
	for _, p := range candidates {
		submitted := a.opens.AddDate(0, 0, g.between(0, max(0, int(last.Sub(a.opens).Hours()/24))))
		results, ok := career.Eligibility(p.applicant(submitted), a.req, submitted)
		app := client.Application.Create().SetID(g.id("APL")).SetVacancyID(id).SetApplicantID(p.id).
			SetEligibility(results).SetSubmittedAt(g.officeHours(submitted)).SetStatus(application.StatusINELIGIBLE)
		apps = append(apps, app)
		if !ok {
			continue
		}
		app.SetStatus(application.StatusELIGIBLE)
		if a.kind == vacancy.KindOPEN_SELECTION && (a.status == vacancy.StatusCLOSED || a.filledBy != nil) {
			stages, total := g.stageScores(p, p == a.filledBy)
			app.SetStageScores(stages).SetTotalScore(total)
			eligible = append(eligible, scored{app, p, total})
		} else if a.filledBy != nil {
			eligible = append(eligible, scored{app, p, 0})
		}
	}
	slices.SortStableFunc(eligible, func(x, y scored) int { return cmp.Compare(y.total, x.total) })
	for i, e := range eligible {
		switch {
		case e.p == a.filledBy:
			e.app.SetStatus(application.StatusSELECTED)
		case a.status == vacancy.StatusCLOSED && i < 3:
			e.app.SetStatus(application.StatusSHORTLISTED)
		default:
			e.app.SetStatus(application.StatusREJECTED)
		}
	}
	return c, apps
}

// stageScores scores the selection stages out of 100, as the API takes them; performance shows in
// them, and the candidate who was appointed scored above everyone else.
func (g *generator) stageScores(p *person, selected bool) ([]career.StageScore, float64) {
	weights := career.DefaultStageWeights
	stages := make([]career.StageScore, len(weights))
	byStage := map[career.SelectionStage]float64{}
	for i, w := range weights {
		score := float64(g.between(62, 78) + 2*p.tendency)
		if selected {
			score = float64(g.between(86, 95))
		}
		stages[i] = career.StageScore{Stage: string(w.Stage), Weight: w.Weight, Score: &score}
		byStage[w.Stage] = score
	}
	total, _ := career.WeightedTotal(weights, byStage)
	return stages, math.Round(total*100) / 100
}

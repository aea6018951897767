package soak

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

// DemoPassword is the password of the demo accounts the workload signs in with.
const DemoPassword = "jenjang123"

// Workload is the people of the mixed workload, signed in, with the trainings and vacancies they compete for.
type Workload struct {
	Admin, HR, Leader, Supervisor *Client
	// Staff are the supervisor's subordinates, each with an account of their own.
	Staff []*Client
	// Trainings have a few seats each, fewer than the staff, so that enrolments contend for them.
	Trainings  []string
	Vacancies  []string
	Year       int
	staffIDs   []string
	supervisor string
}

// Setup signs the demo accounts in on the server at base, gives the demo supervisor's staff accounts
// of their own, and has HR open a small training and publish a vacancy.
func Setup(ctx context.Context, base string, staff int) (*Workload, error) {
	w := &Workload{Year: time.Now().Year()}
	for _, who := range []struct {
		c    **Client
		name string
	}{{&w.Admin, "admin"}, {&w.HR, "hr"}, {&w.Leader, "pimpinan"}, {&w.Supervisor, "atasan"}} {
		*who.c = NewClient(base)
		if err := (*who.c).Login(ctx, who.name, DemoPassword); err != nil {
			return nil, fmt.Errorf("log in as %s: %w", who.name, err)
		}
	}
	var me struct {
		Viewer struct{ Employee struct{ ID string } }
	}
	if err := w.Supervisor.Must(ctx, `{ viewer { employee { id } } }`, nil, &me); err != nil {
		return nil, err
	}
	w.supervisor = me.Viewer.Employee.ID
	var subs struct {
		Employees struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	if err := w.Admin.Must(ctx, `query($s: ID!, $n: Int!) { employees(first: $n, where: {hasSupervisorWith: [{id: $s}], hasAccount: false}) { edges { node { id } } } }`,
		map[string]any{"s": w.supervisor, "n": staff}, &subs); err != nil {
		return nil, err
	}
	for i, e := range subs.Employees.Edges {
		username := fmt.Sprintf("soak.staf%d", i+1)
		if err := w.Admin.Must(ctx, `mutation($in: CreateAccountInput!) { createAccount(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"username": username, "password": DemoPassword, "role": "EMPLOYEE", "employeeID": e.Node.ID}}, nil); err != nil {
			return nil, err
		}
		c := NewClient(base)
		if err := c.Login(ctx, username, DemoPassword); err != nil {
			return nil, err
		}
		w.Staff = append(w.Staff, c)
		w.staffIDs = append(w.staffIDs, e.Node.ID)
	}
	if len(w.Staff) < 2 {
		return nil, fmt.Errorf("the demo supervisor has %d subordinates without an account; the workload needs at least 2", len(w.Staff))
	}
	today := time.Now()
	for i := range 3 {
		var tr struct{ CreateTraining struct{ ID string } }
		if err := w.HR.Must(ctx, `mutation($in: CreateTrainingInput!) { createTraining(input: $in) { id } }`, map[string]any{"in": map[string]any{
			"title": fmt.Sprintf("Uji Beban: Manajemen Kinerja Angkatan %d", i+1), "kind": "TEKNIS", "competency": "Manajemen Kinerja", "hoursJp": 24,
			"startsOn": today.AddDate(0, 0, 30).Format(time.DateOnly), "endsOn": today.AddDate(0, 0, 33).Format(time.DateOnly),
			"provider": "BPSDM Provinsi Jambi", "capacity": 3, "status": "OPEN",
		}}, &tr); err != nil {
			return nil, err
		}
		w.Trainings = append(w.Trainings, tr.CreateTraining.ID)
	}
	var pos struct {
		Positions struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	if err := w.HR.Must(ctx, `{ positions(first: 3, where: {kind: PENGAWAS}) { edges { node { id } } } }`, nil, &pos); err != nil || len(pos.Positions.Edges) == 0 {
		return nil, fmt.Errorf("posts for the vacancies: %v", err)
	}
	for _, p := range pos.Positions.Edges {
		var vac struct{ CreateVacancy struct{ ID string } }
		if err := w.HR.Must(ctx, `mutation($in: VacancyInput!) { createVacancy(input: $in) { id } }`, map[string]any{"in": map[string]any{
			"kind": "PROMOTION", "title": "Uji Beban: Promosi Pengawas", "positionID": p.Node.ID,
			"opensOn": today.AddDate(0, 0, -1).Format(time.DateOnly), "closesOn": today.AddDate(0, 0, 30).Format(time.DateOnly),
			"requirements": map[string]any{"minPredikat": "BAIK", "predikatYears": 2},
		}}, &vac); err != nil {
			return nil, err
		}
		if err := w.HR.Must(ctx, `mutation($id: ID!) { publishVacancy(id: $id) { id } }`, map[string]any{"id": vac.CreateVacancy.ID}, nil); err != nil {
			return nil, err
		}
		w.Vacancies = append(w.Vacancies, vac.CreateVacancy.ID)
	}
	return w, nil
}

// The workload's documents: what the SPA's screens send for the same actions.
const (
	dashboardDoc   = `query($y: Int!) { performanceDistribution(year: $y) { total { value } predikat { predikat count { value } } } headcount(by: [RANK]) { total { value } } }`
	directoryDoc   = `query($after: Cursor) { employees(first: 20, after: $after, orderBy: [{field: NAME, direction: ASC}]) { totalCount pageInfo { endCursor } edges { node { id name nip } } } }`
	enrolDoc       = `mutation($t: ID!) { enrollInTraining(trainingID: $t) { id } }`
	nominateDoc    = `mutation($t: ID!, $e: ID!) { nominateForTraining(trainingID: $t, employeeID: $e) { id } }`
	applyDoc       = `mutation($v: ID!) { applyToVacancy(vacancyID: $v) { id status } }`
	myEnrolsDoc    = `{ viewer { employee { enrollments(first: 10, where: {status: REGISTERED}) { edges { node { id } } } } } }`
	cancelDoc      = `mutation($id: ID!) { cancelEnrollment(id: $id) { id } }`
	myEvalsDoc     = `query($y: Int!) { viewer { employee { evaluations(first: 10, where: {year: $y}) { edges { node { id period status version } } } } } }`
	startDoc       = `mutation($y: Int!, $p: EvaluationPeriod!) { startEvaluation(year: $y, period: $p) { id } }`
	saveDoc        = `mutation($id: ID!, $v: Int!, $in: SaveEvaluationInput!) { saveEvaluation(id: $id, version: $v, input: $in) { version } }`
	submitDoc      = `mutation($id: ID!, $v: Int!) { submitEvaluation(id: $id, version: $v) { id } }`
	acceptDoc      = `mutation($id: ID!, $v: Int!) { acceptEvaluation(id: $id, version: $v) { id } }`
	toAssessDoc    = `query($s: ID!) { evaluations(first: 10, where: {evaluatorID: $s, status: SUBMITTED}) { edges { node { id version } } } }`
	assessDoc      = `mutation($id: ID!, $v: Int!, $in: AssessEvaluationInput!) { assessEvaluation(id: $id, version: $v, input: $in) { evaluation { id } } }`
	evaluationWork = `{"workPlans": [{"title": "Pendampingan sekolah inklusif", "kind": "UTAMA", "indicators": [{"name": "Sekolah terdampingi", "target": "20 sekolah", "realisation": "22 sekolah"}]}], "selfNotes": []}`
)

// Spread sends each request of every person to one of the replicas at random.
func (w *Workload) Spread(bases ...string) *Workload {
	for _, c := range append([]*Client{w.Admin, w.HR, w.Leader, w.Supervisor}, w.Staff...) {
		c.spread = bases
	}
	return w
}

var periods = []string{"ANNUAL", "Q1", "Q2", "Q3", "Q4"}

var ratings = []string{"DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"}

// Run drives the workload from many clients at once until ctx ends: leaders reading the dashboard and
// the directory, staff enrolling, applying and working through their appraisals, HR nominating, the
// supervisor assessing.
func (w *Workload) Run(ctx context.Context, rec *Recorder) {
	var wg sync.WaitGroup
	loop := func(seed uint64, step func(r *rand.Rand)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, seed*7919))
			for ctx.Err() == nil {
				step(r)
			}
		}()
	}
	for i := range 3 {
		loop(uint64(100+i), func(r *rand.Rand) { w.read(ctx, r, rec) })
	}
	for i, c := range w.Staff {
		loop(uint64(200+i), func(r *rand.Rand) { w.staffStep(ctx, r, c, rec) })
	}
	loop(300, func(r *rand.Rand) { w.assess(ctx, r, rec) })
	loop(400, func(r *rand.Rand) {
		resp := w.HR.Do(ctx, nominateDoc, map[string]any{"t": pick(r, w.Trainings), "e": pick(r, w.staffIDs)})
		w.record(ctx, rec, "nominate", true, resp)
		pause(ctx, r)
	})
	wg.Wait()
}

// record keeps a request's outcome unless the run's end cut it short. After a failure the client
// waits a little before its next request, as the SPA and any sane client do, rather than hammering.
func (w *Workload) record(ctx context.Context, rec *Recorder, action string, mutation bool, resp Response) {
	if ctx.Err() != nil && resp.Err != nil {
		return
	}
	rec.Add(action, mutation, resp)
	if Failure(resp.Code()) {
		select {
		case <-ctx.Done():
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func (w *Workload) read(ctx context.Context, r *rand.Rand, rec *Recorder) {
	if r.IntN(2) == 0 {
		w.record(ctx, rec, "dashboard", false, w.Leader.Do(ctx, dashboardDoc, map[string]any{"y": w.Year}))
	} else {
		w.record(ctx, rec, "directory", false, w.Leader.Do(ctx, directoryDoc, nil))
	}
}

func (w *Workload) staffStep(ctx context.Context, r *rand.Rand, c *Client, rec *Recorder) {
	switch n := r.IntN(10); {
	case n <= 1:
		w.record(ctx, rec, "enrol", true, c.Do(ctx, enrolDoc, map[string]any{"t": pick(r, w.Trainings)}))
	case n == 2:
		w.cancelEnrolment(ctx, r, c, rec)
	case n == 3:
		w.record(ctx, rec, "apply", true, c.Do(ctx, applyDoc, map[string]any{"v": pick(r, w.Vacancies)}))
	default:
		w.appraisalStep(ctx, c, rec)
	}
	pause(ctx, r)
}

// cancelEnrolment withdraws one of the employee's registered enrolments, freeing its seat for others.
func (w *Workload) cancelEnrolment(ctx context.Context, r *rand.Rand, c *Client, rec *Recorder) {
	var mine struct {
		Viewer struct {
			Employee struct {
				Enrollments struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
		}
	}
	resp := c.Do(ctx, myEnrolsDoc, nil)
	w.record(ctx, rec, "my enrolments", false, resp)
	if resp.Code() != "OK" || decode(resp, &mine) != nil || len(mine.Viewer.Employee.Enrollments.Edges) == 0 {
		return
	}
	edges := mine.Viewer.Employee.Enrollments.Edges
	w.record(ctx, rec, "cancel enrolment", true, c.Do(ctx, cancelDoc, map[string]any{"id": edges[r.IntN(len(edges))].Node.ID}))
}

func pick(r *rand.Rand, ids []string) string { return ids[r.IntN(len(ids))] }

// appraisalStep moves the employee's first unfinished evaluation of the year one step on.
func (w *Workload) appraisalStep(ctx context.Context, c *Client, rec *Recorder) {
	var mine struct {
		Viewer struct {
			Employee struct {
				Evaluations struct {
					Edges []struct {
						Node struct {
							ID, Period, Status string
							Version            int
						}
					}
				}
			}
		}
	}
	resp := c.Do(ctx, myEvalsDoc, map[string]any{"y": w.Year})
	w.record(ctx, rec, "my evaluations", false, resp)
	if resp.Code() != "OK" || decode(resp, &mine) != nil {
		return
	}
	started := map[string]bool{}
	for _, e := range mine.Viewer.Employee.Evaluations.Edges {
		ev := e.Node
		started[ev.Period] = true
		vars := map[string]any{"id": ev.ID, "v": ev.Version}
		switch ev.Status {
		case "DRAFT":
			saved := c.Do(ctx, saveDoc, map[string]any{"id": ev.ID, "v": ev.Version, "in": rawJSON(evaluationWork)})
			w.record(ctx, rec, "save evaluation", true, saved)
			var out struct{ SaveEvaluation struct{ Version int } }
			if saved.Code() == "OK" && decode(saved, &out) == nil {
				w.record(ctx, rec, "submit evaluation", true, c.Do(ctx, submitDoc, map[string]any{"id": ev.ID, "v": out.SaveEvaluation.Version}))
			}
			return
		case "ASSESSED":
			w.record(ctx, rec, "accept evaluation", true, c.Do(ctx, acceptDoc, vars))
			return
		}
	}
	for _, p := range periods {
		if !started[p] {
			w.record(ctx, rec, "start evaluation", true, c.Do(ctx, startDoc, map[string]any{"y": w.Year, "p": p}))
			return
		}
	}
}

func (w *Workload) assess(ctx context.Context, r *rand.Rand, rec *Recorder) {
	var todo struct {
		Evaluations struct {
			Edges []struct {
				Node struct {
					ID      string
					Version int
				}
			}
		}
	}
	resp := w.Supervisor.Do(ctx, toAssessDoc, map[string]any{"s": w.supervisor})
	w.record(ctx, rec, "evaluations to assess", false, resp)
	if resp.Code() == "OK" && decode(resp, &todo) == nil {
		for _, e := range todo.Evaluations.Edges {
			w.record(ctx, rec, "assess", true, w.Supervisor.Do(ctx, assessDoc, map[string]any{"id": e.Node.ID, "v": e.Node.Version, "in": map[string]any{
				"workResult": ratings[r.IntN(len(ratings))], "workBehavior": ratings[r.IntN(2)], "coachingNote": "Pertahankan capaian; dampingi rekan baru.",
			}}))
		}
	}
	pause(ctx, r)
}

// pause is a person's think time, short: the point is many requests at once.
func pause(ctx context.Context, r *rand.Rand) {
	select {
	case <-ctx.Done():
	case <-time.After(time.Duration(5+r.IntN(20)) * time.Millisecond):
	}
}

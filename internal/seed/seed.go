// Package seed fills a database with a realistic, deterministic dataset: the demo of the Province of
// Jambi and DKI Jakarta, or a generated one of any size for load tests. Both come from one generator;
// the same reference year and size give the same rows, IDs and NIPs on every run.
package seed

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"time"

	"entgo.io/ent/dialect"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/derive"
	"github.com/jenjang/jenjang/internal/store"
	"github.com/jenjang/jenjang/internal/tally"
)

// DemoIfEmpty loads the demo dataset when the database has no org units; it reports whether it did.
func DemoIfEmpty(ctx context.Context, client *ent.Client) (bool, error) {
	n, err := client.OrgUnit.Query().Count(ctx)
	if err != nil || n > 0 {
		return false, err
	}
	return true, Demo(ctx, client)
}

// Demo loads the demo dataset (one transaction).
func Demo(ctx context.Context, client *ent.Client) error {
	return demoAt(ctx, client, time.Now())
}

// demoSeed and demoEpoch fix the demo's random choices and the timestamps inside its IDs.
const demoSeed = 0x4a414d4249

var demoEpoch = time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)

func demoAt(ctx context.Context, client *ent.Client, now time.Time) error {
	ctx = importing(ctx)
	g := newGenerator(now, demoSeed, demoEpoch, math.MaxInt)
	g.detail = true
	return inTx(ctx, client, func(tx *ent.Client) error {
		if err := g.reserveNIPs(ctx, tx); err != nil {
			return err
		}
		if err := g.createReferenceData(ctx, tx); err != nil {
			return err
		}
		if _, err := g.load(ctx, tx, demoPlan(), nil); err != nil {
			return err
		}
		if err := g.createCurricula(ctx, tx); err != nil {
			return err
		}
		if err := derive.RebuildYears(ctx, tx); err != nil {
			return err
		}
		if err := tally.Rebuild(ctx, tx); err != nil {
			return err
		}
		return createDemoAccounts(ctx, tx)
	})
}

// importing marks a load as the system's own bulk import: no viewer's rules apply, the rows are not
// audited one by one, and the yearly figures are computed once at the end rather than per record.
func importing(ctx context.Context) context.Context {
	return access.SystemContext(audit.Import(derive.Bulk(ctx)))
}

// GenerateOptions size a generated dataset.
type GenerateOptions struct {
	Employees int
	// Years is how many past years of history the dataset holds: final evaluations, potential
	// assessments, trainings and the career events they lead to; zero means DefaultYears.
	Years int
	// Progress receives a progress bar; nil keeps quiet.
	Progress io.Writer
	// Now is the reference date; zero means time.Now().
	Now time.Time
	// DB is the database under client. On PostgreSQL, a dataset of at least BulkEmployees is
	// written with COPY rather than through ent (see bulk.go); nil always writes through ent.
	DB *store.DB
}

// DefaultYears is the history of a generated dataset unless told otherwise, and the demo's.
const DefaultYears = 3

// BulkEmployees is the size from which a generated dataset goes into PostgreSQL by COPY.
const BulkEmployees = 20000

// Generate adds a generated dataset of the given size (for `jenjang seed --employees N`), showing
// progress. Up to the size of the demo's Jambi it adds a region of numbered regencies patterned on the
// demo's; above it, the provinces of Indonesia with some of their regencies and cities (layout.go).
// Each instansi is one transaction (one COPY chunk on the bulk path), and a run can follow the demo
// or an earlier run: it adds regions of its own.
func Generate(ctx context.Context, client *ent.Client, opts GenerateOptions) error {
	bulk := opts.DB != nil && opts.DB.Dialect == dialect.Postgres && opts.Employees >= BulkEmployees
	return generate(ctx, client, opts, bulk)
}

func generate(ctx context.Context, client *ent.Client, opts GenerateOptions, bulk bool) error {
	if opts.Employees < 1 {
		return fmt.Errorf("employees must be at least 1, not %d", opts.Employees)
	}
	if opts.Years == 0 {
		opts.Years = DefaultYears
	}
	if opts.Years < 1 || opts.Years > maxYears {
		return fmt.Errorf("years must be from 1 to %d, not %d", maxYears, opts.Years)
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	ctx = importing(ctx)
	run, err := client.OrgUnit.Query().Where(orgunit.KindEQ(orgunit.KindREGION)).Count(ctx)
	if err != nil {
		return err
	}
	// Each run has its own seed and its own span of ID timestamps, so that a second run adds new rows
	// rather than repeating the first one's IDs.
	g := newGenerator(opts.Now, uint64(opts.Employees)<<16|uint64(run), demoEpoch.AddDate(0, 0, run+1), opts.Employees)
	g.years = opts.Years
	if err := g.reserveNIPs(ctx, client); err != nil {
		return err
	}
	if err := inTx(ctx, client, func(tx *ent.Client) error { return g.createReferenceData(ctx, tx) }); err != nil {
		return err
	}
	plan := newLayout(run, opts.Employees)
	if bulk {
		if g.bulk, err = startBulk(ctx, opts.DB, client, g, opts.Progress); err != nil {
			return err
		}
		defer g.bulk.abort(ctx)
	}
	var bar *progress // the bulk load counts the employees it has committed itself
	if !bulk {
		bar = newProgress(opts.Progress, opts.Employees, "employees")
	}
	var regions []*unit
	err = g.write(ctx, client, func(tx *ent.Client) error {
		var err error
		regions, err = g.createOrg(ctx, tx, plan.regions, nil)
		return err
	})
	if err != nil {
		return err
	}
	for n := 0; g.budget > 0; n++ {
		inst, region, ok := plan.instansi(n, g.budget)
		if !ok {
			break
		}
		var added int
		err := g.write(ctx, client, func(tx *ent.Client) error {
			var err error
			added, err = g.load(ctx, tx, []unitPlan{inst}, regions[region])
			return err
		})
		if err != nil {
			return err
		}
		bar.add(added)
	}
	bar.finish()
	if bulk {
		if err := g.bulk.finish(ctx); err != nil {
			return err
		}
	} else if err := derive.RebuildYears(ctx, client); err != nil {
		return err
	}
	return tally.Rebuild(ctx, client)
}

// maxYears bounds the history: older records would predate the employees' careers in the data.
const maxYears = 10

// write runs fn as one unit of the load: an ent transaction, or a chunk of the bulk load.
func (g *generator) write(ctx context.Context, client *ent.Client, fn func(*ent.Client) error) error {
	if g.bulk == nil {
		return inTx(ctx, client, fn)
	}
	if err := fn(client); err != nil {
		return err
	}
	return g.bulk.commit(ctx)
}

func inTx(ctx context.Context, client *ent.Client, fn func(*ent.Client) error) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx.Client()); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// generator holds the random streams, the reference date and what must stay unique across loads.
// Choices and IDs draw from separate streams, so that changing one choice does not renumber every
// record after it.
type generator struct {
	seed   [32]byte
	rnd    *rand.Rand
	ids    *rand.ChaCha8
	idTime time.Time
	now    time.Time // the reference moment, in WIB
	year   int
	// nipSeq is the last NIP sequence used per 15-digit NIP prefix.
	nipSeq map[string]int
	// budget is how many employees may still be created.
	budget int
	// years is how many past years of history are generated.
	years int
	// detail keeps what only the demo has: the final quarterly evaluations beside the annual ones, the
	// work plans and behaviour notes of final evaluations, and the promotions and trainings of the
	// riwayat before the past years. A generated dataset keeps the annual evaluation of each year and
	// the current quarter's, with work plans while it is being worked on, and the riwayat of the past
	// years with each appointment: at national size the rest would be half the rows and most of the
	// bytes, and each row costs its share of a dozen index builds.
	detail bool
	// ref draws the reference data (unit ratings, windows, caps) from streams of its own, so that
	// adding it left every other record as it was.
	ref *generator
	// bulk, when set, receives the records instead of ent (the PostgreSQL COPY path).
	bulk *bulkLoad
}

func newGenerator(now time.Time, seed uint64, epoch time.Time, budget int) *generator {
	g := &generator{now: now.In(career.WIB), idTime: epoch, nipSeq: map[string]int{}, budget: budget, years: DefaultYears}
	g.year = g.now.Year()
	for i := range 8 {
		g.seed[i] = byte(seed >> (8 * i))
	}
	g.rnd, g.ids = g.streams(0)
	g.ref = g.stream(2)
	return g
}

// streams are the random choices and the ID entropy of stream n of the generator's seed.
func (g *generator) streams(n byte) (*rand.Rand, *rand.ChaCha8) {
	dataSeed, idSeed := g.seed, g.seed
	dataSeed[31], idSeed[31] = n, n+1
	return rand.New(rand.NewChaCha8(dataSeed)), rand.NewChaCha8(idSeed)
}

// stream is a generator of the same reference date and ID epoch drawing from stream n.
func (g *generator) stream(n byte) *generator {
	s := &generator{now: g.now, year: g.year, idTime: g.idTime, seed: g.seed}
	s.rnd, s.ids = g.streams(n)
	return s
}

// load creates the units of plan under parent (nil for roots) and everything in and around them;
// it returns the number of employees created.
func (g *generator) load(ctx context.Context, client *ent.Client, plan []unitPlan, parent *unit) (int, error) {
	units, err := g.createOrg(ctx, client, plan, parent)
	if err != nil {
		return 0, err
	}
	if err := g.createUnitRatings(ctx, client, units); err != nil {
		return 0, err
	}
	s, err := g.createEmployees(ctx, client, units)
	if err != nil || len(s.people) == 0 {
		return 0, err
	}
	steps := []func(context.Context, *ent.Client, *staff) error{
		g.createEvaluations,
		g.createPotential,
		g.createSanctions,
		g.createTrainings,
		g.createVacancies,
		g.createMentorships,
		g.createCareerEvents,
	}
	for _, step := range steps {
		if err := step(ctx, client, s); err != nil {
			return 0, err
		}
	}
	return len(s.people), nil
}

// reserveNIPs records the NIPs already stored, so that new ones never repeat them.
func (g *generator) reserveNIPs(ctx context.Context, client *ent.Client) error {
	nips, err := client.Employee.Query().Select(employee.FieldNip).Strings(ctx)
	for _, nip := range nips {
		if n, err := career.ParseNIP(nip); err == nil {
			g.nipSeq[nip[:15]] = max(g.nipSeq[nip[:15]], n.Sequence)
		}
	}
	return err
}

// nip builds the next free NIP for a birth date, appointment month and gender.
func (g *generator) nip(birth, hired time.Time, gender career.Gender) string {
	prefix := career.BuildNIP(birth, hired, gender, 0)[:15]
	g.nipSeq[prefix]++
	return career.BuildNIP(birth, hired, gender, g.nipSeq[prefix])
}

// id returns the next ID of the given prefix; IDs sort in creation order.
func (g *generator) id(prefix string) pulid.ID {
	g.idTime = g.idTime.Add(time.Millisecond)
	return pulid.NewAt(prefix, g.idTime, g.ids)
}

func (g *generator) chance(p float64) bool { return g.rnd.Float64() < p }

// between draws an integer from lo to hi inclusive.
func (g *generator) between(lo, hi int) int { return lo + g.rnd.IntN(hi-lo+1) }

func pick[T any](g *generator, xs []T) T { return xs[g.rnd.IntN(len(xs))] }

func shuffle[T any](g *generator, xs []T) {
	g.rnd.Shuffle(len(xs), func(a, b int) { xs[a], xs[b] = xs[b], xs[a] })
}

// census is the day the employees are drawn as of: the first day of the reference year, so that every
// day of a year gives the same employees, IDs and NIPs; only what happens during the year (the
// current quarter's evaluations, open vacancies and trainings) follows the reference day.
func (g *generator) census() time.Time { return date(g.year, time.January, 1) }

// today is the reference date as a stored date (midnight UTC of the WIB calendar day).
func (g *generator) today() time.Time { return career.DateOf(g.now) }

// date is a calendar date the way dates are stored.
func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// officeHours is a moment on a stored date during WIB office hours.
func (g *generator) officeHours(day time.Time) time.Time {
	y, m, d := day.Date()
	return time.Date(y, m, d, g.between(8, 15), g.between(0, 59), 0, 0, career.WIB)
}

// monthsBetween counts whole calendar months from a to b.
func monthsBetween(a, b time.Time) int {
	months := (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
	if b.Day() < a.Day() {
		months--
	}
	return months
}

func ptr[T any](v T) *T { return &v }

// batchSize keeps a multi-row INSERT well under SQLite's limit of bound parameters.
const batchSize = 400

type execer interface{ Exec(context.Context) error }

// inserter sends create builders to the database in batches, or to the bulk load when there is one;
// the first error stops it and is returned by close.
type inserter[C any, B execer] struct {
	ctx    context.Context
	create func(...C) B
	bulk   *bulkLoad
	queue  []C
	err    error
}

func newInserter[C any, B execer](ctx context.Context, g *generator, create func(...C) B) *inserter[C, B] {
	return &inserter[C, B]{ctx: ctx, create: create, bulk: g.bulk}
}

func (in *inserter[C, B]) add(builders ...C) {
	for _, b := range builders {
		if in.bulk != nil {
			if in.err == nil {
				in.err = in.bulk.add(b)
			}
			continue
		}
		in.queue = append(in.queue, b)
		if len(in.queue) == batchSize {
			in.flush()
		}
	}
}

func (in *inserter[C, B]) flush() {
	if in.err == nil && len(in.queue) > 0 {
		in.err = in.create(in.queue...).Exec(in.ctx)
	}
	in.queue = in.queue[:0]
}

func (in *inserter[C, B]) close() error {
	in.flush()
	return in.err
}

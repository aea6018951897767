// Package seed fills a database with a realistic, deterministic dataset: the demo of the Province of
// Jambi and DKI Jakarta, or a generated one of any size for load tests.
package seed

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/career"
)

// DemoIfEmpty loads the demo dataset when the database has no org units; it reports whether it did.
func DemoIfEmpty(ctx context.Context, client *ent.Client) (bool, error) {
	n, err := client.OrgUnit.Query().Count(ctx)
	if err != nil || n > 0 {
		return false, err
	}
	return true, Demo(ctx, client)
}

// Demo loads the demo dataset in one transaction.
func Demo(ctx context.Context, client *ent.Client) error {
	return demoAt(ctx, client, time.Now())
}

func demoAt(ctx context.Context, client *ent.Client, now time.Time) error {
	g := newGenerator(now, 1)
	return inTx(ctx, client, func(tx *ent.Client) error {
		return g.load(ctx, tx, demoInstansi(), nil)
	})
}

// GenerateOptions size a generated dataset.
type GenerateOptions struct {
	Employees int
	// Progress receives a progress bar; nil keeps quiet.
	Progress io.Writer
	// Now is the reference date; zero means today.
	Now time.Time
}

// Generate adds a generated dataset of about opts.Employees employees: synthetic regencies patterned on
// the demo's, under a region of their own, so that it can be added to a database that holds the demo.
func Generate(ctx context.Context, client *ent.Client, opts GenerateOptions) error {
	if opts.Employees < 1 {
		return fmt.Errorf("employees must be at least 1")
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	run, err := client.OrgUnit.Query().Where(orgunit.KindEQ(orgunit.KindREGION)).Count(ctx)
	if err != nil {
		return err
	}
	g := newGenerator(opts.Now, uint64(opts.Employees)+uint64(run)<<32)
	g.limited, g.budget = true, opts.Employees
	progress := newProgress(opts.Progress, opts.Employees)
	defer progress.finish()
	for batch := 1; g.budget > 0; batch++ {
		err := inTx(ctx, client, func(tx *ent.Client) error {
			return g.load(ctx, tx, generatedRegion(run+1, batch, g.budget), progress)
		})
		if err != nil {
			return err
		}
	}
	return nil
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

// generator holds the random streams and the reference date. Data choices and IDs draw from separate
// streams, so that the IDs of the records stay the same when a choice elsewhere changes.
type generator struct {
	rnd     *rand.Rand
	ids     *rand.ChaCha8
	idTime  time.Time
	now     time.Time // the reference date, in WIB
	year    int
	nipSeqs map[string]int
	// budget is how many employees may still be created, when limited.
	limited bool
	budget  int
}

func newGenerator(now time.Time, seed uint64) *generator {
	var idSeed, dataSeed [32]byte
	for i := range 8 {
		dataSeed[i] = byte(seed >> (8 * i))
		idSeed[i] = byte(seed >> (8 * i))
	}
	idSeed[31] = 1
	now = now.In(career.WIB)
	return &generator{
		rnd:     rand.New(rand.NewChaCha8(dataSeed)),
		ids:     rand.NewChaCha8(idSeed),
		idTime:  time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
		now:     now,
		year:    now.Year(),
		nipSeqs: map[string]int{},
	}
}

// id returns the next ID of the given prefix; IDs sort in creation order.
func (g *generator) id(prefix string) pulid.ID {
	g.idTime = g.idTime.Add(time.Millisecond)
	return pulid.NewAt(prefix, g.idTime, g.ids)
}

func (g *generator) chance(p float64) bool { return g.rnd.Float64() < p }

func (g *generator) between(lo, hi int) int { return lo + g.rnd.IntN(hi-lo+1) }

func pick[T any](g *generator, xs []T) T { return xs[g.rnd.IntN(len(xs))] }

// date returns midnight UTC of a calendar date, the way dates are stored.
func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// today is the reference date as a stored date.
func (g *generator) today() time.Time { return career.DateOf(g.now) }

// load creates the instansi with everything in and around them.
func (g *generator) load(ctx context.Context, client *ent.Client, plan []regionPlan, progress *progress) error {
	org, err := g.createOrg(ctx, client, plan)
	if err != nil {
		return err
	}
	people, err := g.createEmployees(ctx, client, org, progress)
	if err != nil || len(people.people) == 0 {
		return err
	}
	steps := []func(context.Context, *ent.Client, *roster) error{
		g.createEvaluations,
		g.createPotentialAndSanctions,
		g.createTrainings,
		g.createVacancies,
		g.createMentorships,
		g.createCareerEvents,
	}
	for _, step := range steps {
		if err := step(ctx, client, people); err != nil {
			return err
		}
	}
	return nil
}

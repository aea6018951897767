package analytics

import (
	"context"
	"slices"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/application"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/predicate"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/vacancy"
	"github.com/jenjang/jenjang/internal/access"
)

// maxFunnelVacancies bounds the vacancies listed one by one; the totals count them all.
const maxFunnelVacancies = 50

// StatusCount is how many applications have one status.
type StatusCount struct {
	Status application.Status
	Label  string
	Count  Count
}

// Funnel is the applications of one vacancy or of many, by status.
type Funnel struct {
	Applications Count
	ByStatus     []StatusCount
	// EligibleShare is the share of applications found eligible (eligible, shortlisted, selected or
	// rejected after selection) among those checked; nil when hidden or none was checked.
	EligibleShare *float64
}

// VacancyFunnel is one vacancy's funnel and how long it took to fill.
type VacancyFunnel struct {
	Vacancy *ent.Vacancy
	Funnel  Funnel
	// DaysToFill is from opening to appointment, nil until filled.
	DaysToFill *int
}

// VacancyFunnels is the funnel of every announced vacancy of the scope, in total and for the latest ones.
type VacancyFunnels struct {
	Total Funnel
	// AverageDaysToFill is over the filled vacancies of the scope, nil when none is filled.
	AverageDaysToFill *float64
	Vacancies         []VacancyFunnel
}

var statusLabels = map[application.Status]string{
	application.StatusSUBMITTED:   "Diajukan",
	application.StatusINELIGIBLE:  "Tidak memenuhi syarat",
	application.StatusELIGIBLE:    "Memenuhi syarat",
	application.StatusSHORTLISTED: "Tiga terbaik",
	application.StatusSELECTED:    "Terpilih",
	application.StatusREJECTED:    "Tidak terpilih",
	application.StatusWITHDRAWN:   "Ditarik",
}

var applicationStatuses = []application.Status{
	application.StatusSUBMITTED, application.StatusINELIGIBLE, application.StatusELIGIBLE, application.StatusSHORTLISTED,
	application.StatusSELECTED, application.StatusREJECTED, application.StatusWITHDRAWN,
}

// VacancyFunnelOf counts the applications of the announced (not draft) vacancies of posts in the
// scope by status, with the time to fill; the viewer's rules on vacancies and applications apply.
func (s Service) VacancyFunnelOf(ctx context.Context, unitID *pulid.ID) (*VacancyFunnels, error) {
	unit, err := s.scopeUnit(ctx, unitID)
	if err != nil {
		return nil, err
	}
	scoped := []predicate.Vacancy{vacancy.StatusNEQ(vacancy.StatusDRAFT)}
	if unit != nil {
		scoped = append(scoped, vacancy.HasPositionWith(position.HasUnitWith(orgunit.PathHasPrefix(unit.Path))))
	}
	announced := func() *ent.VacancyQuery { return s.Client.Vacancy.Query().Where(scoped...) }
	var rows []struct {
		Vacancy string `json:"vacancy_id"`
		Status  string `json:"status"`
		N       int    `json:"n"`
	}
	// The applications to the scope's vacancies are all readable by a viewer whose scope holds the
	// unit: their row rule would only cost time then.
	readCtx := ctx
	if unit != nil && access.ReadsAnnouncedUnder(ctx, unit.Path) {
		readCtx = access.Allow(ctx)
	}
	err = s.Client.Application.Query().Where(application.HasVacancyWith(scoped...)).
		Modify(func(sel *sql.Selector) {
			sel.Select(sel.C(application.FieldVacancyID), sel.C(application.FieldStatus)).AppendSelectAs("COUNT(*)", "n").
				GroupBy(sel.C(application.FieldVacancyID), sel.C(application.FieldStatus))
		}).Scan(readCtx, &rows)
	if err != nil {
		return nil, err
	}
	perVacancy := map[pulid.ID]map[application.Status]int{}
	total := map[application.Status]int{}
	for _, r := range rows {
		id := pulid.ID(r.Vacancy)
		if perVacancy[id] == nil {
			perVacancy[id] = map[application.Status]int{}
		}
		perVacancy[id][application.Status(r.Status)] += r.N
		total[application.Status(r.Status)] += r.N
	}
	var avg []struct {
		Days sql.NullFloat64 `json:"days"`
	}
	err = announced().Where(vacancy.FilledAtNotNil()).Modify(func(sel *sql.Selector) {
		days := "AVG(CAST(" + sel.C(vacancy.FieldFilledAt) + " AS DATE) - CAST(" + sel.C(vacancy.FieldOpensOn) + " AS DATE))"
		if sel.Dialect() == dialect.SQLite {
			days = "AVG(julianday(" + sel.C(vacancy.FieldFilledAt) + ") - julianday(" + sel.C(vacancy.FieldOpensOn) + "))"
		}
		sel.Select().AppendSelectAs(days, "days")
	}).Scan(ctx, &avg)
	if err != nil {
		return nil, err
	}
	latest, err := announced().Order(ent.Desc(vacancy.FieldOpensOn), ent.Desc(vacancy.FieldID)).Limit(maxFunnelVacancies).All(ctx)
	if err != nil {
		return nil, err
	}
	out := &VacancyFunnels{Total: funnel(ctx, total)}
	if len(avg) == 1 && avg[0].Days.Valid {
		out.AverageDaysToFill = &avg[0].Days.Float64
	}
	for _, v := range latest {
		f := VacancyFunnel{Vacancy: v, Funnel: funnel(ctx, perVacancy[v.ID])}
		if v.FilledAt != nil {
			days := int(v.FilledAt.Sub(v.OpensOn).Hours() / 24)
			f.DaysToFill = &days
		}
		out.Vacancies = append(out.Vacancies, f)
	}
	return out, nil
}

func funnel(ctx context.Context, counts map[application.Status]int) Funnel {
	f := Funnel{}
	total, checked, eligible := 0, 0, 0
	for _, st := range applicationStatuses {
		n := counts[st]
		total += n
		if st != application.StatusSUBMITTED && st != application.StatusWITHDRAWN {
			checked += n
			if st != application.StatusINELIGIBLE {
				eligible += n
			}
		}
		f.ByStatus = append(f.ByStatus, StatusCount{Status: st, Label: statusLabels[st], Count: count(ctx, n)})
	}
	f.Applications = count(ctx, total)
	hidden := slices.ContainsFunc(f.ByStatus, func(c StatusCount) bool { return c.Count.Value == nil })
	if checked > 0 && !hidden {
		share := float64(eligible) / float64(checked)
		f.EligibleShare = &share
	}
	return f
}

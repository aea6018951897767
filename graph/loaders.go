package graph

import (
	"context"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/dashboards"
	"github.com/jenjang/jenjang/internal/vacancies"
)

// yearKey names one employee's figures of one year.
type yearKey struct {
	employee pulid.ID
	year     int
}

type loadersKey struct{}

// loaders batch the lookups of fields that a page of records would otherwise make once per record.
type loaders struct {
	years  *dataloadgen.Loader[yearKey, *ent.EmployeeYear]
	owners *dataloadgen.Loader[pulid.ID, string]
	// applicants are the summaries of the applicants of a page of applications.
	applicants *dataloadgen.Loader[pulid.ID, *vacancies.ApplicantSummary]
}

// WithLoaders gives a request its own loaders, so that batches never mix two viewers' rules.
func WithLoaders(ctx context.Context, client *ent.Client) context.Context {
	return context.WithValue(ctx, loadersKey{}, &loaders{
		years: dataloadgen.NewLoader(func(ctx context.Context, keys []yearKey) ([]*ent.EmployeeYear, []error) {
			return loadYears(ctx, client, keys)
		}, dataloadgen.WithWait(2*time.Millisecond)),
		owners: dataloadgen.NewLoader(func(ctx context.Context, ids []pulid.ID) ([]string, []error) {
			return loadOwnerNames(ctx, client, ids)
		}, dataloadgen.WithWait(2*time.Millisecond)),
		applicants: dataloadgen.NewLoader(func(ctx context.Context, ids []pulid.ID) ([]*vacancies.ApplicantSummary, []error) {
			return loadApplicants(ctx, client, ids)
		}, dataloadgen.WithWait(2*time.Millisecond)),
	})
}

// loadYears reads the figures of many employees and years in one query; a missing year is nil.
func loadYears(ctx context.Context, client *ent.Client, keys []yearKey) ([]*ent.EmployeeYear, []error) {
	// Inside a mutation's transaction, read through it: on SQLite the only connection is the transaction's.
	if tx := ent.FromContext(ctx); tx != nil {
		client = tx
	}
	employees, years := map[pulid.ID]bool{}, map[int]bool{}
	for _, k := range keys {
		employees[k.employee], years[k.year] = true, true
	}
	ids := make([]pulid.ID, 0, len(employees))
	for id := range employees {
		ids = append(ids, id)
	}
	ys := make([]int, 0, len(years))
	for y := range years {
		ys = append(ys, y)
	}
	rows, err := client.EmployeeYear.Query().Where(employeeyear.EmployeeIDIn(ids...), employeeyear.YearIn(ys...)).All(ctx)
	out := make([]*ent.EmployeeYear, len(keys))
	if err != nil {
		errs := make([]error, len(keys))
		for i := range errs {
			errs[i] = err
		}
		return out, errs
	}
	found := make(map[yearKey]*ent.EmployeeYear, len(rows))
	for _, r := range rows {
		found[yearKey{r.EmployeeID, r.Year}] = r
	}
	for i, k := range keys {
		out[i] = found[k]
	}
	return out, nil
}

// employeeYear loads one employee's figures of one year through the request's loader (directly when
// the request has none).
func employeeYear(ctx context.Context, client *ent.Client, employee pulid.ID, year int) (*ent.EmployeeYear, error) {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l.years.Load(ctx, yearKey{employee, year})
	}
	rows, errs := loadYears(ctx, client, []yearKey{{employee, year}})
	if errs != nil {
		return nil, errs[0]
	}
	return rows[0], nil
}

// loadOwnerNames reads the names of many dashboard owners in one lookup (dashboards.OwnerNames).
func loadOwnerNames(ctx context.Context, client *ent.Client, ids []pulid.ID) ([]string, []error) {
	if tx := ent.FromContext(ctx); tx != nil {
		client = tx
	}
	names, err := dashboards.OwnerNames(ctx, client, ids)
	out := make([]string, len(ids))
	if err != nil {
		errs := make([]error, len(ids))
		for i := range errs {
			errs[i] = err
		}
		return out, errs
	}
	for i, id := range ids {
		out[i] = names[id]
	}
	return out, nil
}

// ownerName loads the name of a dashboard's owner through the request's loader (directly when the
// request has none).
func ownerName(ctx context.Context, client *ent.Client, owner pulid.ID) (string, error) {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l.owners.Load(ctx, owner)
	}
	names, errs := loadOwnerNames(ctx, client, []pulid.ID{owner})
	if errs != nil {
		return "", errs[0]
	}
	return names[0], nil
}

// loadApplicants reads the summaries of many applicants in one query (vacancies.ApplicantSummaries).
func loadApplicants(ctx context.Context, client *ent.Client, ids []pulid.ID) ([]*vacancies.ApplicantSummary, []error) {
	found, err := vacancies.Service{Client: client}.ApplicantSummaries(ctx, ids)
	out := make([]*vacancies.ApplicantSummary, len(ids))
	errs := make([]error, len(ids))
	for i, id := range ids {
		out[i] = found[id]
		if err != nil {
			errs[i] = err
		} else if out[i] == nil {
			errs[i] = &ent.NotFoundError{}
		}
	}
	return out, errs
}

// applicantSummary loads the summary of an application's applicant through the request's loader
// (directly when the request has none).
func applicantSummary(ctx context.Context, client *ent.Client, applicant pulid.ID) (*vacancies.ApplicantSummary, error) {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l.applicants.Load(ctx, applicant)
	}
	rows, errs := loadApplicants(ctx, client, []pulid.ID{applicant})
	return rows[0], errs[0]
}

// Package graph holds the GraphQL resolvers. They stay thin: decode, call ent or a domain package, and
// let the error presenter map errors.
package graph

import (
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/graph/generated"
	"github.com/jenjang/jenjang/internal/accounts"
	"github.com/jenjang/jenjang/internal/analytics"
	"github.com/jenjang/jenjang/internal/appraisal"
	"github.com/jenjang/jenjang/internal/mentoring"
	"github.com/jenjang/jenjang/internal/talent"
	"github.com/jenjang/jenjang/internal/trainings"
	"github.com/jenjang/jenjang/internal/vacancies"
)

// Config is what the resolvers need.
type Config struct {
	Client *ent.Client
	// Now is the clock that ages and years in rank are computed with.
	Now func() time.Time
	// Logins checks passwords and issues tokens.
	Logins accounts.Logins
	// AnalyticsClient, when set, chooses per request what the dashboard aggregates read: a read replica
	// while it keeps up, which may trail the primary. Workflow reads and every write stay on Client.
	AnalyticsClient func() *ent.Client
}

// Resolver is the resolver root.
type Resolver struct {
	client *ent.Client
	now    func() time.Time
	logins accounts.Logins
	// analyticsClient is what the aggregates read now (see Config.AnalyticsClient).
	analyticsClient func() *ent.Client
	appraisal       appraisal.Service
	trainings       trainings.Service
	vacancies       vacancies.Service
	talent          talent.Service
	mentoring       mentoring.Service
}

// NewSchema returns the executable schema.
func NewSchema(cfg Config) graphql.ExecutableSchema {
	analyticsClient := cfg.AnalyticsClient
	if analyticsClient == nil {
		analyticsClient = func() *ent.Client { return cfg.Client }
	}
	return generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{
		client:          cfg.Client,
		now:             cfg.Now,
		logins:          cfg.Logins,
		analyticsClient: analyticsClient,
		appraisal:       appraisal.Service{Client: cfg.Client, Now: cfg.Now},
		trainings:       trainings.Service{Client: cfg.Client, Now: cfg.Now},
		vacancies:       vacancies.Service{Client: cfg.Client, Now: cfg.Now},
		talent:          talent.Service{Client: cfg.Client, Now: cfg.Now},
		mentoring:       mentoring.Service{Client: cfg.Client, Now: cfg.Now},
	}})
}

// analytics serves the dashboard aggregates from the client of the moment.
func (r *Resolver) analytics() analytics.Service {
	return analytics.Service{Client: r.analyticsClient(), Now: r.now}
}

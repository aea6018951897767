package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jenjang/jenjang/internal/career"
)

// The documents are what the SPA's screens send: written out in full, so that results.md says exactly
// what was measured.

// overviewQuery is the leadership overview: every dashboard aggregate of one unit's subtree (without
// a unit: of everything the viewer may count) in one request.
const overviewQuery = `query Overview($unit: ID, $year: Int!, $lastYear: Int!) {
  headcount(by: [UNIT, RANK_GROUP], unitID: $unit) {
    total { value display }
    groups { buckets { dimension key label } count { value display } }
  }
  performanceDistribution(year: $lastYear, unitID: $unit) {
    total { value display }
    predikat { predikat label count { value display } share }
    units { unit { id name } unitRating total { display } predikat { predikat count { display } share } caps { atLeast maxShare count allowed over } }
  }
  trainingCompliance(year: $lastYear, unitID: $unit) {
    requiredJP
    compliance { employees { display } pns { display } met { display } metShare jp }
    units { unit { id name } compliance { pns { display } met { display } metShare jp } }
  }
  talentMatrix(year: $lastYear, unitID: $unit) {
    cells { box performance potential label inPool count { value display } }
    placed { display }
    unplaced { display }
  }
  retirementForecast(fromYear: $year, years: 5, unitID: $unit) {
    years { year total { display } byKind { buckets { key label } count { display } } }
  }
  promotionPipeline(year: $year, unitID: $unit) {
    windows { window { id name effectiveOn } due { display } newlyDue { display } }
  }
  vacancyFunnel(unitID: $unit) {
    total { applications { display } eligibleShare byStatus { status label count { display } } }
    averageDaysToFill
    vacancies { vacancy { id title status } daysToFill funnel { applications { display } eligibleShare } }
  }
}`

// directoryQuery is one page of the employee directory.
const directoryQuery = `query Directory($path: String!, $ranks: [Rank!]) {
  employees(first: 50, where: {hasUnitWith: [{pathHasPrefix: $path}], rankIn: $ranks}, orderBy: [{field: NAME, direction: ASC}]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id nip name rank rankName position { id title kind } unit { id name } latestPredikat } }
  }
}`

// profileQuery is an employee's profile page: the record, the career timeline, evaluations and
// enrolments.
const profileQuery = `query Profile($id: ID!) {
  node(id: $id) {
    id
    ... on Employee {
      nip name gender birthDate employmentType rank rankName rankSince education hiredAt status email retirementDate latestPredikat
      unit { id name path }
      position { id title kind jobClass }
      careerEvents(first: 20, orderBy: [{field: EFFECTIVE_DATE, direction: DESC}]) {
        totalCount
        edges { node { id kind fromValue toValue effectiveDate decreeNumber reason } }
      }
      evaluations(first: 10, orderBy: [{field: YEAR, direction: DESC}]) {
        totalCount
        edges { node { id year period workResult workBehavior predikat status assessedAt } }
      }
      enrollments(first: 20) {
        totalCount
        edges { node { id status score completedAt training { id title kind hoursJp startsOn } } }
      }
    }
  }
}`

// nodeQuery is the lookup a client makes when it follows a link to a record.
const nodeQuery = `query Node($id: ID!) {
  node(id: $id) { id ... on Employee { name rank latestPredikat unit { name } } }
}`

// updateQuery is an HR correction of an employee's e-mail address (audited, in a transaction).
const updateQuery = `mutation UpdateEmail($id: ID!, $email: String!) {
  updateEmployee(id: $id, input: {email: $email}) { id email updatedAt }
}`

// document is one kind of request of the mix.
type document struct {
	key string
	// name is the short name of the targets table; title is the long one above the document's table.
	name  string
	title string
	// viewer names the account that sends it.
	viewer string
	query  string
	// vars returns the variables of the n-th request.
	vars func(n int64) map[string]any
	// mutates marks a write, whose floor replay is rolled back.
	mutates bool
	// answered checks that the response holds what the screen shows, not an empty answer.
	answered func(data json.RawMessage) error
	// targets are the targets for this document.
	p95Target      time.Duration
	sqlTarget      int
	floorRatioGoal float64
}

// fixture is what the documents refer to in the dataset.
type fixture struct {
	// everyone is the whole dataset, a pseudo-unit without an id.
	everyone                  unitInfo
	region, agency, directory unitInfo
	// employees are sample employees of the region, visited in turn by the profile, node and write.
	employees []string
	year      int
	// run makes this run's e-mail addresses differ from every earlier run's: writing an unchanged value
	// would skip the audit entry and measure a lighter write.
	run int64
}

func documents(f fixture) []document {
	pick := func(n int64) string { return f.employees[n%int64(len(f.employees))] }
	overview := func(u unitInfo) func(int64) map[string]any {
		return func(int64) map[string]any {
			vars := map[string]any{"year": f.year, "lastYear": f.year - 1}
			if u.id != "" {
				vars["unit"] = u.id
			}
			return vars
		}
	}
	return []document{
		{
			// A LEADER's scope is one subtree, and a generated dataset above the size of Jambi spreads
			// over the 38 provinces, each a root: only an ADMIN sees the whole of it.
			key: "overview-all", name: "Leadership overview, whole dataset", title: fmt.Sprintf("Leadership overview — the whole dataset (%s employees)", thousands(f.everyone.employees)),
			viewer: viewerAdmin, query: overviewQuery, vars: overview(f.everyone), answered: nonEmpty("headcount", "total", "value"),
			p95Target: 150 * time.Millisecond, floorRatioGoal: 1.5,
		},
		{
			key: "overview-region", name: "Leadership overview, largest region", title: fmt.Sprintf("Leadership overview — the largest region, %s", f.region.label()),
			viewer: viewerRegion, query: overviewQuery, vars: overview(f.region), answered: nonEmpty("headcount", "total", "value"),
			p95Target: 150 * time.Millisecond, floorRatioGoal: 1.5,
		},
		{
			key: "overview-agency", name: "Leadership overview, one agency", title: fmt.Sprintf("Leadership overview — agency %s", f.agency.label()),
			viewer: viewerAgency, query: overviewQuery, vars: overview(f.agency), answered: nonEmpty("headcount", "total", "value"),
			p95Target: 20 * time.Millisecond, floorRatioGoal: 1.5,
		},
		{
			key: "directory", name: "Employee directory", title: fmt.Sprintf("Employee directory — page of 50, subtree of %s, ranks III/a–III/d, by name", f.directory.label()),
			viewer: viewerRegion, query: directoryQuery, answered: nonEmpty("employees", "edges"),
			vars: func(int64) map[string]any {
				return map[string]any{"path": f.directory.path, "ranks": []career.Rank{career.RankIIIA, career.RankIIIB, career.RankIIIC, career.RankIIID}}
			},
			p95Target: 25 * time.Millisecond, sqlTarget: 5, floorRatioGoal: 1.5,
		},
		{
			key: "profile", name: "Employee profile", title: fmt.Sprintf("Employee profile — node(id) with career events, evaluations, enrolments (%d employees in turn)", len(f.employees)),
			viewer: viewerRegion, query: profileQuery, answered: nonEmpty("node", "evaluations", "edges"),
			vars: func(n int64) map[string]any { return map[string]any{"id": pick(n)} },
		},
		{
			key: "node", name: "node(id)", title: fmt.Sprintf("node(id) lookup (%d employees in turn)", len(f.employees)),
			viewer: viewerRegion, query: nodeQuery, answered: nonEmpty("node", "name"),
			vars: func(n int64) map[string]any { return map[string]any{"id": pick(n)} },
		},
		{
			key: "update", name: "updateEmployee", title: fmt.Sprintf("Write — updateEmployee(email) by an ADMIN (%d employees in turn)", len(f.employees)),
			viewer: viewerAdmin, query: updateQuery, mutates: true, answered: nonEmpty("updateEmployee", "email"),
			vars: func(n int64) map[string]any {
				return map[string]any{"id": pick(n), "email": fmt.Sprintf("bench.%d.%d@simulasi.go.id", f.run, n)}
			},
		},
	}
}

// nonEmpty checks that the value at path in a response's data is there and not null, zero or empty.
func nonEmpty(path ...string) func(json.RawMessage) error {
	return func(data json.RawMessage) error {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			return err
		}
		for _, key := range path {
			m, _ := v.(map[string]any)
			v = m[key]
		}
		empty := false
		switch x := v.(type) {
		case nil:
			empty = true
		case float64:
			empty = x == 0
		case string:
			empty = x == ""
		case []any:
			empty = len(x) == 0
		}
		if empty {
			return fmt.Errorf("%s is null, zero or empty: the document would measure an empty answer", strings.Join(path, "."))
		}
		return nil
	}
}

package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/vektah/gqlparser/v2"

	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/graph"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/testdb"
)

// The SPA's consumer contract: every GraphQL document the web app ships, as listed in the persisted-
// document manifest that `make generate` writes, must validate against the real schema and run through
// the real handler without errors, for the roles that send it. An API change that would break a
// screen fails here, not in somebody's browser.

const manifestPath = "../../frontend/src/gql/persisted-documents.json"

// contractCall is one way the SPA sends an operation: as whom, with which variables.
type contractCall struct {
	viewer string
	vars   func(w world) map[string]any
}

// contractPassword signs in the account the Login document is replayed with.
const contractPassword = "kontrak-rahasia-123"

// contractCalls holds, per operation name, the calls the SPA makes. An operation missing here fails
// the test, so that no new document reaches the SPA without being replayed.
var contractCalls = map[string][]contractCall{
	"Login": {{anonymous, func(world) map[string]any {
		return map[string]any{"input": map[string]any{"username": "kontrak", "password": contractPassword}}
	}}},
	"Viewer": {{leader, noVars}, {analyst, noVars}, {employee, noVars}},
	"UnitSearch": {
		{leader, func(w world) map[string]any { return map[string]any{"name": "dinas", "within": w.region.Path} }},
		{analyst, func(world) map[string]any { return map[string]any{"name": "dinas", "within": nil} }},
	},
	"Unit": {
		{leader, func(w world) map[string]any { return map[string]any{"id": w.disdik.ID} }},
	},
	// The dashboard: the viewer's dashboards and its role's default, saving, sharing and deleting one
	// of its own, and each kind of widget, as a leader (whole counts) and an analyst ("< 5").
	"Dashboards":     {{leader, noVars}, {analyst, noVars}, {supervisor, noVars}},
	"SaveDashboard":  {{leader, func(world) map[string]any { return map[string]any{"input": everyWidget()} }}},
	"ShareDashboard": {{leader, shareVars(func(w world) any { return w.instansi.ID })}, {leader, shareVars(func(world) any { return nil })}},
	"DeleteDashboard": {{leader, func(w world) map[string]any {
		return map[string]any{"id": w.as[leader].saveDashboard(everyWidget()).ID}
	}}},
	"HeadcountWidget": {
		{leader, func(world) map[string]any { return map[string]any{"by": []string{"UNIT", "RANK_GROUP"}, "unitID": nil} }},
		{analyst, func(w world) map[string]any { return map[string]any{"by": []string{"RANK"}, "unitID": w.instansi.ID} }},
	},
	"PerformanceWidget": widgetCalls(func(w world) map[string]any { return map[string]any{"year": 2025, "unitID": w.instansi.ID} }),
	"ComplianceWidget":  widgetCalls(func(world) map[string]any { return map[string]any{"year": 2025} }),
	"TalentWidget":      widgetCalls(func(world) map[string]any { return map[string]any{"year": 2025} }),
	"RetirementWidget":  widgetCalls(func(world) map[string]any { return map[string]any{"fromYear": 2026, "years": 5} }),
	"PromotionWidget":   widgetCalls(func(world) map[string]any { return map[string]any{"year": 2026} }),
	"VacancyWidget":     widgetCalls(func(w world) map[string]any { return map[string]any{"unitID": w.region.ID} }),
	"Directory": {
		// A leader with every filter, the search by name or NIP, and a page backwards.
		{leader, func(w world) map[string]any {
			return directoryVars(map[string]any{
				"hasUnitWith":       []any{map[string]any{"pathHasPrefix": w.instansi.Path}},
				"hasPositionWith":   []any{map[string]any{"kindIn": []string{"FUNGSIONAL", "JPT_PRATAMA"}}},
				"rankIn":            []string{"III_A", "III_B"},
				"latestPredikatIn":  []string{"SANGAT_BAIK", "BAIK"},
				"retirementDateGTE": "2026-11-23",
				"retirementDateLTE": "2036-11-23",
				"hasYearsWith":      []any{map[string]any{"year": 2025, "talentBox": 9}},
				"or":                []any{map[string]any{"nameContainsFold": "guru"}, map[string]any{"nipHasPrefix": "guru"}},
			}, "NAME", map[string]any{"last": 25, "before": nil}, true, true, true)
		}},
		// An analyst: record filters only, sorted by rank, and never asking for NIP or name.
		{analyst, func(w world) map[string]any {
			return directoryVars(map[string]any{
				"hasUnitWith":      []any{map[string]any{"pathHasPrefix": w.region.Path}},
				"rankIn":           []string{"IV_C"},
				"latestPredikatIn": []string{"BAIK"},
				"hasYearsWith":     []any{map[string]any{"year": 2025, "talentBox": 5}},
			}, "RANK", map[string]any{"first": 100}, false, false, true)
		}},
		// An employee: colleagues by name, without record columns.
		{employee, func(w world) map[string]any {
			return directoryVars(map[string]any{
				"hasPositionWith": []any{map[string]any{"kindIn": []string{"FUNGSIONAL"}}},
				"or":              []any{map[string]any{"nameContainsFold": "guru"}},
			}, "NAME", map[string]any{"first": 10}, false, true, false)
		}},
		// A leader arriving from a dashboard: a talent box and the predikat of a year (each its own year
		// row), retiring within a calendar year; an analyst with the predikat of a year.
		{leader, func(w world) map[string]any {
			return directoryVars(map[string]any{
				"hasUnitWith":       []any{map[string]any{"pathHasPrefix": w.instansi.Path}},
				"status":            "ACTIVE",
				"retirementDateGTE": "2027-01-01",
				"retirementDateLTE": "2027-12-31",
				"and": []any{
					map[string]any{"hasYearsWith": []any{map[string]any{"year": 2025, "talentBox": 9}}},
					map[string]any{"hasYearsWith": []any{map[string]any{"year": 2024, "predikatIn": []string{"BAIK"}}}},
				},
			}, "NAME", map[string]any{"first": 25}, true, true, true)
		}},
		{analyst, func(world) map[string]any {
			return directoryVars(map[string]any{
				"hasYearsWith": []any{map[string]any{"year": 2025, "predikatIn": []string{"SANGAT_BAIK"}}},
			}, "RANK", map[string]any{"first": 25}, false, false, true)
		}},
	},
	"Profile": {
		{leader, profileVars(true, true)},
		{analyst, profileVars(false, false)},
		{employee, profileVars(true, true)},
		{supervisor, profileVars(true, true)},
	},
	// The appraisal screens: the employee's own steps, the assessor's, and the superior's decision.
	"Evaluation": {
		{employee, func(w world) map[string]any {
			return map[string]any{"id": evaluationAt(w, w.teachers[5], 2025, career.PeriodQ4, career.EvalAssessed).ID}
		}},
		{supervisor, func(w world) map[string]any {
			return map[string]any{"id": evaluationAt(w, w.teachers[6], 2025, career.PeriodQ4, career.EvalObjected).ID}
		}},
	},
	"MyEvaluations": {
		{employee, func(w world) map[string]any { return map[string]any{"employeeID": w.teachers[5].ID} }},
		{supervisor, func(w world) map[string]any { return map[string]any{"employeeID": w.kepala.ID} }},
	},
	"StartEvaluation": {{employee, func(world) map[string]any { return map[string]any{"year": 2026, "period": "ANNUAL"} }}},
	"SaveEvaluation": {{employee, func(w world) map[string]any {
		return stepVars(evaluationAt(w, w.teachers[5], 2026, career.PeriodQ1, career.EvalDraft), map[string]any{"input": map[string]any{
			"workPlans": []any{map[string]any{"title": "Pembelajaran kelas X", "kind": "UTAMA",
				"indicators": []any{map[string]any{"name": "Ketuntasan belajar", "target": "85%", "realisation": nil}}}},
			"selfNotes": []any{map[string]any{"value": "AKUNTABEL", "note": "Laporan tepat waktu"}},
		}})
	}}},
	"SubmitEvaluation": {{employee, func(w world) map[string]any {
		return stepVars(evaluationAt(w, w.teachers[5], 2026, career.PeriodQ2, career.EvalDraft), nil)
	}}},
	"AcceptEvaluation": {{employee, func(w world) map[string]any {
		return stepVars(evaluationAt(w, w.teachers[5], 2026, career.PeriodQ3, career.EvalAssessed), nil)
	}}},
	"ObjectToEvaluation": {{employee, func(w world) map[string]any {
		return stepVars(evaluationAt(w, w.teachers[5], 2026, career.PeriodQ4, career.EvalAssessed),
			map[string]any{"reason": "Target ketuntasan tercapai 87%, bukti terlampir"})
	}}},
	"EvaluationsToAssess": {{supervisor, func(w world) map[string]any {
		return map[string]any{"evaluatorID": w.kepala.ID, "status": "SUBMITTED"}
	}}},
	"CalibrationPreview": {{supervisor, func(w world) map[string]any {
		ev := evaluationAt(w, w.teachers[7], 2026, career.PeriodAnnual, career.EvalSubmitted)
		return map[string]any{"evaluationID": ev.ID, "workResult": "DI_ATAS_EKSPEKTASI", "workBehavior": "SESUAI_EKSPEKTASI"}
	}}},
	"AssessEvaluation": {{supervisor, func(w world) map[string]any {
		return stepVars(evaluationAt(w, w.teachers[8], 2026, career.PeriodAnnual, career.EvalSubmitted), map[string]any{"input": map[string]any{
			"workResult": "SESUAI_EKSPEKTASI", "workBehavior": "SESUAI_EKSPEKTASI",
			"assessorNotes": []any{map[string]any{"value": "KOMPETEN", "note": "Menguasai materi"}}, "coachingNote": nil,
		}})
	}}},
	"CoachingPlans": {{supervisor, func(w world) map[string]any { return map[string]any{"coachID": w.kepala.ID} }}},
	"UpdateCoachingPlan": {{supervisor, func(w world) map[string]any {
		return map[string]any{"id": coachingPlanFor(w, w.teachers[9], 2024), "input": map[string]any{"plan": "Supervisi kelas", "dueOn": "2027-03-31"}}
	}}},
	"CloseCoachingPlan": {{supervisor, func(w world) map[string]any {
		return map[string]any{"id": coachingPlanFor(w, w.teachers[10], 2024), "outcome": "Modul ajar tersusun"}
	}}},
	"Assessors":          {{supervisor, noVars}},
	"ObjectionsToDecide": {{supervisor, func(w world) map[string]any { return map[string]any{"assessors": []pulid.ID{w.teachers[21].ID}} }}},
	"DecideObjection": {{supervisor, func(w world) map[string]any {
		return stepVars(assessedBySubordinate(w), map[string]any{"input": map[string]any{
			"workResult": "SESUAI_EKSPEKTASI", "workBehavior": "SESUAI_EKSPEKTASI", "reason": "Bukti ketuntasan diterima",
		}})
	}}},
	// The vacancy screens: the public board and a vacancy's page (anonymous and signed in), the
	// announcements, an employee's check, application and own list, and HR's steps of a selection.
	"VacancyBoard": {
		{anonymous, func(w world) map[string]any {
			return map[string]any{"where": map[string]any{"status": "OPEN", "kind": "PROMOTION",
				"hasPositionWith": []any{map[string]any{"hasUnitWith": []any{map[string]any{"pathContains": "/" + string(w.instansi.ID) + "/"}}}}}}
		}},
		{employee, func(world) map[string]any { return map[string]any{"where": map[string]any{"status": "OPEN"}} }},
	},
	"Vacancy":              {{anonymous, vacancyVars(vacPromotion)}, {hr, vacancyVars(vacOpenSelection)}},
	"VacancyAnnouncements": {{anonymous, noVars}, {employee, noVars}},
	"CheckEligibility": {{employee, func(w world) map[string]any {
		return map[string]any{"vacancyID": openVacancy(w, vacPromotion).ID}
	}}},
	"ApplyToVacancy": {{employee, func(w world) map[string]any {
		return map[string]any{"vacancyID": openVacancy(w, vacPromotion).ID}
	}}},
	"MyApplications": {{employee, noVars}},
	"VacancyApplications": {{hr, func(w world) map[string]any {
		v := openVacancy(w, vacOpenSelection)
		applied(w, v, 40, appEligible)
		return map[string]any{"id": v.ID}
	}}},
	"ShortlistApplication": {{hr, applicationVars(vacPromotion, appEligible)}},
	"RejectApplication":    {{hr, applicationVars(vacPromotion, appEligible)}},
	"ScoreApplication": {{hr, func(w world) map[string]any {
		return map[string]any{"id": applied(w, openVacancy(w, vacOpenSelection), 40, appEligible),
			"scores": []any{map[string]any{"stage": "WRITTEN_TEST", "score": 75}, map[string]any{"stage": "INTERVIEW", "score": 82.5}}}
	}}},
	"ShortlistBest": {{hr, func(w world) map[string]any {
		v := openVacancy(w, vacOpenSelection)
		applied(w, v, 40, appEligible)
		return map[string]any{"vacancyID": v.ID}
	}}},
	"SelectCandidate": {{hr, func(w world) map[string]any {
		return map[string]any{"applicationID": applied(w, openVacancy(w, vacPromotion), 41, appShortlisted), "decreeNumber": "821.2/1/BKD/2026"}
	}}},
	// HR's vacancy management: its vacancies in every status, a post to announce, the form, and the
	// steps of a vacancy's life.
	"ManagedVacancies": {
		{hr, func(w world) map[string]any {
			return map[string]any{"where": map[string]any{"status": "DRAFT",
				"hasPositionWith": []any{map[string]any{"hasUnitWith": []any{map[string]any{"pathHasPrefix": w.instansi.Path}}}}},
				"first": 20, "after": nil, "last": nil, "before": nil}
		}},
		{admin, func(world) map[string]any {
			return map[string]any{"where": map[string]any{}, "last": 20, "before": nil}
		}},
	},
	"ManagedVacancy": {{hr, func(w world) map[string]any { return map[string]any{"id": draftVacancy(w).ID} }}},
	"VacancyPositionSearch": {
		{hr, func(w world) map[string]any {
			return map[string]any{"where": map[string]any{"titleContainsFold": "kepala",
				"hasUnitWith": []any{map[string]any{"pathHasPrefix": w.instansi.Path}}}}
		}},
		{admin, func(world) map[string]any {
			return map[string]any{"where": map[string]any{"titleContainsFold": "guru"}}
		}},
	},
	"CreateVacancy": {{hr, func(w world) map[string]any { return map[string]any{"input": vacancyInput(w)} }}},
	"UpdateVacancy": {{hr, func(w world) map[string]any {
		return map[string]any{"id": draftVacancy(w).ID, "input": vacancyInput(w)}
	}}},
	"PublishVacancy": {{hr, func(w world) map[string]any { return map[string]any{"id": draftVacancy(w).ID} }}},
	"CloseVacancy":   {{hr, vacancyVars(vacPromotion)}},
	"CancelVacancy":  {{hr, vacancyVars(vacOpenSelection)}},
	// Rank promotion: a year's windows, who is due in one, the rule for one person, and the record.
	"PromotionWindows": {{hr, func(w world) map[string]any {
		promotionWindow(w, 2026)
		return map[string]any{"year": 2026}
	}}},
	"PromotionDue": {{hr, func(w world) map[string]any {
		window, _ := promotionWindow(w, 2026)
		return map[string]any{"windowID": window, "first": 25, "after": nil, "last": nil, "before": nil}
	}}},
	"PromotionCheck": {{hr, func(w world) map[string]any {
		_, due := promotionWindow(w, 2026)
		return map[string]any{"employeeID": due, "effectiveOn": "2026-10-01"}
	}}},
	"RecordRankPromotion": {{hr, func(w world) map[string]any {
		_, due := promotionWindow(w, 2026)
		return map[string]any{"employeeID": due, "input": map[string]any{"rank": "III_C", "decreeNumber": "823.3/1/BKD/2026", "effectiveOn": "2026-10-01"}}
	}}},
	// The training screens: the catalogue and a training (everyone), enrolment, nomination by a
	// supervisor or HR, an employee's own trainings and feedback, HR's participants, feedback across
	// cohorts and revisions, a supervisor's team short of 20 JP.
	"TrainingCatalogue": {
		{employee, func(w world) map[string]any {
			openCohort(w)
			return catalogueVars(w.teachers[5].ID, map[string]any{"kind": "TEKNIS", "competencyContainsFold": "kinerja",
				"startsOnGTE": "2026-12-01", "startsOnLT": "2027-01-01", "seatsLeft": true})
		}},
		{hr, func(w world) map[string]any {
			return catalogueVars(w.nurses[0].ID, map[string]any{"startsOnGTE": "2026-11-23"})
		}},
		{analyst, func(world) map[string]any { return catalogueVars("", map[string]any{"startsOnGTE": "2026-11-23"}) }},
	},
	"TrainingDetail": {
		{employee, func(w world) map[string]any {
			c := openCohort(w)
			enrolledIn(w, c, w.teachers[5], enrollment.StatusREGISTERED)
			return map[string]any{"id": c.training.ID, "me": w.teachers[5].ID, "withMine": true, "withParticipants": false}
		}},
		{hr, func(w world) map[string]any {
			c := openCohort(w)
			enrolledIn(w, c, w.teachers[31], enrollment.StatusATTENDED)
			return map[string]any{"id": c.training.ID, "me": w.nurses[0].ID, "withMine": true, "withParticipants": true}
		}},
	},
	"EnrollInTraining": {{employee, func(w world) map[string]any { return map[string]any{"trainingID": openCohort(w).training.ID} }}},
	"NominateForTraining": {
		{supervisor, func(w world) map[string]any {
			return map[string]any{"trainingID": openCohort(w).training.ID, "employeeID": w.teachers[32].ID}
		}},
		{hr, func(w world) map[string]any {
			return map[string]any{"trainingID": openCohort(w).training.ID, "employeeID": w.teachers[33].ID}
		}},
	},
	"NomineeSearch": {{hr, func(world) map[string]any { return map[string]any{"q": "guru"} }}},
	"Team":          {{supervisor, func(w world) map[string]any { return map[string]any{"me": w.kepala.ID} }}},
	"RecordAttendance": {{hr, func(w world) map[string]any {
		return map[string]any{"id": enrolledIn(w, openCohort(w), w.teachers[34], enrollment.StatusREGISTERED).ID}
	}}},
	"CompleteEnrollment": {{hr, func(w world) map[string]any {
		return map[string]any{"id": enrolledIn(w, openCohort(w), w.teachers[35], enrollment.StatusATTENDED).ID, "passed": true, "score": 86.5}
	}}},
	"MyTrainings": {{employee, func(w world) map[string]any {
		enrolledIn(w, openCohort(w), w.teachers[5], enrollment.StatusCOMPLETED)
		return myTrainingsVars(w.teachers[5].ID)
	}}},
	"CancelEnrollment": {{employee, func(w world) map[string]any {
		return map[string]any{"id": enrolledIn(w, openCohort(w), w.teachers[5], enrollment.StatusREGISTERED).ID}
	}}},
	"FeedbackForm": {{employee, func(w world) map[string]any {
		return map[string]any{"id": enrolledIn(w, openCohort(w), w.teachers[5], enrollment.StatusCOMPLETED).ID}
	}}},
	"GiveModuleFeedback": {{employee, func(w world) map[string]any {
		c := openCohort(w)
		e := enrolledIn(w, c, w.teachers[5], enrollment.StatusCOMPLETED)
		return map[string]any{"enrollmentID": e.ID, "moduleID": c.modules[1].ID, "rating": 4, "comment": "Praktis"}
	}}},
	"TrainingFeedback": {{hr, func(w world) map[string]any {
		c, _ := ratedCohort(w)
		return map[string]any{"id": c.training.ID}
	}}},
	"CurriculumFeedback": {{hr, func(w world) map[string]any {
		c, _ := ratedCohort(w)
		return map[string]any{"id": c.curriculum.ID}
	}}},
	"Curricula": {{hr, noVars}},
	"RecordCurriculumRevision": {{hr, func(w world) map[string]any {
		c, feedback := ratedCohort(w)
		return map[string]any{"curriculumID": c.curriculum.ID, "changes": "Contoh SKP guru ditambahkan",
			"reason": "Peserta guru menilai contoh kurang relevan", "feedbackIDs": []pulid.ID{feedback}}
	}}},
	"TeamJpShortfall": {{supervisor, func(world) map[string]any { return map[string]any{"year": 2026} }}},
}

func noVars(world) map[string]any { return nil }

// widgetCalls is a widget's query as a leader and as an analyst sends it.
func widgetCalls(vars func(w world) map[string]any) []contractCall {
	return []contractCall{{leader, vars}, {analyst, vars}}
}

// everyWidget is a dashboard with a widget of each kind, as the SPA saves it: only the settings the
// kind takes, unit and year following the dashboard's filter.
func everyWidget() map[string]any {
	kinds := []string{"HEADCOUNT", "PERFORMANCE", "TRAINING_COMPLIANCE", "TALENT_MATRIX", "RETIREMENT_FORECAST", "VACANCY_FUNNEL", "PROMOTION_PIPELINE"}
	widgets := make([]any, len(kinds))
	for i, kind := range kinds {
		settings := map[string]any{"dimensions": nil, "unitID": nil, "year": nil, "period": nil, "years": nil}
		switch kind {
		case "HEADCOUNT":
			settings["dimensions"] = []string{"UNIT", "GENDER"}
		case "PERFORMANCE":
			settings["year"] = 2025
		}
		widgets[i] = map[string]any{"id": fmt.Sprintf("w%d", i+1), "kind": kind, "title": "", "chart": "STACKED_BAR",
			"x": (i % 2) * 6, "y": (i / 2) * 4, "w": 6, "h": 4, "settings": settings}
	}
	return map[string]any{"id": nil, "name": "Dasbor kontrak", "widgets": widgets}
}

// shareVars shares a new dashboard of the leader with a unit (or makes it private: nil).
func shareVars(unit func(w world) any) func(w world) map[string]any {
	return func(w world) map[string]any {
		return map[string]any{"id": w.as[leader].saveDashboard(everyWidget()).ID, "unitID": unit(w)}
	}
}

func directoryVars(where map[string]any, orderBy string, page map[string]any, personal, name, record bool) map[string]any {
	vars := map[string]any{
		"where":        where,
		"orderBy":      []any{map[string]any{"field": orderBy, "direction": "ASC"}},
		"withPersonal": personal,
		"withName":     name,
		"withRecord":   record,
	}
	for k, v := range page {
		vars[k] = v
	}
	return vars
}

func profileVars(personal, name bool) func(w world) map[string]any {
	return func(w world) map[string]any {
		return map[string]any{
			"id": w.teachers[5].ID, "year": 2026, "yearFrom": "2026-01-01", "yearTo": "2026-12-31",
			"withPersonal": personal, "withName": name,
		}
	}
}

func TestContractFrontendDocuments(t *testing.T) {
	raw, err := os.ReadFile(manifestPath)
	if err != nil {
		t.Fatalf("read the SPA's persisted-document manifest (make generate writes it): %v", err)
	}
	var manifest map[string]string
	if err := json.Unmarshal(raw, &manifest); err != nil {
		t.Fatal(err)
	}
	if len(manifest) == 0 {
		t.Fatal("the manifest lists no documents")
	}
	schema := graph.NewSchema(graph.Config{}).Schema()
	documents := map[string]string{}
	for hash, query := range manifest {
		doc, errs := gqlparser.LoadQuery(schema, query)
		if len(errs) > 0 {
			t.Errorf("document %s does not validate against the schema: %v\n%s", hash, errs, query)
			continue
		}
		for _, op := range doc.Operations {
			if _, ok := contractCalls[op.Name]; !ok {
				t.Errorf("operation %q has no entry in contractCalls: add the calls the SPA makes with it", op.Name)
			}
			documents[op.Name] = query
		}
	}
	names := make([]string, 0, len(documents))
	for name := range documents {
		names = append(names, name)
	}
	sort.Strings(names)

	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		addLoginAccount(t, db)
		for _, name := range names {
			for _, call := range contractCalls[name] {
				t.Run(name+"/"+call.viewer, func(t *testing.T) {
					var vars map[string]any
					if call.vars != nil {
						vars = call.vars(w)
					}
					res := w.as[call.viewer].query(documents[name], vars)
					for _, e := range res.Errors {
						if !hiddenField(e) {
							t.Errorf("error: %s (code %v, path %v)", e.Message, e.Extensions["code"], e.Path)
						}
					}
					if string(res.Data) == "" || string(res.Data) == "null" {
						t.Errorf("no data")
					}
				})
			}
		}
	})
}

// hiddenField is a field the viewer may not read: null with FORBIDDEN at its own path. The SPA shows
// "—" for it, so it is part of the contract rather than a failure.
func hiddenField(e gqlError) bool {
	if e.Extensions["code"] != "FORBIDDEN" || len(e.Path) < 2 {
		return false
	}
	return e.Path[len(e.Path)-1] == e.Extensions["field"]
}

func addLoginAccount(t *testing.T, db *testdb.DB) {
	t.Helper()
	hash, err := auth.HashPassword(contractPassword)
	if err != nil {
		t.Fatal(err)
	}
	ctx := access.SystemContext(context.Background())
	if err := db.Client.Account.Create().SetUsername("kontrak").SetPasswordHash(hash).SetRole(auth.RoleAnalyst).Exec(ctx); err != nil {
		t.Fatal(err)
	}
}

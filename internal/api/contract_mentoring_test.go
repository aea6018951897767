package api_test

import (
	"context"
	"maps"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
)

// The mentoring screens: the lists of the mentoring page for each role, the pairing form's search and
// pairing by HR and by a supervisor, a mentorship's page, a note by the mentee and the end. Each
// mutation acts on a mentorship of its own, so that no call finds one another call ended.

func init() { maps.Copy(contractCalls, mentoringCalls) }

var mentoringCalls = map[string][]contractCall{
	"Mentorships": {
		{employee, func(w world) map[string]any {
			me := w.teachers[5].ID
			return mentorshipListVars(map[string]any{"or": []any{map[string]any{"mentorID": me}, map[string]any{"menteeID": me}}})
		}},
		{hr, func(world) map[string]any { return mentorshipListVars(map[string]any{"status": "ACTIVE"}) }},
		{leader, func(world) map[string]any { return mentorshipListVars(map[string]any{"status": "ACTIVE"}) }},
		{supervisor, func(world) map[string]any { return mentorshipListVars(map[string]any{"status": "ACTIVE"}) }},
	},
	"NewStaffWithoutMentor": {
		{hr, func(world) map[string]any { return map[string]any{"unitID": nil, "first": 20, "after": nil} }},
		{leader, func(world) map[string]any { return map[string]any{"unitID": nil, "first": 20, "after": nil} }},
	},
	"MentoringPeople": {
		{hr, func(world) map[string]any {
			return map[string]any{"withRecord": true, "where": map[string]any{"status": "ACTIVE",
				"or": []any{map[string]any{"nameContainsFold": "guru"}, map[string]any{"nipHasPrefix": "guru"}}}}
		}},
		{supervisor, func(world) map[string]any {
			return map[string]any{"withRecord": false, "where": map[string]any{"or": []any{map[string]any{"nameContainsFold": "guru"}}}}
		}},
	},
	"CreateMentorship": {
		{hr, func(w world) map[string]any { return pairingVars(w.teachers[43], w.teachers[44]) }},
		{supervisor, func(w world) map[string]any { return pairingVars(w.teachers[39], w.teachers[36]) }},
	},
	"Mentorship": {
		{employee, mentorshipVars},
		{hr, mentorshipVars},
		{supervisor, mentorshipVars},
	},
	"AddMentorshipCheckIn": {{employee, func(w world) map[string]any {
		return map[string]any{"mentorshipID": menteeOfTeacher(w), "heldOn": "2026-11-20", "note": "Modul ajar bab 1 selesai"}
	}}},
	"EndMentorship": {
		{employee, func(w world) map[string]any { return endVars(menteeOfTeacher(w), "COMPLETED") }},
		{hr, func(w world) map[string]any { return endVars(menteeOfTeacher(w), "CANCELLED") }},
	},
}

func mentorshipListVars(where map[string]any) map[string]any {
	return map[string]any{"where": where, "first": 20, "after": nil}
}

func pairingVars(mentor, mentee *ent.Employee) map[string]any {
	return map[string]any{"input": map[string]any{"mentorID": mentor.ID, "menteeID": mentee.ID,
		"goals": "Menyusun modul ajar Kurikulum Merdeka", "startsOn": "2026-11-23"}}
}

// menteeOfTeacher creates an ACTIVE mentorship of the contract's EMPLOYEE (teachers[5]) as the mentee.
func menteeOfTeacher(w world) pulid.ID {
	return w.client.Mentorship.Create().SetMentor(w.teachers[27]).SetMentee(w.teachers[5]).
		SetGoals("Menerapkan pembelajaran berdiferensiasi").SetStartsOn(date(2026, 1, 5)).
		SaveX(access.SystemContext(context.Background())).ID
}

func mentorshipVars(w world) map[string]any { return map[string]any{"id": menteeOfTeacher(w)} }

func endVars(id pulid.ID, status string) map[string]any {
	return map[string]any{"id": id, "status": status, "outcome": "Modul ajar tersusun", "endsOn": "2026-11-23"}
}

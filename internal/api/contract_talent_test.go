package api_test

import "maps"

// The talent screens: the 9-box's people, the posts at risk and a post's succession list (HR and
// leaders), and on a profile the potential assessments and sanctions with HR's records of both.
func init() {
	maps.Copy(contractCalls, map[string][]contractCall{
		"TalentBoxMembers": {
			{leader, func(w world) map[string]any {
				return map[string]any{"year": 2025, "box": 9, "unitID": w.disdik.ID, "first": 20, "after": nil, "last": nil, "before": nil}
			}},
			{hr, func(world) map[string]any {
				return map[string]any{"year": 2025, "box": 5, "unitID": nil, "first": nil, "after": nil, "last": 20, "before": nil}
			}},
		},
		"PositionsAtRisk": {
			{leader, func(w world) map[string]any { return map[string]any{"unitID": w.disdik.ID, "year": 2025} }},
			{hr, func(world) map[string]any { return map[string]any{"unitID": nil, "year": 2025} }},
		},
		"PositionSearch": {{leader, titleSearch}, {hr, titleSearch}},
		"Succession": {
			{leader, func(w world) map[string]any { return map[string]any{"positionID": w.head.ID, "year": 2025} }},
			{hr, func(w world) map[string]any { return map[string]any{"positionID": w.teacher.ID, "year": 2024} }},
		},
		"EmployeeTalent": {
			{hr, func(w world) map[string]any { return map[string]any{"id": w.teachers[1].ID} }},
			{leader, func(w world) map[string]any { return map[string]any{"id": w.teachers[0].ID} }},
			{supervisor, func(w world) map[string]any { return map[string]any{"id": w.teachers[1].ID} }},
		},
		"RecordPotentialAssessment": {{hr, func(w world) map[string]any {
			return map[string]any{"employeeID": w.teachers[36].ID,
				"input": map[string]any{"year": 2025, "level": "HIGH", "score": 84.5, "method": "Assessment Center"}}
		}}},
		"RecordSanction": {{hr, func(w world) map[string]any {
			return map[string]any{"employeeID": w.teachers[37].ID, "input": map[string]any{"level": "LIGHT",
				"description": "Teguran tertulis", "decreeNumber": "800/9/BKD/2026", "imposedOn": "2026-11-02", "endsOn": nil}}
		}}},
	})
}

func titleSearch(world) map[string]any { return map[string]any{"title": "kepala"} }

package api

import (
	"errors"
	"fmt"
	"testing"

	"github.com/lib/pq"
)

func TestDuplicateField(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{errors.New("ent: constraint failed: UNIQUE constraint failed: employees.nip"), "nip"},
		{errors.New("constraint failed: UNIQUE constraint failed: employees.nip (2067)"), "nip"},
		{errors.New("UNIQUE constraint failed: evaluations.employee_id, evaluations.year, evaluations.period"), ""},
		{fmt.Errorf("ent: %w", &pq.Error{Code: "23505", Table: "employees", Constraint: "employees_nip_key"}), "nip"},
		{&pq.Error{Code: "23505", Table: "org_units", Constraint: "org_units_code_key"}, "code"},
		{&pq.Error{Code: "23505", Table: "evaluations", Constraint: "evaluation_employee_id_year_period"}, ""},
		{&pq.Error{Code: "23503", Table: "employees", Constraint: "employees_org_units_employees"}, ""},
	}
	for _, tt := range tests {
		if got := duplicateField(tt.err); got != tt.want {
			t.Errorf("duplicateField(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestGraphQLName(t *testing.T) {
	for in, want := range map[string]string{"nip": "nip", "birth_date": "birthDate", "unit_id": "unitID", "pppk_grade": "pppkGrade"} {
		if got := graphqlName(in); got != want {
			t.Errorf("graphqlName(%q) = %q, want %q", in, got, want)
		}
	}
}

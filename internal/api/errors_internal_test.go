package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
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

// A transaction PostgreSQL aborted to break a deadlock, or for a serialization failure, lost to a
// concurrent one: the client is told to try again (CONFLICT), not that the server broke.
func TestContentionIsAConflict(t *testing.T) {
	present := presentError(slog.New(slog.NewTextHandler(io.Discard, nil)))
	for _, code := range []pq.ErrorCode{"40P01", "40001"} {
		e := present(context.Background(), fmt.Errorf("assessEvaluation: %w", &pq.Error{Code: code}))
		if e.Extensions["code"] != CodeConflict {
			t.Errorf("%s: %v, want CONFLICT", code, e.Extensions["code"])
		}
	}
}

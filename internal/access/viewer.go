package access

import (
	"context"
	"errors"

	"entgo.io/ent/dialect/sql"

	entgen "github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/auth"
)

// ErrRevoked refuses a token whose account is gone, deactivated, or whose password, role or scope
// changed since the token was issued.
var ErrRevoked = errors.New("this session has ended (the account changed or was deactivated); log in again")

// LoadViewer returns the viewer of a token's account, checking that the account is active and that
// the token was issued at its current credentials version. One query reads the account, the path of
// its scope unit, and the unit and instansi of its employee, because it runs on every request.
func LoadViewer(ctx context.Context, client *entgen.Client, id pulid.ID, version int) (*auth.Viewer, error) {
	var found []struct {
		Username      string         `json:"username"`
		Role          string         `json:"role"`
		TokenVersion  int            `json:"token_version"`
		Active        bool           `json:"active"`
		EmployeeID    sql.NullString `json:"employee_id"`
		ScopePath     sql.NullString `json:"scope_path"`
		UnitPath      sql.NullString `json:"unit_path"`
		DirectoryPath sql.NullString `json:"directory_path"`
	}
	err := client.Account.Query().Where(account.ID(id)).Modify(func(s *sql.Selector) {
		scope := sql.Table(orgunit.Table).As("scope")
		emp := sql.Table(employee.Table).As("emp")
		unit := sql.Table(orgunit.Table).As("unit")
		instansi := sql.Table(orgunit.Table).As("instansi")
		s.LeftJoin(scope).On(s.C(account.FieldScopeUnitID), scope.C(orgunit.FieldID)).
			LeftJoin(emp).On(s.C(account.FieldEmployeeID), emp.C(employee.FieldID)).
			LeftJoin(unit).On(emp.C(employee.FieldUnitID), unit.C(orgunit.FieldID)).
			LeftJoin(instansi).OnP(sql.And(
			sql.EQ(instansi.C(orgunit.FieldKind), orgunit.KindINSTANSI),
			sql.P(func(b *sql.Builder) {
				b.Ident(unit.C(orgunit.FieldPath)).WriteString(" LIKE ").Ident(instansi.C(orgunit.FieldPath)).WriteString(" || '%'")
			}),
		))
		s.Select(
			s.C(account.FieldUsername), s.C(account.FieldRole), s.C(account.FieldTokenVersion), s.C(account.FieldActive),
			s.C(account.FieldEmployeeID),
			sql.As(scope.C(orgunit.FieldPath), "scope_path"),
			sql.As(unit.C(orgunit.FieldPath), "unit_path"),
			sql.As(instansi.C(orgunit.FieldPath), "directory_path"),
		)
	}).Scan(SystemContext(ctx), &found)
	if err != nil {
		return nil, err
	}
	if len(found) == 0 || !found[0].Active || found[0].TokenVersion != version {
		return nil, ErrRevoked
	}
	a := found[0]
	return &auth.Viewer{
		AccountID:     id,
		Username:      a.Username,
		Role:          auth.Role(a.Role),
		TokenVersion:  a.TokenVersion,
		EmployeeID:    pulid.ID(a.EmployeeID.String),
		ScopePath:     a.ScopePath.String,
		UnitPath:      a.UnitPath.String,
		DirectoryPath: a.DirectoryPath.String,
	}, nil
}

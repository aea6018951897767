package audit

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/auditentry"
	"github.com/jenjang/jenjang/ent/predicate"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
)

// NewestFirst is the order of the trail when the reader asks for none: people read it from the
// latest change back.
var NewestFirst = []*ent.AuditEntryOrder{{Field: ent.AuditEntryOrderFieldAt, Direction: entgql.OrderDirectionDesc}}

// ByActorUsername selects the entries made by the account with the username. It looks the account
// up inside the query rather than through the Account privacy rules: the entries the reader may see
// already name their actor, so the filter reveals nothing about accounts.
func ByActorUsername(username string) predicate.AuditEntry {
	return func(s *sql.Selector) {
		t := sql.Table(account.Table)
		s.Where(sql.In(s.C(auditentry.FieldActorID),
			sql.Select(t.C(account.FieldID)).From(t).Where(sql.EQ(t.C(account.FieldUsername), username))))
	}
}

// AboutViewer returns the entries about the viewer's own employee record and the records that belong
// to it, whatever else the viewer's role may read; an account without an employee has no record.
func AboutViewer(ctx context.Context, client *ent.Client) (*ent.AuditEntryQuery, error) {
	v := auth.FromContext(ctx)
	switch {
	case v == nil:
		return nil, &access.DeniedError{Anonymous: true, Message: "masuk untuk melihat siapa yang mengubah data Anda"}
	case v.EmployeeID == "":
		return nil, &access.DeniedError{Message: "akun ini tidak terhubung dengan data pegawai"}
	}
	return client.AuditEntry.Query().Where(auditentry.EmployeeID(v.EmployeeID)), nil
}

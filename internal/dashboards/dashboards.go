// Package dashboards saves, shares and deletes the viewer's dashboards, lists the ones it may open,
// and gives each role the dashboard it starts with. Who may read and change which dashboard is decided
// by the privacy rules in internal/access (DashboardPolicy, auth.Viewer.MayShareWith); this package
// checks that the request makes sense, says clearly why one does not, and writes in the caller's
// transaction (the audit hook records each write there).
package dashboards

import (
	"context"
	"fmt"
	"slices"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/schema/schematype"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
)

// SaveInput is a dashboard to create (no ID) or to replace the name and widgets of (ID).
type SaveInput struct {
	ID      *pulid.ID
	Name    string
	Widgets []schematype.Widget
}

// Save creates a dashboard owned by the viewer, or replaces the name and widgets of one it owns.
func Save(ctx context.Context, client *ent.Client, in SaveInput) (*ent.Dashboard, error) {
	v, err := signedIn(ctx, "save dashboards")
	if err != nil {
		return nil, err
	}
	name, widgets := Normalize(in.Name, in.Widgets)
	if err := Validate(name, widgets); err != nil {
		return nil, err
	}
	if err := unitsExist(ctx, client, widgets); err != nil {
		return nil, err
	}
	if in.ID == nil {
		return client.Dashboard.Create().SetOwnerID(v.AccountID).SetName(name).SetWidgets(widgets).Save(ctx)
	}
	d, err := owned(ctx, client, *in.ID, "change")
	if err != nil {
		return nil, err
	}
	return client.Dashboard.UpdateOne(d).SetName(name).SetWidgets(widgets).Save(ctx)
}

// Delete deletes a dashboard the viewer owns and returns its ID.
func Delete(ctx context.Context, client *ent.Client, id pulid.ID) (pulid.ID, error) {
	d, err := owned(ctx, client, id, "delete")
	if err != nil {
		return "", err
	}
	return d.ID, client.Dashboard.DeleteOne(d).Exec(ctx)
}

// Share shares a dashboard the viewer owns with everyone who belongs to a unit's subtree, in place of
// the unit it was shared with; a nil unit makes it private again. The viewer may share only with a unit
// auth.Viewer.MayShareWith allows.
func Share(ctx context.Context, client *ent.Client, id pulid.ID, unitID *pulid.ID) (*ent.Dashboard, error) {
	d, err := owned(ctx, client, id, "share")
	if err != nil {
		return nil, err
	}
	ctx = audit.WithAction(ctx, "shareDashboard")
	if unitID == nil {
		if d.SharedWithID == "" {
			return d, nil
		}
		return client.Dashboard.UpdateOne(d).ClearSharedWith().Save(ctx)
	}
	unit, err := client.OrgUnit.Query().Where(orgunit.ID(*unitID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &career.FieldError{Field: "unitID", Message: fmt.Sprintf("no unit has the ID %s", *unitID)}
	}
	if err != nil {
		return nil, err
	}
	if v := auth.FromContext(ctx); !v.MayShareWith(unit.Path) {
		return nil, &access.DeniedError{Field: "unitID", Message: fmt.Sprintf("you may not share with %s: %s", unit.Name, ShareRule(v))}
	}
	if d.SharedWithID == unit.ID {
		return d, nil
	}
	return client.Dashboard.UpdateOne(d).SetSharedWithID(unit.ID).Save(ctx)
}

// ShareRule says in words which units the viewer may share its dashboards with.
func ShareRule(v *auth.Viewer) string {
	switch {
	case v.Is(auth.RoleAdmin):
		return "an ADMIN shares with any unit"
	case v.Is(auth.RoleHR, auth.RoleLeader):
		return "you share with units of your scope"
	case v.Is(auth.RoleSupervisor, auth.RoleEmployee):
		return "you share with your own unit or a unit above it, up to your instansi"
	}
	return "your account belongs to no unit, so it shares with none"
}

// List returns the viewer's dashboards: those it owns and those shared with a unit whose subtree it
// belongs to. ADMIN, which may open any dashboard by node(id:), gets the same list, not everyone's.
func List(ctx context.Context, client *ent.Client) (*ent.DashboardQuery, error) {
	v, err := signedIn(ctx, "read dashboards")
	if err != nil {
		return nil, err
	}
	return client.Dashboard.Query().Where(access.OwnOrShared(v)), nil
}

// Mine reports whether the viewer owns the dashboard.
func Mine(ctx context.Context, d *ent.Dashboard) bool {
	v := auth.FromContext(ctx)
	return v != nil && d.OwnerID == v.AccountID
}

// OwnerNames returns how each owner of the accounts given is shown beside a dashboard it shared: the
// name of its employee, or its username. Readers of a shared dashboard may not read its owner's
// account, so the lookup is allowed past the rules: the owner made its name visible by sharing.
func OwnerNames(ctx context.Context, client *ent.Client, owners []pulid.ID) (map[pulid.ID]string, error) {
	accounts, err := client.Account.Query().Where(account.IDIn(owners...)).
		Select(account.FieldUsername, account.FieldEmployeeID).
		WithEmployee(func(q *ent.EmployeeQuery) { q.Select(employee.FieldName) }).
		All(access.Allow(ctx))
	if err != nil {
		return nil, err
	}
	names := make(map[pulid.ID]string, len(accounts))
	for _, a := range accounts {
		names[a.ID] = a.Username
		if e := a.Edges.Employee; e != nil && e.Name != "" {
			names[a.ID] = e.Name
		}
	}
	return names, nil
}

// DefaultFor returns the viewer's default dashboard (Default of its role).
func DefaultFor(ctx context.Context) (*Template, error) {
	v, err := signedIn(ctx, "read dashboards")
	if err != nil {
		return nil, err
	}
	t := Default(v.Role)
	return &t, nil
}

func signedIn(ctx context.Context, action string) (*auth.Viewer, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return nil, &access.DeniedError{Anonymous: true, Message: "sign in to " + action}
	}
	return v, nil
}

// owned loads a dashboard the viewer may see and checks that it owns it: a dashboard it may not see
// is not found, and one shared with it to read is refused.
func owned(ctx context.Context, client *ent.Client, id pulid.ID, verb string) (*ent.Dashboard, error) {
	v, err := signedIn(ctx, verb+" dashboards")
	if err != nil {
		return nil, err
	}
	d, err := client.Dashboard.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if d.OwnerID != v.AccountID {
		return nil, &access.DeniedError{Message: fmt.Sprintf("only its owner may %s the dashboard %q; you may only read it", verb, d.Name)}
	}
	return d, nil
}

// unitsExist refuses a widget whose unit setting names no unit, with one query for all the widgets.
func unitsExist(ctx context.Context, client *ent.Client, widgets []schematype.Widget) error {
	var ids []pulid.ID
	for _, w := range widgets {
		if u := w.Settings.UnitID; u != nil && !slices.Contains(ids, *u) {
			ids = append(ids, *u)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	found, err := client.OrgUnit.Query().Where(orgunit.IDIn(ids...)).IDs(ctx)
	if err != nil {
		return err
	}
	for i, w := range widgets {
		if u := w.Settings.UnitID; u != nil && !slices.Contains(found, *u) {
			return fieldError(fmt.Sprintf("widgets[%d].settings.unitID", i), "no unit has the ID %s", *u)
		}
	}
	return nil
}

package seed

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/internal/auth"
)

// DemoPassword is the password of every demo account. The demo data is for development only.
const DemoPassword = "jenjang123"

// DemoAccount describes one demo login.
type DemoAccount struct {
	Username string
	Role     auth.Role
	// Who says, in words, whose account it is and what it sees.
	Who string
}

// DemoAccounts are the demo logins, one per role (two leaders, to show scopes side by side).
var DemoAccounts = []DemoAccount{
	{"admin", auth.RoleAdmin, "administrator: everything"},
	{"hr", auth.RoleHR, "an HR officer of the BKD: Pemerintah Provinsi Jambi"},
	{"pimpinan", auth.RoleLeader, "the Sekretaris Daerah Provinsi Jambi: every instansi in the Province of Jambi"},
	{"pimpinan.bungo", auth.RoleLeader, "the Sekretaris Daerah Kabupaten Bungo: Pemerintah Kabupaten Bungo"},
	{"atasan", auth.RoleSupervisor, "a head of section at the Dinas Pendidikan Provinsi Jambi, the assessor of their staff: their subordinates"},
	{"kabid", auth.RoleSupervisor, "atasan's own supervisor, a head of division: decides objections to atasan's assessments (atasan pejabat penilai)"},
	{"pegawai", auth.RoleEmployee, "one of atasan's staff: their own record"},
	{"analis", auth.RoleAnalyst, "an analyst: aggregates and non-personal fields"},
}

// createDemoAccounts adds the demo logins, each linked to a fitting demo employee where its role has one.
func createDemoAccounts(ctx context.Context, client *ent.Client) error {
	hash, err := auth.HashPassword(DemoPassword)
	if err != nil {
		return err
	}
	unit := func(code string) (*ent.OrgUnit, error) {
		u, err := client.OrgUnit.Query().Where(orgunit.Code(code)).Only(ctx)
		if err != nil {
			return nil, fmt.Errorf("demo accounts: unit %s: %w", code, err)
		}
		return u, nil
	}
	holder := func(title string) (*ent.Employee, error) {
		e, err := client.Employee.Query().Where(employee.HasPositionWith(position.Title(title))).Order(ent.Asc(employee.FieldNip)).First(ctx)
		if err != nil {
			return nil, fmt.Errorf("demo accounts: holder of %q: %w", title, err)
		}
		return e, nil
	}
	province, err := unit("JMB")
	if err != nil {
		return err
	}
	provinceGov, err := unit("JMB-PROV")
	if err != nil {
		return err
	}
	bungo, err := unit("JMB-BUNGO")
	if err != nil {
		return err
	}
	hrOfficer, err := client.Employee.Query().
		Where(employee.HasUnitWith(orgunit.Code("JMB-PROV-BKD")), employee.HasPositionWith(position.TitleHasPrefix("Analis SDM Aparatur"))).
		Order(ent.Asc(employee.FieldNip)).First(ctx)
	if err != nil {
		return fmt.Errorf("demo accounts: HR officer: %w", err)
	}
	sekda, err := holder("Sekretaris Daerah Provinsi Jambi")
	if err != nil {
		return err
	}
	sekdaBungo, err := holder("Sekretaris Daerah Kabupaten Bungo")
	if err != nil {
		return err
	}
	supervisor, staff, err := demoSupervisor(ctx, client)
	if err != nil {
		return err
	}
	// The appraisal's third party: the assessor's superior, who decides objections.
	superior, err := supervisor.QuerySupervisor().Only(ctx)
	if err != nil {
		return fmt.Errorf("demo accounts: the supervisor of atasan: %w", err)
	}
	links := map[string]struct {
		employee *ent.Employee
		scope    *ent.OrgUnit
	}{
		"hr":             {hrOfficer, provinceGov},
		"pimpinan":       {sekda, province},
		"pimpinan.bungo": {sekdaBungo, bungo},
		"atasan":         {supervisor, nil},
		"kabid":          {superior, nil},
		"pegawai":        {staff, nil},
	}
	builders := make([]*ent.AccountCreate, len(DemoAccounts))
	for i, a := range DemoAccounts {
		c := client.Account.Create().SetUsername(a.Username).SetPasswordHash(hash).SetRole(a.Role)
		if link, ok := links[a.Username]; ok {
			c.SetEmployeeID(link.employee.ID)
			if link.scope != nil {
				c.SetScopeUnitID(link.scope.ID)
			}
		}
		builders[i] = c
	}
	return client.Account.CreateBulk(builders...).Exec(ctx)
}

// demoSupervisor picks, in the divisions of the Dinas Pendidikan Provinsi Jambi, the employee with the
// most direct subordinates, and the first of those subordinates who supervises nobody.
func demoSupervisor(ctx context.Context, client *ent.Client) (*ent.Employee, *ent.Employee, error) {
	candidates, err := client.Employee.Query().
		Where(employee.HasUnitWith(orgunit.CodeHasPrefix("JMB-PROV-DISDIK-"))).
		WithSubordinates(func(q *ent.EmployeeQuery) { q.WithSubordinates() }).
		All(ctx)
	if err != nil {
		return nil, nil, err
	}
	slices.SortFunc(candidates, func(a, b *ent.Employee) int {
		if d := len(b.Edges.Subordinates) - len(a.Edges.Subordinates); d != 0 {
			return d
		}
		return strings.Compare(a.Nip, b.Nip)
	})
	for _, c := range candidates {
		staff := slices.Clone(c.Edges.Subordinates)
		slices.SortFunc(staff, func(a, b *ent.Employee) int { return strings.Compare(a.Nip, b.Nip) })
		for _, s := range staff {
			if len(s.Edges.Subordinates) == 0 {
				return c, s, nil
			}
		}
	}
	return nil, nil, fmt.Errorf("demo accounts: no supervisor with staff in the Dinas Pendidikan Provinsi Jambi")
}

// DemoAccountsPresent reports whether the demo logins exist (the demo data was loaded).
func DemoAccountsPresent(ctx context.Context, client *ent.Client) (bool, error) {
	names := make([]string, len(DemoAccounts))
	for i, a := range DemoAccounts {
		names[i] = a.Username
	}
	n, err := client.Account.Query().Where(account.UsernameIn(names...)).Count(ctx)
	return n == len(DemoAccounts), err
}

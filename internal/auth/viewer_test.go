package auth_test

import (
	"slices"
	"testing"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/auth"
)

// The paths of a small tree: a region, an instansi in it, an agency of the instansi with a division,
// and a second instansi.
const (
	region   = "/REG/"
	instansi = "/REG/INS/"
	agency   = "/REG/INS/AGY/"
	division = "/REG/INS/AGY/DIV/"
	sibling  = "/REG/INS/OTH/"
	bungo    = "/REG/BUNGO/"
)

func TestHomeAndUnits(t *testing.T) {
	tests := []struct {
		name  string
		v     *auth.Viewer
		home  string
		units []pulid.ID
	}{
		{"anonymous", nil, "", nil},
		{"an employee belongs to its unit", &auth.Viewer{Role: auth.RoleEmployee, EmployeeID: "E", UnitPath: division, DirectoryPath: instansi}, division, []pulid.ID{"REG", "INS", "AGY", "DIV"}},
		{"HR with an employee belongs to the employee's unit, not its scope", &auth.Viewer{Role: auth.RoleHR, EmployeeID: "E", UnitPath: agency, ScopePath: bungo}, agency, []pulid.ID{"REG", "INS", "AGY"}},
		{"a leader without an employee belongs to its scope", &auth.Viewer{Role: auth.RoleLeader, ScopePath: region}, region, []pulid.ID{"REG"}},
		{"an analyst belongs nowhere", &auth.Viewer{Role: auth.RoleAnalyst}, "", nil},
		{"an admin belongs nowhere", &auth.Viewer{Role: auth.RoleAdmin}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.v.HomePath(); got != tt.home {
				t.Errorf("HomePath = %q, want %q", got, tt.home)
			}
			if got := tt.v.Units(); !slices.Equal(got, tt.units) {
				t.Errorf("Units = %v, want %v", got, tt.units)
			}
		})
	}
}

func TestMayShareWith(t *testing.T) {
	staff := func(role auth.Role) *auth.Viewer {
		return &auth.Viewer{Role: role, EmployeeID: "E", UnitPath: division, DirectoryPath: instansi}
	}
	leader := &auth.Viewer{Role: auth.RoleLeader, ScopePath: instansi}
	hr := &auth.Viewer{Role: auth.RoleHR, EmployeeID: "E", UnitPath: agency, DirectoryPath: instansi, ScopePath: agency}
	outside := &auth.Viewer{Role: auth.RoleEmployee, EmployeeID: "E", UnitPath: "/LOOSE/"}
	tests := []struct {
		name string
		v    *auth.Viewer
		want map[string]bool // unit path → may share; paths not listed: false
	}{
		{"admin: any unit", &auth.Viewer{Role: auth.RoleAdmin}, map[string]bool{region: true, instansi: true, agency: true, division: true, sibling: true, bungo: true, "/LOOSE/": true}},
		{"leader: its scope's subtree", leader, map[string]bool{instansi: true, agency: true, division: true, sibling: true}},
		{"HR: its scope's subtree, not above it", hr, map[string]bool{agency: true, division: true}},
		{"supervisor: its unit and above, up to the instansi", staff(auth.RoleSupervisor), map[string]bool{instansi: true, agency: true, division: true}},
		{"employee: its unit and above, up to the instansi", staff(auth.RoleEmployee), map[string]bool{instansi: true, agency: true, division: true}},
		{"employee of a unit outside any instansi: only its unit", outside, map[string]bool{"/LOOSE/": true}},
		{"analyst: none", &auth.Viewer{Role: auth.RoleAnalyst}, nil},
		{"anonymous: none", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, path := range []string{region, instansi, agency, division, sibling, bungo, "/LOOSE/", ""} {
				if got := tt.v.MayShareWith(path); got != tt.want[path] {
					t.Errorf("MayShareWith(%q) = %v, want %v", path, got, tt.want[path])
				}
			}
		})
	}
}

package api_test

import (
	"context"
	"fmt"
	"maps"
	"testing"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/tally"
	"github.com/jenjang/jenjang/internal/testdb"
)

const moveUnit = `mutation MoveUnit($id: ID!, $parentID: ID!) {
  updateOrgUnit(id: $id, input: {parentID: $parentID}) { id path parent { id } }
}`

// Moving a subtree through the API rewrites the paths below it in the same transaction, so that every
// scope, subtree filter, aggregate and running tally follows at once: the HR and leaders of the old
// and the new parent, the directory's subtree filter, the dashboards, and then the whole access matrix
// again once the unit is back.
func TestMoveOrgUnitSubtree(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		adm, hrProv, bungoLeader := w.as[admin], w.as[hr], w.as[leaderBungo]
		hrBungo := newServer(t, db).as(auth.RoleHR, "", w.bungo.ID)
		move := func(s *server, unit, parent pulid.ID) response {
			t.Helper()
			return s.query(moveUnit, map[string]any{"id": unit, "parentID": parent})
		}
		mustMove := func(s *server, unit, parent pulid.ID) {
			t.Helper()
			if res := move(s, unit, parent); len(res.Errors) > 0 {
				t.Fatalf("move %s under %s: %+v", unit, parent, res.Errors)
			}
			pathsConsistent(t, adm)
			talliesMatchRebuild(t, db)
		}

		// HR moves a unit within its scope: Dinas Kesehatan under Dinas Pendidikan, a level deeper, where
		// units have no tallies of their own.
		mustMove(hrProv, w.dinkes.ID, w.disdik.ID)

		t.Run("refused moves", func(t *testing.T) {
			wantCode(t, onlyError(t, move(adm, w.instansi.ID, w.dinkes.ID)), "BAD_USER_INPUT", "parentID")
			wantCode(t, onlyError(t, move(adm, w.disdik.ID, w.disdik.ID)), "BAD_USER_INPUT", "parentID")
			wantCode(t, onlyError(t, move(adm, w.disdik.ID, w.teacher.ID)), "BAD_USER_INPUT", "parentID")
			wantCode(t, onlyError(t, move(hrProv, w.disdik.ID, w.bungo.ID)), "FORBIDDEN", "parentID")
			wantCode(t, onlyError(t, move(hrProv, w.instansi.ID, w.bungo.ID)), "FORBIDDEN", "parentID")
			res := hrProv.query(`mutation($id: ID!) { updateOrgUnit(id: $id, input: {clearParent: true}) { id } }`, map[string]any{"id": w.disdik.ID})
			wantCode(t, onlyError(t, res), "FORBIDDEN", "parentID")
			wantCode(t, onlyError(t, move(hrBungo, w.disdik.ID, w.bungo.ID)), "NOT_FOUND", "")
		})

		// ADMIN moves Dinas Pendidikan, with Dinas Kesehatan below it, from the province to Bungo.
		mustMove(adm, w.disdik.ID, w.bungo.ID)
		moved := provinceStaff
		bungoPath := w.bungo.Path

		t.Run("scopes follow", func(t *testing.T) {
			// HR of the old parent keeps only its own record (it works in Dinas Kesehatan).
			if got := count(t, hrProv, `{ employees(first: 1) { totalCount } }`, nil); got != "1" {
				t.Errorf("the province's HR counts %s employees, want only itself", got)
			}
			res := hrProv.query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": w.teachers[0].ID})
			if string(res.Data) != `{"node":null}` {
				t.Errorf("the province's HR still reads a moved teacher: %s", res.Data)
			}
			res = hrProv.query(`mutation($id: ID!) { updateOrgUnit(id: $id, input: {name: "Dinas Pendidikan"}) { id } }`, map[string]any{"id": w.disdik.ID})
			wantCode(t, onlyError(t, res), "NOT_FOUND", "")
			// The leader and HR of the new parent read and change it.
			if got := count(t, bungoLeader, `{ employees(first: 1) { totalCount } }`, nil); got != fmt.Sprint(2+moved) {
				t.Errorf("Bungo's leader counts %s employees, want %d", got, 2+moved)
			}
			if got := count(t, w.as[leader], `{ employees(first: 1) { totalCount } }`, nil); got != fmt.Sprint(allStaff) {
				t.Errorf("the region's leader counts %s employees, want all %d", got, allStaff)
			}
			var renamed struct{ UpdateOrgUnit struct{ Name string } }
			hrBungo.mustQuery(`mutation($id: ID!) { updateOrgUnit(id: $id, input: {name: "Dinas Pendidikan Bungo"}) { name } }`, map[string]any{"id": w.disdik.ID}, &renamed)
			if renamed.UpdateOrgUnit.Name != "Dinas Pendidikan Bungo" {
				t.Errorf("Bungo's HR renames the moved unit: %+v", renamed)
			}
		})

		t.Run("subtree filters follow", func(t *testing.T) {
			subtree := `query($p: String!) { employees(first: 1, where: {hasUnitWith: {pathHasPrefix: $p}}) { totalCount } }`
			if got := count(t, adm, subtree, map[string]any{"p": bungoPath}); got != fmt.Sprint(2+moved) {
				t.Errorf("employees in Bungo's subtree: %s, want %d", got, 2+moved)
			}
			if got := count(t, adm, subtree, map[string]any{"p": w.instansi.Path}); got != "0" {
				t.Errorf("employees left in the province's subtree: %s, want 0", got)
			}
			units := `query($p: String!) { orgUnits(first: 1, where: {pathHasPrefix: $p}) { totalCount } }`
			if got := count(t, adm, units, map[string]any{"p": bungoPath}); got != "3" {
				t.Errorf("units in Bungo's subtree: %s, want Bungo, Dinas Pendidikan and Dinas Kesehatan", got)
			}
		})

		t.Run("aggregates follow", func(t *testing.T) {
			headcount := `query($u: ID) { headcount(by: [UNIT], unitID: $u) { total { value } groups { buckets { label } count { value } } } }`
			type groups struct {
				Headcount struct {
					Total  struct{ Value int }
					Groups []struct {
						Buckets []struct{ Label string }
						Count   struct{ Value int }
					}
				}
			}
			byUnit := func(s *server, unit pulid.ID) map[string]int {
				var data groups
				vars := map[string]any{"u": nil}
				if unit != "" {
					vars["u"] = unit
				}
				s.mustQuery(headcount, vars, &data)
				out := map[string]int{"total": data.Headcount.Total.Value}
				for _, g := range data.Headcount.Groups {
					out[g.Buckets[0].Label] = g.Count.Value
				}
				return out
			}
			if got, want := byUnit(adm, w.region.ID), map[string]int{"total": allStaff, "Pemerintah Kabupaten Bungo": 2 + moved, "Pemerintah Kota Jambi": 2}; !maps.Equal(got, want) {
				t.Errorf("the region by unit: %v, want %v", got, want)
			}
			if got, want := byUnit(bungoLeader, ""), map[string]int{"total": 2 + moved, "Dinas Pendidikan Bungo": moved, "Pemerintah Kabupaten Bungo": 2}; !maps.Equal(got, want) {
				t.Errorf("Bungo's leader by unit: %v, want %v", got, want)
			}
			if got := byUnit(adm, w.instansi.ID)["total"]; got != 0 {
				t.Errorf("the province counts %d employees, want 0", got)
			}
		})

		// Back where it was (Dinas Kesehatan stays a level deeper): every rule of the access matrix
		// holds again.
		mustMove(adm, w.disdik.ID, w.instansi.ID)
		rootQueryMatrix(t, w)
		mutationMatrix(t, w)
		talliesMatchRebuild(t, db)
	})
}

// pathsConsistent checks that every unit's path is its parent's path and its own ID.
func pathsConsistent(t *testing.T, s *server) {
	t.Helper()
	var data struct {
		OrgUnits struct {
			Edges []struct {
				Node struct {
					ID, Path string
					Parent   *struct{ Path string }
				}
			}
		}
	}
	s.mustQuery(`{ orgUnits(first: 100) { edges { node { id path parent { path } } } } }`, nil, &data)
	for _, e := range data.OrgUnits.Edges {
		want := "/" + e.Node.ID + "/"
		if e.Node.Parent != nil {
			want = e.Node.Parent.Path + e.Node.ID + "/"
		}
		if e.Node.Path != want {
			t.Errorf("unit %s has path %s, want %s", e.Node.ID, e.Node.Path, want)
		}
	}
}

// talliesMatchRebuild checks that the running tallies kept by the writes are those a rebuild from the
// rows gives (the rebuild leaves them as they should be either way).
func talliesMatchRebuild(t *testing.T, db *testdb.DB) {
	t.Helper()
	kept := readTallies(t, db.Client)
	if err := tally.Rebuild(context.Background(), db.Client); err != nil {
		t.Fatal(err)
	}
	if rebuilt := readTallies(t, db.Client); !maps.Equal(kept, rebuilt) {
		for k, v := range rebuilt {
			if kept[k] != v {
				t.Errorf("tally %+v: kept %+v, rebuilt %+v", k, kept[k], v)
			}
		}
		for k, v := range kept {
			if _, ok := rebuilt[k]; !ok {
				t.Errorf("tally %+v: kept %+v, rebuilt none", k, v)
			}
		}
	}
}

func readTallies(t *testing.T, client *ent.Client) map[tally.Key]tally.Value {
	t.Helper()
	rows, err := client.QueryContext(context.Background(), "SELECT unit_id, measure, year, bucket, n, total FROM unit_tallies WHERE n <> 0 OR total <> 0")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[tally.Key]tally.Value{}
	for rows.Next() {
		var k tally.Key
		var v tally.Value
		if err := rows.Scan(&k.Unit, &k.Measure, &k.Year, &k.Bucket, &v.N, &v.Total); err != nil {
			t.Fatal(err)
		}
		out[k] = v
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// A post's quota is at least one seat and never below its holders; a promotion window's dates are in
// order. Each refusal names the field the form shows it beside.
func TestReferenceDataValidation(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		adm := w.as[admin]
		quota := `mutation EditPosition($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { quota } }`
		for _, q := range []int{0, teacherCount - 1} {
			res := adm.query(quota, map[string]any{"id": w.teacher.ID, "input": map[string]any{"quota": q}})
			wantCode(t, onlyError(t, res), "BAD_USER_INPUT", "quota")
		}
		var ok struct{ UpdatePosition struct{ Quota int } }
		w.as[hr].mustQuery(quota, map[string]any{"id": w.teacher.ID, "input": map[string]any{"quota": teacherCount + 5, "title": "Guru Ahli Muda SMA"}}, &ok)
		if ok.UpdatePosition.Quota != teacherCount+5 {
			t.Errorf("quota = %d", ok.UpdatePosition.Quota)
		}

		window := `mutation CreateWindow($input: CreatePromotionWindowInput!) { createPromotionWindow(input: $input) { id } }`
		res := adm.query(window, map[string]any{"input": map[string]any{"name": "Periode Juni 2027", "opensOn": "2027-03-01", "closesOn": "2027-02-01", "effectiveOn": "2027-06-01"}})
		wantCode(t, onlyError(t, res), "BAD_USER_INPUT", "closesOn")
		res = adm.query(window, map[string]any{"input": map[string]any{"name": "Periode Juni 2027", "opensOn": "2027-03-01", "closesOn": "2027-04-01", "effectiveOn": "2027-03-15"}})
		wantCode(t, onlyError(t, res), "BAD_USER_INPUT", "effectiveOn")
	})
}

// Two moves at once that would put each of two units under the other: one succeeds, the other is
// refused as a move under its own sub-unit, never both (a cycle the paths cannot express).
func TestCrossingMovesAtOnce(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		adm := w.as[admin]
		for round := range 5 {
			a, b := w.disdik.ID, w.dinkes.ID
			if round%2 == 1 {
				a, b = b, a
			}
			results := make(chan response, 2)
			for _, m := range [][2]pulid.ID{{a, b}, {b, a}} {
				go func() { results <- adm.query(moveUnit, map[string]any{"id": m[0], "parentID": m[1]}) }()
			}
			var moved, refused int
			for range 2 {
				res := <-results
				switch {
				case len(res.Errors) == 0:
					moved++
				case res.Errors[0].Extensions["code"] == "BAD_USER_INPUT" && res.Errors[0].Extensions["field"] == "parentID":
					refused++
				default:
					t.Errorf("round %d: %+v", round, res.Errors)
				}
			}
			if moved != 1 || refused != 1 {
				t.Errorf("round %d: %d moved, %d refused; want one of each", round, moved, refused)
			}
			pathsConsistent(t, adm)
			for _, id := range []pulid.ID{a, b} {
				if res := adm.query(moveUnit, map[string]any{"id": id, "parentID": w.instansi.ID}); len(res.Errors) > 0 {
					t.Fatalf("move back: %+v", res.Errors)
				}
			}
		}
		talliesMatchRebuild(t, db)
	})
}

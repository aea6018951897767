package api_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/testdb"
)

// The documents of the dashboard tests, as the SPA would send them.
const (
	dashboardFields = `id name mine ownerName sharedWith { id name }
  widgets { id kind title x y w h chart settings { dimensions unitID year period years } }`
	saveDashboard   = `mutation($input: SaveDashboardInput!) { saveDashboard(input: $input) { ` + dashboardFields + ` } }`
	shareDashboard  = `mutation($id: ID!, $unit: ID) { shareDashboard(id: $id, unitID: $unit) { ` + dashboardFields + ` } }`
	deleteDashboard = `mutation($id: ID!) { deleteDashboard(id: $id) }`
	dashboardList   = `{ dashboards(first: 50) { totalCount edges { node { ` + dashboardFields + ` } } } }`
	dashboardNode   = `query($id: ID!) { node(id: $id) { id ... on Dashboard { ` + dashboardFields + ` } } }`
)

type dashboardData struct {
	ID         pulid.ID
	Name       string
	Mine       bool
	OwnerName  string
	SharedWith *struct {
		ID   pulid.ID
		Name string
	}
	Widgets []struct {
		ID, Kind, Title, Chart string
		X, Y, W, H             int
		Settings               struct {
			Dimensions  []string
			UnitID      *string
			Year, Years *int
			Period      *string
		}
	}
}

// widget is a widget input with the given place and settings.
func widget(id, kind string, x, y, w, h int, settings map[string]any) map[string]any {
	return map[string]any{"id": id, "kind": kind, "chart": "BAR", "x": x, "y": y, "w": w, "h": h, "settings": settings}
}

func dashboardInput(name string, widgets ...map[string]any) map[string]any {
	if widgets == nil {
		widgets = []map[string]any{}
	}
	return map[string]any{"name": name, "widgets": widgets}
}

func (s *server) saveDashboard(input map[string]any) dashboardData {
	s.t.Helper()
	var out struct{ SaveDashboard dashboardData }
	s.mustQuery(saveDashboard, map[string]any{"input": input}, &out)
	return out.SaveDashboard
}

func (s *server) shareDashboard(id pulid.ID, unit any) dashboardData {
	s.t.Helper()
	var out struct{ ShareDashboard dashboardData }
	s.mustQuery(shareDashboard, map[string]any{"id": id, "unit": unit}, &out)
	return out.ShareDashboard
}

// dashboards returns the viewer's list, by name.
func (s *server) dashboards() []dashboardData {
	s.t.Helper()
	var out struct {
		Dashboards struct {
			TotalCount int
			Edges      []struct{ Node dashboardData }
		}
	}
	s.mustQuery(dashboardList, nil, &out)
	list := make([]dashboardData, len(out.Dashboards.Edges))
	for i, e := range out.Dashboards.Edges {
		list[i] = e.Node
	}
	if out.Dashboards.TotalCount != len(list) {
		s.t.Errorf("totalCount %d for %d dashboards", out.Dashboards.TotalCount, len(list))
	}
	return list
}

// sees reports whether the viewer opens the dashboard by node(id:), failing the test when
// nodes(ids:) disagrees or when its list disagrees (ADMIN opens every dashboard, and lists only those
// it owns or that are shared with it).
func (s *server) sees(id pulid.ID) bool {
	s.t.Helper()
	res := s.query(dashboardNode, map[string]any{"id": id})
	byNode := !strings.Contains(string(res.Data), `"node":null`)
	if byNode && len(res.Errors) > 0 {
		s.t.Errorf("node(%s) with errors: %+v", id, res.Errors)
	}
	res = s.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []pulid.ID{id}})
	byNodes := strings.Contains(string(res.Data), string(id))
	if byNode != byNodes {
		s.t.Errorf("dashboard %s: by node %v, by nodes %v", id, byNode, byNodes)
	}
	if !byNode && s.listed(id) {
		s.t.Errorf("dashboard %s is listed but cannot be opened", id)
	}
	return byNode
}

// listed reports whether the dashboard is in the viewer's dashboards list.
func (s *server) listed(id pulid.ID) bool {
	s.t.Helper()
	return slices.ContainsFunc(s.dashboards(), func(d dashboardData) bool { return d.ID == id })
}

func TestDashboardLifecycle(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		owner := w.as[supervisor]

		created := owner.saveDashboard(dashboardInput("  Tim Bidang  ",
			widget("hc", "HEADCOUNT", 0, 0, 6, 4, map[string]any{"dimensions": []string{"RANK_GROUP", "GENDER"}, "unitID": w.disdik.ID}),
			widget("jp", "TRAINING_COMPLIANCE", 6, 0, 6, 4, map[string]any{"year": 2026}),
		))
		if created.ID.Prefix() != "DSH" || created.Name != "Tim Bidang" || !created.Mine || created.OwnerName != w.kepala.Name || created.SharedWith != nil {
			t.Fatalf("created = %+v", created)
		}
		if len(created.Widgets) != 2 {
			t.Fatalf("widgets = %+v", created.Widgets)
		}
		hc, jp := created.Widgets[0], created.Widgets[1]
		if hc.Kind != "HEADCOUNT" || hc.Chart != "BAR" || !slices.Equal(hc.Settings.Dimensions, []string{"RANK_GROUP", "GENDER"}) ||
			hc.Settings.UnitID == nil || *hc.Settings.UnitID != string(w.disdik.ID) || hc.Settings.Year != nil || hc.W != 6 {
			t.Errorf("headcount widget = %+v", hc)
		}
		if jp.Kind != "TRAINING_COMPLIANCE" || jp.X != 6 || jp.Settings.Year == nil || *jp.Settings.Year != 2026 || jp.Settings.Dimensions == nil {
			t.Errorf("compliance widget = %+v", jp)
		}

		input := dashboardInput("Tim Bidang 2026",
			widget("perf", "PERFORMANCE", 0, 0, 12, 5, map[string]any{"year": 2025, "period": "Q2"}),
			map[string]any{"id": "bup", "kind": "RETIREMENT_FORECAST", "chart": "STACKED_BAR", "title": "Pensiun", "x": 0, "y": 5, "w": 4, "h": 3,
				"settings": map[string]any{"year": 2027, "years": 10}},
			map[string]any{"id": "vac", "kind": "VACANCY_FUNNEL", "chart": "TABLE", "x": 4, "y": 5, "w": 8, "h": 3},
		)
		input["id"] = created.ID
		updated := owner.saveDashboard(input)
		if updated.ID != created.ID || updated.Name != "Tim Bidang 2026" || len(updated.Widgets) != 3 {
			t.Fatalf("updated = %+v", updated)
		}
		if p := updated.Widgets[0].Settings.Period; p == nil || *p != "Q2" {
			t.Errorf("period = %v", p)
		}
		if b := updated.Widgets[1]; b.Title != "Pensiun" || b.Chart != "STACKED_BAR" || *b.Settings.Years != 10 {
			t.Errorf("forecast widget = %+v", b)
		}
		if v := updated.Widgets[2]; v.Title != "" || v.Settings.Dimensions == nil || v.Settings.UnitID != nil {
			t.Errorf("vacancy widget without settings = %+v", v)
		}
		if list := owner.dashboards(); len(list) != 1 || list[0].ID != created.ID || len(list[0].Widgets) != 3 {
			t.Errorf("owner's list = %+v", list)
		}

		shared := owner.shareDashboard(created.ID, w.disdik.ID)
		if shared.SharedWith == nil || shared.SharedWith.ID != w.disdik.ID || shared.SharedWith.Name != "Dinas Pendidikan" {
			t.Errorf("shared = %+v", shared.SharedWith)
		}
		reader := w.as[employee] // a teacher of Dinas Pendidikan
		if !reader.sees(created.ID) {
			t.Fatal("a teacher of the unit it is shared with does not see it")
		}
		if list := reader.dashboards(); list[0].Mine || list[0].OwnerName != w.kepala.Name || len(list[0].Widgets) != 3 {
			t.Errorf("the reader's view = %+v", list[0])
		}

		unshared := owner.shareDashboard(created.ID, nil)
		if unshared.SharedWith != nil {
			t.Errorf("unshared = %+v", unshared.SharedWith)
		}
		if reader.sees(created.ID) {
			t.Error("a private dashboard is still visible to the unit")
		}

		var deleted struct{ DeleteDashboard pulid.ID }
		owner.mustQuery(deleteDashboard, map[string]any{"id": created.ID}, &deleted)
		if deleted.DeleteDashboard != created.ID {
			t.Errorf("deleteDashboard = %s", deleted.DeleteDashboard)
		}
		if owner.sees(created.ID) || len(owner.dashboards()) != 0 {
			t.Error("a deleted dashboard is still there")
		}
		res := owner.query(deleteDashboard, map[string]any{"id": created.ID})
		wantCode(t, onlyError(t, res), "NOT_FOUND", "")

		t.Run("each write is audited", func(t *testing.T) {
			var page auditPage
			w.as[admin].mustQuery(auditOf, map[string]any{"id": created.ID}, &page)
			var actions []string
			fields := map[string][]string{}
			for _, e := range page.AuditEntries.Edges {
				actions = append(actions, e.Node.Action)
				if e.Node.EntityType != "Dashboard" || e.Node.ActorName == "" {
					t.Errorf("entry = %+v", e.Node)
				}
				for _, c := range e.Node.Changes {
					fields[e.Node.Action] = append(fields[e.Node.Action], c.Field)
				}
			}
			slices.Sort(actions)
			want := []string{"create", "delete", "shareDashboard", "shareDashboard", "update"}
			if !slices.Equal(actions, want) {
				t.Errorf("actions %v, want %v", actions, want)
			}
			if !slices.Equal(fields["update"], []string{"name", "widgets"}) || !slices.Equal(fields["shareDashboard"], []string{"shared_with_id", "shared_with_id"}) {
				t.Errorf("changed fields = %v", fields)
			}
		})
	})
}

func TestDashboardValidation(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		s := w.as[leader]
		ok := func() map[string]any {
			return widget("w1", "HEADCOUNT", 0, 0, 6, 4, map[string]any{"dimensions": []string{"UNIT"}})
		}
		set := func(key string, value any) map[string]any {
			w := ok()
			w[key] = value
			return w
		}
		settings := func(s map[string]any) map[string]any { return set("settings", s) }
		many := make([]map[string]any, 25)
		for i := range many {
			many[i] = widget(fmt.Sprintf("w%d", i), "VACANCY_FUNNEL", 0, i, 1, 1, nil)
		}
		tests := []struct {
			name  string
			input map[string]any
			field string
		}{
			{"an empty name", dashboardInput("   ", ok()), "name"},
			{"a name over 120 characters", dashboardInput(strings.Repeat("n", 121)), "name"},
			{"25 widgets", dashboardInput("D", many...), "widgets"},
			{"a duplicate widget id", dashboardInput("D", ok(), widget("w2", "VACANCY_FUNNEL", 6, 0, 6, 4, nil), set("y", 4)), "widgets[2].id"},
			{"an empty widget id", dashboardInput("D", set("id", "")), "widgets[0].id"},
			{"zero width", dashboardInput("D", ok(), widget("w2", "VACANCY_FUNNEL", 0, 4, 0, 4, nil)), "widgets[1].w"},
			{"past the twelfth column", dashboardInput("D", ok(), set("id", "w2"), widget("w3", "VACANCY_FUNNEL", 8, 4, 6, 4, nil)), "widgets[2].w"},
			{"a negative column", dashboardInput("D", set("x", -1)), "widgets[0].x"},
			{"zero height", dashboardInput("D", set("h", 0)), "widgets[0].h"},
			{"a negative row", dashboardInput("D", set("y", -3)), "widgets[0].y"},
			{"a headcount without dimensions", dashboardInput("D", settings(nil)), "widgets[0].settings.dimensions"},
			{"a headcount by three dimensions", dashboardInput("D", settings(map[string]any{"dimensions": []string{"UNIT", "RANK", "GENDER"}})), "widgets[0].settings.dimensions"},
			{"a year on a headcount", dashboardInput("D", settings(map[string]any{"dimensions": []string{"UNIT"}, "year": 2025})), "widgets[0].settings.year"},
			{"a period on the 9-box", dashboardInput("D", widget("w1", "TALENT_MATRIX", 0, 0, 6, 4, map[string]any{"period": "ANNUAL"})), "widgets[0].settings.period"},
			{"a year out of range", dashboardInput("D", widget("w1", "TALENT_MATRIX", 0, 0, 6, 4, map[string]any{"year": 1900})), "widgets[0].settings.year"},
			{"an unknown unit", dashboardInput("D", settings(map[string]any{"dimensions": []string{"UNIT"}, "unitID": "ORG00000000000000000000000000"})), "widgets[0].settings.unitID"},
			{"a unit that is an employee", dashboardInput("D", ok(), widget("w2", "PROMOTION_PIPELINE", 6, 0, 6, 4, map[string]any{"unitID": w.kepala.ID})), "widgets[1].settings.unitID"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				res := s.query(saveDashboard, map[string]any{"input": tt.input})
				e := onlyError(t, res)
				wantCode(t, e, "BAD_USER_INPUT", tt.field)
				if strings.Contains(string(res.Data), `"saveDashboard":{`) {
					t.Errorf("data = %s", res.Data)
				}
			})
		}
		t.Run("an unknown kind is refused by the schema", func(t *testing.T) {
			res := s.query(saveDashboard, map[string]any{"input": dashboardInput("D", set("kind", "LINE_CHART"))})
			if len(res.Errors) == 0 {
				t.Fatal("accepted")
			}
		})
		if list := s.dashboards(); len(list) != 0 {
			t.Errorf("refused input saved %d dashboards", len(list))
		}
		t.Run("a refused update changes nothing", func(t *testing.T) {
			d := s.saveDashboard(dashboardInput("Asli", ok()))
			input := dashboardInput("", ok())
			input["id"] = d.ID
			wantCode(t, onlyError(t, s.query(saveDashboard, map[string]any{"input": input})), "BAD_USER_INPUT", "name")
			if list := s.dashboards(); len(list) != 1 || list[0].Name != "Asli" {
				t.Errorf("after a refused update: %+v", list)
			}
		})
	})
}

func TestDashboardsAreInvisibleOutsideTheSharedUnit(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		// The province's HR shares a dashboard with Dinas Pendidikan and keeps one private.
		owner := w.as[hr]
		shared := owner.saveDashboard(dashboardInput("Pendidikan", widget("w1", "HEADCOUNT", 0, 0, 12, 4, map[string]any{"dimensions": []string{"RANK_GROUP"}})))
		owner.shareDashboard(shared.ID, w.disdik.ID)
		private := owner.saveDashboard(dashboardInput("Pribadi"))

		s := newServer(t, db)
		viewers := map[string]*server{
			admin:                                  w.as[admin],
			supervisor:                             w.as[supervisor],  // kepala of Dinas Pendidikan
			employee:                               w.as[employee],    // a teacher of Dinas Pendidikan
			leader:                                 w.as[leader],      // scope the region, no employee: belongs to the region, above the unit
			leaderBungo:                            w.as[leaderBungo], // another instansi
			analyst:                                w.as[analyst],     // belongs to no unit
			"HR of Dinas Pendidikan (no employee)": s.as(auth.RoleHR, "", w.disdik.ID),
			"EMPLOYEE of Dinas Kesehatan":          s.as(auth.RoleEmployee, w.nurses[1].ID, ""),
			"EMPLOYEE of Kota Jambi":               s.as(auth.RoleEmployee, w.kotaStaff[0].ID, ""),
		}
		readers := map[string]bool{admin: true, supervisor: true, employee: true, "HR of Dinas Pendidikan (no employee)": true}
		for who, v := range viewers {
			t.Run(who, func(t *testing.T) {
				if got := v.sees(shared.ID); got != readers[who] {
					t.Fatalf("sees the shared dashboard: %v, want %v", got, readers[who])
				}
				if got := v.listed(shared.ID); got != (readers[who] && who != admin) {
					t.Errorf("lists the shared dashboard: %v", got)
				}
				if got := v.sees(private.ID); got != (who == admin) {
					t.Errorf("sees the private dashboard: %v", got)
				}
				if got := count(t, v, `query($id: ID!) { dashboards(first: 1, where: {id: $id}) { totalCount } }`, map[string]any{"id": shared.ID}); got != map[bool]string{true: "1", false: "0"}[readers[who] && who != admin] {
					t.Errorf("dashboards(where: {id}) counts %s", got)
				}
				// Whoever does not own it may not change it: a reader is refused, anyone else does not find it.
				want := "NOT_FOUND"
				if readers[who] {
					want = "FORBIDDEN"
				}
				for _, id := range []pulid.ID{shared.ID, private.ID} {
					if id == private.ID && who != admin {
						want = "NOT_FOUND"
					}
					input := dashboardInput("Diambil alih")
					input["id"] = id
					wantCode(t, onlyError(t, v.query(saveDashboard, map[string]any{"input": input})), want, "")
					wantCode(t, onlyError(t, v.query(shareDashboard, map[string]any{"id": id, "unit": nil})), want, "")
					wantCode(t, onlyError(t, v.query(deleteDashboard, map[string]any{"id": id})), want, "")
				}
			})
		}
		t.Run("anonymous", func(t *testing.T) {
			wantCode(t, onlyError(t, s.query(dashboardList, nil)), "UNAUTHENTICATED", "")
			res := s.query(dashboardNode, map[string]any{"id": shared.ID})
			if strings.Contains(string(res.Data), string(shared.ID)) {
				t.Errorf("anonymous node = %s", res.Data)
			}
			wantCode(t, onlyError(t, s.query(deleteDashboard, map[string]any{"id": shared.ID})), "UNAUTHENTICATED", "")
		})
		t.Run("the admin's own list holds only its own", func(t *testing.T) {
			if list := w.as[admin].dashboards(); len(list) != 0 {
				t.Errorf("admin's list = %+v", list)
			}
		})
		t.Run("nothing was changed", func(t *testing.T) {
			list := owner.dashboards()
			if len(list) != 2 || list[0].Name != "Pendidikan" || list[0].SharedWith == nil || list[1].Name != "Pribadi" || !list[0].Mine {
				t.Errorf("owner's list = %+v", list)
			}
		})
		t.Run("through an account's dashboards edge", func(t *testing.T) {
			// HR of the province reads the accounts of its scope, the kepala's among them; the edge
			// shows only what the reader may see.
			kepala := w.as[supervisor].saveDashboard(dashboardInput("Milik kepala"))
			var data struct {
				Accounts struct {
					Edges []struct {
						Node struct{ Dashboards []struct{ ID pulid.ID } }
					}
				}
			}
			owner.mustQuery(`{ accounts(first: 100) { edges { node { dashboards { id } } } } }`, nil, &data)
			for _, e := range data.Accounts.Edges {
				for _, d := range e.Node.Dashboards {
					if d.ID == kepala.ID {
						t.Error("HR reads a private dashboard through the owner's account")
					}
				}
			}
		})
	})
}

func TestWhoMayShareWithWhichUnit(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		tests := []struct {
			who, what string
			unit      pulid.ID
			want      string // "" when allowed
		}{
			{supervisor, "its own unit", w.disdik.ID, ""},
			{supervisor, "its instansi", w.instansi.ID, ""},
			{supervisor, "the region above its instansi", w.region.ID, "FORBIDDEN"},
			{supervisor, "a sibling unit", w.dinkes.ID, "FORBIDDEN"},
			{employee, "its instansi", w.instansi.ID, ""},
			{employee, "another instansi", w.bungo.ID, "FORBIDDEN"},
			{hr, "a unit of its scope", w.disdik.ID, ""},
			{hr, "its scope", w.instansi.ID, ""},
			{hr, "the region above its scope", w.region.ID, "FORBIDDEN"},
			{leader, "an instansi of its region", w.bungo.ID, ""},
			{leaderBungo, "its scope", w.bungo.ID, ""},
			{leaderBungo, "another instansi", w.kotaJambi.ID, "FORBIDDEN"},
			{analyst, "any unit", w.instansi.ID, "FORBIDDEN"},
			{admin, "any unit", w.kotaJambi.ID, ""},
			{leader, "no such unit", "ORG00000000000000000000000000", "BAD_USER_INPUT"},
			{leader, "an employee", w.kepala.ID, "BAD_USER_INPUT"},
		}
		for _, tt := range tests {
			t.Run(tt.who+" with "+tt.what, func(t *testing.T) {
				s := w.as[tt.who]
				d := s.saveDashboard(dashboardInput("Bagikan"))
				res := s.query(shareDashboard, map[string]any{"id": d.ID, "unit": tt.unit})
				if tt.want == "" {
					if len(res.Errors) > 0 {
						t.Fatalf("refused: %+v", res.Errors)
					}
					return
				}
				e := onlyError(t, res)
				wantCode(t, e, tt.want, "unitID")
				var after struct{ Node dashboardData }
				s.mustQuery(dashboardNode, map[string]any{"id": d.ID}, &after)
				if after.Node.SharedWith != nil {
					t.Errorf("shared after a refusal: %+v", after.Node.SharedWith)
				}
			})
		}
	})
}

func TestDefaultDashboardPerRole(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		const doc = `{ defaultDashboard { name widgets { id kind title x y w h chart settings { dimensions unitID year period years } } } }`
		want := map[string][]string{
			admin:       {"HEADCOUNT", "PERFORMANCE", "TRAINING_COMPLIANCE", "TALENT_MATRIX", "RETIREMENT_FORECAST", "PROMOTION_PIPELINE", "VACANCY_FUNNEL"},
			hr:          {"HEADCOUNT", "PERFORMANCE", "TRAINING_COMPLIANCE", "TALENT_MATRIX", "RETIREMENT_FORECAST", "PROMOTION_PIPELINE", "VACANCY_FUNNEL"},
			leader:      {"HEADCOUNT", "PERFORMANCE", "TRAINING_COMPLIANCE", "TALENT_MATRIX", "RETIREMENT_FORECAST", "PROMOTION_PIPELINE"},
			leaderBungo: {"HEADCOUNT", "PERFORMANCE", "TRAINING_COMPLIANCE", "TALENT_MATRIX", "RETIREMENT_FORECAST", "PROMOTION_PIPELINE"},
			analyst:     {"HEADCOUNT", "PERFORMANCE", "TALENT_MATRIX"},
			supervisor:  {"HEADCOUNT", "PERFORMANCE", "TRAINING_COMPLIANCE"},
			employee:    {"TRAINING_COMPLIANCE"},
		}
		for who, kinds := range want {
			t.Run(who, func(t *testing.T) {
				var data struct {
					DefaultDashboard struct {
						Name    string
						Widgets []map[string]any
					}
				}
				s := w.as[who]
				s.mustQuery(doc, nil, &data)
				var got []string
				for _, wd := range data.DefaultDashboard.Widgets {
					got = append(got, wd["kind"].(string))
				}
				if !slices.Equal(got, kinds) || data.DefaultDashboard.Name == "" {
					t.Errorf("%q: %v, want %v", data.DefaultDashboard.Name, got, kinds)
				}
				// The template saves as it is, and nothing is saved until then.
				if len(s.dashboards()) != 0 {
					t.Error("reading the default saved a dashboard")
				}
				saved := s.saveDashboard(map[string]any{"name": data.DefaultDashboard.Name, "widgets": data.DefaultDashboard.Widgets})
				if len(saved.Widgets) != len(kinds) {
					t.Errorf("saved %d widgets", len(saved.Widgets))
				}
			})
		}
		wantCode(t, onlyError(t, w.as[anonymous].query(doc, nil)), "UNAUTHENTICATED", "")
	})
}

// A page of dashboards costs the same statements whatever its size: the owners' names are loaded
// in one batch.
func TestDashboardListCostsConstantStatements(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		ctx := access.SystemContext(context.Background())
		// Dashboards of many owners, all shared with the instansi the reader belongs to.
		s := newServer(t, db)
		for i := range 12 {
			owner := s.as(auth.RoleEmployee, w.teachers[10+i].ID, "")
			d := owner.saveDashboard(dashboardInput(fmt.Sprintf("Dasbor %02d", i)))
			if _, err := db.Client.Dashboard.UpdateOneID(d.ID).SetSharedWithID(w.instansi.ID).Save(ctx); err != nil {
				t.Fatal(err)
			}
		}
		reader := w.as[employee]
		counts := map[int]int{}
		for _, n := range []int{2, 12} {
			db.Statements.Reset()
			var data struct {
				Dashboards struct {
					Edges []struct{ Node struct{ OwnerName string } }
				}
			}
			reader.mustQuery(`query($n: Int) { dashboards(first: $n) { edges { node { name mine ownerName sharedWith { name } } } } }`, map[string]any{"n": n}, &data)
			if len(data.Dashboards.Edges) != n || data.Dashboards.Edges[0].Node.OwnerName != w.teachers[10].Name {
				t.Fatalf("page of %d: %+v", n, data)
			}
			counts[n] = db.Statements.Count()
		}
		if counts[2] != counts[12] {
			t.Errorf("statements for pages of 2 and 12: %v\n%s", counts, strings.Join(db.Statements.Statements(), "\n"))
		}
	})
}

// The rules hold below the API too: a write through ent with a viewer in the context is refused the
// same way, whichever code makes it.
func TestDashboardRulesAtTheDataLayer(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		mine := w.as[supervisor].saveDashboard(dashboardInput("Milik kepala"))
		asAdmin := auth.NewContext(context.Background(), &auth.Viewer{AccountID: "ACC00000000000000000000000000", Role: auth.RoleAdmin})
		if _, err := db.Client.Dashboard.UpdateOneID(mine.ID).SetName("Diambil alih").Save(asAdmin); err == nil {
			t.Error("an ADMIN changed another account's dashboard")
		}
		d, err := db.Client.Dashboard.Get(asAdmin, mine.ID)
		if err != nil {
			t.Fatal(err)
		}
		ownerID := d.OwnerID
		kepala := auth.NewContext(context.Background(), &auth.Viewer{AccountID: ownerID, Role: auth.RoleSupervisor, EmployeeID: w.kepala.ID,
			UnitPath: w.disdik.Path, DirectoryPath: w.instansi.Path})
		_, err = db.Client.Dashboard.UpdateOneID(mine.ID).SetSharedWithID(w.bungo.ID).Save(kepala)
		var denied *access.DeniedError
		if !errors.As(err, &denied) {
			t.Errorf("sharing with another instansi through ent: %v", err)
		}
		if _, err := db.Client.Dashboard.Create().SetName("Palsu").SetOwnerID(w.ids["Account"]).Save(kepala); !errors.As(err, &denied) {
			t.Errorf("saving a dashboard for another account: %v", err)
		}
		if _, err := db.Client.Dashboard.UpdateOneID(mine.ID).SetSharedWithID(w.instansi.ID).Save(kepala); err != nil {
			t.Errorf("sharing with its instansi through ent: %v", err)
		}
		// Written without widgets (NULL), it still reads as an empty list.
		bare, err := db.Client.Dashboard.Create().SetName("Kosong").SetOwnerID(ownerID).Save(kepala)
		if err != nil {
			t.Fatal(err)
		}
		res := w.as[admin].query(dashboardNode, map[string]any{"id": bare.ID})
		if len(res.Errors) > 0 || !strings.Contains(string(res.Data), `"widgets":[]`) {
			t.Errorf("a dashboard without widgets: %s %+v", res.Data, res.Errors)
		}
	})
}

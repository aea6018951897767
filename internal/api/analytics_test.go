package api_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jenjang/jenjang/internal/testdb"
)

const headcountQuery = `query($by: [Dimension!]!, $unit: ID, $where: EmployeeWhereInput) {
  headcount(by: $by, unitID: $unit, where: $where) {
    total { value display }
    groups { buckets { dimension key label } count { value display } }
  }
}`

type headcountResult struct {
	Headcount struct {
		Total struct {
			Value   *int
			Display string
		}
		Groups []struct {
			Buckets []struct{ Dimension, Key, Label string }
			Count   struct {
				Value   *int
				Display string
			}
		}
	}
}

// summary writes a headcount as "label=count; …" in the order of the groups.
func (h headcountResult) summary() string {
	var parts []string
	for _, g := range h.Headcount.Groups {
		var labels []string
		for _, b := range g.Buckets {
			labels = append(labels, b.Label)
		}
		parts = append(parts, strings.Join(labels, "/")+"="+g.Count.Display)
	}
	return fmt.Sprintf("total %s: %s", h.Headcount.Total.Display, strings.Join(parts, "; "))
}

func TestHeadcount(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		run := func(who string, vars map[string]any) string {
			t.Helper()
			var h headcountResult
			w.as[who].mustQuery(headcountQuery, vars, &h)
			return h.summary()
		}
		tests := []struct {
			name string
			who  string
			vars map[string]any
			want string
		}{
			{"the region by unit", admin, map[string]any{"by": []string{"UNIT"}, "unit": w.region.ID},
				"total 55: Pemerintah Kabupaten Bungo=2; Pemerintah Kota Jambi=2; Pemerintah Provinsi Jambi=51"},
			{"a leader's own scope by default", leaderBungo, map[string]any{"by": []string{"GENDER"}},
				"total 2: Laki-laki=2"},
			{"a leader asking about another regency counts nobody", leaderBungo, map[string]any{"by": []string{"GENDER"}, "unit": w.kotaJambi.ID},
				"total 0: "},
			{"by employment type and rank group", hr, map[string]any{"by": []string{"EMPLOYMENT_TYPE", "RANK_GROUP"}},
				"total 51: PNS/Golongan III=45; PNS/Golongan IV=1; PPPK/PPPK=5"},
			{"filtered like the employees list", leader, map[string]any{"by": []string{"RANK"}, "where": map[string]any{"rankIn": []string{"III_A", "III_B"}}},
				"total 27: Penata Muda (III/a)=14; Penata Muda Tingkat I (III/b)=13"},
			{"a supervisor counts its team and itself", supervisor, map[string]any{"by": []string{"POSITION_KIND"}},
				"total 46: JPT Pratama=1; Fungsional=45"},
			{"an employee counts only itself", employee, map[string]any{"by": []string{"GENDER"}},
				"total 1: Perempuan=1"},
			{"an analyst sees no small groups", analyst, map[string]any{"by": []string{"UNIT"}, "unit": w.region.ID},
				"total 55: Pemerintah Kabupaten Bungo=< 5; Pemerintah Kota Jambi=< 5; Pemerintah Provinsi Jambi=51"},
			{"an analyst's small total is hidden too", analyst, map[string]any{"by": []string{"AGE_BAND"}, "unit": w.bungo.ID},
				"total < 5: 40–49 tahun=< 5"},
		}
		for _, tt := range tests {
			if got := run(tt.who, tt.vars); got != tt.want {
				t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
			}
		}

		res := w.as[anonymous].query(headcountQuery, map[string]any{"by": []string{"GENDER"}})
		wantCode(t, onlyError(t, res), "UNAUTHENTICATED", "")
		res = w.as[analyst].query(headcountQuery, map[string]any{"by": []string{"GENDER"}, "where": map[string]any{"nipHasPrefix": "1985"}})
		wantCode(t, onlyError(t, res), "FORBIDDEN", "nipHasPrefix")
		res = w.as[admin].query(headcountQuery, map[string]any{"by": []string{"GENDER", "GENDER"}})
		wantCode(t, onlyError(t, res), "BAD_USER_INPUT", "by")

		before := run(admin, map[string]any{"by": []string{"UNIT"}, "unit": w.region.ID})
		w.as[admin].mustQuery(`mutation($id: ID!, $u: ID!) { updateEmployee(id: $id, input: {unitID: $u}) { id } }`,
			map[string]any{"id": w.teachers[0].ID, "u": w.bungo.ID}, &struct{}{})
		after := run(admin, map[string]any{"by": []string{"UNIT"}, "unit": w.region.ID})
		if want := "total 55: Pemerintah Kabupaten Bungo=3; Pemerintah Kota Jambi=2; Pemerintah Provinsi Jambi=50"; after != want {
			t.Errorf("after moving a teacher to Bungo:\n got %s\nwant %s (before: %s)", after, want, before)
		}
	})
}

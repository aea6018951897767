package api_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/testdb"
)

const createEmployee = `mutation($input: CreateEmployeeInput!) {
  createEmployee(input: $input) { id nip rankName retirementDate age yearsInRank latestPredikat }
}`

// validEmployee is a PNS whose NIP agrees with the record: born 1990-04-12, appointed 2015-03, male.
func validEmployee(unitID, positionID string) map[string]any {
	return map[string]any{
		"nip": "199004122015031001", "name": "Rahmat Hidayat, S.Kom.", "gender": "MALE",
		"birthDate": "1990-04-12", "employmentType": "PNS", "rank": "III_B", "rankSince": "2019-04-01",
		"education": "S1", "hiredAt": "2015-03-01", "unitID": unitID, "positionID": positionID,
	}
}

func with(m map[string]any, key string, value any) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		out[k] = v
	}
	out[key] = value
	return out
}

func TestCreateEmployee(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		var res struct {
			CreateEmployee struct {
				NIP            string  `json:"nip"`
				RankName       string  `json:"rankName"`
				RetirementDate string  `json:"retirementDate"`
				Age            int     `json:"age"`
				YearsInRank    int     `json:"yearsInRank"`
				LatestPredikat *string `json:"latestPredikat"`
			} `json:"createEmployee"`
		}
		s.mustQuery(createEmployee, map[string]any{"input": validEmployee(string(f.disdik.ID), string(f.teacher.ID))}, &res)
		got := res.CreateEmployee
		// Guru Ahli Muda retires at 58: birthday 2048-04-12, so on 2048-05-01.
		if got.RetirementDate != "2048-05-01" || got.RankName != "Penata Muda Tingkat I (III/b)" || got.Age != 36 || got.YearsInRank != 7 || got.LatestPredikat != nil {
			t.Errorf("created employee = %+v", got)
		}
	})
}

func TestCreateEmployeeRefusesBadInput(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		valid := validEmployee(string(f.disdik.ID), string(f.teacher.ID))
		tests := []struct {
			name  string
			input map[string]any
			code  string
			field string
			says  string
		}{
			{"NIP too short", with(valid, "nip", "19900412201503100"), "BAD_USER_INPUT", "nip", "18"},
			{"NIP with a letter", with(valid, "nip", "19900412201503100X"), "BAD_USER_INPUT", "nip", "digits"},
			{"NIP contradicts the birth date", with(valid, "birthDate", "1990-04-13"), "BAD_USER_INPUT", "birthDate", "1990-04-12"},
			{"NIP contradicts the gender", with(valid, "gender", "FEMALE"), "BAD_USER_INPUT", "gender", "NIP"},
			{"NIP contradicts the appointment", with(valid, "hiredAt", "2016-03-01"), "BAD_USER_INPUT", "hiredAt", "2015-03"},
			{"PNS without a rank", with(valid, "rank", nil), "BAD_USER_INPUT", "rank", "rank"},
			{"rank before appointment", with(valid, "rankSince", "2014-01-01"), "BAD_USER_INPUT", "rankSince", "TMT CPNS/PPPK"},
			{"empty name", with(valid, "name", ""), "BAD_USER_INPUT", "name", "name"},
			{"unknown unit", with(valid, "unitID", "ORG01JZZZZZZZZZZZZZZZZZZZZZ"), "CONFLICT", "", ""},
			{"duplicate NIP", with(with(with(valid, "nip", f.teachers[0].Nip), "birthDate", f.teachers[0].BirthDate.Format("2006-01-02")),
				"hiredAt", f.teachers[0].HiredAt.Format("2006-01-02")), "CONFLICT", "nip", "nip"},
			{"malformed date", with(valid, "birthDate", "12-04-1990"), "BAD_USER_INPUT", "", "YYYY-MM-DD"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := db.Client.Employee.Query().CountX(access.SystemContext(context.Background()))
				e := onlyError(t, s.query(createEmployee, map[string]any{"input": tt.input}))
				wantCode(t, e, tt.code, tt.field)
				if !strings.Contains(e.Message, tt.says) {
					t.Errorf("message %q does not mention %q", e.Message, tt.says)
				}
				if strings.Contains(strings.ToLower(e.Message), "sql") || strings.Contains(e.Message, "constraint") {
					t.Errorf("message leaks database text: %q", e.Message)
				}
				if after := db.Client.Employee.Query().CountX(access.SystemContext(context.Background())); after != before {
					t.Errorf("a refused create wrote a row: %d → %d employees", before, after)
				}
			})
		}
	})
}

func TestClientsCannotSetDerivedColumns(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		valid := validEmployee(string(f.disdik.ID), string(f.teacher.ID))
		for _, field := range []string{"retirementDate", "latestPredikat", "rankOrder"} {
			e := onlyError(t, s.query(createEmployee, map[string]any{"input": with(valid, field, "2060-01-01")}))
			if e.Extensions["code"] != "GRAPHQL_VALIDATION_FAILED" || fmt.Sprint(e.Path) != "[variable input "+field+"]" {
				t.Errorf("setting %s: %+v", field, e)
			}
		}
		e := onlyError(t, s.query(`mutation($id: ID!) { updateEmployee(id: $id, input: {retirementDate: "2060-01-01"}) { id } }`,
			map[string]any{"id": f.teachers[0].ID}))
		if e.Extensions["code"] != "GRAPHQL_VALIDATION_FAILED" {
			t.Errorf("updating retirementDate: %+v", e)
		}
		// The schema offers no input that can set an evaluation's predikat.
		var schema struct {
			Type *struct {
				InputFields []struct {
					Name string `json:"name"`
				} `json:"inputFields"`
			} `json:"__type"`
		}
		s.mustQuery(`{ __type(name: "CreateEvaluationInput") { inputFields { name } } }`, nil, &schema)
		if schema.Type != nil {
			for _, f := range schema.Type.InputFields {
				if f.Name == "predikat" {
					t.Error("CreateEvaluationInput has a predikat field")
				}
			}
		}
	})
}

func TestUpdatesKeepDerivedColumnsTrue(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		kepala := f.kepala // born 1968-05-17, JPT pratama: retires at 60 on 2028-06-01.
		var res struct {
			UpdatePosition struct {
				Holders []struct {
					RetirementDate string `json:"retirementDate"`
				} `json:"holders"`
			} `json:"updatePosition"`
		}
		s.mustQuery(`mutation($id: ID!) { updatePosition(id: $id, input: {kind: ADMINISTRATOR, jobClass: 12}) { holders { retirementDate } } }`,
			map[string]any{"id": f.head.ID}, &res)
		if len(res.UpdatePosition.Holders) != 1 || res.UpdatePosition.Holders[0].RetirementDate != "2026-06-01" {
			t.Errorf("after the post became ADMINISTRATOR (58): %+v, want 2026-06-01", res.UpdatePosition.Holders)
		}

		var upd struct {
			UpdateEmployee struct {
				RetirementDate string `json:"retirementDate"`
				RankName       string `json:"rankName"`
			} `json:"updateEmployee"`
		}
		s.mustQuery(`mutation($id: ID!) { updateEmployee(id: $id, input: {rank: IV_D, clearPosition: true}) { retirementDate rankName } }`,
			map[string]any{"id": kepala.ID}, &upd)
		if upd.UpdateEmployee.RetirementDate != "2026-06-01" || upd.UpdateEmployee.RankName != "Pembina Utama Madya (IV/d)" {
			t.Errorf("after update: %+v", upd.UpdateEmployee)
		}

		e := onlyError(t, s.query(`mutation($id: ID!) { updateEmployee(id: $id, input: {birthDate: "1968-05-18"}) { id } }`,
			map[string]any{"id": kepala.ID}))
		wantCode(t, e, "BAD_USER_INPUT", "birthDate")
	})
}

func TestMovingAUnitMovesItsSubtree(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		f := loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		var created struct {
			CreateOrgUnit struct {
				ID   string `json:"id"`
				Path string `json:"path"`
			} `json:"createOrgUnit"`
		}
		s.mustQuery(`mutation($parent: ID!) { createOrgUnit(input: {code: "JMB-PROV-DISDIK-SMA", name: "Bidang Pembinaan SMA", kind: DIVISION, parentID: $parent}) { id path } }`,
			map[string]any{"parent": f.disdik.ID}, &created)
		if want := f.disdik.Path + created.CreateOrgUnit.ID + "/"; created.CreateOrgUnit.Path != want {
			t.Fatalf("path = %s, want %s", created.CreateOrgUnit.Path, want)
		}

		// Move Dinas Pendidikan under the region: its division follows.
		s.mustQuery(`mutation($id: ID!, $parent: ID!) { updateOrgUnit(id: $id, input: {parentID: $parent}) { id } }`,
			map[string]any{"id": f.disdik.ID, "parent": f.region.ID}, &struct{}{})
		var after struct {
			Node struct {
				Path string `json:"path"`
			} `json:"node"`
		}
		s.mustQuery(`query($id: ID!) { node(id: $id) { ... on OrgUnit { path } } }`, map[string]any{"id": created.CreateOrgUnit.ID}, &after)
		if want := f.region.Path + string(f.disdik.ID) + "/" + created.CreateOrgUnit.ID + "/"; after.Node.Path != want {
			t.Errorf("division path after the move = %s, want %s", after.Node.Path, want)
		}

		e := onlyError(t, s.query(`mutation($id: ID!, $parent: ID!) { updateOrgUnit(id: $id, input: {parentID: $parent}) { id } }`,
			map[string]any{"id": f.disdik.ID, "parent": created.CreateOrgUnit.ID}))
		wantCode(t, e, "BAD_USER_INPUT", "parentID")
	})
}

func TestTrainingValidation(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newAdminServer(t, db)
		base := map[string]any{
			"title": "Pelatihan Dasar CPNS", "kind": "LATSAR", "competency": "Wawasan Kebangsaan", "hoursJp": 40,
			"startsOn": "2026-02-02", "endsOn": "2026-02-27", "provider": "BPSDM Provinsi Jambi", "capacity": 40,
		}
		const create = `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { id seatsTaken } }`
		for _, tt := range []struct {
			name  string
			input map[string]any
			field string
		}{
			{"zero JP", with(base, "hoursJp", 0), "hoursJp"},
			{"negative capacity", with(base, "capacity", -1), "capacity"},
			{"ends before it starts", with(base, "endsOn", "2026-01-30"), "endsOn"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				wantCode(t, onlyError(t, s.query(create, map[string]any{"input": tt.input})), "BAD_USER_INPUT", tt.field)
			})
		}
		var ok struct {
			CreateTraining struct {
				SeatsTaken int `json:"seatsTaken"`
			} `json:"createTraining"`
		}
		s.mustQuery(create, map[string]any{"input": base}, &ok)
		if n := db.Client.Training.Query().CountX(access.SystemContext(context.Background())); n != 1 {
			t.Errorf("%d trainings, want only the valid one", n)
		}
		e := onlyError(t, s.query(`mutation($u: ID!) { createPosition(input: {title: "Analis", kind: PELAKSANA, jobClass: 7, quota: 0, unitID: $u}) { id } }`,
			map[string]any{"u": "ORG01JZZZZZZZZZZZZZZZZZZZZZ"}))
		wantCode(t, e, "BAD_USER_INPUT", "quota")
	})
}

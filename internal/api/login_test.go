package api_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/testdb"
)

const (
	login          = `mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token expiresAt account { username role } } }`
	viewerQuery    = `{ viewer { username role employee { name nip } } }`
	createAccount  = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id username role active } }`
	changePassword = `mutation($c: String!, $n: String!) { changePassword(input: {currentPassword: $c, newPassword: $n}) { token } }`
)

// signIn logs in and returns the server called with the session's token.
func (s *server) signIn(username, password string) *server {
	s.t.Helper()
	var data struct {
		Login struct{ Token string }
	}
	anonymous := *s
	anonymous.token = ""
	anonymous.mustQuery(login, map[string]any{"u": username, "p": password}, &data)
	signedIn := *s
	signedIn.token = data.Login.Token
	return &signedIn
}

func withToken(s *server, token string) *server {
	c := *s
	c.token = token
	return &c
}

func TestLoginAndTokens(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		w.as[admin].mustQuery(createAccount, map[string]any{"input": map[string]any{
			"username": "Budi.Guru", "password": "rahasia-budi", "role": "EMPLOYEE", "employeeID": w.teachers[7].ID,
		}}, &struct{}{})

		t.Run("wrong password and unknown user answer alike", func(t *testing.T) {
			anon := w.as[anonymous]
			wrong := onlyError(t, anon.query(login, map[string]any{"u": "budi.guru", "p": "salah-sandi"}))
			unknown := onlyError(t, anon.query(login, map[string]any{"u": "tidak.ada", "p": "salah-sandi"}))
			wantCode(t, wrong, "UNAUTHENTICATED", "")
			if wrong.Message != unknown.Message || wrong.Extensions["code"] != unknown.Extensions["code"] {
				t.Errorf("wrong password: %q %v; unknown user: %q %v", wrong.Message, wrong.Extensions, unknown.Message, unknown.Extensions)
			}
		})

		budi := w.as[anonymous].signIn("BUDI.GURU", "rahasia-budi")
		var me struct {
			Viewer struct {
				Username, Role string
				Employee       struct{ Name, Nip string }
			}
		}
		budi.mustQuery(viewerQuery, nil, &me)
		if me.Viewer.Username != "budi.guru" || me.Viewer.Role != "EMPLOYEE" || me.Viewer.Employee.Nip != w.teachers[7].Nip {
			t.Errorf("viewer = %+v", me.Viewer)
		}
		var anonymousViewer struct{ Viewer *struct{ Username string } }
		w.as[anonymous].mustQuery(viewerQuery, nil, &anonymousViewer)
		if anonymousViewer.Viewer != nil {
			t.Errorf("anonymous viewer = %+v", anonymousViewer.Viewer)
		}

		t.Run("a changed password revokes older tokens", func(t *testing.T) {
			wantCode(t, onlyError(t, budi.query(changePassword, map[string]any{"c": "bukan-ini", "n": "rahasia-baru"})), "BAD_USER_INPUT", "currentPassword")
			wantCode(t, onlyError(t, budi.query(changePassword, map[string]any{"c": "rahasia-budi", "n": "pendek"})), "BAD_USER_INPUT", "newPassword")
			var changed struct{ ChangePassword struct{ Token string } }
			budi.mustQuery(changePassword, map[string]any{"c": "rahasia-budi", "n": "rahasia-baru"}, &changed)
			res := budi.post(queryBody(t, viewerQuery), map[string]string{"Authorization": "Bearer " + budi.token})
			if res.status != http.StatusUnauthorized || !strings.Contains(string(res.body), "UNAUTHENTICATED") {
				t.Errorf("old token after a password change: %d %s", res.status, res.body)
			}
			budi = withToken(budi, changed.ChangePassword.Token)
			budi.mustQuery(viewerQuery, nil, &me)
			w.as[anonymous].signIn("budi.guru", "rahasia-baru")
		})

		t.Run("expired and tampered tokens", func(t *testing.T) {
			old := testTokens
			old.Now = func() time.Time { return today.Add(-13 * time.Hour) }
			expired, _, _ := old.Issue(w.as[admin].accountID(t), 0)
			forger := testTokens
			forger.Secret = []byte("not the server's secret, 32 byte")
			forged, _, _ := forger.Issue(w.as[admin].accountID(t), 0)
			parts := strings.Split(w.as[admin].token, ".")
			tampered := parts[0] + "." + parts[1] + "." + strings.Repeat("A", len(parts[2]))
			for name, header := range map[string]string{
				"expired": "Bearer " + expired, "forged": "Bearer " + forged, "tampered": "Bearer " + tampered,
				"not bearer": "Basic YWRtaW46amVuamFuZzEyMw==",
			} {
				res := w.as[anonymous].post(queryBody(t, viewerQuery), map[string]string{"Authorization": header})
				var out response
				_ = json.Unmarshal(res.body, &out)
				if res.status != http.StatusUnauthorized || len(out.Errors) != 1 || out.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
					t.Errorf("%s token: %d %s", name, res.status, res.body)
				}
			}
		})

		t.Run("repeated failures are slowed down", func(t *testing.T) {
			anon := w.as[anonymous]
			for range 4 {
				onlyError(t, anon.query(login, map[string]any{"u": "budi.guru", "p": "tebak-tebak"}))
			}
			e := onlyError(t, anon.query(login, map[string]any{"u": "budi.guru", "p": "rahasia-baru"}))
			wantCode(t, e, "UNAUTHENTICATED", "")
			if e.Extensions["retryAfter"] == nil || !strings.Contains(e.Message, "try again") {
				t.Errorf("throttled login: %q %v", e.Message, e.Extensions)
			}
			unknown := onlyError(t, anon.query(login, map[string]any{"u": "orang.lain", "p": "tebak-tebak"}))
			if unknown.Extensions["retryAfter"] != nil {
				t.Errorf("another username is slowed down too: %v", unknown.Extensions)
			}
		})
	})
}

// accountID reads the account of the server's token.
func (s *server) accountID(t *testing.T) pulid.ID {
	t.Helper()
	id, _, err := testTokens.Parse(s.token)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestAccountManagement(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		w := newWorld(t, db)
		input := func(username, role string, employee, scope any) map[string]any {
			in := map[string]any{"username": username, "password": "sandi-awal-1", "role": role}
			if employee != nil {
				in["employeeID"] = employee
			}
			if scope != nil {
				in["scopeUnitID"] = scope
			}
			return map[string]any{"input": in}
		}
		tests := []struct {
			name  string
			who   string
			input map[string]any
			code  string
			field string
		}{
			{"HR creates an employee account in scope", hr, input("perawat.tiga", "EMPLOYEE", w.nurses[3].ID, nil), "", ""},
			{"HR creates a leader of a unit in scope", hr, input("kadisdik", "LEADER", w.teachers[10].ID, w.disdik.ID), "", ""},
			{"HR may not create an ADMIN", hr, input("root2", "ADMIN", nil, nil), "FORBIDDEN", ""},
			{"HR may not reach outside its scope", hr, input("staf.bungo", "EMPLOYEE", w.bungoStaff[0].ID, nil), "FORBIDDEN", "employeeID"},
			{"HR may not scope a leader outside its scope", hr, input("pimpinan.kota", "LEADER", nil, w.kotaJambi.ID), "FORBIDDEN", "scopeUnitID"},
			{"a leader manages no accounts", leader, input("staf.kota", "EMPLOYEE", w.kotaStaff[1].ID, nil), "FORBIDDEN", ""},
			{"an employee manages no accounts", employee, input("teman", "EMPLOYEE", w.teachers[9].ID, nil), "FORBIDDEN", ""},
			{"anonymous", anonymous, input("siapa", "EMPLOYEE", w.teachers[9].ID, nil), "UNAUTHENTICATED", ""},
			{"a leader needs a scope", admin, input("pimpinan.x", "LEADER", nil, nil), "BAD_USER_INPUT", "scopeUnitID"},
			{"an employee account needs an employee", admin, input("pegawai.x", "EMPLOYEE", nil, nil), "BAD_USER_INPUT", "employeeID"},
			{"a short password", admin, map[string]any{"input": map[string]any{"username": "analis.x", "password": "pendek", "role": "ANALYST"}}, "BAD_USER_INPUT", "password"},
			{"a username taken", admin, input("perawat.tiga", "ANALYST", nil, nil), "CONFLICT", "username"},
			{"a bad username", admin, input("a b", "ANALYST", nil, nil), "BAD_USER_INPUT", "username"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				res := w.as[tt.who].query(createAccount, tt.input)
				if tt.code == "" {
					if len(res.Errors) > 0 {
						t.Fatalf("refused: %+v", res.Errors)
					}
					return
				}
				wantCode(t, onlyError(t, res), tt.code, tt.field)
			})
		}

		nurse := w.as[anonymous].signIn("perawat.tiga", "sandi-awal-1")
		var acc struct{ Viewer struct{ ID string } }
		nurse.mustQuery(`{ viewer { id } }`, nil, &acc)
		update := `mutation($id: ID!, $input: UpdateAccountInput!) { updateAccount(id: $id, input: $input) { role active } }`
		reset := `mutation($id: ID!) { resetPassword(id: $id, newPassword: "sandi-kedua-2") { id } }`
		revoked := func(name string) {
			t.Helper()
			res := nurse.post(queryBody(t, viewerQuery), map[string]string{"Authorization": "Bearer " + nurse.token})
			if res.status != http.StatusUnauthorized {
				t.Errorf("%s: the old token still works (%d)", name, res.status)
			}
		}
		w.as[hr].mustQuery(update, map[string]any{"id": acc.Viewer.ID, "input": map[string]any{"role": "SUPERVISOR"}}, &struct{}{})
		revoked("role changed")
		w.as[hr].mustQuery(reset, map[string]any{"id": acc.Viewer.ID}, &struct{}{})
		nurse = w.as[anonymous].signIn("perawat.tiga", "sandi-kedua-2")
		w.as[admin].mustQuery(update, map[string]any{"id": acc.Viewer.ID, "input": map[string]any{"active": false}}, &struct{}{})
		revoked("deactivated")
		e := onlyError(t, w.as[anonymous].query(login, map[string]any{"u": "perawat.tiga", "p": "sandi-kedua-2"}))
		if e.Message != "wrong username or password" {
			t.Errorf("a deactivated account logs in: %q", e.Message)
		}
		wantCode(t, onlyError(t, w.as[leaderBungo].query(reset, map[string]any{"id": acc.Viewer.ID})), "FORBIDDEN", "")
	})
}

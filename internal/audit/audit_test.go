package audit_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/auditentry"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/privacy"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/training"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
	"github.com/jenjang/jenjang/internal/reqid"
	"github.com/jenjang/jenjang/internal/testdb"
)

func TestMain(m *testing.M) { os.Exit(testdb.Main(m)) }

const adminID pulid.ID = "ACC01JADMIN0000000000000000"

// asAdmin acts as an ADMIN account, which may write everything, so that the tests exercise the trail
// and not the privacy rules.
func asAdmin() context.Context {
	return auth.NewContext(context.Background(), &auth.Viewer{AccountID: adminID, Username: "admin", Role: auth.RoleAdmin})
}

// quietly builds fixtures without entries, as the demo data import does.
func quietly() context.Context { return audit.Import(asAdmin()) }

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// org is an agency under a region with a PELAKSANA post, and Siti (on the post) and Budi in the agency.
type org struct {
	region, agency *ent.OrgUnit
	post           *ent.Position
	siti, budi     *ent.Employee
}

func newOrg(t *testing.T, client *ent.Client) org {
	t.Helper()
	ctx := quietly()
	var o org
	o.region = must[*ent.OrgUnit](t)(client.OrgUnit.Create().SetCode("JMB").SetName("Provinsi Jambi").SetKind(orgunit.KindREGION).Save(ctx))
	o.agency = must[*ent.OrgUnit](t)(client.OrgUnit.Create().SetCode("JMB-BKD").SetName("Badan Kepegawaian Daerah").
		SetKind(orgunit.KindAGENCY).SetParent(o.region).Save(ctx))
	o.post = must[*ent.Position](t)(client.Position.Create().SetTitle("Pengelola Data Kepegawaian").SetKind(career.KindPelaksana).
		SetJobClass(6).SetQuota(3).SetUnit(o.agency).Save(ctx))
	o.siti = must[*ent.Employee](t)(newEmployee(client, 1, "Siti Aminah", career.GenderFemale, date(1980, 7, 31), date(2005, 1, 1)).
		SetUnit(o.agency).SetPosition(o.post).Save(ctx))
	o.budi = must[*ent.Employee](t)(newEmployee(client, 2, "Budi Santoso", career.GenderMale, date(1985, 3, 12), date(2010, 4, 1)).
		SetUnit(o.agency).Save(ctx))
	return o
}

func newEmployee(client *ent.Client, seq int, name string, g career.Gender, birth, hired time.Time) *ent.EmployeeCreate {
	return client.Employee.Create().
		SetNip(career.BuildNIP(birth, hired, g, seq)).SetName(name).SetGender(g).SetBirthDate(birth).
		SetEmploymentType(career.EmploymentPNS).SetRank(career.RankIIIC).SetRankSince(hired).
		SetEducation(career.EducationS1).SetHiredAt(hired)
}

// trail returns the entries about one record, oldest first.
func trail(t *testing.T, client *ent.Client, id pulid.ID) []*ent.AuditEntry {
	t.Helper()
	return must[[]*ent.AuditEntry](t)(client.AuditEntry.Query().
		Where(auditentry.EntityID(string(id))).
		Order(ent.Asc(auditentry.FieldAt), ent.Asc(auditentry.FieldID)).
		All(asAdmin()))
}

// only returns the one entry about a record, failing unless there is exactly one.
func only(t *testing.T, client *ent.Client, id pulid.ID) *ent.AuditEntry {
	t.Helper()
	entries := trail(t, client, id)
	if len(entries) != 1 {
		t.Fatalf("%d entries about %s, want 1: %s", len(entries), id, describe(entries))
	}
	return entries[0]
}

func total(t *testing.T, client *ent.Client) int {
	t.Helper()
	return must[int](t)(client.AuditEntry.Query().Count(asAdmin()))
}

// change is a FieldChange written compactly: "-" stands for nil.
type change struct{ field, old, new string }

func changes(e *ent.AuditEntry) []change {
	out := make([]change, len(e.Changes))
	for i, c := range e.Changes {
		out[i] = change{c.Field, show(c.Old), show(c.New)}
	}
	return out
}

func show(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

func describe(entries []*ent.AuditEntry) string {
	var b strings.Builder
	for _, e := range entries {
		b.WriteString("\n  " + e.Action + " " + e.EntityType + " " + e.EntityID)
		for _, c := range changes(e) {
			b.WriteString(" [" + c.field + ": " + c.old + " → " + c.new + "]")
		}
	}
	return b.String()
}

func TestCreate(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		ctx := reqid.NewContext(asAdmin(), "req-42")
		e := must[*ent.Employee](t)(newEmployee(db.Client, 3, "Rahmat Hidayat", career.GenderMale, date(1979, 11, 2), date(2003, 3, 1)).
			SetUnit(o.agency).SetEmail("rahmat@jambiprov.go.id").Save(ctx))

		entry := only(t, db.Client, e.ID)
		got := [...]string{entry.ActorID, entry.ActorName, entry.Action, entry.EntityType, string(entry.EmployeeID), string(entry.UnitID), entry.RequestID}
		want := [...]string{string(adminID), "admin", "create", "Employee", string(e.ID), string(o.agency.ID), "req-42"}
		if got != want {
			t.Errorf("entry = %q, want %q", got, want)
		}
		wantChanges := []change{
			{"birth_date", "-", "1979-11-02"},
			{"education", "-", "S1"},
			{"email", "-", "rahmat@jambiprov.go.id"},
			{"employment_type", "-", "PNS"},
			{"gender", "-", "MALE"},
			{"hired_at", "-", "2003-03-01"},
			{"name", "-", "Rahmat Hidayat"},
			{"nip", "-", e.Nip},
			{"rank", "-", "III_C"},
			{"rank_order", "-", "11"},
			{"rank_since", "-", "2003-03-01"},
			{"retirement_date", "-", "2037-12-01"},
			{"status", "-", "ACTIVE"},
			{"unit_id", "-", string(o.agency.ID)},
		}
		if got := changes(entry); !slices.Equal(got, wantChanges) {
			t.Errorf("changes\n got %v\nwant %v", got, wantChanges)
		}
	})
}

func TestValueFormats(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		ctx := asAdmin()
		wib := time.FixedZone("WIB", 7*3600)
		ev := must[*ent.Evaluation](t)(db.Client.Evaluation.Create().SetEmployee(o.siti).SetYear(2025).SetPeriod(career.PeriodAnnual).
			SetWorkPlans([]career.WorkPlan{{Title: "Layanan data", Kind: career.WorkPlanMain}}).
			SetSubmittedAt(time.Date(2026, 1, 5, 9, 30, 0, 0, wib)).Save(ctx))
		pa := must[*ent.PotentialAssessment](t)(db.Client.PotentialAssessment.Create().SetEmployee(o.siti).SetYear(2025).
			SetLevel(career.PotentialHigh).SetScore(82.5).SetMethod("Assessment Center").Save(ctx))
		acc := must[*ent.Account](t)(db.Client.Account.Create().SetUsername("siti").SetPasswordHash("$2a$10$secret").
			SetRole(auth.RoleEmployee).SetEmployee(o.siti).Save(ctx))
		plans, _ := json.Marshal(ev.WorkPlans)

		tests := []struct {
			name  string
			id    pulid.ID
			field string
			want  string
		}{
			{"an integer", ev.ID, "year", "2025"},
			{"an enum", ev.ID, "period", "ANNUAL"},
			{"a time, in UTC", ev.ID, "submitted_at", "2026-01-05T02:30:00Z"},
			{"a JSON field", ev.ID, "work_plans", string(plans)},
			{"an unset field is left out", ev.ID, "assessed_at", "absent"},
			{"a float", pa.ID, "score", "82.5"},
			{"a bool", acc.ID, "active", "true"},
			{"zero is a value", acc.ID, "token_version", "0"},
			{"a password hash is masked", acc.ID, "password_hash", "********"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got := "absent"
				for _, c := range changes(only(t, db.Client, tt.id)) {
					if c.field == tt.field {
						got = c.new
					}
				}
				if got != tt.want {
					t.Errorf("%s = %q, want %q", tt.field, got, tt.want)
				}
			})
		}
	})
}

// TestUpdateOne: an update of one record lists the fields it changed, and those hooks derived from
// them. The cases run in order on Siti, each from where the one before left her.
func TestUpdateOne(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		ctx := asAdmin()
		madya := must[*ent.Position](t)(db.Client.Position.Create().SetTitle("Analis SDM Aparatur Ahli Madya").
			SetKind(career.KindFungsional).SetFunctionalLevel(career.LevelAhliMadya).SetJobClass(11).SetUnit(o.agency).Save(quietly()))
		siti := o.siti
		born := date(1980, 8, 1)
		tests := []struct {
			name   string
			update *ent.EmployeeUpdateOne
			want   []change
		}{
			{"one field", db.Client.Employee.UpdateOne(siti).SetName("Siti Aminah, S.E."),
				[]change{{"name", "Siti Aminah", "Siti Aminah, S.E."}}},
			{"a field cleared", db.Client.Employee.UpdateOne(siti).ClearPosition(),
				[]change{{"position_id", string(o.post.ID), "-"}}},
			{"the rank, and the rank order derived from it", db.Client.Employee.UpdateOne(siti).SetRank(career.RankIVA),
				[]change{{"rank", "III_C", "IV_A"}, {"rank_order", "11", "13"}}},
			{"the post, and the retirement date derived from it", db.Client.Employee.UpdateOne(siti).SetPosition(madya),
				[]change{{"position_id", "-", string(madya.ID)}, {"retirement_date", "2038-08-01", "2040-08-01"}}},
			{"the birth date with the NIP, and the retirement date", db.Client.Employee.UpdateOne(siti).
				SetBirthDate(born).SetNip(career.BuildNIP(born, siti.HiredAt, siti.Gender, 1)),
				[]change{{"birth_date", "1980-07-31", "1980-08-01"}, {"nip", siti.Nip, career.BuildNIP(born, siti.HiredAt, siti.Gender, 1)}, {"retirement_date", "2040-08-01", "2040-09-01"}}},
		}
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if err := tt.update.Exec(ctx); err != nil {
					t.Fatal(err)
				}
				entries := trail(t, db.Client, siti.ID)
				if len(entries) != i+1 {
					t.Fatalf("%d entries, want %d: %s", len(entries), i+1, describe(entries))
				}
				last := entries[i]
				if last.Action != "update" || last.EmployeeID != siti.ID || last.UnitID != o.agency.ID {
					t.Errorf("entry %s by %s/%s", last.Action, last.EmployeeID, last.UnitID)
				}
				if got := changes(last); !slices.Equal(got, tt.want) {
					t.Errorf("changes\n got %v\nwant %v", got, tt.want)
				}
			})
		}
	})
}

func TestNoChangeNoEntry(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		ctx := asAdmin()
		tests := []struct {
			name  string
			write func() error
		}{
			{"a field set to its value", func() error { return db.Client.Employee.UpdateOne(o.siti).SetName(o.siti.Name).Exec(ctx) }},
			{"a bulk update of rows already so", func() error {
				return db.Client.Employee.Update().Where(employee.UnitID(o.agency.ID)).SetStatus(employee.StatusACTIVE).Exec(ctx)
			}},
			{"a bulk update of no row", func() error {
				return db.Client.Employee.Update().Where(employee.Name("nobody")).SetStatus(employee.StatusLEAVE).Exec(ctx)
			}},
			{"a delete of no row", func() error {
				_, err := db.Client.Training.Delete().Where(training.Title("nothing")).Exec(ctx)
				return err
			}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if err := tt.write(); err != nil {
					t.Fatal(err)
				}
				if n := total(t, db.Client); n != 0 {
					t.Errorf("%d entries", n)
				}
			})
		}
	})
}

func TestFailedWriteNoEntry(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		ctx := asAdmin()
		tests := []struct {
			name  string
			write func() error
		}{
			{"a birth date the NIP disagrees with", func() error {
				return db.Client.Employee.UpdateOne(o.siti).SetBirthDate(date(1981, 1, 1)).Exec(ctx)
			}},
			{"a bulk change of gender", func() error {
				return db.Client.Employee.Update().SetGender(career.GenderMale).Exec(ctx)
			}},
			{"a new employee with a wrong NIP", func() error {
				return newEmployee(db.Client, 9, "Salah NIP", career.GenderMale, date(1990, 1, 1), date(2015, 1, 1)).
					SetNip("198001012015011001").SetUnit(o.agency).Exec(ctx)
			}},
			{"a training that ends before it starts", func() error {
				return db.Client.Training.Create().SetTitle("Diklat").SetKind(career.TrainingPKA).SetCompetency("Kepemimpinan").
					SetHoursJp(40).SetStartsOn(date(2026, 5, 1)).SetEndsOn(date(2026, 4, 1)).SetProvider("BPSDM").SetCapacity(20).Exec(ctx)
			}},
			{"an update of a missing row", func() error {
				return db.Client.Employee.UpdateOneID("EMP01JNOSUCHEMPLOYEE0000000").SetName("x").Exec(ctx)
			}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if err := tt.write(); err == nil {
					t.Fatal("the write succeeded")
				}
				if n := total(t, db.Client); n != 0 {
					t.Errorf("%d entries", n)
				}
			})
		}
	})
}

func TestTransaction(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		ctx := asAdmin()
		inTx := func(fn func(tx *ent.Tx) error) error {
			tx := must[*ent.Tx](t)(db.Client.Tx(ctx))
			if err := fn(tx); err != nil {
				_ = tx.Rollback()
				return err
			}
			return tx.Commit()
		}

		errLater := errors.New("a later step failed")
		err := inTx(func(tx *ent.Tx) error {
			if err := tx.Employee.UpdateOne(o.siti).SetName("Siti A.").Exec(ctx); err != nil {
				return err
			}
			if n := must[int](t)(tx.AuditEntry.Query().Count(ctx)); n != 1 {
				t.Errorf("inside the transaction: %d entries, want 1", n)
			}
			return errLater
		})
		if !errors.Is(err, errLater) {
			t.Fatal(err)
		}
		if n := total(t, db.Client); n != 0 {
			t.Errorf("after a rollback: %d entries", n)
		}

		if err := inTx(func(tx *ent.Tx) error { return tx.Employee.UpdateOne(o.budi).SetName("Budi S.").Exec(ctx) }); err != nil {
			t.Fatal(err)
		}
		if got := changes(only(t, db.Client, o.budi.ID)); !slices.Equal(got, []change{{"name", "Budi Santoso", "Budi S."}}) {
			t.Errorf("after a commit: %v", got)
		}
	})
}

func TestBulkUpdate(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		rahmat := must[*ent.Employee](t)(newEmployee(db.Client, 3, "Rahmat", career.GenderMale, date(1979, 11, 2), date(2003, 3, 1)).
			SetUnit(o.agency).Save(quietly()))
		other := must[*ent.Employee](t)(newEmployee(db.Client, 4, "Dewi", career.GenderFemale, date(1990, 5, 5), date(2015, 1, 1)).
			SetUnit(o.agency).SetStatus(employee.StatusLEAVE).Save(quietly()))

		n := must[int](t)(db.Client.Employee.Update().Where(employee.StatusEQ(employee.StatusACTIVE)).SetStatus(employee.StatusLEAVE).Save(asAdmin()))
		if n != 3 {
			t.Fatalf("%d rows updated", n)
		}
		for _, e := range []*ent.Employee{o.siti, o.budi, rahmat} {
			entry := only(t, db.Client, e.ID)
			if got := changes(entry); entry.EmployeeID != e.ID || !slices.Equal(got, []change{{"status", "ACTIVE", "LEAVE"}}) {
				t.Errorf("%s: entry of %s with %v", e.Name, entry.EmployeeID, got)
			}
		}
		if entries := trail(t, db.Client, other.ID); len(entries) != 0 {
			t.Errorf("an employee the update did not touch has entries: %s", describe(entries))
		}
	})
}

// TestWritesOfHooks: the rows that hooks change besides the mutation's own (holders' retirement dates,
// a subtree's paths rewritten by raw SQL) are on the trail too, each once.
func TestWritesOfHooks(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		ctx := asAdmin()
		budi := db.Client.Employee.UpdateOne(o.budi).SetPosition(o.post).SaveX(quietly())

		db.Client.Position.UpdateOne(o.post).SetKind(career.KindJPTPratama).ExecX(ctx)
		if got := changes(only(t, db.Client, o.post.ID)); !slices.Equal(got, []change{{"kind", "PELAKSANA", "JPT_PRATAMA"}}) {
			t.Errorf("post: %v", got)
		}
		holders := []struct {
			e        *ent.Employee
			old, new string
		}{{o.siti, "2038-08-01", "2040-08-01"}, {budi, "2043-04-01", "2045-04-01"}}
		for _, h := range holders {
			entry := only(t, db.Client, h.e.ID)
			if got := changes(entry); entry.EmployeeID != h.e.ID || !slices.Equal(got, []change{{"retirement_date", h.old, h.new}}) {
				t.Errorf("%s: entry of %s with %v", h.e.Name, entry.EmployeeID, got)
			}
		}

		section := db.Client.OrgUnit.Create().SetCode("JMB-BKD-DATA").SetName("Bidang Data").SetKind(orgunit.KindDIVISION).
			SetParent(o.agency).SaveX(quietly())
		other := db.Client.OrgUnit.Create().SetCode("KTJ").SetName("Kota Jambi").SetKind(orgunit.KindREGION).SaveX(quietly())
		db.Client.OrgUnit.UpdateOne(o.agency).SetParent(other).ExecX(ctx)
		agencyPath := "/" + string(other.ID) + "/" + string(o.agency.ID) + "/"
		if got := changes(only(t, db.Client, o.agency.ID)); !slices.Equal(got, []change{
			{"parent_id", string(o.region.ID), string(other.ID)},
			{"path", o.agency.Path, agencyPath},
		}) {
			t.Errorf("moved unit: %v", got)
		}
		if got := changes(only(t, db.Client, section.ID)); !slices.Equal(got, []change{{"path", section.Path, agencyPath + string(section.ID) + "/"}}) {
			t.Errorf("its sub-unit: %v", got)
		}
	})
}

func TestDelete(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		sanction := db.Client.DisciplinarySanction.Create().SetLevel(career.SanctionLight).SetDescription("Teguran lisan").
			SetImposedOn(date(2024, 2, 1)).SetDecreeNumber("800/12/BKD/2024").SetEmployee(o.budi).SaveX(quietly())

		db.Client.DisciplinarySanction.DeleteOne(sanction).ExecX(asAdmin())
		entry := only(t, db.Client, sanction.ID)
		if entry.Action != "delete" || entry.EntityType != "DisciplinarySanction" || entry.EmployeeID != o.budi.ID || entry.UnitID != o.agency.ID {
			t.Errorf("entry %s %s of %s/%s", entry.Action, entry.EntityType, entry.EmployeeID, entry.UnitID)
		}
		want := []change{
			{"decree_number", "800/12/BKD/2024", "-"},
			{"description", "Teguran lisan", "-"},
			{"employee_id", string(o.budi.ID), "-"},
			{"imposed_on", "2024-02-01", "-"},
			{"level", "LIGHT", "-"},
		}
		if got := changes(entry); !slices.Equal(got, want) {
			t.Errorf("changes\n got %v\nwant %v", got, want)
		}
	})
}

func TestImportIsNotAudited(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		ctx := quietly()
		db.Client.Employee.UpdateOne(o.siti).SetName("Siti A.").ExecX(ctx)
		db.Client.Position.UpdateOne(o.post).SetKind(career.KindAdministrator).ExecX(ctx)
		db.Client.Employee.DeleteOne(o.budi).ExecX(ctx)
		if n := total(t, db.Client); n != 0 {
			t.Errorf("%d entries after an import", n)
		}
	})
}

func TestWithAction(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		ev := db.Client.Evaluation.Create().SetEmployee(o.siti).SetYear(2025).SetPeriod(career.PeriodAnnual).
			SetStatus(career.EvalSubmitted).SaveX(quietly())

		ctx := audit.WithAction(asAdmin(), "assessEvaluation")
		db.Client.Evaluation.UpdateOne(ev).SetWorkResult(career.RatingAbove).SetWorkBehavior(career.RatingMeets).
			SetStatus(career.EvalFinal).ExecX(ctx)
		entry := only(t, db.Client, ev.ID)
		if entry.Action != "assessEvaluation" || entry.EmployeeID != o.siti.ID || entry.UnitID != o.agency.ID {
			t.Errorf("entry %s of %s/%s", entry.Action, entry.EmployeeID, entry.UnitID)
		}
		want := []change{
			{"predikat", "-", "BAIK"},
			{"status", "SUBMITTED", "FINAL"},
			{"work_behavior", "-", "SESUAI_EKSPEKTASI"},
			{"work_result", "-", "DI_ATAS_EKSPEKTASI"},
		}
		if got := changes(entry); !slices.Equal(got, want) {
			t.Errorf("changes\n got %v\nwant %v", got, want)
		}
		// The employee's latest predikat follows in the same workflow, and is named by it.
		latest := only(t, db.Client, o.siti.ID)
		if got := changes(latest); latest.Action != "assessEvaluation" || !slices.Equal(got, []change{{"latest_predikat", "-", "BAIK"}}) {
			t.Errorf("employee: %s %v", latest.Action, got)
		}
	})
}

func TestActor(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		tests := []struct {
			name            string
			ctx             context.Context
			wantID, wantVia string
		}{
			{"an account", asAdmin(), string(adminID), "admin"},
			{"the system", access.SystemContext(context.Background()), "", "system"},
			{"no one", privacy.DecisionContext(context.Background(), privacy.Allow), "", "anonymous"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				tr := db.Client.Training.Create().SetTitle("Diklat " + tt.name).SetKind(career.TrainingPKA).SetCompetency("Kepemimpinan").
					SetHoursJp(40).SetStartsOn(date(2026, 3, 2)).SetEndsOn(date(2026, 4, 2)).SetProvider("BPSDM").SetCapacity(20).SaveX(tt.ctx)
				entry := only(t, db.Client, tr.ID)
				if entry.ActorID != tt.wantID || entry.ActorName != tt.wantVia {
					t.Errorf("actor %q %q, want %q %q", entry.ActorID, entry.ActorName, tt.wantID, tt.wantVia)
				}
			})
		}
	})
}

// TestAttribution: an entry names the employee its record is about and the unit it belongs to, so that
// the employee and HR of that unit can read it.
func TestAttribution(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		ctx := asAdmin()
		// The vacancy's post lies in another agency than its applicant, to tell the two lookups apart.
		dinas := db.Client.OrgUnit.Create().SetCode("JMB-DISDIK").SetName("Dinas Pendidikan").SetKind(orgunit.KindAGENCY).
			SetParent(o.region).SaveX(ctx)
		head := db.Client.Position.Create().SetTitle("Kepala Dinas Pendidikan").SetKind(career.KindJPTPratama).SetJobClass(14).
			SetUnit(dinas).SaveX(ctx)
		vacancy := db.Client.Vacancy.Create().SetKind("OPEN_SELECTION").SetTitle("Seleksi Terbuka Kepala Dinas Pendidikan").
			SetRequirements(career.Requirements{PredikatYears: 2}).SetOpensOn(date(2026, 11, 1)).SetClosesOn(date(2026, 12, 15)).
			SetStatus("OPEN").SetPosition(head).SaveX(ctx)
		application := db.Client.Application.Create().SetVacancy(vacancy).SetApplicant(o.budi).SaveX(ctx)
		evaluation := db.Client.Evaluation.Create().SetEmployee(o.budi).SetEvaluator(o.siti).SetYear(2025).
			SetPeriod(career.PeriodAnnual).SaveX(ctx)
		mentorship := db.Client.Mentorship.Create().SetGoals("Analisis data kepegawaian").SetStartsOn(date(2026, 1, 5)).
			SetMentor(o.siti).SetMentee(o.budi).SaveX(ctx)
		own := db.Client.Account.Create().SetUsername("budi").SetPasswordHash("x").SetRole(auth.RoleEmployee).SetEmployee(o.budi).SaveX(ctx)
		hr := db.Client.Account.Create().SetUsername("hr").SetPasswordHash("x").SetRole(auth.RoleHR).SetEmployee(o.siti).SetScopeUnit(dinas).SaveX(ctx)
		// A dashboard is saved by its owner: not even ADMIN saves one for another account.
		asHR := auth.NewContext(context.Background(), &auth.Viewer{AccountID: hr.ID, Username: "hr", Role: auth.RoleHR, ScopePath: dinas.Path})
		asOwn := auth.NewContext(context.Background(), &auth.Viewer{AccountID: own.ID, Username: "budi", Role: auth.RoleEmployee})
		shared := db.Client.Dashboard.Create().SetName("Ringkasan").SetOwner(hr).SetSharedWith(dinas).SaveX(asHR)
		private := db.Client.Dashboard.Create().SetName("Pribadi").SetOwner(own).SaveX(asOwn)
		tr := db.Client.Training.Create().SetTitle("Diklat").SetKind(career.TrainingPKA).SetCompetency("Kepemimpinan").
			SetHoursJp(40).SetStartsOn(date(2026, 3, 2)).SetEndsOn(date(2026, 4, 2)).SetProvider("BPSDM").SetCapacity(20).SaveX(ctx)
		enrollment := db.Client.Enrollment.Create().SetEmployee(o.budi).SetTraining(tr).SaveX(ctx)

		tests := []struct {
			name           string
			id             pulid.ID
			employee, unit pulid.ID
		}{
			{"a unit: itself", dinas.ID, "", dinas.ID},
			{"a post: its unit", head.ID, "", dinas.ID},
			{"a vacancy: its post's unit", vacancy.ID, "", dinas.ID},
			{"an application: the applicant and their unit", application.ID, o.budi.ID, o.agency.ID},
			{"an evaluation: the employee assessed and their unit", evaluation.ID, o.budi.ID, o.agency.ID},
			{"a mentorship: the mentee and their unit", mentorship.ID, o.budi.ID, o.agency.ID},
			{"an enrolment: the employee and their unit", enrollment.ID, o.budi.ID, o.agency.ID},
			{"an account: its employee and their unit", own.ID, o.budi.ID, o.agency.ID},
			{"a scoped account: its employee and its scope", hr.ID, o.siti.ID, dinas.ID},
			{"a shared dashboard: the unit it is shared with", shared.ID, "", dinas.ID},
			{"a private dashboard: nobody", private.ID, "", ""},
			{"a training: nobody", tr.ID, "", ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				entry := only(t, db.Client, tt.id)
				if entry.EmployeeID != tt.employee || entry.UnitID != tt.unit {
					t.Errorf("employee %q unit %q, want %q %q", entry.EmployeeID, entry.UnitID, tt.employee, tt.unit)
				}
			})
		}
	})
}

func TestPasswordChange(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		o := newOrg(t, db.Client)
		acc := db.Client.Account.Create().SetUsername("siti").SetPasswordHash("$2a$10$old").SetRole(auth.RoleEmployee).
			SetEmployee(o.siti).SaveX(quietly())

		db.Client.Account.UpdateOne(acc).SetPasswordHash("$2a$10$new").ExecX(asAdmin())
		want := []change{{"password_hash", "********", "********"}, {"token_version", "0", "1"}}
		if got := changes(only(t, db.Client, acc.ID)); !slices.Equal(got, want) {
			t.Errorf("changes\n got %v\nwant %v", got, want)
		}
	})
}

// TestManyRows: a bulk update of more rows than the hook reads or writes in one statement still
// writes one entry per row.
func TestManyRows(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		const n = 1234
		units := make([]*ent.OrgUnitCreate, n)
		for i := range units {
			units[i] = db.Client.OrgUnit.Create().SetCode(fmt.Sprintf("SEKSI-%04d", i)).SetName("Seksi").SetKind(orgunit.KindSECTION)
		}
		db.Client.OrgUnit.CreateBulk(units...).ExecX(quietly())

		updated := db.Client.OrgUnit.Update().Where(orgunit.KindEQ(orgunit.KindSECTION)).SetName("Subbagian").SaveX(asAdmin())
		if updated != n {
			t.Fatalf("%d rows updated", updated)
		}
		entries := must[[]*ent.AuditEntry](t)(db.Client.AuditEntry.Query().All(asAdmin()))
		seen := map[string]bool{}
		for _, e := range entries {
			if got := changes(e); seen[e.EntityID] || string(e.UnitID) != e.EntityID || !slices.Equal(got, []change{{"name", "Seksi", "Subbagian"}}) {
				t.Fatalf("entry about %s (seen before: %v) of unit %s: %v", e.EntityID, seen[e.EntityID], e.UnitID, got)
			}
			seen[e.EntityID] = true
		}
		if len(seen) != n {
			t.Errorf("%d entries, want %d", len(seen), n)
		}
	})
}

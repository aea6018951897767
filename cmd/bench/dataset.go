package main

import (
	"cmp"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os/exec"
	"regexp"
	"slices"
	"strings"

	"github.com/lib/pq"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/migrate"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
)

// benchPrefix starts the names of the bench's databases.
const benchPrefix = "jenjang_bench"

// ownDatabase matches the names defaultDatabaseURL gives: only those databases may be dropped and seeded
// again, not another database that happens to share the prefix.
var ownDatabase = regexp.MustCompile(`^` + benchPrefix + `(_[0-9]+)?$`)

// defaultDatabaseURL is jenjang_bench for the full-size dataset and a database of its own for any other
// size, so that a quick run neither measures nor replaces the 1,000,000-employee dataset.
func defaultDatabaseURL(employees int) string {
	name := benchPrefix
	if employees != defaultEmployees {
		name = fmt.Sprintf("%s_%d", benchPrefix, employees)
	}
	return "postgres://postgres@127.0.0.1:5432/" + name + "?sslmode=disable"
}

// databaseName returns the database a postgres:// URL names, refusing the shared test database.
func databaseName(rawURL string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return "", fmt.Errorf("the bench needs a postgres:// database URL, not %q", rawURL)
	}
	name := strings.TrimPrefix(u.Path, "/")
	switch name {
	case "", "postgres", "template0", "template1":
		return "", fmt.Errorf("database URL %q: name a database of the bench's own, e.g. %s", rawURL, benchPrefix)
	case "test":
		return "", errors.New("the bench never uses the database named test (the tests' own)")
	}
	return name, nil
}

// adminURL points at the server's postgres database, from where databases are created and dropped.
func adminURL(rawURL string) string {
	u, _ := url.Parse(rawURL)
	u.Path = "/postgres"
	return u.String()
}

// prepareDatabase creates the database if absent and seeds it with the seed command when it holds
// fewer employees than asked. A partly seeded bench database (an interrupted seed) is dropped first:
// seeding on top would add a second generated dataset beside the first, and the figures would describe neither.
// It returns the seed command it ran, or "" when the database was ready.
func prepareDatabase(ctx context.Context, rawURL string, employees int, jenjang string, progress io.Writer) (seededWith string, err error) {
	name, err := databaseName(rawURL)
	if err != nil {
		return "", err
	}
	admin, err := sql.Open("postgres", adminURL(rawURL))
	if err != nil {
		return "", err
	}
	defer admin.Close()
	var exists bool
	if err := admin.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&exists); err != nil {
		return "", fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	if exists {
		have, err := countEmployees(ctx, rawURL)
		if err != nil {
			return "", err
		}
		if have >= employees {
			return "", nil
		}
		if have > 0 {
			if !ownDatabase.MatchString(name) {
				return "", fmt.Errorf("database %s holds %d employees, fewer than the %d asked; seed it yourself or point -database-url at an empty database", name, have, employees)
			}
			fmt.Fprintf(progress, "%s holds %d employees, fewer than %d: dropping it to seed afresh\n", name, have, employees)
			if _, err := admin.ExecContext(ctx, "DROP DATABASE "+pq.QuoteIdentifier(name)+" WITH (FORCE)"); err != nil {
				return "", err
			}
			exists = false
		}
	}
	if !exists {
		if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+pq.QuoteIdentifier(name)); err != nil {
			return "", fmt.Errorf("create database %s: %w", name, err)
		}
	}
	return seed(ctx, jenjang, rawURL, employees, progress)
}

func countEmployees(ctx context.Context, rawURL string) (int, error) {
	db, err := sql.Open("postgres", rawURL)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var migrated bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('employees') IS NOT NULL`).Scan(&migrated); err != nil || !migrated {
		return 0, err
	}
	var n int
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM employees`).Scan(&n)
	return n, err
}

// seed runs `jenjang seed` with five years of history and returns its command line.
func seed(ctx context.Context, jenjang, rawURL string, employees int, progress io.Writer) (string, error) {
	args := []string{"seed", "--employees", fmt.Sprint(employees), "--years", "5"}
	line := jenjang + " " + strings.Join(args, " ")
	fmt.Fprintf(progress, "seeding: %s\n", line)
	cmd := exec.CommandContext(ctx, jenjang, append(args, "--database-url", rawURL)...)
	cmd.Stdout, cmd.Stderr = progress, progress
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("%s: %w", line, err)
	}
	return line, nil
}

// unitInfo is an org unit with the number of employees in its subtree.
type unitInfo struct {
	id, code, name, kind, path string
	employees                  int
}

func (u unitInfo) label() string {
	return fmt.Sprintf("%s (%s, %s employees)", u.name, u.code, thousands(u.employees))
}

// scopes are the parts of the dataset the documents are about.
type scopes struct {
	// all is the whole dataset: no unit, every employee.
	all unitInfo
	// region is the region with the most employees.
	region unitInfo
	// agency is the agency of the region nearest 10,000 employees (the largest if none is that big).
	agency unitInfo
	// instansi is the instansi that holds the agency. The region's leader browses its directory.
	instansi unitInfo
}

func pickScopes(ctx context.Context, db *sql.DB) (scopes, error) {
	var sc scopes
	units := map[string]*unitInfo{}
	rows, err := db.QueryContext(ctx, `SELECT id, code, name, kind, COALESCE(path, '') FROM org_units`)
	if err != nil {
		return sc, err
	}
	for rows.Next() {
		var u unitInfo
		if err := rows.Scan(&u.id, &u.code, &u.name, &u.kind, &u.path); err != nil {
			rows.Close()
			return sc, err
		}
		units[u.id] = &u
	}
	if err := rows.Close(); err != nil {
		return sc, err
	}
	// Counting per unit and adding up along the materialised paths avoids a units × units join.
	rows, err = db.QueryContext(ctx, `SELECT unit_id, count(*) FROM employees GROUP BY unit_id`)
	if err != nil {
		return sc, err
	}
	for rows.Next() {
		var id string
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			rows.Close()
			return sc, err
		}
		sc.all.employees += n
		if u := units[id]; u != nil {
			for _, ancestor := range strings.Split(strings.Trim(u.path, "/"), "/") {
				if a := units[ancestor]; a != nil {
					a.employees += n
				}
			}
		}
	}
	if err := rows.Close(); err != nil {
		return sc, err
	}
	best := func(kind orgunit.Kind, under string, better func(a, b unitInfo) bool) (unitInfo, bool) {
		var found unitInfo
		ok := false
		for _, u := range units {
			if u.kind == string(kind) && u.employees > 0 && strings.HasPrefix(u.path, under) && (!ok || better(*u, found)) {
				found, ok = *u, true
			}
		}
		return found, ok
	}
	var ok bool
	if sc.region, ok = best(orgunit.KindREGION, "", func(a, b unitInfo) bool {
		return a.employees > b.employees || (a.employees == b.employees && a.code < b.code)
	}); !ok {
		return sc, errors.New("the database has no region with employees: is it seeded?")
	}
	const agencySize = 10000
	if sc.agency, ok = best(orgunit.KindAGENCY, sc.region.path, func(a, b unitInfo) bool {
		da, db := abs(a.employees-agencySize), abs(b.employees-agencySize)
		return da < db || (da == db && a.code < b.code)
	}); !ok {
		return sc, fmt.Errorf("region %s has no agency with employees", sc.region.code)
	}
	sc.instansi = sc.agency
	for _, id := range strings.Split(strings.Trim(sc.agency.path, "/"), "/") {
		if u := units[id]; u != nil && u.kind == string(orgunit.KindINSTANSI) {
			sc.instansi = *u
		}
	}
	return sc, nil
}

func abs(n int) int { return max(n, -n) }

// sampleEmployees returns n employees of the subtree at path, spread over it and the same on every run.
func sampleEmployees(ctx context.Context, db *sql.DB, path string, n int) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT e.id FROM employees e JOIN org_units u ON u.id = e.unit_id
		WHERE u.path LIKE $1 ORDER BY md5(e.id) LIMIT $2`, path+"%", n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("no employees under %s", path)
	}
	return ids, nil
}

// The accounts the bench signs in with.
const (
	viewerRegion = "bench-leader-region"
	viewerAgency = "bench-leader-agency"
	viewerAdmin  = "bench-admin"
)

// ensureAccounts creates or resets the bench's accounts with a fresh random password, returned for the
// login. The password is never written anywhere else, so the accounts are useless after the run.
func ensureAccounts(ctx context.Context, client *ent.Client, region, agency unitInfo) (string, error) {
	secret := make([]byte, 16)
	if _, err := rand.Read(secret); err != nil {
		return "", err
	}
	password := hex.EncodeToString(secret)
	hash, err := auth.HashPassword(password)
	if err != nil {
		return "", err
	}
	ctx = access.SystemContext(ctx)
	for _, a := range []struct {
		username string
		role     auth.Role
		scope    string
	}{
		{viewerRegion, auth.RoleLeader, region.id},
		{viewerAgency, auth.RoleLeader, agency.id},
		{viewerAdmin, auth.RoleAdmin, ""},
	} {
		existing, err := client.Account.Query().Where(account.Username(a.username)).Only(ctx)
		switch {
		case ent.IsNotFound(err):
			c := client.Account.Create().SetUsername(a.username).SetPasswordHash(hash).SetRole(a.role)
			if a.scope != "" {
				c.SetScopeUnitID(pulid.ID(a.scope))
			}
			err = c.Exec(ctx)
		case err == nil:
			u := existing.Update().SetPasswordHash(hash).SetRole(a.role).SetActive(true)
			if a.scope != "" {
				u.SetScopeUnitID(pulid.ID(a.scope))
			} else {
				u.ClearScopeUnit()
			}
			err = u.Exec(ctx)
		}
		if err != nil {
			return "", fmt.Errorf("account %s: %w", a.username, err)
		}
	}
	return password, nil
}

// tableRows counts the rows of every table of the schema.
func tableRows(ctx context.Context, db *sql.DB) ([]tableCount, error) {
	var out []tableCount
	for _, t := range migrate.Tables {
		var n int64
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM "+pq.QuoteIdentifier(t.Name)).Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, tableCount{t.Name, n})
	}
	slices.SortFunc(out, func(a, b tableCount) int { return cmp.Compare(b.rows, a.rows) })
	return out, nil
}

type tableCount struct {
	name string
	rows int64
}

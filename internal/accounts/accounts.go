// Package accounts logs people in and manages their accounts: the login with its throttle, password
// changes and resets, and the creation and change of accounts with their roles and scopes. Who may do
// what is decided by the privacy rules in internal/access; this package checks that the request makes
// sense and does it in the caller's transaction.
package accounts

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strings"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/account"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
)

// Session is what a login gives: a token, when it expires, and the account.
type Session struct {
	Token     string
	ExpiresAt time.Time
	Account   *ent.Account
}

// LoginInput is a username and a password.
type LoginInput struct {
	Username string
	Password string
}

// ChangePasswordInput is the current password and the new one.
type ChangePasswordInput struct {
	CurrentPassword string
	NewPassword     string
}

// CreateInput describes a new account.
type CreateInput struct {
	Username    string
	Password    string
	Role        auth.Role
	EmployeeID  *pulid.ID
	ScopeUnitID *pulid.ID
}

// UpdateInput changes an account; nil fields stay as they are.
type UpdateInput struct {
	Role           *auth.Role
	EmployeeID     *pulid.ID
	ClearEmployee  *bool
	ScopeUnitID    *pulid.ID
	ClearScopeUnit *bool
	Active         *bool
}

// Logins checks passwords and issues tokens.
type Logins struct {
	Tokens   auth.Tokens
	Throttle *auth.Throttle
}

// ErrBadCredentials is the one answer to a wrong username or a wrong password, so that it does not
// tell which accounts exist.
var ErrBadCredentials = &access.DeniedError{Anonymous: true, Message: "wrong username or password"}

// ThrottledError refuses a login for a username that failed too often, for a while.
type ThrottledError struct{ Wait time.Duration }

func (e *ThrottledError) Error() string {
	return fmt.Sprintf("too many failed logins for this username; try again in %d seconds", int(math.Ceil(e.Wait.Seconds())))
}

// Login checks a username and password and returns a session.
func (l Logins) Login(ctx context.Context, client *ent.Client, in LoginInput) (*Session, error) {
	if wait := l.Throttle.Wait(in.Username); wait > 0 {
		return nil, &ThrottledError{Wait: wait}
	}
	// Nobody is signed in yet: finding the account is the system's business.
	a, err := client.Account.Query().Where(account.UsernameEqualFold(strings.TrimSpace(in.Username))).Only(access.SystemContext(ctx))
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	hash := ""
	if a != nil && a.Active {
		hash = a.PasswordHash
	}
	if !auth.PasswordMatches(hash, in.Password) {
		l.Throttle.Failed(in.Username)
		return nil, ErrBadCredentials
	}
	l.Throttle.Succeeded(in.Username)
	return l.session(a)
}

func (l Logins) session(a *ent.Account) (*Session, error) {
	token, expires, err := l.Tokens.Issue(a.ID, a.TokenVersion)
	if err != nil {
		return nil, err
	}
	return &Session{Token: token, ExpiresAt: expires, Account: a}, nil
}

// ChangePassword sets the viewer's new password after checking the current one; every older token
// stops working, and the session returned carries a new one.
func (l Logins) ChangePassword(ctx context.Context, client *ent.Client, in ChangePasswordInput) (*Session, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return nil, &access.DeniedError{Anonymous: true, Message: "sign in to change your password"}
	}
	a, err := client.Account.Get(ctx, v.AccountID)
	if err != nil {
		return nil, err
	}
	if !auth.PasswordMatches(a.PasswordHash, in.CurrentPassword) {
		return nil, &career.FieldError{Field: "current_password", Message: "kata sandi saat ini salah"}
	}
	if in.NewPassword == in.CurrentPassword {
		return nil, &career.FieldError{Field: "new_password", Message: "kata sandi baru harus berbeda dari yang sekarang"}
	}
	hash, err := newHash("new_password", in.NewPassword)
	if err != nil {
		return nil, err
	}
	a, err = client.Account.UpdateOne(a).SetPasswordHash(hash).Save(ctx)
	if err != nil {
		return nil, err
	}
	return l.session(a)
}

// usernamePattern keeps usernames easy to type and safe to show: letters, digits, dots, dashes and
// underscores.
var usernamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{2,63}$`)

// Create makes a new account.
func Create(ctx context.Context, client *ent.Client, in CreateInput) (*ent.Account, error) {
	username := strings.ToLower(strings.TrimSpace(in.Username))
	if !usernamePattern.MatchString(username) {
		return nil, &career.FieldError{Field: "username", Message: "nama pengguna terdiri atas 3 sampai 64 huruf kecil, angka, titik, tanda hubung atau garis bawah, diawali huruf atau angka"}
	}
	if err := checkRole(in.Role, in.EmployeeID != nil, in.ScopeUnitID != nil); err != nil {
		return nil, err
	}
	hash, err := newHash("password", in.Password)
	if err != nil {
		return nil, err
	}
	return client.Account.Create().
		SetUsername(username).
		SetPasswordHash(hash).
		SetRole(in.Role).
		SetNillableEmployeeID(in.EmployeeID).
		SetNillableScopeUnitID(in.ScopeUnitID).
		Save(ctx)
}

// Update changes an account's role, scope, employee or active flag.
func Update(ctx context.Context, client *ent.Client, id pulid.ID, in UpdateInput) (*ent.Account, error) {
	a, err := client.Account.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	role, employee, scope := a.Role, a.EmployeeID != "", a.ScopeUnitID != ""
	if in.Role != nil {
		role = *in.Role
	}
	if in.EmployeeID != nil {
		employee = true
	} else if in.ClearEmployee != nil && *in.ClearEmployee {
		employee = false
	}
	if in.ScopeUnitID != nil {
		scope = true
	} else if in.ClearScopeUnit != nil && *in.ClearScopeUnit {
		scope = false
	}
	if err := checkRole(role, employee, scope); err != nil {
		return nil, err
	}
	if v := auth.FromContext(ctx); v != nil && v.AccountID == id && in.Active != nil && !*in.Active {
		return nil, &career.FieldError{Field: "active", Message: "Anda tidak dapat menonaktifkan akun Anda sendiri"}
	}
	update := client.Account.UpdateOne(a).SetNillableActive(in.Active)
	if in.Role != nil && *in.Role != a.Role {
		update.SetRole(*in.Role)
	}
	switch {
	case in.EmployeeID != nil && *in.EmployeeID != a.EmployeeID:
		update.SetEmployeeID(*in.EmployeeID)
	case in.EmployeeID == nil && !employee && a.EmployeeID != "":
		update.ClearEmployeeID()
	}
	switch {
	case in.ScopeUnitID != nil && *in.ScopeUnitID != a.ScopeUnitID:
		update.SetScopeUnitID(*in.ScopeUnitID)
	case in.ScopeUnitID == nil && !scope && a.ScopeUnitID != "":
		update.ClearScopeUnitID()
	}
	return update.Save(ctx)
}

// ResetPassword sets a new password for an account; its older tokens stop working.
func ResetPassword(ctx context.Context, client *ent.Client, id pulid.ID, password string) (*ent.Account, error) {
	hash, err := newHash("new_password", password)
	if err != nil {
		return nil, err
	}
	return client.Account.UpdateOneID(id).SetPasswordHash(hash).Save(ctx)
}

// checkRole refuses a role without what it needs: HR and LEADER act within a scope, SUPERVISOR and
// EMPLOYEE are someone's account.
func checkRole(role auth.Role, hasEmployee, hasScope bool) error {
	switch {
	case role.Scoped() && !hasScope:
		return &career.FieldError{Field: "scope_unit_id", Message: fmt.Sprintf("akun %s membutuhkan unit cakupan", role)}
	case !role.Scoped() && hasScope:
		return &career.FieldError{Field: "scope_unit_id", Message: fmt.Sprintf("akun %s tidak memiliki unit cakupan", role)}
	case (role == auth.RoleSupervisor || role == auth.RoleEmployee) && !hasEmployee:
		return &career.FieldError{Field: "employee_id", Message: fmt.Sprintf("akun %s harus milik seorang pegawai: pilih pegawainya", role)}
	}
	return nil
}

func newHash(field, password string) (string, error) {
	if problem := auth.CheckNewPassword(password); problem != "" {
		return "", &career.FieldError{Field: field, Message: problem}
	}
	return auth.HashPassword(password)
}

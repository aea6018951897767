package auth_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jenjang/jenjang/internal/auth"
)

var start = time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)

func TestTokens(t *testing.T) {
	now := start
	tokens := auth.Tokens{Secret: []byte("0123456789abcdef0123456789abcdef"), TTL: 12 * time.Hour, Now: func() time.Time { return now }}
	token, expires, err := tokens.Issue("ACC01", 3)
	if err != nil {
		t.Fatal(err)
	}
	if !expires.Equal(start.Add(12 * time.Hour)) {
		t.Errorf("expires %v", expires)
	}
	id, version, err := tokens.Parse(token)
	if err != nil || id != "ACC01" || version != 3 {
		t.Fatalf("Parse = %q, %d, %v", id, version, err)
	}

	other := tokens
	other.Secret = []byte("another secret of thirty-two b!!")
	forged, _, _ := other.Issue("ACC01", 3)
	parts := strings.Split(token, ".")
	tampered := parts[0] + "." + strings.TrimRight(parts[1], "=") + "x." + parts[2]
	for name, bad := range map[string]string{
		"signed with another secret": forged,
		"payload changed":            tampered,
		"not a token":                "abc",
		"empty":                      "",
	} {
		if _, _, err := tokens.Parse(bad); !errors.Is(err, auth.ErrInvalidToken) {
			t.Errorf("%s: err = %v, want ErrInvalidToken", name, err)
		}
	}

	now = start.Add(12*time.Hour + time.Second)
	if _, _, err := tokens.Parse(token); !errors.Is(err, auth.ErrInvalidToken) {
		t.Errorf("expired token: err = %v", err)
	}
}

func TestPasswords(t *testing.T) {
	hash, err := auth.HashPassword("jenjang123")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		hash, password string
		want           bool
	}{
		{hash, "jenjang123", true},
		{hash, "jenjang124", false},
		{"", "jenjang123", false},
	}
	for _, tt := range tests {
		if got := auth.PasswordMatches(tt.hash, tt.password); got != tt.want {
			t.Errorf("PasswordMatches(%q, %q) = %v", tt.hash, tt.password, got)
		}
	}
	for password, ok := range map[string]bool{"short": false, "long enough": true, strings.Repeat("x", 73): false} {
		if got := auth.CheckNewPassword(password) == ""; got != ok {
			t.Errorf("CheckNewPassword(%q) accepted = %v", password, got)
		}
	}
}

func TestThrottle(t *testing.T) {
	now := start
	th := auth.NewThrottle(func() time.Time { return now })
	for range th.Free {
		if w := th.Wait("Budi"); w != 0 {
			t.Fatalf("wait %v before the free failures are used", w)
		}
		th.Failed("budi")
	}
	if w := th.Wait("budi"); w != 0 {
		t.Fatalf("wait %v after exactly the free failures", w)
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second}
	for _, w := range want {
		th.Failed(" BUDI ")
		if got := th.Wait("budi"); got != w {
			t.Fatalf("wait = %v, want %v", got, w)
		}
		now = now.Add(w)
	}
	if th.Wait("siti") != 0 {
		t.Error("another username is slowed down")
	}
	for range 30 {
		th.Failed("budi")
	}
	if got := th.Wait("budi"); got != th.MaxDelay {
		t.Errorf("wait = %v, want the cap %v", got, th.MaxDelay)
	}
	th.Succeeded("budi")
	if th.Wait("budi") != 0 {
		t.Error("a success does not clear the failures")
	}
}

func TestAccessReads(t *testing.T) {
	tests := []struct {
		access auth.Access
		class  auth.Class
		want   bool
	}{
		{auth.Full, auth.Personal, true},
		{auth.Full, auth.Notes, true},
		{auth.Statistical, auth.Record, true},
		{auth.Statistical, auth.Personal, false},
		{auth.Statistical, auth.Identity, false},
		{auth.Statistical, auth.Notes, false},
		{auth.Directory, auth.Identity, true},
		{auth.Directory, auth.Record, false},
		{auth.Directory, auth.Personal, false},
		{auth.NoAccess, auth.Identity, false},
	}
	for _, tt := range tests {
		if got := tt.access.Reads(tt.class); got != tt.want {
			t.Errorf("%v.Reads(%v) = %v, want %v", tt.access, tt.class, got, tt.want)
		}
	}
}

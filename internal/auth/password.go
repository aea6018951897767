package auth

import (
	"fmt"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

// MinPasswordLen is the shortest password accepted.
const MinPasswordLen = 8

// CheckNewPassword explains what is wrong with a password someone wants to set, or returns "".
func CheckNewPassword(password string) string {
	switch {
	case utf8.RuneCountInString(password) < MinPasswordLen:
		return fmt.Sprintf("kata sandi minimal %d karakter", MinPasswordLen)
	case len(password) > 72:
		// bcrypt reads only the first 72 bytes; a longer password would be silently cut.
		return "kata sandi maksimal 72 byte"
	}
	return ""
}

// HashPassword returns the bcrypt hash of a password.
func HashPassword(password string) (string, error) {
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return string(hash), nil
}

// dummyHash is compared against when the username is unknown, so that a login takes as long whether
// the account exists or not.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("no account has this password"), bcrypt.DefaultCost)

// PasswordMatches reports whether password matches hash; with an empty hash (no such account) it does
// the same work and reports false.
func PasswordMatches(hash, password string) bool {
	if hash == "" {
		_ = bcrypt.CompareHashAndPassword(dummyHash, []byte(password))
		return false
	}
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}

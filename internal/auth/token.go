package auth

import (
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/jenjang/jenjang/ent/schema/pulid"
)

// Tokens issues and checks the signed bearer tokens (JWT, HS256) that carry an account between requests.
type Tokens struct {
	Secret []byte
	// TTL is how long a token stays valid.
	TTL time.Duration
	// Now is the clock tokens are issued and checked with.
	Now func() time.Time
}

// issuer names Jenjang in its tokens, so that a token signed with the same secret for something else
// is refused.
const issuer = "jenjang"

// claims are what a token says: the account, the version of its credentials, and its lifetime.
type claims struct {
	Version int `json:"ver"`
	jwt.RegisteredClaims
}

// Issue returns a token for the account at the given credentials version, and when it expires.
func (t Tokens) Issue(account pulid.ID, version int) (string, time.Time, error) {
	now := t.Now()
	expires := now.Add(t.TTL)
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims{
		Version: version,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    issuer,
			Subject:   string(account),
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(expires),
		},
	})
	signed, err := token.SignedString(t.Secret)
	if err != nil {
		return "", time.Time{}, fmt.Errorf("sign token: %w", err)
	}
	return signed, expires, nil
}

// ErrInvalidToken is returned for a token that is malformed, tampered with, expired or not ours.
var ErrInvalidToken = errors.New("the token is invalid or has expired; log in again")

// Parse checks a token's signature, issuer and lifetime and returns its account and credentials version.
func (t Tokens) Parse(token string) (pulid.ID, int, error) {
	var c claims
	_, err := jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return t.Secret, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(issuer),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(t.Now),
	)
	if err != nil || c.Subject == "" {
		return "", 0, ErrInvalidToken
	}
	return pulid.ID(c.Subject), c.Version, nil
}

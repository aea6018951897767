package soak

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"time"
)

// Response is one GraphQL answer as a client saw it.
type Response struct {
	Status    int
	RequestID string
	Data      json.RawMessage
	Errors    []GraphQLError
	// Err is a transport failure: no answer at all.
	Err      error
	Duration time.Duration
}

// GraphQLError is an error of a GraphQL answer.
type GraphQLError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

// Code is the extensions.code of the first error, "OK" without errors, or "TRANSPORT" without an answer.
func (r Response) Code() string {
	switch {
	case r.Err != nil:
		return "TRANSPORT"
	case len(r.Errors) == 0 && r.Status == http.StatusOK:
		return "OK"
	case len(r.Errors) == 0:
		return fmt.Sprintf("HTTP_%d", r.Status)
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	if code == "" {
		return "NO_CODE"
	}
	return code
}

// Client talks to a server as one signed-in user (or anonymously before Login).
type Client struct {
	Base  string
	Token string
	http  *http.Client
	// spread, when set, are the replicas each request goes to one of, at random.
	spread []string
}

// NewClient is a client of the server at base.
func NewClient(base string) *Client {
	return &Client{Base: base, http: &http.Client{Timeout: 30 * time.Second}}
}

// With is the same user talking to another server (another replica).
func (c *Client) With(base string) *Client {
	return &Client{Base: base, Token: c.Token, http: c.http}
}

// WithTransport is the same user over another HTTP transport.
func (c *Client) WithTransport(t http.RoundTripper) *Client {
	return &Client{Base: c.Base, Token: c.Token, http: &http.Client{Transport: t, Timeout: c.http.Timeout}}
}

func (c *Client) base() string {
	if len(c.spread) > 0 {
		return c.spread[rand.IntN(len(c.spread))]
	}
	return c.Base
}

// Do sends a GraphQL operation.
func (c *Client) Do(ctx context.Context, query string, vars map[string]any) Response {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base()+"/query", bytes.NewReader(body))
	if err != nil {
		return Response{Err: err}
	}
	req.Header.Set("Content-Type", "application/json")
	// The client names each request, so that even one that got no answer can be looked for in the
	// server's log.
	id := fmt.Sprintf("soak-%016x", rand.Uint64())
	req.Header.Set("X-Request-ID", id)
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	start := time.Now()
	resp, err := c.http.Do(req)
	if err != nil {
		return Response{Err: err, RequestID: id, Duration: time.Since(start)}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	out := Response{Status: resp.StatusCode, RequestID: resp.Header.Get("X-Request-ID"), Duration: time.Since(start), Err: err}
	if err == nil {
		var parsed struct {
			Data   json.RawMessage `json:"data"`
			Errors []GraphQLError  `json:"errors"`
		}
		if jerr := json.Unmarshal(raw, &parsed); jerr != nil {
			out.Err = fmt.Errorf("HTTP %d, not JSON: %.200s", resp.StatusCode, raw)
		}
		out.Data, out.Errors = parsed.Data, parsed.Errors
	}
	return out
}

// Must sends an operation that has to succeed, and decodes its data into v.
func (c *Client) Must(ctx context.Context, query string, vars map[string]any, v any) error {
	r := c.Do(ctx, query, vars)
	if r.Code() != "OK" {
		return fmt.Errorf("%.80s: %s %v %v", query, r.Code(), r.Errors, r.Err)
	}
	if v == nil {
		return nil
	}
	return json.Unmarshal(r.Data, v)
}

// Login signs the client in.
func (c *Client) Login(ctx context.Context, username, password string) error {
	var out struct{ Login struct{ Token string } }
	err := c.Must(ctx, `mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }`,
		map[string]any{"u": username, "p": password}, &out)
	c.Token = out.Login.Token
	return err
}

func decode(r Response, v any) error { return json.Unmarshal(r.Data, v) }

// rawJSON is a variable written as JSON text.
func rawJSON(s string) json.RawMessage { return json.RawMessage(s) }

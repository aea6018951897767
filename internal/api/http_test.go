package api_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/jenjang/jenjang/internal/testdb"
)

func TestProbes(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newServer(t, db)
		for _, path := range []string{"/healthz", "/readyz"} {
			res, err := http.Get(s.url + path)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusOK || res.Header.Get("X-Request-ID") == "" {
				t.Errorf("%s: status %d, request id %q", path, res.StatusCode, res.Header.Get("X-Request-ID"))
			}
		}
		if err := db.Store.Close(); err != nil {
			t.Fatal(err)
		}
		res, err := http.Get(s.url + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("/readyz with the database closed: %d, want 503", res.StatusCode)
		}
	})
}

func TestGetQueriesAndCORS(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newServer(t, db)
		res, err := http.Get(s.url + "/query?query=" + strings.ReplaceAll("{ orgUnits(first: 1) { totalCount } }", " ", "%20"))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET query: status %d", res.StatusCode)
		}

		for origin, allowed := range map[string]bool{"http://localhost:5173": true, "https://evil.example": false} {
			preflight, _ := http.NewRequest(http.MethodOptions, s.url+"/query", nil)
			preflight.Header.Set("Access-Control-Request-Method", "POST")
			preflight.Header.Set("Access-Control-Request-Headers", "authorization,content-type") // as browsers send it: sorted, lowercase, no spaces
			post, _ := http.NewRequest(http.MethodPost, s.url+"/query", strings.NewReader(`{"query": "{ orgUnits(first: 1) { totalCount } }"}`))
			post.Header.Set("Content-Type", "application/json")
			for _, req := range []*http.Request{preflight, post} {
				req.Header.Set("Origin", origin)
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				res.Body.Close()
				var cors []string
				for name := range res.Header {
					if strings.HasPrefix(name, "Access-Control-") {
						cors = append(cors, name)
					}
				}
				switch {
				case allowed && (res.Header.Get("Access-Control-Allow-Origin") != origin || res.Header.Get("Access-Control-Allow-Credentials") != "true"):
					t.Errorf("%s from %s: headers %v, want the origin allowed with credentials", req.Method, origin, res.Header)
				case !allowed && len(cors) > 0:
					t.Errorf("%s from %s: CORS headers %v, want none", req.Method, origin, cors)
				}
			}
		}
	})
}

func TestCallerRequestIDIsKept(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newServer(t, db)
		for id, kept := range map[string]bool{"mobile-1234": true, "bad id with spaces": false} {
			req, _ := http.NewRequest(http.MethodGet, s.url+"/healthz", nil)
			req.Header.Set("X-Request-ID", id)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if got := res.Header.Get("X-Request-ID") == id; got != kept {
				t.Errorf("request id %q kept = %v, want %v", id, got, kept)
			}
		}
	})
}

package frontend

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func get(h http.Handler, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

func TestServesTheBuild(t *testing.T) {
	h := newHandler(fstest.MapFS{
		"index.html":            {Data: []byte("<title>app</title>")},
		"playground/index.html": {Data: []byte("<title>playground</title>")},
		"assets/main-abc123.js": {Data: []byte("console.log(1)")},
		"favicon.svg":           {Data: []byte("<svg/>")},
	})
	tests := []struct {
		target      string
		status      int
		body, cache string
	}{
		{"/", 200, "app", "no-cache"},
		{"/pegawai/EMP01/riwayat", 200, "app", "no-cache"},
		{"/playground", 200, "playground", "no-cache"},
		{"/playground/", 200, "playground", "no-cache"},
		{"/assets/main-abc123.js", 200, "console.log", "public, max-age=31536000, immutable"},
		{"/favicon.svg", 200, "<svg/>", "no-cache"},
		{"/assets/missing-000.js", 404, "", ""},
		{"/robots.txt", 404, "", ""},
	}
	for _, tt := range tests {
		rec := get(h, tt.target)
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.target, rec.Code, tt.status)
		}
		if !strings.Contains(rec.Body.String(), tt.body) {
			t.Errorf("%s: body %q lacks %q", tt.target, rec.Body.String(), tt.body)
		}
		if tt.cache != "" && rec.Header().Get("Cache-Control") != tt.cache {
			t.Errorf("%s: Cache-Control %q, want %q", tt.target, rec.Header().Get("Cache-Control"), tt.cache)
		}
	}
	if ct := get(h, "/assets/main-abc123.js").Header().Get("Content-Type"); !strings.Contains(ct, "javascript") {
		t.Errorf("asset content type %q", ct)
	}
	if ct := get(h, "/pegawai").Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("page content type %q", ct)
	}
}

func TestExplainsAMissingBuild(t *testing.T) {
	h := newHandler(fstest.MapFS{".gitkeep": {}})
	for _, target := range []string{"/", "/playground", "/assets/main-abc123.js"} {
		rec := get(h, target)
		if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "make build") {
			t.Errorf("%s: %d %q", target, rec.Code, rec.Body.String())
		}
	}
}

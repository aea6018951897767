// Package frontend embeds the built web app (frontend/dist) and serves it: hashed assets with long cache
// headers, the GraphiQL playground, and the SPA's index page for every other route.
package frontend

import (
	"bytes"
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// dist holds the Vite build. dist/.gitkeep is committed so that the package compiles before the first
// `npm run build`; the handler then explains how to build the app.
//
//go:embed all:dist
var dist embed.FS

// Handler serves the embedded build.
func Handler() http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err)
	}
	return newHandler(sub)
}

const notBuilt = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Jenjang</title></head><body>
<h1>Jenjang</h1>
<p>The web app is not built into this binary. Run <code>make build</code> (or <code>make run</code>) and start it again.</p>
<p lang="id">Aplikasi web belum dibangun. Jalankan <code>make build</code> (atau <code>make run</code>) lalu jalankan ulang.</p>
<p>The API is available at <a href="/query">/query</a>.</p>
</body></html>
`

func newHandler(fsys fs.FS) http.Handler {
	if _, err := fs.Stat(fsys, "index.html"); err != nil {
		return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte(notBuilt))
		})
	}
	files := http.FileServerFS(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		switch {
		case strings.HasPrefix(p, "assets/"):
			// File names under assets/ carry a content hash: a changed file gets a new name.
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			files.ServeHTTP(w, r)
		case p == "playground":
			servePage(w, r, fsys, "playground/index.html")
		case path.Ext(p) != "":
			if _, err := fs.Stat(fsys, p); err != nil {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Cache-Control", "no-cache")
			files.ServeHTTP(w, r)
		default:
			// Every other route belongs to the SPA's router.
			servePage(w, r, fsys, "index.html")
		}
	})
}

// servePage answers with one of the HTML entry pages; they name the hashed assets, so they are revalidated.
func servePage(w http.ResponseWriter, r *http.Request, fsys fs.FS, name string) {
	body, err := fs.ReadFile(fsys, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(body))
}

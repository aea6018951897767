package api

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// guardBody answers an oversized body, a batch of operations and JSON that is not a GraphQL request
// (variables that are not an object, say) with a GraphQL error. gqlgen's POST transport would report
// each as a body it cannot read or decode, with no code (so the error presenter logs it as INTERNAL),
// echoes an undecodable body back in the message, and on the way panics in entgql's Transactioner,
// which expects an operation.
func guardBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(r.Body)
		var tooLarge *http.MaxBytesError
		switch {
		case errors.As(err, &tooLarge):
			writeGraphQLError(r.Context(), w, http.StatusRequestEntityTooLarge, CodeBadUserInput, "request body is larger than "+byteSize(tooLarge.Limit), nil)
			return
		case err != nil:
			writeGraphQLError(r.Context(), w, http.StatusBadRequest, CodeBadUserInput, "the request body could not be read", nil)
			return
		case bytes.HasPrefix(bytes.TrimLeft(body, " \t\r\n"), []byte("[")):
			writeGraphQLError(r.Context(), w, http.StatusBadRequest, CodeBadUserInput, "batched operations are not supported: send one operation per request", map[string]any{"limit": 1})
			return
		case strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") && !json.Valid(body):
			writeGraphQLError(r.Context(), w, http.StatusBadRequest, CodeBadUserInput, "the request body is not valid JSON", nil)
			return
		case strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") && json.Unmarshal(body, &graphql.RawParams{}) != nil:
			writeGraphQLError(r.Context(), w, http.StatusBadRequest, CodeBadUserInput,
				"the request body must be a JSON object with query and operationName as strings, and variables and extensions as objects", nil)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// writeGraphQLError answers with a GraphQL response holding one error and no data, for requests
// refused before gqlgen sees them.
func writeGraphQLError(ctx context.Context, w http.ResponseWriter, status int, code, message string, extensions map[string]any) {
	err := &gqlerror.Error{Message: message, Extensions: map[string]any{"code": code}}
	maps.Copy(err.Extensions, extensions)
	if id := RequestID(ctx); id != "" {
		err.Extensions["requestId"] = id
	}
	exchangeOf(ctx).failed(code, false)
	writeErrorResponse(w, status, err)
}

// writeErrorResponse answers with a GraphQL response holding one presented error and no data.
func writeErrorResponse(w http.ResponseWriter, status int, err *gqlerror.Error) {
	b, _ := json.Marshal(struct {
		Errors gqlerror.List `json:"errors"`
	}{gqlerror.List{err}})
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if err.Extensions["reason"] == ReasonDatabaseUnavailable {
		w.Header().Set("Retry-After", retryAfter)
	}
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// byteSize writes a limit the way people say it ("1 MiB"), and exactly.
func byteSize(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// minGzipBytes is below what compression is worth its CPU: the body fits one packet anyway.
const minGzipBytes = 1400

var gzipWriters = sync.Pool{New: func() any { return gzip.NewWriter(io.Discard) }}

// compress gzips responses for clients that accept it. A GraphQL response is repetitive JSON, and
// compresses to a fifth or less.
func compress(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		if !acceptsGzip(r.Header.Values("Accept-Encoding")) {
			next.ServeHTTP(w, r)
			return
		}
		gw := &gzipWriter{ResponseWriter: w}
		defer gw.finish()
		next.ServeHTTP(gw, r)
	})
}

func acceptsGzip(values []string) bool {
	for _, v := range values {
		for part := range strings.SplitSeq(v, ",") {
			coding, params, _ := strings.Cut(part, ";")
			if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
				continue
			}
			q, ok := strings.CutPrefix(strings.TrimSpace(params), "q=")
			if !ok {
				return true
			}
			weight, err := strconv.ParseFloat(q, 64)
			return err == nil && weight > 0
		}
	}
	return false
}

// gzipWriter holds back the status and the first bytes of a response until it knows whether the body
// is worth compressing.
type gzipWriter struct {
	http.ResponseWriter
	status int
	buf    []byte
	gz     *gzip.Writer
}

func (w *gzipWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
}

func (w *gzipWriter) Write(p []byte) (int, error) {
	if w.gz != nil {
		return w.gz.Write(p)
	}
	w.buf = append(w.buf, p...)
	if len(w.buf) >= minGzipBytes {
		if err := w.start(); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// Flush sends what is buffered, compressed, so that a streaming transport still streams.
func (w *gzipWriter) Flush() {
	if w.gz == nil {
		_ = w.start()
	}
	_ = w.gz.Flush()
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

func (w *gzipWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *gzipWriter) start() error {
	w.Header().Set("Content-Encoding", "gzip")
	w.Header().Del("Content-Length")
	w.sendStatus()
	w.gz = gzipWriters.Get().(*gzip.Writer)
	w.gz.Reset(w.ResponseWriter)
	_, err := w.gz.Write(w.buf)
	w.buf = nil
	return err
}

func (w *gzipWriter) sendStatus() {
	if w.status != 0 {
		w.ResponseWriter.WriteHeader(w.status)
	}
}

// finish completes the response: the gzip stream, or the small body held back uncompressed.
func (w *gzipWriter) finish() {
	if w.gz == nil {
		w.sendStatus()
		if len(w.buf) > 0 {
			_, _ = w.ResponseWriter.Write(w.buf)
		}
		return
	}
	_ = w.gz.Close()
	w.gz.Reset(io.Discard)
	gzipWriters.Put(w.gz)
}

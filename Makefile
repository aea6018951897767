# Jenjang — the two commands are `make run` and `make test`; see README.md.

SHELL := /bin/bash
GO ?= go
NPM ?= npm
BIN := bin/jenjang
PORT ?= 8080

.PHONY: run build frontend generate migration migration-hash test test-go test-frontend e2e screenshots check-generate lint-go clean

## run: build the SPA and the server, then serve on :$(PORT) with the SQLite demo database
run: build
	./$(BIN) -port $(PORT)

## build: the single binary bin/jenjang with the SPA embedded
build: frontend
	$(GO) build -o $(BIN) .

frontend/node_modules: frontend/package-lock.json
	cd frontend && $(NPM) ci --no-audit --no-fund
	@touch $@

frontend: frontend/node_modules
	cd frontend && $(NPM) run build

## generate: regenerate ent, the GraphQL schema, gqlgen's executor and the SPA's typed documents (idempotent)
generate: frontend/node_modules
	$(GO) generate ./ent
	$(GO) tool gqlgen generate
	cd frontend && $(NPM) run --silent generate

## migration: write the next PostgreSQL migration file, internal/store/migrations/<time>_$(NAME).sql, from the
## difference between the migration files and the ent schema (a throwaway database on TEST_DATABASE_URL's server)
migration:
	@if [ -z "$(NAME)" ]; then echo "usage: make migration NAME=add_something"; exit 1; fi
	$(GO) run ./cmd/migration -name $(NAME)

## migration-hash: record in atlas.sum a migration file edited by hand (a backfill), before it is committed
migration-hash:
	$(GO) run ./cmd/migration -hash

## test: every test — Go on SQLite and PostgreSQL (TEST_DATABASE_URL) with the operations tests' short
## versions, the fuzz targets briefly, frontend, end-to-end, generated code
test: lint-go test-go fuzz-short test-frontend e2e check-generate

lint-go:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

test-go:
	$(GO) test -count=1 -timeout 30m ./...

test-frontend: frontend/node_modules
	cd frontend && $(NPM) run typecheck && $(NPM) run lint && $(NPM) test

e2e: build
	cd frontend && JENJANG_BIN=$(CURDIR)/$(BIN) $(NPM) run e2e

## screenshots: PNGs of the web app's pages at desktop and phone widths into docs/screenshots/ (not part of `make test`)
screenshots: build
	cd frontend && JENJANG_BIN=$(CURDIR)/$(BIN) $(NPM) run screenshots

BENCH_EMPLOYEES ?= 1000000

.PHONY: bench
## bench: load the API on PostgreSQL (jenjang_bench on 127.0.0.1, seeded if short) and write bench/results.md;
## `make bench BENCH_EMPLOYEES=20000` is a quick run. Not part of `make test`.
bench: build
	$(GO) build -o bin/bench ./cmd/bench
	./bin/bench -employees $(BENCH_EMPLOYEES) -jenjang $(BIN)

SOAK_DURATION ?= 5m
SOAK_FUZZTIME ?= 2m
OPS_TESTS := TestSoak|TestDatabaseOutage|TestGracefulShutdown|TestTwoReplicas|TestAnalyticsOnReadReplica

.PHONY: soak
## soak: the long versions of the operations tests (load, a 10 s database outage, SIGTERM under load, two
## replicas, a streaming read replica) with SOAK_DURATION of load, then a summary table; then each fuzz
## target for SOAK_FUZZTIME. Not part of `make test`, which runs them for seconds.
soak:
	$(GO) test -count=1 -timeout 90m -v -run '^($(OPS_TESTS))$$' -soak.duration $(SOAK_DURATION) .
	$(MAKE) --no-print-directory fuzz FUZZTIME=$(SOAK_FUZZTIME)

FUZZTIME ?= 30s
# The fuzz targets as package:Target; `go test -fuzz` takes one target per call, so fuzz loops over them.
FUZZ_TARGETS := internal/career:FuzzNIP internal/career:FuzzEligibility internal/api:FuzzGraphQLInput

.PHONY: fuzz fuzz-short
## fuzz: each fuzz target for FUZZTIME (default 30s) in turn; a failing input lands in the package's
## testdata/fuzz/<Target>/, where plain `go test` replays it with the committed seeds from then on
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		echo "== $${t#*:} ($(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$${t#*:}$$" -fuzztime $(FUZZTIME) ./$${t%%:*}; \
	done

## fuzz-short: every fuzz target for a few seconds, for `make test`
fuzz-short:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=3s

## check-generate: fail when `make generate` changes the committed generated code
check-generate: generate
	@if [ -n "$$(git status --porcelain -- ent graph gqlgen.yml go.mod go.sum frontend/src/gql)" ]; then \
		echo "make generate changed generated code; commit the result:"; git status --porcelain -- ent graph gqlgen.yml go.mod go.sum frontend/src/gql; exit 1; fi

clean:
	rm -rf bin frontend/dist/assets frontend/dist/*.html frontend/dist/playground

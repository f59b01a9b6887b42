# Libranet: the two commands are `make run` and `make test`.
# Both install what this machine lacks first (idempotently; see `tools`).

SHELL := /bin/bash
.DEFAULT_GOAL := run
.PHONY: run test bench bench-cohort bench-sign-in tools system-tools rust-tools wasm-target node-tools test-tools chromium-tool python-tools app server lint unit browser clean help

export PATH := $(CURDIR)/tests/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

TRUNK_VERSION := 0.21.14
# wasm-bindgen's CLI must match the library version in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# What `make run` serves on; override like `make run BIND=0.0.0.0:8080`.
BIND ?= 127.0.0.1:8080
LIBRARY_NAME ?= Riverside Public Library (demo)

help:
	@echo "make run    build the app and start Libranet with demo data on http://$(BIND)/"
	@echo "make test   every test: Rust (SQLite and PostgreSQL), wasm build, browser tests"
	@echo "make bench  both benchmarks below"
	@echo "make bench-cohort   the cohort solver (native and wasm in Chromium) against scipy's linear_sum_assignment"
	@echo "make bench-sign-in  sign-in load test: a person's sign-in time under floods of unknown usernames"

## Tools ---------------------------------------------------------------------

tools: system-tools rust-tools node-tools

# A C compiler (the bundled SQLite) and Node.js with npm (build and test
# tools), from Debian when missing. Rust itself comes from rustup.
system-tools:
	@command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run make again." >&2; exit 1; }
	@command -v cc >/dev/null && command -v npm >/dev/null || { \
	  $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y build-essential pkg-config nodejs npm; }

rust-tools: wasm-target
	@trunk --version 2>/dev/null | grep -q " $(TRUNK_VERSION)" || cargo install --locked trunk --version $(TRUNK_VERSION)
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# npm packages: wasm-opt (binaryen) for the build, Playwright and axe-core for tests.
node-tools: tests/node_modules/.installed

tests/node_modules/.installed: tests/package.json tests/package-lock.json
	cd tests && npm ci --no-audit --no-fund
	@touch $@

# Debian's Chromium for browser tests and PostgreSQL for the second backend.
test-tools: chromium-tool
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y postgresql; }

chromium-tool:
	@command -v chromium >/dev/null || { \
	  $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y chromium; }

# numpy and scipy for the benchmark: into the user's site-packages with pip,
# or from Debian where pip may not install (an externally managed Python).
python-tools:
	@python3 -c 'import numpy, scipy' 2>/dev/null || \
	  PIP_ROOT_USER_ACTION=ignore python3 -m pip install --user --quiet --no-warn-script-location numpy scipy || { \
	  $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y python3-numpy python3-scipy; }

## Build ---------------------------------------------------------------------

# The wasm app, release build with the size-tuned profile, plus gzip copies
# the server sends to browsers that accept them.
app: tools
	trunk build --release
	@for f in dist/*.wasm dist/*.js dist/*.css; do gzip -9 -k -f "$$f"; done
	@echo "app size: $$(du -b dist/*.wasm | cut -f1) bytes wasm, $$(du -b dist/*.wasm.gz | cut -f1) gzip"

server:
	cargo build --release -p libranet-server

## Run -----------------------------------------------------------------------

run: app server
	@mkdir -p data
	exec ./target/release/libranet-server --bind $(BIND) --data-dir data --app-dir dist \
	  --demo true --library-name "$(LIBRARY_NAME)"

## Test ----------------------------------------------------------------------

test: tools test-tools lint app unit browser

lint:
	cargo fmt --all --check
	cargo clippy -p libranet-core -p libranet-server -p libranet-bench --all-targets -- -D warnings
	cargo clippy -p libranet-app --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p libranet-bench --lib --target wasm32-unknown-unknown -- -D warnings

# Core, server and app unit tests (the app's pure ones, such as its URL
# table, run natively), the server ones on SQLite and on a throwaway
# PostgreSQL started on loopback for the run.
unit:
	scripts/test-postgres.sh run cargo test -p libranet-core -p libranet-server -p libranet-app

# Headless Debian Chromium against the release app served by the real server.
browser: app
	cargo build -p libranet-server
	cd tests && LIBRANET_SERVER_BIN=$(CURDIR)/target/debug/libranet-server npx playwright test

## Benchmark -----------------------------------------------------------------

# Both benchmarks; see bench/README.md.
bench: bench-cohort bench-sign-in

# The cohort assignment solver against scipy's linear_sum_assignment on the
# same random costs: natively and as plain wasm in headless Chromium. Fails
# if the three optimal totals differ.
bench-cohort: system-tools wasm-target node-tools chromium-tool python-tools
	cargo build --release -p libranet-bench
	cargo build --release -p libranet-bench --lib --target wasm32-unknown-unknown
	python3 bench/assign.py

# A person signing in once a second while unknown usernames flood sign-in
# from 50 to 1000 kept-alive connections, against the release server on a
# fresh data directory per round (several minutes). Fails only if the
# person's address runs out of budget or an unknown username answers
# differently from an existing one; missed speed targets are printed.
# Extra options through SIGN_IN_BENCH_ARGS, e.g. "--secs 10".
bench-sign-in: system-tools
	cargo build --release -p libranet-server
	cargo build --release -p libranet-bench --bin sign-in-load
	ulimit -n 65536 2>/dev/null || ulimit -n "$$(ulimit -Hn)"; \
	  ./target/release/sign-in-load $(SIGN_IN_BENCH_ARGS)

clean:
	rm -rf dist target/wasm-opt tests/test-results

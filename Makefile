# Tierwise: build, test, bench and screenshot in one place.
#
#   make setup       install what is missing (wasm target, trunk, wasm-bindgen-cli,
#                    node_modules, Chromium + chromedriver, nightly + cargo-fuzz), checking versions
#   make build       release build of the web app into dist/
#   make serve       build, then serve dist/ on http://127.0.0.1:8080
#   make demo        build, then the app on :8080 and a blog article embedding it on :8081
#   make test        fmt, clippy (native + wasm), docs, native tests, a short fuzzing pass,
#                    browser tests, build, end-to-end tests: what CI runs (.ci/run)
#   make fuzz        the fuzz targets (split, share, read) for FUZZ_SECONDS each
#   make bench       reading (Tierwise native and wasm, uDSV, d3-dsv, Papa Parse), the split,
#                    the first load (sizes, wasm by crate, Lighthouse), a 1M-row roster in the
#                    built app (upload, sort, scroll, plan) → docs/benchmarks.md
#   make split-optima  HiGHS's optimum for each split fixture model (tests/fixtures/split/)
#                    → its NAME.highs.json beside it, committed (make test does not need HiGHS)
#   make screenshot  docs/screenshot.png of the page with the sample roster loaded
#
# Tool versions are pinned here and nowhere else (package.json pins binaryen to the
# same BINARYEN_VERSION; `make setup` checks the two agree).

# ---- pinned versions ------------------------------------------------------------
TRUNK_VERSION    := 0.21.14
BINARYEN_VERSION := 132
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly, or trunk
# tries to download its own copy (and fails offline). Read lazily: only the recipes
# that need it pay for `cargo pkgid`.
WASM_BINDGEN_VERSION = $(shell cargo pkgid wasm-bindgen 2>/dev/null | sed -E 's/.*[#@]//')

# ---- environment ----------------------------------------------------------------
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

# node_modules/.bin first: its wasm-opt (binaryen $(BINARYEN_VERSION)) must win over
# any older system one, which cannot read what rustc emits.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true

CHROMIUM     := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

SERVE_HOST := 127.0.0.1
SERVE_PORT := 8080

BENCH_DIR  := target/bench
SPLIT_SIZES := 100 1000 5000 20000
HIGHSPY_VERSION := 1.15.1
LIGHTHOUSE_VERSION := 13.5.0
TWIGGY_VERSION := 0.8.0
BENCH_ROWS := 1480000
BENCH_SEED := 20240607
BENCH_RUNS := 5

.PHONY: help setup setup-rust setup-trunk setup-wasm-bindgen setup-node setup-chromium \
        build build-dist serve demo test test-doc test-fmt test-clippy test-clippy-wasm test-native test-browser \
        test-e2e bench bench-tools bench-data bench-native bench-wasm bench-split-data bench-recompute-data bench-bigroster-data \
        screenshot clean fuzz test-fuzz setup-fuzz split-optima setup-highspy

help:
	@sed -n '3,16s/^# \{0,1\}//p' $(firstword $(MAKEFILE_LIST))

# ---- setup: install only what is missing ---------------------------------------
setup: setup-rust setup-trunk setup-wasm-bindgen setup-node setup-chromium setup-fonts setup-fuzz

setup-rust:
	@if rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then \
	  echo "setup: wasm32-unknown-unknown target present"; \
	else \
	  rustup target add wasm32-unknown-unknown; \
	fi
	@# A minimal rustup profile has neither; make test needs both.
	@if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then \
	  echo "setup: rustfmt and clippy present"; \
	else \
	  rustup component add rustfmt clippy; \
	fi

setup-trunk:
	@have="$$(trunk --version 2>/dev/null || true)"; \
	if [ "$$have" = "trunk $(TRUNK_VERSION)" ]; then \
	  echo "setup: $$have present"; \
	else \
	  echo "setup: installing trunk $(TRUNK_VERSION) (found: '$${have:-none}'); this takes 8-14 min"; \
	  cargo install --locked --force trunk@$(TRUNK_VERSION) --no-default-features --features rustls; \
	fi

setup-wasm-bindgen:
	@want="$(WASM_BINDGEN_VERSION)"; \
	if [ -z "$$want" ]; then \
	  echo "setup: cannot read the wasm-bindgen version from Cargo.lock (cargo pkgid wasm-bindgen)" >&2; \
	  exit 1; \
	fi; \
	have="$$(wasm-bindgen --version 2>/dev/null || true)"; \
	runner="$$(wasm-bindgen-test-runner --version 2>/dev/null || true)"; \
	if [ "$$have" = "wasm-bindgen $$want" ] && [ "$$runner" = "wasm-bindgen-test-runner $$want" ]; then \
	  echo "setup: $$have (and wasm-bindgen-test-runner) present"; \
	else \
	  echo "setup: installing wasm-bindgen-cli $$want (found: '$${have:-none}'); this takes 3-10 min"; \
	  cargo install wasm-bindgen-cli --version "$$want" --force; \
	fi

# npm ci only when the lock file is newer than what node_modules was installed from.
setup-node: node_modules/.package-lock.json
	@have="$$(wasm-opt --version 2>/dev/null || true)"; \
	case "$$have" in \
	  *"version $(BINARYEN_VERSION)"*) echo "setup: $$have present";; \
	  *) echo "setup: wasm-opt on PATH is '$${have:-none}', want binaryen $(BINARYEN_VERSION): fix package.json" >&2; exit 1;; \
	esac

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

setup-chromium:
	@if [ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ]; then \
	  echo "setup: $$($(CHROMIUM) --version 2>/dev/null | head -n1) present"; \
	else \
	  echo "setup: installing chromium and chromium-driver from apt"; \
	  $(SUDO) apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver; \
	fi

# Arabic and Thai glyphs for the browser tests' screenshots (Noto Sans Arabic, Noto Sans
# Thai: the page's font stack names them).
setup-fonts:
	@if fc-list 2>/dev/null | grep -q "Noto Sans Arabic" && fc-list | grep -q "Noto Sans Thai"; then \
	  echo "setup: Arabic and Thai fonts present"; \
	else \
	  echo "setup: installing fonts-noto-core (Arabic and Thai fonts) from apt"; \
	  $(SUDO) apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-noto-core fontconfig; \
	fi

# ---- build / serve --------------------------------------------------------------
build: setup build-dist

# The build without the setup checks (for `make test`, which has done them).
build-dist:
	trunk build --release --public-url ./

serve: build
	@echo "serving dist/ on http://$(SERVE_HOST):$(SERVE_PORT)/ (Ctrl-C to stop)"
	node scripts/static_server.mjs dist $(SERVE_PORT) $(SERVE_HOST)

# The demo blog (docs/embed-demo/) embeds the app from :8080, as the Embed dialog's snippet does.
demo: build
	node scripts/demo.mjs

# ---- test: what CI runs ---------------------------------------------------------
# Run in this order, each step only after the previous one passed; recipe lines
# (not prerequisites) so that `make -j` cannot reorder them.
test: setup
	@$(MAKE) --no-print-directory test-fmt
	@$(MAKE) --no-print-directory test-clippy
	@$(MAKE) --no-print-directory test-clippy-wasm
	@$(MAKE) --no-print-directory test-doc
	@$(MAKE) --no-print-directory test-native
	@$(MAKE) --no-print-directory test-fuzz
	@$(MAKE) --no-print-directory test-browser
	@$(MAKE) --no-print-directory build-dist
	@$(MAKE) --no-print-directory test-e2e

test-fmt:
	cargo fmt --all -- --check

test-clippy:
	cargo clippy --all-targets -- -D warnings

test-clippy-wasm:
	cargo clippy --target wasm32-unknown-unknown --features bench,page-engine --lib --bin tierwise-app --bin workbook --bin engine --tests -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --lib --bin tierwise-app --bin engine -- -D warnings

# The library's documentation builds without a broken or private link.
test-doc:
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib

test-native:
	cargo test

test-browser:
	CHROMEDRIVER=$(CHROMEDRIVER) \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver.json \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --target wasm32-unknown-unknown --features page-engine --test browser

# Needs dist/ (make build); the tests serve it themselves on a free 127.0.0.1 port.
test-e2e:
	@[ -f dist/index.html ] || { echo "test-e2e: dist/index.html missing: run make build" >&2; exit 1; }
	node --test tests/e2e/

# ---- bench ----------------------------------------------------------------------
bench: setup bench-tools bench-data bench-native bench-wasm bench-split-data bench-recompute-data bench-bigroster-data build-dist
	node bench/run.mjs --dir $(BENCH_DIR) --native $(BENCH_DIR)/native.jsonl \
	  --rounds $(BENCH_RUNS) --out docs/benchmarks.md
	node bench/split/run.mjs --dir $(BENCH_DIR) --rounds $(BENCH_RUNS) --out docs/benchmarks.md
	node bench/split/recompute.mjs --dist dist --roster $(BENCH_DIR)/roster1000.csv \
	  --rounds 3 --out docs/benchmarks.md
	node bench/firstload.mjs --dist dist --lighthouse --runs 3 --out docs/benchmarks.md
	node bench/bigroster.mjs --dist dist --roster $(BENCH_DIR)/roster1m.csv --out docs/benchmarks.md

# The first-load measure's tools, pinned, installed only for `make bench` (not by setup:
# CI does not need them): Lighthouse from npm (not saved in package.json) and twiggy.
bench-tools:
	@test -x node_modules/.bin/lighthouse && node_modules/.bin/lighthouse --version | grep -qx '$(LIGHTHOUSE_VERSION)' \
	  || npm install --no-save --no-audit --no-fund lighthouse@$(LIGHTHOUSE_VERSION)
	@twiggy --version 2>/dev/null | grep -q ' $(TWIGGY_VERSION)$$' || cargo install --locked twiggy --version $(TWIGGY_VERSION)

# The 1,000-creator roster the budget panel's recompute is timed on (the split fixtures' roster).
bench-recompute-data:
	python3 scripts/gen_roster.py --rows 1000 --seed 7 --out $(BENCH_DIR)/roster1000.csv

# The 1M-row roster the built app is tried with (bench/bigroster.mjs).
bench-bigroster-data:
	python3 scripts/gen_roster.py --rows 1000000 --seed 11 --out $(BENCH_DIR)/roster1m.csv

# The split instances (seeded) and HiGHS's answers on them (pip install highspy if missing).
bench-split-data: bench-wasm
	@python3 -c 'import highspy' 2>/dev/null || python3 -m pip install --quiet 'highspy==$(HIGHSPY_VERSION)'
	python3 bench/split/instances.py $(BENCH_DIR)/split/instances $(SPLIT_SIZES)
	python3 bench/split/highs.py $(addprefix $(BENCH_DIR)/split/instances/n,$(addsuffix .json,$(SPLIT_SIZES))) \
	  | tee $(BENCH_DIR)/split/highs.jsonl
	cp bench/split/bench.html bench/split/bench.mjs $(BENCH_DIR)/split/

# highspy $(HIGHSPY_VERSION) (pip), unless that version is already installed.
setup-highspy:
	@have="$$(python3 -c 'import importlib.metadata as m, highspy; print(m.version("highspy"))' 2>/dev/null || true)"; \
	if [ "$$have" = "$(HIGHSPY_VERSION)" ]; then \
	  echo "setup: highspy $$have present"; \
	else \
	  echo "setup: installing highspy $(HIGHSPY_VERSION) (found: '$${have:-none}')"; \
	  python3 -m pip install --quiet 'highspy==$(HIGHSPY_VERSION)'; \
	fi

# HiGHS's proven optimum for each split fixture model, written beside it as NAME.highs.json
# (bench/split/highs.py --optima; the format: tests/fixtures/README.md). tests/split.rs reads
# them; they are committed, so `make test` needs no HiGHS. One model a run, so that each
# file's "command" is the one that wrote it.
SPLIT_MODELS = $(sort $(filter-out %.highs.json,$(wildcard tests/fixtures/split/*.json)))

split-optima: setup-highspy
	@for m in $(SPLIT_MODELS); do python3 bench/split/highs.py --optima "$$m"; done

# Deterministic (seeded); the script skips the work when roster.csv.json says the
# file was already made by the same generator with the same settings.
bench-data:
	python3 scripts/gen_roster.py --rows $(BENCH_ROWS) --seed $(BENCH_SEED) --out $(BENCH_DIR)/roster.csv

bench-native: bench-data
	cargo build --release --bin tierwise --example csv_loop
	@rm -f $(BENCH_DIR)/native.jsonl $(BENCH_DIR)/csv_loop.jsonl
	@# Interleaved: Tierwise, then the bare csv-crate loop over the same bytes, each round.
	@for _ in $$(seq $(BENCH_RUNS)); do \
	  target/release/tierwise bench $(BENCH_DIR)/roster.csv | tee -a $(BENCH_DIR)/native.jsonl; \
	  target/release/examples/csv_loop $(BENCH_DIR)/roster.csv | tee -a $(BENCH_DIR)/csv_loop.jsonl; \
	done

bench-wasm:
	cargo build --release --lib --target wasm32-unknown-unknown --features bench
	@rm -rf $(BENCH_DIR)/pkg
	wasm-bindgen --target web --out-dir $(BENCH_DIR)/pkg \
	  target/wasm32-unknown-unknown/release/tierwise.wasm
	@# Optional: the bench still runs (and says so) if wasm-opt cannot read the module.
	@if wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int \
	     --enable-sign-ext --enable-mutable-globals --enable-reference-types \
	     --enable-multivalue \
	     $(BENCH_DIR)/pkg/tierwise_bg.wasm -o $(BENCH_DIR)/pkg/tierwise_bg.opt.wasm; then \
	  mv $(BENCH_DIR)/pkg/tierwise_bg.opt.wasm $(BENCH_DIR)/pkg/tierwise_bg.wasm; \
	  echo "wasm-opt -O3 (binaryen $(BINARYEN_VERSION))" > $(BENCH_DIR)/pkg/OPTIMIZED; \
	  echo "bench: wasm-opt -O3 applied"; \
	else \
	  echo "bench: wasm-opt failed; benchmarking the unoptimised module" >&2; \
	  rm -f $(BENCH_DIR)/pkg/tierwise_bg.opt.wasm $(BENCH_DIR)/pkg/OPTIMIZED; \
	fi
	cp bench/bench.html bench/bench.mjs bench/stats.mjs node_modules/papaparse/papaparse.min.js $(BENCH_DIR)/
	cp node_modules/udsv/dist/uDSV.mjs $(BENCH_DIR)/udsv.mjs
	cp node_modules/d3-dsv/dist/d3-dsv.mjs $(BENCH_DIR)/d3-dsv.mjs

# ---- fuzz -----------------------------------------------------------------------
# cargo-fuzz targets in fuzz/ (split, share, read; see fuzz/src/lib.rs), on a pinned
# nightly, one job each, without a sanitizer (safe Rust: the fuzz build's overflow checks
# and debug assertions are what find bugs, at twice the speed). Findings land in
# fuzz/artifacts/<target>/; the corpus grows in fuzz/corpus/<target>/ (not in git), from
# fuzz/seeds/ and fuzz/regressions/.
#   make fuzz                      each target for FUZZ_SECONDS (default 300)
#   make fuzz FUZZ_TARGETS=split   one target
#   make test-fuzz                 a short pass: FUZZ_TEST_RUNS inputs a target, fixed seed
#                                  (a count, not a time: a slower or faster machine tries
#                                  the same inputs, so what CI finds replays here)
FUZZ_TOOLCHAIN     := nightly-2026-05-20
CARGO_FUZZ_VERSION := 0.13.2
FUZZ_TARGETS       ?= split share read
FUZZ_SECONDS       ?= 300
FUZZ_TEST_RUNS     ?= 6000
FUZZ_OPTIONS       := -timeout=20 -rss_limit_mb=4096 -max_len=4096

# Builds every target, then runs each with libFuzzer's options $(1) (its own seed $(2): 0
# picks one at random).
define fuzz_run
	cargo +$(FUZZ_TOOLCHAIN) fuzz build -s none
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$t fuzz/artifacts/$$t; \
	  dirs="fuzz/corpus/$$t"; \
	  for d in fuzz/seeds/$$t fuzz/regressions/$$t; do if [ -d $$d ]; then dirs="$$dirs $$d"; fi; done; \
	  echo "fuzz: $$t ($(1))"; \
	  cargo +$(FUZZ_TOOLCHAIN) fuzz run -s none $$t $$dirs -- $(FUZZ_OPTIONS) \
	    -artifact_prefix=fuzz/artifacts/$$t/ $(1) -seed=$(2) -print_final_stats=1 \
	    || { echo "fuzz: $$t found a failing input in fuzz/artifacts/$$t/ (replay: cargo +$(FUZZ_TOOLCHAIN) fuzz run -s none $$t FILE)" >&2; exit 1; }; \
	done
endef

# The pinned nightly and cargo-fuzz, when missing (part of `make setup`).
setup-fuzz:
	@if rustup run $(FUZZ_TOOLCHAIN) rustc --version >/dev/null 2>&1; then \
	  echo "setup: $(FUZZ_TOOLCHAIN) present"; \
	else \
	  rustup toolchain install $(FUZZ_TOOLCHAIN) --profile minimal --no-self-update; \
	fi
	@have="$$(cargo fuzz --version 2>/dev/null || true)"; \
	if [ "$$have" = "cargo-fuzz $(CARGO_FUZZ_VERSION)" ]; then \
	  echo "setup: $$have present"; \
	else \
	  echo "setup: installing cargo-fuzz $(CARGO_FUZZ_VERSION) (found: '$${have:-none}'); about 2 min"; \
	  cargo install --locked --force cargo-fuzz --version $(CARGO_FUZZ_VERSION); \
	fi

fuzz: setup-fuzz
	$(call fuzz_run,-max_total_time=$(FUZZ_SECONDS),0)

# Fixed seed and a fixed number of inputs: the same corpus gives the same run on any
# machine. `make test` runs it (its installs are in `make setup`).
test-fuzz: setup-fuzz
	$(call fuzz_run,-runs=$(FUZZ_TEST_RUNS),1)

# ---- screenshot -----------------------------------------------------------------
screenshot: build
	node scripts/screenshot.mjs --dist dist --out docs/screenshot.png
	node scripts/screenshot.mjs --dist dist --lang ar --out docs/screenshot-ar.png
	node scripts/screenshot.mjs --dist dist --lang pl --width 390 --height 844 --out docs/screenshot-pl-phone.png

clean:
	rm -rf dist $(BENCH_DIR)

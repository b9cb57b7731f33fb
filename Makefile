# factcheck — the commands a fresh machine needs.
#   make demo   build, then check the bundled seed article against its sources
#   make test   the whole offline test suite
#   make lint   rustfmt and clippy, warnings as errors
#   make bench  every benchmark (see bench-* targets)

CARGO ?= cargo
BIN := target/release/factcheck

.PHONY: all build demo test lint fmt bench bench-claims bench-extract bench-quantities bench-verify bench-scale clean

all: build

build:
	$(CARGO) build --locked --release -p factcheck-cli

demo: build
	$(BIN) check fixtures/seed/article.txt --sources fixtures/seed/sources

test:
	$(CARGO) test --locked --workspace

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --locked --workspace --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all

# Benchmarks print figures; they are never timed tests. Targets are added
# as the benchmarks land (bench-extract, bench-quantities, …).
BENCHES := bench-claims bench-extract bench-quantities bench-verify bench-scale
bench: $(BENCHES)
	@echo "benchmarks run: $(if $(BENCHES),$(BENCHES),none yet)"

bench-claims:
	$(CARGO) run --locked --release -q -p factcheck-claims --example bench_claims -- fixtures/claims/labeled.jsonl fixtures/claims/events.jsonl

bench-extract:
	scripts/bench-extract.sh

bench-quantities:
	scripts/bench-quantities.sh

bench-scale:
	$(CARGO) run --locked --release -q -p factcheck-index --example bench_scale -- 100 10000 100000

bench-verify:
	$(CARGO) run --locked --release -q -p factcheck-tests --bin bench-verify -- fixtures/scenarios
	$(CARGO) run --locked --release -q -p factcheck-tests --bin bench-verify -- fixtures/heldout
	$(CARGO) run --locked --release -q -p factcheck-tests --bin bench-verify -- --archive

clean:
	$(CARGO) clean

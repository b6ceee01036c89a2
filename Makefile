# okr-coach — `make test` and `make demo` work on a fresh machine: they create .venv and
# install everything the project needs before running.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install test lint format demo bench clean serve browser-deps db-deps train notebooks

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: $(STAMP) lint browser-deps db-deps
	$(BIN)/python -m pytest

demo: $(STAMP)
	@for f in examples/*.txt examples/*.md; do \
		echo "=== $$f"; $(BIN)/okr-coach review "$$f" || true; echo; \
	done

# Every benchmark, written to bench/RESULTS.md (a 60 s load test per phase: several minutes).
# BENCH_ARGS=--smoke for a quick check that they all work; BENCH_ARGS="--duration 20" to shorten.
bench: $(STAMP)
	$(BIN)/python bench/run_all.py $(BENCH_ARGS)

serve: $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[service]'
	$(BIN)/okr-coach serve --host 127.0.0.1 --port 8000

# Debian's chromium (and a CJK font) for the browser tests; they skip where it is missing.
browser-deps:
	@if command -v chromium >/dev/null 2>&1; then \
		echo "chromium: $$(command -v chromium)"; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei; \
	else \
		echo "chromium is not installed and this is not root: the browser tests will skip"; \
	fi

# Debian's PostgreSQL server for the feedback store's test (it starts a throwaway cluster on
# loopback); the test skips where the server binaries are missing.
db-deps:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then \
		echo "postgresql: $$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)"; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; \
	else \
		echo "postgresql is not installed and this is not root: its test will skip"; \
	fi

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

# Rebuild the classifier from the corpus (fixed seeds, offline): generated data, the artifact in
# models/artifact/ (thresholds and defaults decided on the val authors with the rules in the
# checkout), the method comparison in models/MODEL_CARD.md and the datasheet counts.
train: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[compare]'
	$(BIN)/python -m models.generate
	$(BIN)/python -m models.train
	$(BIN)/python -m models.evaluate
	$(BIN)/python -m models.stats

# Execute the notebooks headless, in place (outputs saved).
notebooks: $(STAMP)
	$(BIN)/python -m models.notebooks --write

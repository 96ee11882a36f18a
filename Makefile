# Two commands do all set-up on a fresh machine with Python 3.11 and make:
#   make report               run the study on the seed sample -> reports/report.html
#   make report CORPUS=path   same study on another corpus     -> runs/<name>/reports/report.html
#   make test                 the test suite (end-to-end seed run included; PolNeAR/corpus tests skip without ../shared)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CORPUS ?=
SHELL  := /bin/bash
.SHELLFLAGS := -o pipefail -ec
QUIET_PIP := { grep -v "^WARNING: Location" || true; }

.PHONY: report test venv bench clean-run screenshot

venv: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt 2>&1 | $(QUIET_PIP)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . 2>&1 | $(QUIET_PIP)
	$(PY) -c "import peacetalks, pandas, nltk, papermill, pytest"
	touch $(STAMP)

report: $(STAMP)
	$(PY) -m peacetalks report $(if $(CORPUS),--corpus "$(CORPUS)",)

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) benchmarks/bench_ingest.py
	$(PY) benchmarks/bench_quotes.py

screenshot: $(STAMP)
	$(PY) scripts/screenshot.py reports/report.html reports/report.png

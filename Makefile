# Two commands for a new user: `make run` and `make test`. Everything else is a helper.
SHELL := /bin/bash
.DEFAULT_GOAL := run
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORES ?= 2
STAMP := $(VENV)/.installed
# DVC stages call `snakemake`: make the venv's tools the ones found first.
export PATH := $(abspath $(BIN)):$(PATH)

# Offline hygiene: nothing phones home, nothing is downloaded at run time.
export MLFLOW_DISABLE_TELEMETRY := true
export DVC_NO_ANALYTICS := 1
export ITERATIVE_DO_NOT_TRACK := 1
export DVC_STUDIO_OFFLINE := 1
export GX_ANALYTICS_ENABLED := false
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_HUB_DISABLE_PROGRESS_BARS := 1
export PYTHONHASHSEED := 0

.PHONY: install data run test lint ui dvc-yaml report bench clean

$(STAMP): requirements/lock.txt requirements/no-deps.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install -q --disable-pip-version-check -r requirements/lock.txt
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements/no-deps.txt
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/pip freeze --exclude-editable > requirements/installed.txt
	touch $@

install: $(STAMP)

data: $(STAMP)
	$(BIN)/confide prepare-data

# One line per finished job (the full log stays in .snakemake/log/), then the headline numbers,
# the report's path and the MLflow runs page.
run: data
	@set -o pipefail; $(BIN)/snakemake --profile profiles/local --cores $(CORES) 2>&1 \
		| $(BIN)/python -m confide.report.console condense
	@# Snakemake wrote the outputs; record them in dvc.lock so `dvc status` is clean (about 5 s).
	@$(BIN)/dvc commit --force --quiet
	@$(BIN)/python -m confide.report.console finish

# Speech branch on FSDD (params-audio.yaml over params.yaml); report: reports/audio.html.
.PHONY: run-audio
run-audio: $(STAMP)
	$(BIN)/snakemake --profile profiles/local --cores $(CORES) --configfile params-audio.yaml
	@echo "speech report: reports/audio.html"

# Synthetic augmentation demo (params-synthetic.yaml over params.yaml) in its own folder, so the
# default run's results stay: DP synthetic questionnaires feed DP training; composed ε in the ledgers.
.PHONY: run-synthetic
run-synthetic: $(STAMP)
	mkdir -p runs/synthetic && cp params.yaml runs/synthetic/params.yaml
	$(BIN)/snakemake --profile profiles/local --cores $(CORES) --snakefile Snakefile \
		--directory runs/synthetic --configfile $(CURDIR)/params-synthetic.yaml
	@echo "augmentation report: runs/synthetic/reports/report.html (summary.json beside it)"

test: data
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/snakemake --lint

ui: $(STAMP)
	@$(BIN)/python -m confide.report.console ui-url
	$(BIN)/mlflow ui --backend-store-uri sqlite:///mlflow.db --host 127.0.0.1 --port 5000

dvc-yaml: $(STAMP)
	$(BIN)/confide export-dvc

report: data
	$(BIN)/snakemake --profile profiles/local --cores $(CORES) --report reports/snakemake_report.html

clean:
	rm -rf results logs benchmarks .snakemake reports/*.html reports/*.json

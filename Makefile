# Bilateral: `make run` builds the warehouse, `make test` runs the suite.
# Only python3 (>=3.11), pip and make are needed; everything else goes into .venv/.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.9
STAMP := $(VENV)/.bilateral-setup.stamp
GOLD ?= ../shared/gold/seeds

export UV_COMPILE_BYTECODE := 1
export UV_LINK_MODE := copy
export UV_NO_PROGRESS := 1
export DAGSTER_HOME := $(CURDIR)/.dagster_home

.PHONY: setup run test ui sql report score score-open score-sealed score-invented dump-rows bench bench-instructions bench-refresh lock validate clean

setup: $(STAMP)

# Re-done only when the lock file or pyproject.toml change (or .venv is gone).
$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(UV) --version 2>/dev/null | grep -q ' $(UV_VERSION)' || $(PY) -m pip install -q --disable-pip-version-check uv==$(UV_VERSION)
	$(UV) pip sync -q --python $(PY) requirements.lock
	$(UV) pip install -q --python $(PY) --no-deps -e .
	@touch $@

$(DAGSTER_HOME)/dagster.yaml: orchestration/dagster.yaml
	@mkdir -p $(DAGSTER_HOME)
	cp $< $@

run: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(PY) -W ignore -m dagster asset materialize -m orchestration.definitions --select '*' \
		--config-json '{"loggers": {"console": {"config": {"log_level": "INFO"}}}}'
	@$(PY) scripts/summary.py

test: $(STAMP)
	$(PY) -m pytest -q

ui: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/dagster dev -m orchestration.definitions

# A read-only SQL session on the published warehouse (refreshes go on while it is open).
WAREHOUSE ?= $(or $(BILATERAL_WAREHOUSE),warehouse/bilateral.duckdb)
sql: $(STAMP)
	$(VENV)/bin/duckdb -readonly $(WAREHOUSE)

# One self-contained HTML file (charts + marts tables) beside the warehouse: <name>.report.html
report: $(STAMP)
	$(PY) scripts/report.py --warehouse $(WAREHOUSE)

validate: $(STAMP)
	$(VENV)/bin/dagster definitions validate -m orchestration.definitions

score: $(STAMP)
	$(PY) scripts/score.py --gold $(GOLD) --by-language

# The dev articles we may read (every miss listed) and the sealed ones (aggregate scores only).
score-open: $(STAMP)
	$(PY) scripts/score.py --gold ../shared/gold/dev --subset open --by-language

score-sealed: $(STAMP)
	$(PY) scripts/score.py --gold ../shared/gold/dev --subset sealed --by-language

# The invented batches of tests/invented (kk/ru/en, written by helpers on themes): F1 per batch and pooled.
# COMPARE=FILE (written with SAVE=FILE) prints the change and fails when a batch's F1 fell.
score-invented: $(STAMP)
	$(PY) scripts/score_invented.py $(if $(SAVE),--save $(SAVE)) $(if $(COMPARE),--compare $(COMPARE))

# Every row the engine reads from the seeds, open dev articles and invented batches (sealed left out),
# one line each, to diff before/after a rule; ENGINE=DIR reads with another checkout's engine.
dump-rows: $(STAMP)
	@$(PY) scripts/dump_rows.py $(if $(ENGINE),--engine $(ENGINE))

# Engine throughput (articles/s, MB/s) on the seed + dev articles repeated.
bench: $(STAMP)
	$(PY) scripts/bench_engine.py --copies 40

# Engine cost in instructions per article (valgrind): steady on a loaded machine, unlike articles/s.
bench-instructions: $(STAMP)
	$(PY) scripts/bench_instructions.py

# Refresh throughput and memory: N distinct articles, full / no-op / +100 files (scripts/bench_refresh.py).
N ?= 20000
bench-refresh: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(PY) scripts/bench_refresh.py --n $(N)

# Regenerate the pinned lock file after changing dependencies in pyproject.toml.
lock: $(STAMP)
	$(UV) pip compile -q pyproject.toml --extra dev --universal --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache

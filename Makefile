# Samdrift: `make run` opens the app on the demo project, `make test` runs every test headless.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
DEMO_DIR := demo-project

.PHONY: setup system-deps run demo test test-core bench lint migration clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

system-deps:
	@bash build/install-system-deps.sh

setup: system-deps $(STAMP)

demo: setup
	@test -e "$(DEMO_DIR)" || $(BIN)/samdrift demo $(DEMO_DIR)

run: demo
	$(BIN)/samdrift gui $(DEMO_DIR)/*.samdrift

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test-core: setup
	$(BIN)/pytest -q -m "not gui and not libreoffice"

bench: setup
	$(BIN)/python bench/bench_values.py
	$(BIN)/python bench/bench_import.py
	$(BIN)/python bench/bench_dedup.py
	$(BIN)/python bench/bench_scenarios.py

lint: setup
	$(BIN)/ruff check desktop db tests bench
	$(BIN)/mypy

migration: setup
	$(BIN)/python -m db.revision "$(MSG)"

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .bench $(DEMO_DIR)

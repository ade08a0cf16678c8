# Samdrift: `make run` opens the app on the demo project, `make test` runs every test headless.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
DEMO_DIR := demo-project

.PHONY: setup system-deps run demo test test-core bench lint migration clean
.PHONY: dist smoke screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,postgres]'
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
	$(BIN)/python bench/bench_report.py
	$(BIN)/python bench/bench_storage.py

lint: setup
	$(BIN)/ruff check desktop db tests bench
	$(BIN)/mypy

migration: setup
	$(BIN)/python -m db.revision "$(MSG)"

# The app at 1366×768 and 1920×1080, 100 % and 150 %, light and dark (build/screenshots.py)
screenshots: setup
	$(BIN)/python build/screenshots.py --out build/work/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .bench $(DEMO_DIR)
	rm -rf dist build/work

# Packaging (issue 5): a one-folder app for this OS in dist/samdrift (PyInstaller, build/samdrift.spec),
# then the smoke test on it (build/smoke.sh: no Python on the path, offscreen).
BUILD_STAMP := $(VENV)/.installed-build-$(shell sha1sum pyproject.toml | cut -c1-12)

$(BUILD_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[build]'
	rm -f $(VENV)/.installed-build-* && touch $(BUILD_STAMP)

dist: setup $(BUILD_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/work build/samdrift.spec
	bash build/smoke.sh dist/samdrift

smoke:
	bash build/smoke.sh dist/samdrift

# The two commands a newcomer needs: `make demo` and `make test`.
# Both install what is missing first (Debian packages, then the venv in .venv).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENV_STAMP := $(VENV)/.installed

.PHONY: deps test lint demo bench clean bundle test-packaging

deps: $(VENV_STAMP)
	@bash packaging/install-deps.sh

$(VENV_STAMP): pyproject.toml
	@bash packaging/install-deps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

lint: deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy kiosk/core kiosk/staff

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

demo: deps
	$(BIN)/python -m kiosk.testbed.demo --config config/demo.toml

# Packaging (packaging/README.md): the PyInstaller bundle at dist/kiosk, and the
# tests that run on what was built (CI runs them after `make test`).
PACKAGING_STAMP := $(VENV)/.packaging
$(PACKAGING_STAMP): $(VENV_STAMP)
	@$(BIN)/python -m pip install -q -e '.[dev,packaging]'
	@touch $@

bundle: $(PACKAGING_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/pyinstaller/kiosk.spec
	@du -sh dist/kiosk | awk '{print "bundle: dist/kiosk is " $$1}'

test-packaging: bundle
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m packaging tests/packaging

bench: deps
	$(BIN)/python -m bench

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache

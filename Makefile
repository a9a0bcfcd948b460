# The two commands a newcomer needs: `make demo` and `make test`.
# Both install what is missing first (Debian packages, then the venv in .venv).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENV_STAMP := $(VENV)/.installed

# Translations: kiosk/ui/translations/kiosk_<lang>.ts are the sources (committed);
# the .qm files the kiosk loads are built from them here (not committed).
LANGUAGES := en ne pl ro tr ar
TS_DIR := kiosk/ui/translations
TS_FILES := $(LANGUAGES:%=$(TS_DIR)/kiosk_%.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: deps test lint demo bench clean bundle deb image test-packaging translations translations-update

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

# lrelease compiles "unfinished" entries too (no -nounfinished): the residents
# read the best translation we have while a council translator checks it.
translations: $(QM_FILES)

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts $(VENV_STAMP)
	@$(BIN)/pyside6-lrelease -silent $< -qm $@

# Extract every qsTr() in the QML and tr() in the Python into the .ts files,
# keeping what is translated; then translate the new entries (README). No
# guessing from the same or similar text elsewhere: staff-mode contexts must
# stay empty (English), and a translator checks every new entry anyway.
translations-update: deps
	@for lang in $(LANGUAGES); do \
	    $(BIN)/pyside6-lupdate -silent -extensions qml,py -locations none -no-obsolete \
	        -disable-heuristic sametext -disable-heuristic similartext \
	        -source-language en_GB -target-language $$lang kiosk -ts $(TS_DIR)/kiosk_$$lang.ts \
	        || exit 1; \
	done

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# DEMO_ARGS=--free-ports runs the parts on free ports, beside another demo.
DEMO_ARGS ?=
demo: deps translations
	$(BIN)/python -m kiosk.testbed.demo --config config/demo.toml $(DEMO_ARGS)

# Packaging (packaging/README.md): the PyInstaller bundle at dist/kiosk, and the
# tests that run on what was built (CI runs them after `make test`).
PACKAGING_STAMP := $(VENV)/.packaging
$(PACKAGING_STAMP): $(VENV_STAMP)
	@$(BIN)/python -m pip install -q -e '.[dev,packaging]'
	@touch $@

bundle: $(PACKAGING_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/pyinstaller/kiosk.spec
	@du -sh dist/kiosk | awk '{print "bundle: dist/kiosk is " $$1}'

# The Debian package (packaging/debian/build-deb.sh) at dist/greenwich-kiosk_*.deb.
deb: bundle
	bash packaging/debian/build-deb.sh

# A station's disk image (packaging/image/README.md): make image SITE=woolwich-01
SITE ?= woolwich-01
PRINTER_URI ?= none
image: deb
	install -D -m 0644 -t packaging/image/mkosi.extra/var/cache/greenwich-kiosk dist/greenwich-kiosk_*_amd64.deb
	cd packaging/image && mkosi --force \
		--environment=KIOSK_SITE=$(SITE) --environment=KIOSK_PRINTER_URI=$(PRINTER_URI) build

test-packaging: deb
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m packaging tests/packaging

bench: deps
	$(BIN)/python -m bench

clean:
	rm -rf build dist packaging/image/mkosi.extra/var .pytest_cache .mypy_cache .ruff_cache

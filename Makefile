# `make run` starts the desk on local.db (demo data on first run); `make test` runs every test.
# Both install what is missing first: Debian packages (as root), the .venv, pinned wheels.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := resources/translations/desk_zh_CN.qm

.PHONY: setup run test bench bench-quick reliability screenshots clean-venv

setup: $(STAMP) $(QM)

$(STAMP): requirements.txt requirements-central.txt requirements-dev.txt scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

$(QM): resources/translations/desk_zh_CN.ts $(STAMP)
	$(PY) tools/i18n.py compile

run: setup
	$(PY) main.py --demo

PG_URL := postgresql+psycopg://desk:desk@127.0.0.1:5433/desk_test

test: setup
	bash scripts/setup-test-printer.sh
	bash scripts/setup-test-postgres.sh
	DESK_TEST_PG_URL=$(PG_URL) QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: setup
	$(PY) -m desk.bench

bench-quick: setup
	$(PY) -m desk.bench --quick

# Crash safety (100 kills mid-write) and the personal data scan; docs/RELIABILITY.md. CI runs the quick
# forms through tests/test_reliability.py.
reliability: setup
	$(PY) scripts/crash_stress.py
	QT_QPA_PLATFORM=offscreen $(PY) scripts/pii_scan.py

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) main.py screenshot --out docs/screenshots

clean-venv:
	rm -rf $(VENV)

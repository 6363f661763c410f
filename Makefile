# `make run` starts the desk on local.db (demo data on first run); `make test` runs every test.
# Both install what is missing first: Debian packages (as root), the .venv, pinned wheels.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := resources/translations/desk_zh_CN.qm

.PHONY: setup run test bench bench-quick reliability screenshots bundle clean-venv

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

# The installable one-folder bundle (build.spec, README "Building the installable bundle"): build it,
# smoke-run it offscreen and refuse it when it grows past BUNDLE_MAX_MB.
BUNDLE_MAX_MB := 250
bundle: setup
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller build.spec
	dist/desk/desk --version
	QT_QPA_PLATFORM=offscreen dist/desk/desk --self-test
	@du -sh dist/desk
	@size=$$(du -sm dist/desk | cut -f1); if [ $$size -gt $(BUNDLE_MAX_MB) ]; then \
		echo "dist/desk is $$size MB, more than $(BUNDLE_MAX_MB) MB" >&2; exit 1; fi

clean-venv:
	rm -rf $(VENV)

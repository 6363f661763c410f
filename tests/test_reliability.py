"""Issue #11: the crash stress and the personal data scan (scripts/, docs/RELIABILITY.md) in their quick
forms, their checkers shown to catch what they look for, and the masked log and crash reports."""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk.logs import MaskingFormatter, crash_report_text, scrub, write_crash_report

ROOT = Path(__file__).resolve().parents[1]
ID = "11010519491231002X"
MOBILE = "13812345678"


def script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def run(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)


# --- crash stress ----------------------------------------------------------------------------------------

def test_crash_stress_quick_run_loses_nothing():
    done = run("scripts/crash_stress.py", "--quick", "--seed", "11", "--json")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    figures = json.loads(done.stdout)
    assert figures["failures"] == 0 and figures["runs"] >= 5
    assert figures["kills_while_writing"] + figures["kills_between_writes"] + figures["kills_before_first_write"] \
        == figures["runs"]
    assert figures["writes_acknowledged"] > 0 and figures["acknowledged_changes_checked"] >= figures["writes_acknowledged"]


def test_crash_checker_notices_a_lost_change_and_a_gap(tmp_path):
    stress = script("crash_stress")
    db = tmp_path / "local.db"
    stress.prepare(db)
    expected = stress.Expected()
    assert stress.check(db, expected, None) == []
    expected.tickets["no-such-ticket"] = "A001"
    expected.cases["no-such-case"] = ("(2026)金调字第009号", "0" * 20)
    problems = stress.check(db, expected, None)
    assert any("ticket A001 is missing" in p for p in problems)
    assert any("case (2026)金调字第009号 is missing" in p for p in problems)


# --- personal data scan -------------------------------------------------------------------------------

def test_pii_scan_quick_session_finds_nothing():
    done = run("scripts/pii_scan.py", "--quick")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-3000:]
    assert "0 findings" in done.stdout and "FAILED" not in done.stdout
    assert "data/logs/desk.log" in done.stdout and "crash-" in done.stdout  # it did scan a log and a crash report
    assert "ok: a backup was written and checked" in done.stdout and "ok: the restore brought the backup back" in done.stdout


def test_pii_scanner_finds_an_unmasked_number(tmp_path):
    pii = script("pii_scan")
    (tmp_path / "tmp").mkdir()
    (tmp_path / "data" / "logs").mkdir(parents=True)
    (tmp_path / pii.SESSION_FILE).write_text(json.dumps({"people": [{"name": "张三", "id_number": ID,
                                                                      "mobile": MOBILE}]}), "utf-8")
    (tmp_path / "data" / "local.db").write_text(f"{ID} {MOBILE}")  # the database is not scanned
    (tmp_path / "data" / "logs" / "desk.log").write_text("masked: 110105********002X 138****5678\n", "utf-8")
    (tmp_path / "tmp" / "draft.txt").write_text(f"line one\n身份证 {ID.lower()}，电话 138 1234 5678\n", "utf-8")
    scanned, findings = pii.scan(tmp_path, out=open(os.devnull, "w"))
    assert scanned == 2
    assert findings == ["tmp/draft.txt:2: ID number 110105********002X", "tmp/draft.txt:2: mobile number 138****5678"]


# --- the masked log and crash reports ---------------------------------------------------------------------

def test_log_records_and_tracebacks_are_masked():
    formatter = MaskingFormatter("%(levelname)s %(message)s")
    try:
        raise RuntimeError(f"party {ID} phone {MOBILE}")
    except RuntimeError:
        record = logging.LogRecord("desk", logging.ERROR, __file__, 1, "looked up %s / %s", (ID, MOBILE), sys.exc_info())
    text = formatter.format(record)
    assert ID not in text and MOBILE not in text
    assert "110105********002X" in text and "138****5678" in text and "RuntimeError" in text


def test_sql_values_stay_out_of_the_log():
    text = ("(sqlite3.IntegrityError) FOREIGN KEY constraint failed\n[SQL: INSERT INTO mediation_party (name) VALUES (?)]"
            "\n[parameters: ('张三明', '纬五路12号院', 'a]b')]\n(Background on this error at: https://sqlalche.me/e/21/gkpj)")
    out = scrub(text)
    assert "张三明" not in out and "纬五路" not in out
    assert "[SQL: INSERT INTO mediation_party (name) VALUES (?)]\n[parameters: not logged]\n(Background" in out


def test_crash_report_is_masked_and_kept_to_a_few(tmp_path, monkeypatch):
    try:
        raise ValueError(f"bad {ID}")
    except ValueError as exc:
        info = (type(exc), exc, exc.__traceback__)
    assert ID not in crash_report_text(*info) and "ValueError: bad 110105********002X" in crash_report_text(*info)
    monkeypatch.setattr("desk.logs.KEEP_CRASH_REPORTS", 3)
    paths = [write_crash_report(*info, directory=tmp_path) for _ in range(5)]
    assert all(paths) and len(list(tmp_path.glob("crash-*.txt"))) == 3


@pytest.mark.parametrize("text", [f"ID{ID}", f"{ID}号", f"tel:{MOBILE}abc", "４１０１０５１９９００１０１１２３３"])
def test_numbers_next_to_letters_or_in_full_width_are_masked(text):
    from desk.validation import mask_personal_text

    masked = mask_personal_text(text)
    assert "*" in masked and ID not in masked and MOBILE not in masked

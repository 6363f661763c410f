"""Headless commands: seed-demo, backup/restore, screenshot, and a clear word without a display."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from desk.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_seed_demo_with_scale(tmp_path, capsys):
    db = tmp_path / "big.db"
    assert main(["--db", str(db), "seed-demo", "--scale", "5000"]) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM audit_record").fetchone()[0] > 5000
    conn.close()
    assert main(["--db", str(db), "verify-audit"]) == 0


def test_backup_and_restore(tmp_path, capsys):
    db = tmp_path / "local.db"
    assert main(["--db", str(db), "seed-demo"]) == 0
    backup = tmp_path / "backup.db"
    assert main(["--db", str(db), "backup", "--out", str(backup)]) == 0
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM dictionary_entry")
    conn.commit()
    conn.close()
    assert main(["--db", str(db), "restore", str(backup)]) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM dictionary_entry").fetchone()[0] == 86
    conn.close()
    assert main(["--db", str(db), "verify-audit"]) == 0


def test_restore_of_a_missing_file_says_so(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "x.db"), "restore", str(tmp_path / "nope.db")]) == 1
    assert "not found" in capsys.readouterr().err


def test_no_display_gives_advice_not_an_abort(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "x.db")],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "xvfb-run" in result.stderr and "screenshot" in result.stderr


def test_version():
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True)
    assert result.stdout.startswith("desk ")


def test_screenshot_command(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "screenshot", "--out", str(tmp_path / "shots")],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    names = {p.name for p in (tmp_path / "shots").glob("*.png")}
    assert {"login.png", "setup-1.png", "main-audit.png", "main-accounts.png", "dialog-print-preview.png"} <= names
    for png in (tmp_path / "shots").glob("*.png"):
        assert png.stat().st_size > 5000

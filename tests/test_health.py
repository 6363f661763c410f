"""Issue #10, start-up health and crashes: a damaged database (garbage written into its pages) is refused
before it is opened, the app offers the latest good backup instead and never opens the damaged file; a
check that runs out of time finishes in the background; an uncaught exception shows a calm message and
leaves a masked report; what was typed in the intake, notary and consultation forms comes back after a
crash."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.db import open_database
from desk.models.accounts import User
from desk.services.auth import actor_for
from desk.services.container import Services
from desk.services.db_health import check_health
from desk.services.demo import seed_demo
from desk.services.permissions import SYSTEM

ID = "11010519491231002X"
MOBILE = "13812345678"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("seed") / "local.db"
    services = Services(open_database(path))
    seed_demo(services, demo_cases=0)
    services.db.dispose()
    return path


@pytest.fixture
def db_file(demo_file, tmp_path):
    path = tmp_path / "data" / "local.db"
    path.parent.mkdir()
    shutil.copy(demo_file, path)
    return path


def corrupt(path: Path, tables=("audit_record", "queue_ticket", "user_account"), offset: int = 0) -> None:
    """Write random bytes over the root pages of ``tables`` (from ``offset`` into each page)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (t,)).fetchone()[0] for t in tables]
    conn.close()
    rng = random.Random(10)
    with open(path, "r+b") as fh:
        for root in roots:
            fh.seek((root - 1) * page_size + offset)
            fh.write(bytes(rng.randrange(256) for _ in range(page_size - offset)))


def user(services: Services, username: str):
    with services.db.reader() as s:
        return actor_for(s.scalar(select(User).where(User.username == username)))


# --- the check --------------------------------------------------------------------------------------

def test_a_healthy_database_passes_quickly(db_file):
    health = check_health(db_file)
    assert health.ok is True and health.complete and health.seconds < 1.0
    assert check_health(db_file.parent / "new.db").ok is True  # not there yet: a new database


def test_garbage_in_the_pages_of_a_real_database_is_found_and_the_file_left_alone(db_file):
    corrupt(db_file)
    before = digest(db_file)
    health = check_health(db_file)
    assert health.ok is False and health.detail
    assert digest(db_file) == before


@pytest.mark.parametrize("damage", ["schema page", "header", "text", "cut short"])
def test_other_damage_is_found_too(db_file, damage):
    if damage == "schema page":  # page 1 after its 100-byte header: the schema itself
        with open(db_file, "r+b") as fh:
            fh.seek(100)
            fh.write(os.urandom(3000))
    elif damage == "header":
        with open(db_file, "r+b") as fh:
            fh.seek(16)
            fh.write(b"\x00\x03")  # page size 3
    elif damage == "text":
        db_file.write_text("these are my notes" * 500)
    else:
        size = db_file.stat().st_size
        with open(db_file, "r+b") as fh:
            fh.truncate(size // 2 + 100)
    assert check_health(db_file).ok is False


def test_a_big_file_checked_today_and_closed_cleanly_is_not_read_again_at_start(db_file, monkeypatch):
    from desk.services import db_health

    monkeypatch.setattr(db_health, "BIG_FILE_BYTES", 1)  # the demo file counts as big
    first = check_health(db_file)
    assert first.ok is True and "checked in full" not in first.detail
    assert (db_file.parent / "local.db.checked").exists()
    corrupt(db_file)  # pages damaged while the desk was closed: the header still reads fine
    skipped = check_health(db_file)
    assert skipped.ok is True and "checked in full" in skipped.detail
    assert check_health(db_file, budget=None).ok is False  # an explicit full check always reads every page
    wal = Path(str(db_file) + "-wal")
    wal.write_bytes(b"")  # left behind by a crash: read every page again
    assert check_health(db_file).ok is False
    wal.unlink(missing_ok=True)  # SQLite may have removed the empty one when the check closed
    stamp = db_file.parent / "local.db.checked"
    stamp.write_text('{"checked_at": "%s"}' % (datetime.now() - db_health.RECHECK_AFTER).isoformat(), encoding="utf-8")
    assert check_health(db_file).ok is False  # a day later: read again
    monkeypatch.setattr(db_health, "BIG_FILE_BYTES", 1 << 40)
    stamp.write_text('{"checked_at": "%s"}' % datetime.now().isoformat(), encoding="utf-8")
    assert check_health(db_file).ok is False  # a file below the size is always read


def test_a_check_out_of_time_is_finished_in_the_background(gui, db_file):
    from desk.views.health_dialog import BackgroundCheck

    partial = check_health(db_file, budget=0.0)
    assert partial.ok is None and not partial.complete
    finished = BackgroundCheck(db_file, partial)  # waits for the check still running
    finished.start()
    assert finished.result.ok is True and finished.result.complete
    corrupt(db_file)
    damaged = []
    check = BackgroundCheck(db_file)
    check.sig_damaged.connect(damaged.append)
    check.start()
    assert check.result is not None and check.result.ok is False
    assert damaged and damaged[0].ok is False


# --- the app at start-up ------------------------------------------------------------------------------

@pytest.fixture
def app_quiet(monkeypatch):
    """run_gui without its global log set-up and crash hook (not for a test)."""
    from desk import logs

    monkeypatch.setattr(logs, "setup_logging", lambda *args, **kwargs: None)
    monkeypatch.setattr("desk.views.crash_notice.set_crash_notifier", lambda notify: None)


def test_the_app_refuses_a_damaged_database_and_never_opens_it(gui, db_file, app_quiet, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from desk.app import run_gui
    from desk.views.health_dialog import HealthDialog

    corrupt(db_file)
    before = digest(db_file)
    opened, shown = [], []
    monkeypatch.setattr("desk.db.open_database", lambda *a, **k: opened.append(a))

    def answer_quit(dialog):
        shown.append((dialog.windowTitle(), dialog.list.count(), dialog.restore_btn.isEnabled(),
                      dialog.none_label.isHidden()))
        return 0
    monkeypatch.setattr(HealthDialog, "exec", answer_quit)
    assert run_gui(db_file, lang="zh_CN") == 1
    [(title, listed, can_restore, none_hidden)] = shown
    assert title == QCoreApplication.translate("HealthDialog", "The database is damaged")
    assert listed == 0 and not can_restore and not none_hidden  # no backup: it says so
    assert opened == [] and digest(db_file) == before
    assert sorted(p.name for p in db_file.parent.iterdir()) == ["local.db"]  # nothing written beside it


def test_the_app_offers_the_latest_good_backup_and_restores_it(gui, db_file, app_quiet, monkeypatch):
    from desk.app import run_gui
    from desk.services.audit import AuditQuery
    from desk.views.health_dialog import HealthDialog
    from desk.views.login_dialog import LoginDialog

    services = Services(open_database(db_file))
    services.settings.set_internal(SYSTEM, "backup.folder", str(db_file.parent.parent / "usb"))
    services.backups.clock = lambda: datetime(2026, 3, 9, 12, 30)
    older = services.backups.run_now(SYSTEM)
    services.backups.clock = lambda: datetime(2026, 3, 10, 12, 30)
    good = services.backups.run_now(SYSTEM)
    services.db.dispose()
    unchecked = good.path.with_name("desk-20260311-120000.db")  # newer, but not checked by this desk
    shutil.copy(good.path, unchecked)
    corrupt(db_file)
    damaged_size = db_file.stat().st_size
    offered = []

    def answer_restore(dialog):
        offered.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        offered.append(dialog.selected())
        dialog._restore()
        return 1
    monkeypatch.setattr(HealthDialog, "exec", answer_restore)
    monkeypatch.setattr(LoginDialog, "exec", lambda self: 0)  # then the sign-in: cancelled
    assert run_gui(db_file, lang="zh_CN") == 0
    labels, chosen = offered
    assert len(labels) == 3 and labels[0].startswith("2026-03-11 12:00") and labels[1].startswith("2026-03-10 12:30")
    assert chosen == good.path and older.path != chosen
    assert check_health(db_file, budget=None).ok is True
    [aside] = list(db_file.parent.glob("local.replaced-*.db"))
    assert check_health(aside).ok is False and aside.stat().st_size == damaged_size  # kept for a specialist
    restored = Services(open_database(db_file))
    actions = [r.action for r in restored.audit_log.page(user(restored, "admin"), AuditQuery(action_prefix="database."),
                                                         0, 10)]
    assert actions[0] == "database.restore"
    restored.db.dispose()


# --- crashes --------------------------------------------------------------------------------------------

@pytest.mark.qt_no_exception_capture
def test_an_uncaught_exception_shows_a_calm_message_and_leaves_a_masked_report(gui, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from desk import logs
    from desk.views.crash_notice import CrashNotice

    folder = tmp_path / "logs"
    notice = CrashNotice()
    monkeypatch.setitem(logs._state, "directory", folder)
    monkeypatch.setitem(logs._state, "notify", notice.notify)
    monkeypatch.setattr(sys, "excepthook", logs._excepthook)
    monkeypatch.setattr(threading, "excepthook", logs._thread_excepthook)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)) or 0)

    def boom() -> None:
        raise RuntimeError(f"party {ID} phone {MOBILE} could not be shown")

    QTimer.singleShot(0, boom)  # in a Qt slot, on the GUI thread
    QTimer.singleShot(0, boom)  # a burst
    worker = threading.Thread(target=boom)  # and on a worker thread
    worker.start()
    worker.join()
    gui.waitUntil(lambda: len(list(folder.glob("crash-*.txt"))) == 3, timeout=3000)
    gui.wait(100)
    assert len(shown) == 1  # one calm message for the burst
    title, text = shown[0]
    assert text == notice.text(sorted(folder.glob("crash-*.txt"))[0])
    assert "Traceback" not in text and "RuntimeError" not in text and ID not in text and str(folder) in text
    for report in folder.glob("crash-*.txt"):
        body = report.read_text("utf-8")
        assert "RuntimeError" in body and ID not in body and MOBILE not in body
    notice.clock = lambda: 10_000_000.0  # later: the next failure is told again
    QTimer.singleShot(0, boom)
    gui.waitUntil(lambda: len(shown) == 2, timeout=3000)


AREAS = [  # (user, area, draft key, type something, what must come back)
    ("sunli", "case_intake", "case-intake",
     lambda p: p.summary.setPlainText("楼上漏水，双方协商赔偿未果。"),
     lambda p: p.summary.toPlainText() == "楼上漏水，双方协商赔偿未果。"),
    ("zhengxue", "notary_intake", "notary-intake",
     lambda p: p.applicants.forms[0].name.setText("张伟"),
     lambda p: p.applicants.forms[0].name.text() == "张伟"),
    ("wuhao", "consultation", "consultation-entry",
     lambda p: p.question.setPlainText("房东不退押金，怎么办？"),
     lambda p: p.question.toPlainText() == "房东不退押金，怎么办？"),
]


@pytest.mark.parametrize("username,area,key,type_in,came_back", AREAS, ids=[a[1] for a in AREAS])
def test_a_form_typed_in_before_a_crash_is_offered_again_in_the_next_window(gui, db_file, username, area, key,
                                                                            type_in, came_back):
    from desk.views.drafts import DELAY_MS
    from desk.views.main_window import MainWindow

    services = Services(open_database(db_file))
    try:
        actor = user(services, username)
        first = MainWindow(services, actor, db_file)
        gui.addWidget(first)
        first.backup_scheduler.stop()
        type_in(first.show_area(area))
        # the pause in typing keeps the draft; the window is then dropped without closing (the crash)
        gui.waitUntil(lambda: services.drafts.load(actor, key) is not None, timeout=DELAY_MS + 3000)
        second = MainWindow(services, actor, db_file)  # the desk started again
        gui.addWidget(second)
        second.backup_scheduler.stop()
        page = second.show_area(area)
        assert came_back(page) and not page.drafts.banner.isHidden()
    finally:
        services.db.dispose()

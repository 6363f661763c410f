"""Issue #10, backups: a checked copy while people keep writing, retention that touches only our files, the
preview of what a backup holds, the daily schedule, restoring from the backups page (the live file kept
aside, an older backup migrated, a newer one refused), and a backup never written over the live database."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk import encryption
from desk.db import check_integrity, head_revision, make_engine, open_database, upgrade
from desk.models.accounts import User
from desk.services.audit import AuditQuery
from desk.services.auth import actor_for
from desk.services.backups import (
    MANIFEST,
    BackupError,
    backup_folders,
    restore_database,
    stored_revision,
)
from desk.services.container import Services
from desk.services.demo import seed_demo
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.permissions import SYSTEM

ROOT = Path(__file__).resolve().parents[1]
NOON = datetime(2026, 3, 10, 12, 0, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows_of(path: Path, tables=("mediation_case", "mediation_party", "user_account", "queue_ticket", "audit_record")):
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One demo center (staff, grid, a queue morning, no cases), seeded once and copied per test."""
    path = tmp_path_factory.mktemp("seed") / "local.db"
    services = Services(open_database(path))
    seed_demo(services, demo_cases=0)
    services.db.dispose()
    return path


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def live(demo_file, tmp_path):
    path = tmp_path / "data" / "local.db"
    path.parent.mkdir()
    shutil.copy(demo_file, path)
    services = Services(open_database(path))
    services.settings.set_internal(SYSTEM, "backup.folder", str(tmp_path / "backups"))
    services.settings.set_internal(SYSTEM, "backup.enabled", True)
    services.settings.set_internal(SYSTEM, "backup.time", "12:30")
    services.settings.set_internal(SYSTEM, "backup.keep_days", 7)
    services.backups.clock = Clock(NOON)
    yield services
    services.db.dispose()


def user(services: Services, username: str):
    with services.db.reader() as s:
        return actor_for(s.scalar(select(User).where(User.username == username)))


def register(services: Services, name: str = "张三明", received: date = date(2026, 3, 2)) -> str:
    return services.cases.register(user(services, "sunli"), IntakeInput(
        category_code="02", summary="楼上漏水，双方协商未果。", received_on=received,
        parties=[PartyInput(role="applicant", name=name), PartyInput(role="respondent", name="王芳")])).id


# --- writing a backup -------------------------------------------------------------------------------

WRITER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    batch = 0
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        batch += 1
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO load_row (batch, n, filler) VALUES (?, ?, ?)",
                         [(batch, n, "x" * 200) for n in range(50)])
        conn.execute("COMMIT")
        if batch == 1:  # the first backup then holds at least one batch, however busy the machine is
            print("ready", flush=True)
        time.sleep(0.003)  # people pause between saves; the backup's own audit record gets its turn
""")


def test_a_backup_taken_while_another_process_writes_is_a_consistent_committed_state(live, tmp_path):
    with sqlite3.connect(live.db.path) as conn:
        conn.execute("CREATE TABLE load_row (id INTEGER PRIMARY KEY, batch INTEGER, n INTEGER, filler TEXT)")
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(live.db.path)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        copies = []
        for second in range(4):
            live.backups.clock = Clock(NOON + timedelta(seconds=second))
            copies.append(live.backups.run_now(SYSTEM))
        assert writer.poll() is None, "the writer kept writing through every backup"
    finally:
        writer.kill()
        writer.wait()
    seen = []
    for info in copies:
        assert info.ok and check_integrity(info.path) == "ok"
        conn = sqlite3.connect(info.path)
        batches = conn.execute("SELECT batch, count(*) FROM load_row GROUP BY batch ORDER BY batch").fetchall()
        users = conn.execute("SELECT count(*) FROM user_account").fetchone()[0]
        conn.close()
        # only whole transactions: every batch has its 50 rows, and the batches run 1..N without a gap
        assert all(count == 50 for _batch, count in batches)
        assert [b for b, _c in batches] == list(range(1, len(batches) + 1))
        assert users == 8
        seen.append(len(batches))
    assert seen == sorted(seen) and seen[-1] > seen[0] > 0  # the copies caught the writer at different points


def test_a_backup_is_checked_named_recorded_and_audited(live, tmp_path):
    info = live.backups.run_now(user(live, "admin"))
    assert info.path == tmp_path / "backups" / "desk-20260310-120000.db"
    assert info.ok and info.revision == stored_revision(live.db.path) and not info.encrypted
    assert sorted(p.name for p in info.path.parent.iterdir()) == sorted([MANIFEST, info.path.name])  # no temporary
    assert live.backups.list_backups() == [info]
    assert backup_folders(live.db.path)[0] == tmp_path / "backups"  # remembered beside the database
    [record] = live.audit_log.page(user(live, "admin"), AuditQuery(action_prefix="database."), 0, 10)
    assert record.action == "database.backup" and info.path.name in record.summary
    # a file changed after it was written is no longer "checked"
    with open(info.path, "ab") as fh:
        fh.write(b"\0" * 4096)
    assert live.backups.list_backups()[0].status == "unknown"


def test_only_the_backup_permission_may_back_up(live):
    from desk.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        live.backups.run_now(user(live, "sunli"))


def test_a_backup_is_never_written_over_the_live_database(live, tmp_path):
    before = digest(live.db.path)
    folder = tmp_path / "backups"
    folder.mkdir()
    # a link named like the next backup's temporary file, pointing at the live database
    (folder / "desk-20260310-120000.db.verifying").symlink_to(live.db.path)
    with pytest.raises(BackupError, match="cannot be written over the database"):
        live.backups.run_now(SYSTEM)
    assert digest(live.db.path) == before and not (folder / "desk-20260310-120000.db").exists()
    # a database that itself has the next backup's name, in the backup folder: the backup takes another name
    twin = folder / "desk-20260310-120001.db"
    live.db.dispose()
    shutil.copy(live.db.path, twin)
    os.remove(folder / "desk-20260310-120000.db.verifying")
    other = Services(open_database(twin))
    other.settings.set_internal(SYSTEM, "backup.folder", str(folder))
    other.backups.clock = Clock(NOON + timedelta(seconds=1))
    try:
        written = other.backups.run_now(SYSTEM)
        assert written.path.name == "desk-20260310-120002.db"
        assert other.backups.live_preview().counts == other.backups.preview(written.path).counts
    finally:
        other.db.dispose()
    assert check_integrity(twin) == "ok"


def test_an_unusable_folder_says_so_and_writes_nothing(live, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    live.settings.set_internal(SYSTEM, "backup.folder", str(blocker))
    with pytest.raises(BackupError) as caught:
        live.backups.run_now(SYSTEM)
    assert str(blocker) in str(caught.value)
    assert blocker.read_text() == "not a folder"


def test_an_encrypted_database_gets_encrypted_backups_that_preview_and_restore(demo_file, tmp_path):
    path = tmp_path / "local.db"
    shutil.copy(demo_file, path)
    encryption.encrypt_database(path)
    services = Services(open_database(path))
    register(services, "欧阳明辉")
    services.settings.set_internal(SYSTEM, "backup.folder", str(tmp_path / "backups"))
    info = services.backups.run_now(SYSTEM)
    assert info.encrypted and encryption.is_encrypted(info.path) and "欧阳明辉".encode() not in info.path.read_bytes()
    preview = services.backups.preview(info.path)
    assert preview.encrypted and preview.counts["cases"] == 1 and preview.counts["users"] == 8
    services.db.dispose()
    restore_database(info.path, path)
    assert encryption.is_encrypted(path)
    again = Services(open_database(path))
    assert again.backups.live_preview().counts["cases"] == 1
    again.db.dispose()


# --- retention ----------------------------------------------------------------------------------------

def test_retention_removes_only_our_old_backups_and_keeps_the_newest_good_one(live, tmp_path):
    folder = tmp_path / "backups"
    first = live.backups.run_now(SYSTEM)
    for day in (1, 3, 8, 20):  # copies of a real backup, named as if taken on earlier days
        stamp = NOON - timedelta(days=day)
        shutil.copy(first.path, folder / f"desk-{stamp:%Y%m%d-%H%M%S}.db")
    stale = folder / "desk-20260301-120000.db.verifying"
    stale.write_bytes(b"half")
    os.utime(stale, (NOON.timestamp() - 3 * 86400,) * 2)
    foreign = ["notes.txt", "desk-old.db", "local.db", "desk-20200101-000000.db.bak", "Desk-20200101-000000.db",
               "desk-2020010-000000.db"]
    for name in foreign:
        (folder / name).write_text("someone else's")
    removed = live.backups.prune()
    assert sorted(p.name for p in removed) == sorted(["desk-20260218-120000.db", "desk-20260302-120000.db",
                                                      stale.name])
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted([*foreign, MANIFEST, first.path.name, "desk-20260309-120000.db", "desk-20260307-120000.db"])
    # everything old: the newest good one survives even when past the limit
    live.backups.clock = Clock(NOON + timedelta(days=400))
    live.backups.prune()
    assert [b.path.name for b in live.backups.list_backups()] == [first.path.name]
    assert all((folder / name).read_text() == "someone else's" for name in foreign)


# --- preview --------------------------------------------------------------------------------------------

def test_the_preview_counts_what_the_backup_holds_against_the_live_database(live):
    register(live, received=date(2026, 3, 2))
    info = live.backups.run_now(SYSTEM)
    register(live, "李四光", received=date(2026, 3, 9))
    backup, now = live.backups.preview(info.path), live.backups.live_preview()
    assert backup.taken_at == NOON and backup.revision == now.revision
    assert backup.counts["cases"] == 1 and now.counts["cases"] == 2
    assert backup.counts["users"] == now.counts["users"] == 8
    assert backup.counts["tickets"] == now.counts["tickets"] > 0
    assert backup.counts["work_orders"] == backup.counts["referrals"] == backup.counts["notary_intakes"] == 0
    assert backup.newest_case == date(2026, 3, 2) and now.newest_case == date(2026, 3, 9)
    before = digest(info.path)
    live.backups.preview(info.path)
    assert digest(info.path) == before  # read-only


def test_a_file_that_is_not_a_database_cannot_be_previewed(live, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    with pytest.raises((BackupError, encryption.EncryptionError)):
        live.backups.preview(junk)


# --- the schedule ---------------------------------------------------------------------------------------

def test_due_once_per_scheduled_time_and_after_a_missed_day(live):
    backups = live.backups
    assert backups.due(NOON)  # no backup yet: due at once
    backups.clock = Clock(NOON)
    backups.run_now(SYSTEM)
    assert not backups.due(NOON + timedelta(minutes=20))  # 12:20: the 12:30 slot is still ahead
    assert backups.due(NOON + timedelta(minutes=31))  # 12:31: today's slot passed since the backup
    backups.clock = Clock(NOON + timedelta(minutes=31))
    backups.run_now(SYSTEM)
    assert not backups.due(NOON + timedelta(hours=5))
    assert backups.due(NOON + timedelta(days=2, hours=-3))  # closed for a day: due at the next start
    live.settings.set_internal(SYSTEM, "backup.enabled", False)
    assert not backups.due(NOON + timedelta(days=2))


def test_the_scheduler_backs_up_when_due_and_not_twice(gui, live, tmp_path):
    from desk.views.backup_scheduler import BackupScheduler

    live.backups.clock = Clock(datetime.now().replace(microsecond=0))
    done, failed = [], []
    scheduler = BackupScheduler(live)
    scheduler.sig_done.connect(done.append)
    scheduler.sig_failed.connect(failed.append)
    scheduler.check()
    scheduler.check()  # just written: not due again
    assert len(done) == 1 and not failed
    assert len(live.backups.list_backups()) == 1
    scheduler.running = True  # a backup under way: a check does not start another
    live.backups.clock = Clock(datetime.now().replace(microsecond=0) + timedelta(days=1))
    scheduler.check()
    assert len(done) == 1


def test_a_failed_scheduled_backup_is_shown_calmly_and_retried_later(gui, live, tmp_path):
    from PySide6.QtWidgets import QStatusBar

    from desk.views import backup_scheduler
    from desk.views.backup_scheduler import BackupScheduler

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    live.settings.set_internal(SYSTEM, "backup.folder", str(blocker / "sub"))
    ticks = [1000.0]
    scheduler = BackupScheduler(live, clock=lambda: ticks[0])
    bar = QStatusBar()
    gui.addWidget(bar)
    label = scheduler.attach(bar)
    scheduler.check()
    assert not label.isHidden() and label.text() == scheduler.tr("Backup not done")
    assert str(blocker / "sub") in label.toolTip() and "Traceback" not in label.toolTip()
    assert bar.currentMessage() == label.toolTip()
    assert scheduler.retry_at == 1000.0 + backup_scheduler.RETRY_AFTER_S
    live.settings.set_internal(SYSTEM, "backup.folder", str(tmp_path / "backups"))
    scheduler.check()  # within the hour: not tried again
    assert live.backups.list_backups() == []
    ticks[0] += backup_scheduler.RETRY_AFTER_S + 1
    scheduler.check()
    [written] = live.backups.list_backups()
    assert label.toolTip() == str(written.path)


# --- restoring ------------------------------------------------------------------------------------------

def test_restore_round_trips_and_keeps_the_replaced_file(live, tmp_path):
    register(live, received=date(2026, 3, 2))
    info = live.backups.run_now(SYSTEM)
    expected = rows_of(info.path)
    register(live, "李四光")
    live.db.dispose()
    before_restore = rows_of(live.db.path)
    restore_database(info.path, live.db.path)
    assert rows_of(live.db.path) == expected
    [aside] = list(live.db.path.parent.glob("local.replaced-*.db"))
    assert rows_of(aside) == before_restore  # what was replaced is kept, whole
    again = Services(open_database(live.db.path))
    again.backups.record_restore(user(again, "admin"), info.path)
    assert again.backups.live_preview().counts["cases"] == 1
    again.db.dispose()


def test_restore_is_refused_while_the_database_is_open_elsewhere(live, tmp_path):
    info = live.backups.run_now(SYSTEM)
    register(live)
    live.db.dispose()
    before = digest(live.db.path)
    holder = sqlite3.connect(live.db.path)  # another desk (or this one, not closed)
    holder.execute("SELECT count(*) FROM user_account").fetchone()
    try:
        with pytest.raises(BackupError, match="in use"):
            restore_database(info.path, live.db.path)
    finally:
        holder.close()
    assert digest(live.db.path) == before


def test_an_older_backup_is_migrated_with_a_copy_first_and_a_newer_one_refused(live, tmp_path):
    old = tmp_path / "old" / "desk-20250101-120000.db"
    old.parent.mkdir()
    engine = make_engine(old)
    upgrade(engine, "0001")
    engine.dispose()
    live.db.dispose()
    restore_database(old, live.db.path)
    reopened = open_database(live.db.path)  # what the app does next
    assert stored_revision(live.db.path) == head_revision() != "0001"
    assert list(live.db.path.parent.glob("local.before-upgrade-0001-*.db"))
    reopened.dispose()

    newer = tmp_path / "new.db"
    shutil.copy(live.db.path, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = digest(live.db.path)
    with pytest.raises(BackupError, match="newer version"):
        restore_database(newer, live.db.path)
    assert digest(live.db.path) == before


# --- the backups page and the main window -----------------------------------------------------------

def test_the_backups_page_backs_up_and_restores_through_the_main_window(gui, live, tmp_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from desk import app as desk_app
    from desk.views.backup_page import RestoreDialog
    from desk.views.main_window import MainWindow

    admin = user(live, "admin")
    mediators = MainWindow(live, user(live, "sunli"), live.db.path)
    gui.addWidget(mediators)
    assert "backups" not in [a.key for a in mediators.areas]
    register(live)
    window = MainWindow(live, admin, live.db.path)  # not handed to qtbot: restoring deletes it
    window.backup_scheduler.stop()
    page = window.show_area("backups")
    assert page.model.rowCount() == 0 and not page.restore_btn.isEnabled()
    assert str(tmp_path / "backups") in page.folder_label.text() and "12:30" in page.schedule_label.text()
    live.backups.clock = Clock(NOON)
    page.now_btn.click()
    assert page.model.rowCount() == 1 and page.model.text(page.model.item(0), 0) == "2026-03-10 12:00:00"
    assert "2026-03-10 12:00" in page.status.text()
    backup = page.model.item(0).path
    register(live, "李四光")

    # the preview: the backup next to the database now, and a confirmation before anything happens
    dialog = RestoreDialog(live, admin, backup)
    gui.addWidget(dialog)
    cases_row = 2
    assert dialog.table.verticalHeaderItem(cases_row).text() == QCoreApplication.translate("Backups", "Mediation cases")
    assert (dialog.table.item(cases_row, 0).text(), dialog.table.item(cases_row, 1).text()) == ("1", "2")
    assert dialog.table.item(cases_row, 0).font().bold()
    assert not dialog.restore_btn.isEnabled() and "2026-03-10 12:00" in dialog.warning.text()
    dialog.confirm.setChecked(True)
    assert dialog.restore_btn.isEnabled()

    asked = []
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: asked.append(self) or 0)  # cancelled
    page.restore_selected()
    assert asked and window.restore_request is None

    def confirmed(self):
        self.confirm.setChecked(True)
        return 1
    monkeypatch.setattr(RestoreDialog, "exec", confirmed)
    page.restore_selected()
    assert window.restore_request == backup and not window.isVisible()

    new = desk_app._restore(window, live, live.db.path, window.restore_request, admin)
    assert new is not None and new.db is not live.db
    assert new.backups.live_preview().counts["cases"] == 1
    assert list(live.db.path.parent.glob("local.replaced-*.db"))
    from desk.services.audit import AuditQuery

    actions = [r.action for r in new.audit_log.page(user(new, "admin"), AuditQuery(action_prefix="database."), 0, 10)]
    assert actions[0] == "database.restore"
    new.db.dispose()


def test_a_newer_database_is_refused_by_the_app_with_a_clear_message(gui, demo_file, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desk import logs
    from desk.app import run_gui

    path = tmp_path / "local.db"
    shutil.copy(demo_file, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(logs, "setup_logging", lambda *args, **kwargs: None)
    monkeypatch.setattr("desk.views.crash_notice.set_crash_notifier", lambda notify: None)
    before = digest(path)
    assert run_gui(path, lang="zh_CN") == 1
    assert shown and "newer version" in shown[0] and "9999" in shown[0]
    assert digest(path) == before and not list(tmp_path.glob("local.before-upgrade-*"))


def test_the_restore_preview_refuses_a_newer_or_damaged_backup_before_anything_closes(gui, live, tmp_path):
    from desk.views.backup_page import RestoreDialog

    info = live.backups.run_now(SYSTEM)
    newer = tmp_path / "newer.db"
    shutil.copy(info.path, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    damaged = tmp_path / "damaged.db"
    shutil.copy(info.path, damaged)
    with sqlite3.connect(damaged) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_record'").fetchone()[0]
    with open(damaged, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(bytes(range(256)) * (page_size // 256))
    admin = user(live, "admin")
    good = RestoreDialog(live, admin, info.path)
    gui.addWidget(good)
    assert good.confirm.isEnabled()
    for path, says in ((newer, "9999"), (damaged, "")):
        dialog = RestoreDialog(live, admin, path)
        gui.addWidget(dialog)
        assert not dialog.confirm.isEnabled() and not dialog.restore_btn.isEnabled()
        assert says in dialog.warning.text() and dialog.warning.text() != good.warning.text()

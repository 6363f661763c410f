"""Automatic backups of ``local.db`` and the preview of what a backup holds.

Backups (``BackupService``, ``services.backups``): every day at ``backup.time`` the desk copies the live
database through SQLite's online backup API (``desk.db.backup_to``: consistent while people keep working;
an encrypted database's copy stays encrypted with the same key) into ``backup.folder`` as
``desk-YYYYMMDD-HHMMSS.db``. The copy is written under a temporary name, checked (``PRAGMA quick_check``),
synced to disk and only then renamed, so a file with our name is always a whole, checked copy; the live
database file is never a target. ``prune`` keeps ``backup.keep_days`` days of them, never deletes the newest
good one and never touches a file whose name is not ours. A small manifest in the folder
(``desk-backups.json``) remembers which copies were checked when written.

The folders to look for backups in are known without the database (``backup_folders``): the configured
one is remembered beside the database file whenever a backup is written, so the start-up health check
(``desk.services.db_health``) can offer the latest good one when the database is damaged.

Nothing here logs personal data: paths, sizes, counts and SQLite's own words about pages and indexes.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from desk import encryption
from desk.db import BUSY_TIMEOUT_MS, Database, DatabaseError, backup_to, check_integrity, restore_from
from desk.errors import DeskError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.db_health import check_health
from desk.services.permissions import SYSTEM, Actor, Perm
from desk.services.uow import UnitOfWork

log = logging.getLogger(__name__)

NAME = re.compile(r"^desk-(\d{8})-(\d{6})\.db$")
TEMP = re.compile(r"^desk-\d{8}-\d{6}\.db\.verifying(\.part)?$")  # a copy being written or checked
MANIFEST = "desk-backups.json"
DEFAULT_FOLDER = "backups"  # beside the database when no folder is configured
LOCATION_SUFFIX = ".backup-folder"  # local.db.backup-folder: the configured folder, readable without the database
DEFAULT_TIME = clock_time(12, 0)
STALE_TEMP = timedelta(days=1)
# What a preview counts: (key, table).
COUNTED = (("cases", "mediation_case"), ("tickets", "queue_ticket"), ("work_orders", "work_order"),
           ("referrals", "police_referral"), ("notary_intakes", "notary_intake"),
           ("consultations", "consultation"), ("users", "user_account"))


class BackupError(DeskError):
    """A backup could not be written, read or restored; the message says why and what was left as it was."""


FOLDER_UNUSABLE = QT_TRANSLATE_NOOP(
    "Errors", "The backup folder {folder} cannot be used ({reason}). Choose another folder; nothing was written.")
COPY_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "The backup copy did not pass its check ({detail}), so it was not kept. The database itself may be "
              "damaged: ask the administrator to check it.")
COPY_FAILED = QT_TRANSLATE_NOOP("Errors", "The backup could not be written ({reason}); nothing was kept.")
LIVE_TARGET = QT_TRANSLATE_NOOP("Errors", "A backup cannot be written over the database it copies.")
BUSY = QT_TRANSLATE_NOOP("Errors", "A backup is being written right now; try again in a moment.")
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{name} cannot be read as a desk database ({reason}).")
NEWER = QT_TRANSLATE_NOOP(
    "Errors", "{name} was written by a newer version of the desk (schema {revision}); this version cannot open it. "
              "Install that version or newer first. Nothing was restored.")
NOT_RESTORED = QT_TRANSLATE_NOOP(
    "Errors", "The backup was not restored ({reason}). The database was left as it was.")


# --- what a backup is -----------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, from the name
    size: int
    revision: str | None  # the schema revision inside (None: unknown)
    status: str  # "ok": checked when written and unchanged since; "unknown": not checked by this desk
    encrypted: bool

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass(frozen=True)
class BackupPreview:
    """What a database file holds, read without changing it (a backup, or the live database)."""

    path: Path | None
    revision: str | None
    taken_at: datetime | None
    size: int
    encrypted: bool
    counts: dict[str, int | None] = field(default_factory=dict)  # None: the table is not in that schema
    newest_case: date | None = None


def backup_name(when: datetime) -> str:
    return f"desk-{when:%Y%m%d-%H%M%S}.db"


def taken_at_of(path: Path) -> datetime | None:
    m = NAME.match(path.name)
    if m is None:
        return None
    try:
        return datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None


def default_folder(db_path: Path | str) -> Path:
    return Path(db_path).resolve().parent / DEFAULT_FOLDER


def _location_file(db_path: Path | str) -> Path:
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + LOCATION_SUFFIX)


def backup_folders(db_path: Path | str) -> list[Path]:
    """Where backups of ``db_path`` may be, without opening it: the folder remembered beside it (the
    configured one at the last backup) and the default folder."""
    folders = []
    try:
        remembered = _location_file(db_path).read_text("utf-8").strip()
    except OSError:
        remembered = ""
    if remembered:
        folders.append(Path(remembered))
    folders.append(default_folder(db_path))
    unique: list[Path] = []
    for folder in folders:
        if all(str(folder.resolve()) != str(u.resolve()) for u in unique):
            unique.append(folder)
    return unique


def scan_backups(folder: Path | str) -> list[BackupInfo]:
    """The backups in ``folder`` (files with our name only), newest first; [] when it cannot be read."""
    folder = Path(folder)
    try:
        entries = [p for p in folder.iterdir() if NAME.match(p.name) and p.is_file() and not p.is_symlink()]
    except OSError:
        return []
    manifest = _read_manifest(folder)
    found = []
    for path in entries:
        taken = taken_at_of(path)
        if taken is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        entry = manifest.get(path.name) or {}
        checked = entry.get("size") == size
        revision = entry.get("revision") if checked else None
        if revision is None:
            revision = stored_revision(path)
        found.append(BackupInfo(path, taken, size, revision, "ok" if checked else "unknown",
                                encryption.is_encrypted(path)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def latest_good_backup(db_path: Path | str) -> BackupInfo | None:
    """The newest backup of ``db_path`` that was checked when written and passes a check now."""
    candidates = sorted((b for f in backup_folders(db_path) for b in scan_backups(f)),
                        key=lambda b: (b.ok, b.taken_at), reverse=True)
    for info in candidates:
        health = check_health(info.path, budget=None)
        if health.ok:
            return info
    return None


# --- reading a file without changing it -------------------------------------------------------------

def _open_readonly(path: Path):
    """A read-only connection to a database file (keyed when it is encrypted)."""
    key = encryption.key_for(path)  # EncryptionError when encrypted and its key cannot be had
    uri = path.resolve().as_uri() + "?mode=ro"
    if key is None:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    return encryption.open_keyed(uri, key, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in a database file, None when it cannot be read."""
    try:
        conn = _open_readonly(path)
    except Exception:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except Exception:
        return None
    finally:
        conn.close()


def _contents(execute: Callable[[str], list]) -> tuple[str | None, dict[str, int | None], date | None]:
    tables = {r[0] for r in execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    revision = None
    if "alembic_version" in tables:
        rows = execute("SELECT version_num FROM alembic_version")
        revision = rows[0][0] if rows else None
    counts = {key: (execute(f'SELECT count(*) FROM "{table}"')[0][0] if table in tables else None)
              for key, table in COUNTED}
    newest = None
    if "mediation_case" in tables:
        value = execute("SELECT max(received_on) FROM mediation_case")[0][0]
        if value:
            try:
                newest = date.fromisoformat(str(value)[:10])
            except ValueError:
                newest = None
    return revision, counts, newest


def preview_file(path: Path | str) -> BackupPreview:
    """What the database file at ``path`` holds (read-only; an encrypted one with its key from the keyring)."""
    path = Path(path)
    try:
        conn = _open_readonly(path)
        try:
            revision, counts, newest = _contents(lambda sql: conn.execute(sql).fetchall())
        finally:
            conn.close()
    except encryption.EncryptionError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(UNREADABLE, name=path.name, reason=str(exc)) from exc
    except Exception as exc:  # sqlcipher3's errors are not sqlite3's
        raise BackupError(UNREADABLE, name=path.name, reason=str(exc)) from exc
    taken = taken_at_of(path) or datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    return BackupPreview(path, revision, taken, path.stat().st_size, encryption.is_encrypted(path), counts, newest)


def known_revisions() -> set[str]:
    """Every schema revision this version of the desk knows (it can open and migrate those)."""
    from alembic.script import ScriptDirectory

    from desk.db import MIGRATIONS_DIR

    return {r.revision for r in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def restore_database(backup: Path | str, db_path: Path | str) -> Path:
    """Replace the database at ``db_path`` with ``backup`` (``desk.db.restore_from``: the backup is checked
    first, the current file is kept aside as ``<name>.replaced-<time>``, a database another program has
    open is refused). Nothing in this process may have it open. ``BackupError`` when refused."""
    backup, db_path = Path(backup), Path(db_path)
    revision = stored_revision(backup) if backup.exists() else None
    if revision is not None and revision not in known_revisions():
        raise BackupError(NEWER, name=backup.name, revision=revision)
    try:
        restored = restore_from(backup, db_path)
        log.info("database %s restored from %s (the file it replaced is kept beside it)", db_path.name, backup)
        return restored
    except encryption.EncryptionError:
        raise
    except (DatabaseError, OSError, sqlite3.Error) as exc:
        raise BackupError(NOT_RESTORED, reason=str(exc)) from exc
    except Exception as exc:  # sqlcipher3's errors are not sqlite3's
        if type(exc).__module__.startswith("sqlcipher3"):
            raise BackupError(NOT_RESTORED, reason=str(exc)) from exc
        raise


# --- the service ----------------------------------------------------------------------------------

def _read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_manifest(folder: Path, manifest: dict[str, dict[str, Any]]) -> None:
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True), "utf-8")
    os.replace(tmp, folder / MANIFEST)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def parse_time(value: str) -> clock_time:
    try:
        hours, minutes = (int(part) for part in str(value).strip().split(":"))
        return clock_time(hours, minutes)
    except (TypeError, ValueError):
        return DEFAULT_TIME


class BackupService:
    """Daily backups into the configured folder, with retention, previews and the schedule."""

    def __init__(self, db: Database, settings, clock: Callable[[], datetime] = datetime.now) -> None:
        self.db, self.settings, self.clock = db, settings, clock
        self._running = threading.Lock()

    # --- settings ---------------------------------------------------------------------------------
    def folder(self) -> Path:
        """The configured folder, or ``backups`` beside the database."""
        configured = str(self.settings.get("backup.folder") or "").strip()
        return Path(configured).expanduser() if configured else default_folder(self.db.path)

    def enabled(self) -> bool:
        return bool(self.settings.get("backup.enabled"))

    def time_of_day(self) -> clock_time:
        return parse_time(self.settings.get("backup.time"))

    def keep_days(self) -> int:
        return max(1, int(self.settings.get("backup.keep_days")))

    # --- writing ----------------------------------------------------------------------------------
    def run_now(self, actor: Actor) -> BackupInfo:
        """Write a checked backup into the folder now, then prune old ones; audited."""
        actor.require(Perm.BACKUP)
        if not self._running.acquire(blocking=False):
            raise BackupError(BUSY)
        try:
            info = self._write(self.folder())
        finally:
            self._running.release()
        with UnitOfWork(self.db, actor) as uow:  # after the copy: a backup does not hold its own record
            uow.audit("database.backup", "database", "", summary=str(info.path))
        try:
            self.prune()
        except OSError as exc:
            log.warning("pruning old backups failed: %s", exc)
        return info

    def run_if_due(self, actor: Actor = SYSTEM, now: datetime | None = None) -> BackupInfo | None:
        """The scheduled backup: written when ``due``, else None."""
        if not self.due(now):
            return None
        return self.run_now(actor)

    def _write(self, folder: Path) -> BackupInfo:
        live = Path(self.db.path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not folder.is_dir():
                raise NotADirectoryError(str(folder))
        except OSError as exc:
            raise BackupError(FOLDER_UNUSABLE, folder=str(folder), reason=exc.strerror or str(exc)) from exc
        when = self.clock().replace(microsecond=0)
        while (folder / backup_name(when)).exists():
            when += timedelta(seconds=1)
        final = folder / backup_name(when)
        temp = folder / (final.name + ".verifying")
        if _same_file(final, live) or _same_file(temp, live):
            raise BackupError(LIVE_TARGET)
        started = time.perf_counter()
        try:
            backup_to(self.db.engine, temp)  # itself written as temp.part and renamed: never half a file
            result = check_integrity(temp)
            if result != "ok":
                log.error("backup copy failed its check: %s", result[:300])
                raise BackupError(COPY_DAMAGED, detail=result[:200])
            encryption.fsync_path(temp)
            if _same_file(final, live):  # pragma: no cover - checked above; a last look before the rename
                raise BackupError(LIVE_TARGET)
            os.replace(temp, final)
            encryption.fsync_path(folder)
        except BackupError:
            temp.unlink(missing_ok=True)
            raise
        except (OSError, DatabaseError, sqlite3.Error) as exc:
            temp.unlink(missing_ok=True)
            Path(str(temp) + ".part").unlink(missing_ok=True)
            reason = getattr(exc, "strerror", None) or str(exc)
            log.warning("backup failed: %s: %s", type(exc).__name__, reason)
            raise BackupError(COPY_FAILED, reason=reason) from exc
        size = final.stat().st_size
        revision = stored_revision(final)
        manifest = _read_manifest(folder)
        manifest[final.name] = {"size": size, "revision": revision, "checked_at": when.isoformat()}
        try:
            _write_manifest(folder, manifest)
            _location_file(live).write_text(str(folder.resolve()), "utf-8")
        except OSError as exc:
            log.warning("backup bookkeeping not written: %s", exc)
        log.info("backup %s written (%d bytes, schema %s) in %.1f s", final, size, revision,
                 time.perf_counter() - started)
        return BackupInfo(final, when, size, revision, "ok", encryption.is_encrypted(final))

    # --- retention --------------------------------------------------------------------------------
    def prune(self, now: datetime | None = None, folder: Path | None = None) -> list[Path]:
        """Delete our backups older than ``backup.keep_days`` days (never the newest good one) and our
        temporary files left by an interrupted backup. Other files are never touched."""
        folder = folder or self.folder()
        now = now or self.clock()
        cutoff = now - timedelta(days=self.keep_days())
        backups = scan_backups(folder)
        newest_good = next((b for b in backups if b.ok), None)
        removed = []
        for info in backups:
            if info.taken_at < cutoff and info is not newest_good:
                info.path.unlink(missing_ok=True)
                removed.append(info.path)
        try:
            for path in folder.iterdir():
                if TEMP.match(path.name) and path.is_file() and not path.is_symlink():
                    if now - datetime.fromtimestamp(path.stat().st_mtime) > STALE_TEMP:
                        path.unlink(missing_ok=True)
                        removed.append(path)
        except OSError:
            pass
        if removed:
            manifest = _read_manifest(folder)
            for path in removed:
                manifest.pop(path.name, None)
            _write_manifest(folder, manifest)
            log.info("pruned %d old backup files from %s", len(removed), folder)
        return removed

    # --- reading ----------------------------------------------------------------------------------
    def list_backups(self, folder: Path | str | None = None) -> list[BackupInfo]:
        """Backups in ``folder`` (default: the configured one), newest first."""
        return scan_backups(Path(folder) if folder is not None else self.folder())

    def last_backup(self, folder: Path | None = None) -> BackupInfo | None:
        return next(iter(self.list_backups(folder)), None)

    def preview(self, path: Path | str) -> BackupPreview:
        """What the backup at ``path`` holds, read without changing it."""
        path = Path(path)
        if _same_file(path, Path(self.db.path)):
            return self.live_preview()
        return preview_file(path)

    def record_restore(self, actor: Actor, backup: Path | str) -> None:
        """Audit a restore, in the restored database (call it on the services opened after it)."""
        with UnitOfWork(self.db, actor) as uow:
            uow.audit("database.restore", "database", "", summary=str(backup))

    def live_preview(self) -> BackupPreview:
        """The same figures for the live database, read through its own engine."""
        with self.db.engine.connect() as conn:
            revision, counts, newest = _contents(lambda sql: conn.exec_driver_sql(sql).fetchall())
        path = Path(self.db.path)
        size = path.stat().st_size if path.exists() else 0
        return BackupPreview(path, revision, None, size, self.db.encrypted, counts, newest)

    # --- the schedule -----------------------------------------------------------------------------
    def slot(self, now: datetime | None = None) -> datetime:
        """The latest scheduled backup time at or before ``now``."""
        now = now or self.clock()
        slot = datetime.combine(now.date(), self.time_of_day())
        return slot if slot <= now else slot - timedelta(days=1)

    def due(self, now: datetime | None = None) -> bool:
        """True when automatic backups are on and no backup was written since the latest scheduled time
        (so a day missed while the desk was closed is made up at the next start)."""
        if not self.enabled():
            return False
        last = self.last_backup()
        return last is None or last.taken_at < self.slot(now)

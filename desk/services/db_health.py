"""The start-up health check of a database file, run before the app opens it.

``check_health`` reads the file's header at once, then parses the schema and runs ``PRAGMA quick_check``
in a thread, waiting at most ``STARTUP_BUDGET_S``. ``quick_check`` reads every page (a 9.4 GB file:
minutes) and SQLite 3.40 cannot interrupt it, so on a big file it cannot finish inside a fast start: it
then goes on in the background (``Health.wait``) and damage it finds is reported over the window
(``desk.views.health_dialog``). A big file (``BIG_FILE_BYTES``) that passed a full check within a day
and was closed cleanly since (no ``-wal`` file left by a crash) is not read again at start-up: the header
is still checked, and the full check comes back the next day or after a crash. Nothing here logs
personal data: SQLite's own words about pages.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from desk import encryption
from desk.db import BUSY_TIMEOUT_MS

STARTUP_BUDGET_S = 0.05  # seconds start-up waits (a demo-sized file needs ~5 ms); a bigger file: in the background
BIG_FILE_BYTES = 1 << 30  # above this, reading every page at each start would keep the disk busy for minutes
RECHECK_AFTER = timedelta(hours=24)
STAMP_SUFFIX = ".checked"  # local.db.checked: when the last full check of a big file passed


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + STAMP_SUFFIX)


def _checked_recently(path: Path, size: int) -> datetime | None:
    """When a big file, closed cleanly since, last passed a full check within RECHECK_AFTER; else None."""
    if size < BIG_FILE_BYTES or Path(str(path) + "-wal").exists():  # a -wal left behind: the last run crashed
        return None
    try:
        checked = datetime.fromisoformat(json.loads(_stamp(path).read_text(encoding="utf-8"))["checked_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return checked if timedelta(0) <= datetime.now() - checked < RECHECK_AFTER else None


def _record_good_check(path: Path, size: int) -> None:
    if size >= BIG_FILE_BYTES:
        try:
            _stamp(path).write_text(json.dumps({"checked_at": datetime.now().isoformat(timespec="seconds")}),
                                    encoding="utf-8")
        except OSError:  # a read-only folder: the file is simply checked again next time
            pass


@dataclass(frozen=True)
class Health:
    """The check of a database file. ``ok`` is None when the check did not finish in the time allowed
    (``wait()`` for the rest, which goes on in a thread of its own) or could not be run (a missing key:
    ``open_database`` says so itself)."""

    ok: bool | None
    detail: str = ""
    complete: bool = True
    seconds: float = 0.0
    _pending: threading.Thread | None = field(default=None, repr=False, compare=False)
    _result: list = field(default_factory=list, repr=False, compare=False)

    def wait(self, timeout: float | None = None) -> Health:
        """The finished check (this one when it is complete); still unfinished after ``timeout`` seconds:
        this one again."""
        if self._pending is None:
            return self
        self._pending.join(timeout)
        return self._result[0] if self._result else self


def _header_problem(path: Path, size: int) -> str:
    """What is wrong with a plain SQLite file's header and size, "" when nothing (or when encrypted)."""
    with open(path, "rb") as fh:
        head = fh.read(100)
    if head[:16] != encryption.PLAIN_MAGIC:
        return "" if encryption.is_encrypted(path) else "not a SQLite database file"
    if len(head) < 100:
        return "the file header is cut short"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"impossible page size {page_size}"
    if size % page_size:
        return f"the file size {size} is not a whole number of {page_size}-byte pages"
    pages = int.from_bytes(head[28:32], "big")
    valid = head[24:28] == head[92:96]
    if valid and pages and pages * page_size > size:
        return f"the file is shorter than its header says ({size} of {pages * page_size} bytes)"
    return ""


def check_health(path: Path | str, budget: float | None = STARTUP_BUDGET_S) -> Health:
    """Check the database file at ``path`` without changing it.

    The header and the file size are checked at once; the schema and ``PRAGMA quick_check`` (which reads
    every page) run in a thread of their own, waited for at most ``budget`` seconds (None: to the end).
    When the time is up the check goes on and ``Health.wait()`` gives its result. SQLite 3.40 cannot
    interrupt a quick_check, so the time box is the wait, not the check. A missing or empty file is
    healthy (a new database).
    """
    path = Path(path)
    started = time.perf_counter()

    def done(ok: bool | None, detail: str = "") -> Health:
        return Health(ok, detail[:500], True, time.perf_counter() - started)

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return done(True)
    except OSError as exc:
        return done(False, f"the file cannot be read: {exc.strerror or exc}")
    if size == 0:
        return done(True)
    try:
        problem = _header_problem(path, size)
    except OSError as exc:
        return done(False, f"the file cannot be read: {exc.strerror or exc}")
    if problem:
        return done(False, problem)
    recent = _checked_recently(path, size) if budget is not None else None
    if recent is not None:
        return done(True, f"header ok; checked in full at {recent:%Y-%m-%d %H:%M}")
    try:
        key = encryption.key_for(path)
    except encryption.EncryptionError as exc:  # open_database explains a missing key itself
        return done(None, str(exc))

    def run() -> Health:
        if budget is not None and hasattr(os, "setpriority"):  # reading a big file must not slow start-up down
            try:
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)  # Linux: this thread only
            except OSError:
                pass
        try:
            conn = encryption.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000)
        except encryption.WrongKey as exc:  # a damaged first page reads as a wrong key
            return done(None, str(exc))
        except Exception as exc:
            return done(False, str(exc))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # parses the schema
            result = "; ".join(str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall())
            if result == "ok":
                _record_good_check(path, size)
            return done(result == "ok", "" if result == "ok" else result)
        except Exception as exc:
            return done(False, str(exc))
        finally:
            conn.close()

    if budget is None:
        return run()
    result: list[Health] = []
    worker = threading.Thread(target=lambda: result.append(run()), name="desk-health-check", daemon=True)
    worker.start()
    worker.join(budget)
    if result:
        return result[0]
    return Health(None, "not finished in the time allowed", False, time.perf_counter() - started, worker, result)

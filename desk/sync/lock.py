"""One push and one pull at a time per database, across threads and processes: OS file locks beside
it (released if the process dies). A round waits a moment for a lock the live loop holds."""

from __future__ import annotations

import os
import time
from pathlib import Path

from desk.i18n import QT_TRANSLATE_NOOP
from desk.sync.client import SyncError


class SyncBusy(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "Another sync of this desk is running; try again in a moment.")


class SyncLock:
    def __init__(self, db_path: Path | str, name: str = "round", timeout: float = 0.0) -> None:
        self.path = Path(f"{db_path}.sync-{name}-lock")
        self.timeout = timeout
        self.fd: int | None = None

    def __enter__(self) -> SyncLock:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                _lock(self.fd)
                return self
            except OSError:
                if time.monotonic() >= deadline:
                    os.close(self.fd)
                    self.fd = None
                    raise SyncBusy() from None
                time.sleep(0.05)

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            _unlock(self.fd)
            os.close(self.fd)
            self.fd = None


if os.name == "nt":  # pragma: no cover - Windows desks
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

"""One sync round at a time per database: an OS file lock beside it (released if the process dies)."""

from __future__ import annotations

import os
from pathlib import Path

from desk.i18n import QT_TRANSLATE_NOOP
from desk.sync.client import SyncError


class SyncBusy(SyncError):
    message = QT_TRANSLATE_NOOP("Sync", "Another sync of this desk is running; try again in a moment.")


class SyncLock:
    def __init__(self, db_path: Path | str) -> None:
        self.path = Path(f"{db_path}.sync-lock")
        self.fd: int | None = None

    def __enter__(self) -> SyncLock:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(self.fd)
        except OSError:
            os.close(self.fd)
            self.fd = None
            raise SyncBusy() from None
        return self

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

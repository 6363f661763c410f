"""The live lane of sync, for the shared queue: local changes are pushed within a moment, and the
platform is long-polled so a call at one desk reaches the hall display of another in well under a
second. Two daemon threads, no widgets; the periodic rounds (engine.sync_once) keep running beside it."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select

from desk.models.sync import SyncOutbox
from desk.sync.client import SyncError
from desk.sync.engine import SyncEngine, SyncReport
from desk.sync.lock import SyncBusy, SyncLock

POLL = 0.05  # seconds between looks at the outbox
REFILL_EVERY = 300.0  # seconds between checks of the reserved ticket-number blocks
WAIT = 10.0  # long-poll: the platform answers at once when something changes, else after this
MAX_PAUSE = 30.0


class LiveSync:
    def __init__(self, engine: SyncEngine, wait: float = WAIT) -> None:
        self.engine = engine
        self.wait = wait
        self.stopping = threading.Event()
        self.threads: list[threading.Thread] = []
        self.pushed = 0
        self.pulled = 0
        self.refilled_at = float("-inf")

    def start(self) -> None:
        if self.threads:
            return
        for name, target in (("sync-push", self._push_loop), ("sync-pull", self._pull_loop)):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self.threads.append(thread)

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout)
        self.threads = []

    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in self.threads)

    def _has_pending(self) -> bool:
        with self.engine.db.reader() as s:
            return s.scalar(select(SyncOutbox.id).limit(1)) is not None

    def _push_loop(self) -> None:
        self._loop(self._push_once, idle=POLL)

    def _pull_loop(self) -> None:
        self._loop(self._pull_once, idle=0)

    def _loop(self, step, idle: float) -> None:
        pause = 0.0
        client = None
        while not self.stopping.is_set():
            try:
                client = client or self.engine.client()
                step(client)
                pause = 0.0
            except SyncBusy:
                pause = 0.5  # a round has the lock; it does the work meanwhile
            except SyncError:
                pause = min(MAX_PAUSE, max(1.0, pause * 2))  # platform down: try again later, quietly
                if client is not None:
                    client.close()
                    client = None
            if self.stopping.wait(pause or idle):
                break
        if client is not None:
            client.close()

    def _push_once(self, client) -> None:
        if not self._has_pending():
            return
        report = SyncReport()
        with SyncLock(self.engine.db.path, "push", timeout=1.0):
            self.engine.push(client, report)
        self.pushed += report.pushed

    def _pull_once(self, client) -> None:
        report = SyncReport()
        with SyncLock(self.engine.db.path, "pull", timeout=1.0):
            self.engine.pull(client, report, wait=self.wait)
        self.pulled += report.pulled
        if time.monotonic() - self.refilled_at > REFILL_EVERY:  # a kiosk runs no rounds: keep its blocks here
            self.engine.refill_number_blocks(client)
            self.refilled_at = time.monotonic()

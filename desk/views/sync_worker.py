"""Background sync for the main window: a round every ``sync.interval_seconds`` while the desk is
enrolled, or at once on request; at most one round at a time.

A timer on the GUI thread starts each round as one operation (``run_op``): the network work runs
on a pool thread and the result comes back on the GUI thread as a signal. The next round is
scheduled only when the last one has ended, so rounds never overlap; after failures the wait grows
(up to 10 minutes) so an unreachable platform is not hammered. ``stop()`` ends the schedule; a round
already on the network finishes on its own (every request has a timeout) and is then ignored."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from desk.sync.client import NotEnrolled
from desk.sync.engine import SyncEngine, SyncStatus
from desk.views.operations import run_op
from desk.views.sync_labels import error_message

FIRST_DELAY_MS = 3000  # the first round waits until the window is up: no network work at start-up
MAX_BACKOFF_S = 600


class SyncWorker(QObject):
    started = Signal()
    """A sync round began."""
    finished = Signal(object)
    """A round ended well; carries the engine's SyncReport."""
    failed = Signal(str)
    """A round (or a request for one) failed; carries the reason in the UI language."""

    def __init__(self, services, parent: QObject | None = None, engine: SyncEngine | None = None,
                 live: bool = True) -> None:
        super().__init__(parent)
        self.live_lane = live  # start the live lane (desk/sync/live.py) after the first good round
        self.services = services
        self.engine = engine or SyncEngine(services)
        self.busy = False
        self.failures = 0
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.live = None  # the live lane (desk/sync/live.py), started after the first good round

    def status(self) -> SyncStatus:
        """The engine's local status (a small query, fine on the GUI thread)."""
        return self.engine.status()

    def start(self) -> bool:
        """Schedule rounds if the desk is enrolled (the first one after a short delay)."""
        if self._stopped or self.busy or not self.status().enrolled:
            return False
        self.timer.start(FIRST_DELAY_MS)
        return True

    def stop(self) -> None:
        """No more rounds; a round in flight ends quietly."""
        self._stopped = True
        self.timer.stop()
        if self.live is not None:
            self.live.stop(timeout=0.5)  # daemon threads: a long-poll in flight ends with the process
            self.live = None

    def reschedule(self) -> None:
        """Apply a changed interval to the round already waiting."""
        if self.timer.isActive():
            self.timer.start(self.interval_ms())

    @property
    def running(self) -> bool:
        """Rounds are scheduled (or one is in flight)."""
        return not self._stopped and (self.busy or self.timer.isActive())

    def interval_ms(self) -> int:
        seconds = int(self.services.settings.get("sync.interval_seconds"))
        if self.failures:
            seconds = min(seconds * 2 ** min(self.failures, 6), max(seconds, MAX_BACKOFF_S))
        return seconds * 1000

    def sync_now(self) -> bool:
        """Start a round now unless one is running; False if it did not start."""
        if self.busy or self._stopped:
            return False
        self.timer.stop()
        if not self.status().enrolled:  # say so without trying the network
            self.failed.emit(error_message(NotEnrolled()))
            return False
        self.busy = True
        self.started.emit()
        if self.live is not None and self.live.running:  # the live lane exchanges; the round does the rest
            run_op(self, lambda: self.engine.sync_once(exchange=False), self._succeeded, self._failed)
        else:
            run_op(self, self.engine.sync_once, self._succeeded, self._failed)
        return True

    def _succeeded(self, report) -> None:
        self.busy = False
        if self._stopped or not isValid(self):
            return
        self.failures = 0
        if self.live is None and self.live_lane:  # the platform answered: from now on push at once and long-poll
            from desk.sync.live import LiveSync

            self.live = LiveSync(self.engine)
            self.live.start()
        self.timer.start(self.interval_ms())
        self.finished.emit(report)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        if self._stopped or not isValid(self):
            return
        self.failures += 1
        if self.status().enrolled:
            self.timer.start(self.interval_ms())
        self.failed.emit(error_message(exc))

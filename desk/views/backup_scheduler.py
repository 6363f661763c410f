"""The daily backup, run by the main window: every few minutes it asks ``BackupService.due()`` and, when a
backup is due, writes it off the GUI thread (``run_op``). The first look comes shortly after start-up,
so a day missed while the desk was closed is made up then. A failure is shown calmly in the status bar,
logged (without personal data) and tried again an hour later; a backup never runs twice at once.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from desk.services.container import Services
from desk.services.permissions import SYSTEM
from desk.views.operations import run_op

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 60_000  # after start-up: the window is painted and settled
CHECK_MS = 5 * 60_000
RETRY_AFTER_S = 60 * 60


class BackupScheduler(QObject):
    sig_done = Signal(object)
    """A scheduled backup was written (its BackupInfo)."""
    sig_failed = Signal(str)
    """A scheduled backup failed; the calm text for the status bar."""

    def __init__(self, services: Services, parent: QObject | None = None, clock=time.monotonic) -> None:
        super().__init__(parent)
        self.services, self.clock = services, clock
        self.running = False
        self.retry_at = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.label: QLabel | None = None
        self.bar: QStatusBar | None = None

    def attach(self, bar: QStatusBar) -> QLabel:
        """Show the outcome of scheduled backups in ``bar`` (hidden until there is one)."""
        self.bar = bar
        self.label = QLabel()
        self.label.setObjectName("backupStatus")
        self.label.hide()
        bar.addPermanentWidget(self.label)
        self.sig_done.connect(self._show_done)
        self.sig_failed.connect(self._show_failed)
        return self.label

    def _show_done(self, info) -> None:
        if self.label is not None:
            self.label.setStyleSheet("")
            self.label.setText(self.tr("Backed up at {time}").format(time=info.taken_at.strftime("%H:%M")))
            self.label.setToolTip(str(info.path))
            self.label.show()

    def _show_failed(self, text: str) -> None:
        if self.label is not None:
            self.label.setStyleSheet("color: #9a5b00;")
            self.label.setText(self.tr("Backup not done"))
            self.label.setToolTip(text)
            self.label.show()
        if self.bar is not None:
            self.bar.showMessage(text, 60_000)

    def start(self, first_ms: int = FIRST_CHECK_MS) -> None:
        self.timer.start()
        QTimer.singleShot(first_ms, self, self.check)

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        """Write the backup if it is due (in a worker: even looking at the folder may be slow)."""
        if self.running or self.clock() < self.retry_at:
            return
        self.running = True
        backups = self.services.backups
        run_op(self, lambda: backups.run_if_due(SYSTEM), self._finished, self._failed)

    def _finished(self, info) -> None:
        self.running = False
        if info is not None:
            self.sig_done.emit(info)

    def _failed(self, exc: Exception) -> None:
        from desk.views.messages import error_text

        self.running = False
        self.retry_at = self.clock() + RETRY_AFTER_S
        log.warning("scheduled backup failed: %s: %s", type(exc).__name__, exc)
        self.sig_failed.emit(self.tr("The daily backup did not work: {reason} It will be tried again in an hour.")
                             .format(reason=error_text(exc)))

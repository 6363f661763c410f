"""A calm message instead of a traceback when something nobody caught goes wrong.

``desk.logs`` has already logged the exception (masked) and written the crash report when
``CrashNotice.notify`` is called, possibly on a worker thread; the notice is queued to the GUI thread and
shown there once, however many exceptions follow in a burst. The desk keeps running: forms keep their
drafts, so what was being typed comes back when the form is opened again.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.logs import set_crash_notifier

QUIET_S = 30  # a burst of the same failure shows one message


class CrashNotice(QObject):
    sig_crashed = Signal(object)
    """An uncaught exception was logged (the crash report's path, or None)."""

    def __init__(self, parent: QObject | None = None, clock=time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self.showing = False
        self.last_shown: float | None = None
        self.shown: list[str] = []  # texts shown (tests read them)
        self.sig_crashed.connect(self.show, Qt.QueuedConnection)

    def notify(self, report: Path | None) -> None:
        """Called by ``desk.logs`` on the thread that raised: hand over to the GUI thread."""
        self.sig_crashed.emit(report)

    def text(self, report: Path | None) -> str:
        text = self.tr("Something unexpected went wrong. You can go on working: what you were typing in a form is kept "
                       "and comes back when you open the form again. If it happens again, tell the administrator.")
        if report is not None:
            text += "\n\n" + self.tr("A report without personal data was written to {folder}.").format(
                folder=str(Path(report).parent))
        return text

    def show(self, report: Path | None) -> None:
        now = self.clock()
        if self.showing or (self.last_shown is not None and now - self.last_shown < QUIET_S):
            return
        self.showing, self.last_shown = True, now
        try:
            text = self.text(report)
            self.shown.append(text)
            QMessageBox.warning(QApplication.activeWindow(), self.tr("Something went wrong"), text)
        finally:
            self.showing = False


def install_crash_notice(app: QApplication) -> CrashNotice:
    """Show ``CrashNotice`` for every uncaught exception from now on (after ``setup_logging``)."""
    notice = CrashNotice(app)
    set_crash_notifier(notice.notify)
    return notice

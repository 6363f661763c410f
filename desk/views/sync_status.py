"""The sync item of the status bar: one calm line ("同步：正常 · 上次 14:05 · 待发送 3"), amber when
something needs a person, grey when the desk is not enrolled. Clicking it opens the sync page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from desk.timeutil import fmt_local, to_local
from desk.views.sync_labels import is_offline, last_error_text

if TYPE_CHECKING:  # the engine (and requests) load after the window is up
    from desk.sync.engine import SyncStatus

POLL_MS = 30_000  # pending counts change as clerks work: re-read them now and then (a local query)
STYLES = {
    "off": "color: #7b8794; background: transparent;",
    "ok": "color: #334e68; background: transparent;",
    "offline": "color: #52606d; background: transparent;",
    "attention": "color: #7a4b00; background: #fff4ce; border: 1px solid #f0d98c; border-radius: 3px;",
}


def short_time(when: datetime, now: datetime | None = None) -> str:
    """A stored UTC time as local ``14:05`` today, ``03-18 14:05`` on another day."""
    local = to_local(when)
    today = (now or datetime.now()).date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%m-%d %H:%M")


class SyncStatusButton(QPushButton):
    def __init__(self, source: Callable[[], SyncStatus] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setFlat(True)
        self.setCursor(Qt.PointingHandCursor)
        self.setFocusPolicy(Qt.NoFocus)  # the sync page is reachable from the navigation too
        self.source = source
        self.busy = False
        self.level = "off"
        self.setText(self.tr("Sync: …"))  # until the first status is read, just after start-up
        self._style()
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh)

    def set_source(self, source: Callable[[], SyncStatus]) -> None:
        self.source = source
        self.refresh()
        self.poll.start()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.refresh()

    def refresh(self, *_args) -> None:
        """Re-read the status (signal arguments, e.g. a report, are ignored)."""
        if self.source is not None:
            self.show_status(self.source())

    def show_status(self, st: SyncStatus, now: datetime | None = None) -> None:
        text, self.level = self.describe(st, now)
        self.setText(text)
        self._style()
        self.setToolTip(self.details(st))

    def _style(self) -> None:
        self.setStyleSheet(f"QPushButton#syncStatus {{ border: none; padding: 1px 8px; min-height: 0; {STYLES[self.level]} }}"
                           "QPushButton#syncStatus:hover { text-decoration: underline; }")

    def describe(self, st: SyncStatus, now: datetime | None = None) -> tuple[str, str]:
        """The line and its level: off, ok, offline or attention."""
        if not st.enrolled:
            return self.tr("Not connected to the platform"), "off"
        if st.problems:
            return self.tr("Sync: {count} need attention").format(count=st.problems), "attention"
        waiting = self.tr("{count} waiting to send").format(count=st.pending)
        if self.busy:
            return self.tr("Sync: syncing…"), "ok"
        if st.last_error and is_offline(st.last_error):
            if st.pending:
                return self.tr("Sync: offline, {count} waiting to send").format(count=st.pending), "offline"
            return self.tr("Sync: offline"), "offline"
        if st.last_error:
            parts = [self.tr("Sync: not working, see the sync page")] + ([waiting] if st.pending else [])
            return " · ".join(parts), "attention"
        if st.last_success is None:
            parts = [self.tr("Sync: waiting for the first round")]
        else:
            parts = [self.tr("Sync: OK"), self.tr("last {time}").format(time=short_time(st.last_success, now))]
        if st.pending:
            parts.append(waiting)
        return " · ".join(parts), "ok"

    def details(self, st: SyncStatus) -> str:
        if not st.enrolled:
            return self.tr("This desk works offline. The administrator can connect it on the sync page.")
        lines = [self.tr("Platform: {url}").format(url=st.url),
                 self.tr("Last successful sync: {time}").format(time=fmt_local(st.last_success) or "—"),
                 self.tr("Waiting to send: {count}").format(count=st.pending),
                 self.tr("Needing attention: {count}").format(count=st.problems)]
        if st.last_error:
            lines.append(self.tr("Last problem: {text}").format(text=last_error_text(st.last_error)))
        lines.append(self.tr("Click to open the sync page."))
        return "\n".join(lines)

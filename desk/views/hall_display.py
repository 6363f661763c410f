"""The hall display for a TV or second monitor: the current call per window, readable from across
the hall; recent calls; waiting counts; a notice line. New calls flash and are announced.

It polls the queue's version counter (a one-row read) a few times a second, so a call made at any
window on this machine, or by another process on the same database, shows within a blink.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk.services.container import Services
from desk.services.queue_board import HallBoard, WindowCall, hall_board

STYLE = """
QWidget#hall { background: #10243a; }
QLabel { color: #e8eef5; }
QLabel#hallTitle { font-size: 26pt; font-weight: bold; }
QLabel#hallClock { font-size: 22pt; color: #b8c7d9; }
QFrame#windowCard { background: #183552; border: 2px solid #24507a; border-radius: 10px; }
QFrame#windowCard[fresh="true"] { background: #23618f; border: 2px solid #ffd166; }
QLabel#windowName { font-size: 18pt; color: #b8d4ee; }
QLabel#callNumber { font-size: 64pt; font-weight: bold; color: #ffd166; }
QLabel#callService { font-size: 16pt; color: #d7e3ef; }
QLabel#sideTitle { font-size: 18pt; font-weight: bold; color: #b8d4ee; }
QLabel#recent { font-size: 20pt; }
QLabel#waiting { font-size: 16pt; color: #d7e3ef; }
QLabel#notice { font-size: 16pt; color: #10243a; background: #ffd166; padding: 8px 16px; border-radius: 6px; }
QLabel#warning { font-size: 11pt; color: #ffb4a8; }
"""
FLASH_MS = 6000


class WindowCard(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("windowCard")
        v = QVBoxLayout(self)
        v.setContentsMargins(16, 10, 16, 10)
        self.name = QLabel()
        self.name.setObjectName("windowName")
        self.number = QLabel()
        self.number.setObjectName("callNumber")
        self.number.setAlignment(Qt.AlignCenter)
        self.service = QLabel()
        self.service.setObjectName("callService")
        self.service.setAlignment(Qt.AlignCenter)
        for w in (self.name, self.number, self.service):
            v.addWidget(w)

    def show_call(self, call: WindowCall, fresh: bool) -> None:
        self.name.setText(QCoreApplication.translate("HallDisplay", "Window {n}  {name}").format(
            n=call.window_number, name=call.window_name))
        if call.number:
            self.number.setText(call.number)
            self.service.setText(call.service_name)
        else:
            self.number.setText("—")
            self.service.setText(QCoreApplication.translate("HallDisplay", "Paused") if call.paused
                                 else QCoreApplication.translate("HallDisplay", "Waiting for the next call"))
        self.setProperty("fresh", fresh)
        self.style().unpolish(self)
        self.style().polish(self)


class HallDisplay(QWidget):
    sig_new_call = Signal(str, int, int)
    """A call appeared or was repeated: (number, window number, times called)."""

    def __init__(self, services: Services, announcer=None, poll_ms: int = 300) -> None:
        super().__init__()
        self.services = services
        self.announcer = announcer
        self.setObjectName("hall")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Hall display"))
        self._version = -1
        self._seen: dict[int, tuple[str, int]] = {}
        self._fresh_until: dict[int, float] = {}
        self.cards: dict[int, WindowCard] = {}
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 18, 28, 18)
        head = QHBoxLayout()
        title = QLabel(services.center.profile().name)
        title.setObjectName("hallTitle")
        self.clock = QLabel()
        self.clock.setObjectName("hallClock")
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.clock)
        root.addLayout(head)
        body = QHBoxLayout()
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        body.addLayout(self.grid, 3)
        side = QVBoxLayout()
        recent_title = QLabel(self.tr("Recently called"))
        recent_title.setObjectName("sideTitle")
        side.addWidget(recent_title)
        self.recent = QLabel()
        self.recent.setObjectName("recent")
        self.recent.setAlignment(Qt.AlignTop)
        side.addWidget(self.recent, 1)
        waiting_title = QLabel(self.tr("Waiting"))
        waiting_title.setObjectName("sideTitle")
        side.addWidget(waiting_title)
        self.waiting = QLabel()
        self.waiting.setObjectName("waiting")
        side.addWidget(self.waiting)
        body.addLayout(side, 1)
        root.addLayout(body, 1)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        root.addWidget(self.notice)
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.hide()
        root.addWidget(self.warning)
        if announcer is not None and hasattr(announcer, "sig_warning"):
            announcer.sig_warning.connect(self.show_warning)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, activated=self.close)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(poll_ms)
        self.poll(force=True)

    def show_warning(self, text: str) -> None:
        self.warning.setText(QCoreApplication.translate("Announcer", text))
        self.warning.show()

    def poll(self, force: bool = False) -> None:
        now = datetime.now()
        self.clock.setText(now.strftime("%H:%M"))
        version = self.services.tickets.version()
        expired = any(t < now.timestamp() for t in self._fresh_until.values())
        if version == self._version and not force and not expired:
            return
        self._version = version
        self.render(hall_board(self.services.tickets), announce=not force)

    def render(self, board: HallBoard, announce: bool = True) -> None:
        now = datetime.now().timestamp()
        self._fresh_until = {k: v for k, v in self._fresh_until.items() if v > now}
        columns = 2 if len(board.windows) <= 4 else 3
        for i, call in enumerate(board.windows):
            card = self.cards.get(call.window_number)
            if card is None:
                card = self.cards[call.window_number] = WindowCard()
                self.grid.addWidget(card, i // columns, i % columns)
            key = (call.number, call.call_count)
            if call.number and self._seen.get(call.window_number) != key:
                if announce:
                    self._fresh_until[call.window_number] = now + FLASH_MS / 1000
                    self.sig_new_call.emit(call.number, call.window_number, call.call_count)
                    if self.announcer is not None:
                        self.announcer.announce(call.number, call.window_number, 1)
            self._seen[call.window_number] = key
            card.show_call(call, call.window_number in self._fresh_until)
        self.recent.setText("\n".join(self.tr("{number}  →  window {window}").format(number=n, window=w)
                                      for n, w in board.recent) or "—")
        self.waiting.setText("\n".join(self.tr("{prefix} {name}: {count} waiting").format(prefix=p, name=n, count=c)
                                       for p, n, c in board.waiting))
        self.notice.setText(board.notice)
        self.notice.setVisible(bool(board.notice))

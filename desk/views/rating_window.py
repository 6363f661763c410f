"""好差评: the visitor rates the service just finished, on the national five-level scale.

:class:`RatingPanel` asks; :class:`RatingWindow` is the customer-facing second screen at a window,
which asks about the ticket most recently finished there; :class:`RatingDialog` asks on the clerk's
own screen where there is no second screen. Ratings are recorded as the kiosk (no staff account: the
visitor is the one answering).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import KIOSK
from desk.services.queue_ratings import LEVELS
from desk.views.messages import error_text

log = logging.getLogger(__name__)
LOW = 2  # 不满意 or worse: ask what went wrong, and a follow-up is opened

# level -> (background, border, text): muted tones from green through grey to clay, nothing alarming.
TONES = {5: ("#e1efe6", "#8fbf9f", "#1d4d34"), 4: ("#edf5ef", "#b3d3bd", "#2a5a40"),
         3: ("#f0f2f4", "#c3cbd4", "#334e68"), 2: ("#f7f0e6", "#dcc6a4", "#6b4a1f"),
         1: ("#f5e9e6", "#d6b0a7", "#6e3027")}
PANEL_QSS = """
QLabel#rateQuestion { font-size: 26pt; font-weight: bold; color: #243447; }
QLabel#rateTicket, QLabel#rateHint { font-size: 18pt; color: #52606d; }
QLabel#rateThanks { font-size: 30pt; font-weight: bold; color: #1f5f99; }
QLabel#rateError { font-size: 16pt; color: #6b4a1f; background: #fbf1e6; border: 1px solid #e2c49e;
    border-radius: 8px; padding: 10px; }
QPlainTextEdit { font-size: 18pt; min-height: 140px; }
QPushButton#rateAction { font-size: 18pt; min-height: 64px; border-radius: 10px; padding: 0 28px; }
"""


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignCenter)
    label.setWordWrap(True)
    return label


class RatingPanel(QWidget):
    sig_rated = Signal(int)
    """The visitor's rating (1-5) was recorded."""

    def __init__(self, services: Services | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services  # None: only sig_rated (a preview, or an owner that records it)
        self.ticket_id: str | None = None
        self.level = 0
        self.setStyleSheet(PANEL_QSS)
        lay = QVBoxLayout(self)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack)

        ask = QWidget()
        v = QVBoxLayout(ask)
        v.setSpacing(14)
        v.addStretch(1)
        v.addWidget(_label(self.tr("How satisfied are you with this service?"), "rateQuestion"))
        self.ticket_label = _label("", "rateTicket")
        v.addWidget(self.ticket_label)
        self.error = _label("", "rateError")
        self.error.hide()
        v.addWidget(self.error)
        self.buttons: dict[int, QPushButton] = {}
        for level in sorted(LEVELS, reverse=True):  # best first, as on the national scale
            v.addWidget(self._level_button(level))
        v.addStretch(1)
        self.stack.addWidget(ask)

        comment = QWidget()
        v = QVBoxLayout(comment)
        v.setSpacing(12)
        v.addWidget(_label(self.tr("We are sorry. What went wrong? (optional)"), "rateQuestion"))
        self.comment_hint = _label("", "rateHint")
        v.addWidget(self.comment_hint)
        self.comment = QPlainTextEdit()
        v.addWidget(self.comment, 1)
        row = QHBoxLayout()
        back = self._action(self.tr("Back"), lambda: self.stack.setCurrentIndex(0))
        self.submit_btn = self._action(self.tr("Submit"), lambda: self.submit(self.level, self.comment.toPlainText()))
        self.submit_btn.setStyleSheet("background: #2f80c2; color: #ffffff; border: 1px solid #286da6;")
        row.addWidget(back)
        row.addWidget(self.submit_btn)
        v.addLayout(row)
        self.stack.addWidget(comment)

        thanks = QWidget()
        v = QVBoxLayout(thanks)
        v.addStretch(1)
        v.addWidget(_label(self.tr("Thank you for your rating!"), "rateThanks"))
        self.thanks_hint = _label("", "rateHint")
        v.addWidget(self.thanks_hint)
        v.addStretch(1)
        self.stack.addWidget(thanks)

    def _level_button(self, level: int) -> QPushButton:
        bg, border, fg = TONES[level]
        button = QPushButton(QCoreApplication.translate("Ratings", LEVELS[level]))
        button.setFocusPolicy(Qt.NoFocus)
        button.setStyleSheet(
            f"QPushButton {{ font-size: 22pt; min-height: 70px; background: {bg}; border: 2px solid {border};"
            f" color: {fg}; border-radius: 12px; }} QPushButton:pressed {{ background: {border}; }}")
        button.clicked.connect(lambda _=False, lv=level: self.choose(lv))
        self.buttons[level] = button
        return button

    @staticmethod
    def _action(text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("rateAction")
        button.setFocusPolicy(Qt.NoFocus)
        button.clicked.connect(slot)
        return button

    @property
    def state(self) -> str:
        return ("ask", "comment", "thanks")[self.stack.currentIndex()]

    def set_ticket(self, ticket_id: str, number: str) -> None:
        """Ask about this ticket, from the first question."""
        self.ticket_id, self.level = ticket_id, 0
        self.ticket_label.setText(self.tr("Ticket {number}").format(number=number))
        self.comment.clear()
        self.error.hide()
        self.stack.setCurrentIndex(0)

    def choose(self, level: int) -> None:
        self.level = level
        if level <= LOW:  # a reason makes the follow-up possible; it stays optional
            self.comment_hint.setText(self.tr("Your rating: {level}. The center head reads every answer and will "
                                              "follow it up.").format(level=self.buttons[level].text()))
            self.stack.setCurrentIndex(1)
        else:
            self.submit(level)

    def submit(self, level: int, comment: str = "") -> None:
        if self.ticket_id is None:
            return
        try:
            follow_up = self.services.ratings.rate(KIOSK, self.ticket_id, level, comment) if self.services else None
        except Exception as exc:  # already rated at another screen, ticket gone: say so, never crash
            self.error.setText(error_text(exc))
            self.error.show()
            self.stack.setCurrentIndex(0)
            return
        follow = self.tr("Your rating goes to the center head, who will follow it up.")
        self.thanks_hint.setText(follow if follow_up else "")
        self.stack.setCurrentIndex(2)
        self.sig_rated.emit(level)


class RatingWindow(QWidget):
    """The second screen facing the visitor at one window: idle, or asking for a rating."""

    def __init__(self, services: Services, window_id: int, poll_ms: int = 1000, thanks_seconds: float = 6) -> None:
        super().__init__()
        self.services, self.window_id = services, window_id
        self.shown: str | None = None
        self._version = -1
        self._ticks = 0
        self.setWindowTitle(self.tr("Rate our service"))
        self.setAttribute(Qt.WA_StyledBackground)
        self.setObjectName("ratingScreen")
        self.setStyleSheet(PANEL_QSS + "QWidget#ratingScreen { background: #f4f6f8; }"
                           "QLabel#rateCenter { font-size: 22pt; font-weight: bold; color: #243447; }")
        window = next((w for w in services.queue_config.windows() if w.id == window_id), None)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 24, 40, 28)
        title = services.center.profile().name
        if window is not None:
            title += "  ·  " + self.tr("Window {n} {name}").format(n=window.number, name=window.name)
        lay.addWidget(_label(title, "rateCenter"))
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        idle = QWidget()
        v = QVBoxLayout(idle)
        v.addStretch(1)
        v.addWidget(_label(self.tr("Thank you for visiting"), "rateThanks"))
        v.addWidget(_label(self.tr("After your service you can rate it here."), "rateHint"))
        v.addStretch(1)
        self.idle = idle
        self.panel = RatingPanel(services)
        self.stack.addWidget(idle)
        self.stack.addWidget(self.panel)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(int(thanks_seconds * 1000))
        self.thanks_timer.timeout.connect(self.show_idle)
        self.panel.sig_rated.connect(lambda _level: self.thanks_timer.start())
        self.poll = QTimer(self)
        self.poll.timeout.connect(self.refresh)
        self.poll.setInterval(poll_ms)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.close)
        self.refresh()

    def refresh(self) -> None:
        """Look again when the queue changed, and every 15 polls for tickets ageing out of the window."""
        self._ticks += 1
        try:
            version = self.services.tickets.version()
            if version == self._version and self._ticks % 15:
                return
            self._version = version
            found = self.services.ratings.awaiting_rating(self.window_id)
        except Exception:  # a busy database: try again at the next poll
            log.warning("rating screen refresh failed", exc_info=True)
            return
        if found is not None and found[0] != self.shown:
            self.thanks_timer.stop()
            self.shown = found[0]
            self.panel.set_ticket(*found)
            self.stack.setCurrentWidget(self.panel)
        elif found is None and self.panel.state == "ask":  # never cut off a comment or the thank-you
            self.show_idle()

    def show_idle(self) -> None:
        self.stack.setCurrentWidget(self.idle)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.poll.start()  # polls only while shown
        super().showEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.poll.stop()
        super().closeEvent(event)


class RatingDialog(QDialog):
    """The rating on the clerk's screen, turned towards the visitor."""

    def __init__(self, services: Services, ticket_id: str, number: str, parent: QWidget | None = None,
                 thanks_seconds: float = 3) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rate our service"))
        self.resize(720, 720)
        lay = QVBoxLayout(self)
        self.panel = RatingPanel(services)
        self.panel.set_ticket(ticket_id, number)
        self.close_timer = QTimer(self)  # owned by the dialog: gone with it if staff close it first
        self.close_timer.setSingleShot(True)
        self.close_timer.setInterval(int(thanks_seconds * 1000))
        self.close_timer.timeout.connect(self.accept)
        self.panel.sig_rated.connect(lambda _level: self.close_timer.start())
        lay.addWidget(self.panel, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)  # plain, so the visitor's eye goes to the five answers
        close.clicked.connect(self.reject)
        row.addWidget(close)
        lay.addLayout(row)

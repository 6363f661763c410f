"""The self-service kiosk (自助取号机) in the hall: touch a service, get a number and a printed slip.

Unattended and touch-only: big targets, no dialogs, every error shown as a large message that goes
away by itself. The launcher calls ``showFullScreen()``; Esc does nothing, Ctrl+Shift+Q (staff)
closes it. Counts refresh when the queue changes (``tickets.version()`` polled every 2 s) and
opening hours are re-checked every minute.
"""

from __future__ import annotations

import logging
from collections import Counter

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from desk.errors import DeskError
from desk.services.container import Services
from desk.services.permissions import KIOSK
from desk.services.queue_config import ServiceInfo
from desk.services.queue_tickets import TicketInfo
from desk.timeutil import to_local
from desk.views.kiosk_widgets import KIOSK_QSS, CodeKeypad, ServiceButton, big_button, big_label
from desk.views.messages import error_text
from desk.views.ticket_printer import TicketPrinter

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    def __init__(self, services: Services, printer: TicketPrinter | None = None,
                 return_seconds: float = 12.0) -> None:
        super().__init__()
        self.services = services
        self.return_ms = int(return_seconds * 1000)
        self.ticket: TicketInfo | None = None
        self.service_buttons: dict[int, ServiceButton] = {}
        self._layout_key: list = []
        self._seen: tuple = ()
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WA_StyledBackground)
        self.setWindowTitle(self.tr("Take a number"))
        self.setStyleSheet(KIOSK_QSS)
        self.printer = printer or TicketPrinter(services, self)
        self.printer.sig_printed.connect(self._printed)
        self.printer.sig_failed.connect(self._print_failed)

        root = QVBoxLayout(self)
        root.setContentsMargins(40, 24, 40, 28)
        root.setSpacing(18)
        header = QHBoxLayout()
        header.addWidget(big_label(services.center.profile().name, "kioskCenter", Qt.AlignLeft | Qt.AlignVCenter), 1)
        self.clock_label = big_label("", "kioskClock", Qt.AlignRight | Qt.AlignVCenter)
        header.addWidget(self.clock_label)
        root.addLayout(header)
        self.stack = QStackedWidget()
        root.addWidget(self.stack, 1)
        self.start_page, self.keypad_page = self._start_page(), self._keypad_page()
        self.result_page, self.message_page = self._result_page(), self._message_page()
        for page in (self.start_page, self.keypad_page, self.result_page, self.message_page):
            self.stack.addWidget(page)

        self.back_timer = QTimer(self)
        self.back_timer.setSingleShot(True)
        self.back_timer.timeout.connect(self.go_start)
        self.poll = QTimer(self)
        self.poll.timeout.connect(self.refresh)
        self.poll.setInterval(2000)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.close)
        self.refresh()

    def _start_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(16)
        v.addWidget(big_label(self.tr("Touch a service to take a number"), "kioskPrompt"))
        self.grid = QGridLayout()
        self.grid.setSpacing(18)
        v.addLayout(self.grid, 1)
        self.reasons = QWidget()
        h = QHBoxLayout(self.reasons)
        h.setContentsMargins(0, 0, 0, 0)
        self.reason_group = QButtonGroup(self)
        for reason, text in (("elderly", self.tr("Elderly")), ("disabled", self.tr("Disabled")),
                             ("pregnant", self.tr("Pregnant"))):
            b = big_button(text)
            b.setCheckable(True)
            b.setProperty("reason", reason)
            self.reason_group.addButton(b)
            h.addWidget(b)
        self.reasons.hide()
        v.addWidget(self.reasons)
        bottom = QHBoxLayout()
        bottom.setSpacing(18)
        self.priority_btn = big_button(self.tr("Priority lane (elderly, disabled, pregnant)"))
        self.priority_btn.setCheckable(True)
        self.priority_btn.toggled.connect(self._priority_toggled)
        self.checkin_btn = big_button(self.tr("Appointment check-in"), slot=self.show_keypad)
        bottom.addWidget(self.priority_btn, 3)
        bottom.addWidget(self.checkin_btn, 2)
        v.addLayout(bottom)
        return page

    def _keypad_page(self) -> QWidget:
        self.keypad = CodeKeypad()
        self.keypad.sig_submit.connect(self.check_in)
        self.keypad.sig_back.connect(self.go_start)
        self.keypad.sig_touched.connect(lambda: self._arm(3))  # typing a code takes longer than reading
        return self.keypad

    def _result_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.setSpacing(8)
        v.addWidget(big_label(self.tr("Your number"), "resultSub"))
        names = ("bigNumber", "resultLine", "resultLine", "resultSub", "status", "detail")
        labels = [big_label("", name) for name in names]
        self.number_label, self.service_label, self.ahead_label, self.wait_label, self.status_label, \
            self.detail_label = labels
        for label in labels:
            v.addWidget(label)
        v.addStretch(1)
        row = QHBoxLayout()
        self.reprint_btn = big_button(self.tr("Reprint"), "primaryBig", self.reprint)
        row.addWidget(self.reprint_btn)
        row.addWidget(big_button(self.tr("Done"), slot=self.go_start))
        v.addLayout(row)
        return page

    def _message_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.message_label = big_label("", "message")
        v.addStretch(1)
        v.addWidget(self.message_label)
        v.addStretch(1)
        v.addWidget(big_button(self.tr("Back"), slot=self.go_start))
        return page

    def refresh(self) -> None:
        """Redraw the service cards when the queue changed or the minute turned (opening hours)."""
        try:
            now = to_local(self.services.tickets.clock())
            minute = now.strftime("%H:%M")
            self.clock_label.setText(minute)
            seen = (self.services.tickets.version(), minute)
            if seen == self._seen:
                return
            services = self.services.queue_config.services()
            waiting = Counter(t.service_id for t in self.services.tickets.waiting())
        except Exception:  # a busy database must not take the kiosk down: try again at the next poll
            log.warning("kiosk refresh failed", exc_info=True)
            return
        self._seen = seen
        key = [(s.id, s.prefix, s.name) for s in services]
        if key != self._layout_key:
            self._build_grid(services)
            self._layout_key = key
        for s in services:
            if s.opens_at <= minute < s.closes_at:
                info = self.tr("{n} waiting").format(n=waiting.get(s.id, 0))
                self.service_buttons[s.id].set_state(True, info)
            else:
                info = self.tr("Closed now · tickets {opens}–{closes}").format(opens=s.opens_at, closes=s.closes_at)
                self.service_buttons[s.id].set_state(False, info)

    def _build_grid(self, services: list[ServiceInfo]) -> None:
        for button in self.service_buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.service_buttons = {}
        columns = 2 if len(services) <= 4 else 3
        for i, s in enumerate(services):
            button = ServiceButton(s)
            button.clicked.connect(lambda _=False, sid=s.id: self.take(sid))
            self.service_buttons[s.id] = button
            self.grid.addWidget(button, i // columns, i % columns)

    def _priority_toggled(self, on: bool) -> None:
        self.reasons.setVisible(on)
        if on:
            self.reason_group.buttons()[0].setChecked(True)  # one tap less for most visitors
        if on:
            self._arm()
        else:
            self.back_timer.stop()

    def take(self, service_id: int) -> None:
        checked = self.reason_group.checkedButton()
        reason = checked.property("reason") if self.priority_btn.isChecked() and checked else ""
        try:
            ticket = self.services.tickets.issue(KIOSK, service_id, reason)
        except Exception as exc:  # closed, cap reached, database trouble: say so, never crash
            self.show_message(self._explain(exc))
            return
        self.show_ticket(ticket)

    @staticmethod
    def _explain(exc: Exception) -> str:
        if not isinstance(exc, DeskError):  # a bug or a broken database: keep the details for staff
            log.error("kiosk operation failed", exc_info=exc)
        return error_text(exc)

    def show_keypad(self) -> None:
        self.keypad.reset()
        self.stack.setCurrentWidget(self.keypad)
        self._arm(3)

    def check_in(self, code: str) -> None:
        try:
            ticket = self.services.appointments.check_in(KIOSK, code)
        except Exception as exc:  # wrong code, not today, too early: say so on the keypad
            self.keypad.reset(self._explain(exc))
            self._arm(3)
            return
        self.show_ticket(ticket)

    def show_ticket(self, ticket: TicketInfo) -> None:
        self.ticket = ticket
        self.number_label.setText(ticket.number)
        lane = self.tr("Priority lane") if ticket.priority else ""
        self.service_label.setText(f"{ticket.service_name}  ·  {lane}" if lane else ticket.service_name)
        self.ahead_label.setText(self.tr("{n} people ahead of you").format(n=ticket.ahead))
        minutes = ticket.estimated_wait_minutes
        self.wait_label.setText(self.tr("The waiting time cannot be estimated yet") if minutes is None
                                else self.tr("You will be called soon") if minutes <= 0
                                else self.tr("about {m} minutes").format(m=minutes))
        self.stack.setCurrentWidget(self.result_page)
        self._reset_choices()
        self._arm()
        self._print(lambda: self.printer.print_ticket(ticket))

    def reprint(self) -> None:
        if self.ticket is not None:
            self._print(lambda ticket_id=self.ticket.id: self.printer.reprint(ticket_id))

    def _print(self, start) -> None:
        self._set_status(self.tr("Printing your ticket…"), failed=False)
        self.detail_label.clear()
        self.reprint_btn.hide()
        start()  # may report at once (tests run workers inline), so the status is set first

    def _printed(self, ticket_id: str) -> None:
        if self.ticket is not None and ticket_id == self.ticket.id:
            self._set_status(self.tr("Please take your ticket"), failed=False)
            self._arm()

    def _print_failed(self, ticket_id: str, message: str) -> None:
        if self.ticket is not None and ticket_id == self.ticket.id:
            self._set_status(self.tr("The ticket could not be printed. Please remember your number, "
                                     "or ask at the service desk."), failed=True)
            self.detail_label.setText(message)  # for the staff who come to help
            self.reprint_btn.show()
            self._arm(2)

    def _set_status(self, text: str, failed: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("failed", failed)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_page)
        self._reset_choices()
        self._arm()

    def go_start(self) -> None:
        self.back_timer.stop()
        self.ticket = None
        self._reset_choices()
        self.stack.setCurrentWidget(self.start_page)
        self.refresh()

    def _reset_choices(self) -> None:
        """The next visitor starts from scratch: no priority lane, no half-typed code."""
        self.priority_btn.setChecked(False)
        self.keypad.reset()

    def _arm(self, factor: float = 1) -> None:
        self.back_timer.start(int(self.return_ms * factor))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.poll.start()  # polls only while shown: a closed kiosk must not keep reading the database
        super().showEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.poll.stop()
        self.back_timer.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key_Escape:  # a visitor must not be able to close the kiosk
            event.accept()
            return
        super().keyPressEvent(event)

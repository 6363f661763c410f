"""The window caller panel: what a clerk uses all day. One key calls the next visitor.

F1 call next · F2 recall · F3 start · F4 finish · F6 no-show · F7 transfer · F8 call a number.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.services.queue_tickets import TicketInfo
from desk.timeutil import to_local
from desk.views.messages import show_error
from desk.views.page import page_layout
from desk.views.queue_waiting_model import WaitingTableModel
from desk.views.tables import row_table


class TransferDialog(QDialog):
    def __init__(self, services: Services, current_window: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer the ticket"))
        form = QFormLayout(self)
        self.service = QComboBox()
        self.service.addItem(self.tr("Same service"), None)
        for s in services.queue_config.services():
            self.service.addItem(f"{s.prefix} {s.name}", s.id)
        self.window_box = QComboBox()
        self.window_box.addItem(self.tr("Any window"), None)
        for w in services.queue_config.windows():
            if w.id != current_window:
                self.window_box.addItem(self.tr("Window {n} {name}").format(n=w.number, name=w.name), w.id)
        form.addRow(self.tr("To service"), self.service)
        form.addRow(self.tr("To window"), self.window_box)
        hint = QLabel(self.tr("The visitor keeps their place by the time they first arrived."))
        hint.setObjectName("hint")
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class CallerPanel(QWidget):
    sig_called = Signal(str, int, int)
    """A ticket was called or recalled: (number, window number, times called) — for the voice."""
    sig_serving = Signal(str, str, str)
    """Serving began on a ticket whose service opens a form (consultation, notary intake), or the clerk
    asked to open it again: (ticket id, number, handled_as)."""

    transfer_dialog = TransferDialog
    # what serving a ticket opens, and who may use it (the areas of the main window)
    HANDLED_PERMS = {"consultation": Perm.CONSULT_EDIT, "notary": Perm.NOTARY_EDIT}

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.tickets = services.tickets
        self._version = -1
        lay = page_layout(self, self.tr("Window calling"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("My window")))
        self.window_box = QComboBox()
        for w in services.queue_config.windows():
            self.window_box.addItem(self.tr("Window {n} {name}").format(n=w.number, name=w.name), w.id)
        saved = QSettings().value("queue/window_id")
        if saved is not None and self.window_box.findData(int(saved)) >= 0:
            self.window_box.setCurrentIndex(self.window_box.findData(int(saved)))
        self.window_box.currentIndexChanged.connect(self._window_changed)
        top.addWidget(self.window_box)
        self.pause_btn = QPushButton()
        self.pause_btn.clicked.connect(self.toggle_pause)
        top.addWidget(self.pause_btn)
        top.addStretch(1)
        lay.addLayout(top)

        body = QHBoxLayout()
        body.addWidget(self._current_card(), 3)
        body.addWidget(self._lists(), 2)
        lay.addLayout(body, 1)
        self._shortcuts()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(1000)
        self.refresh(force=True)

    # --- layout ------------------------------------------------------------------------------
    def _current_card(self) -> QWidget:
        card = QFrame()
        card.setObjectName("callCard")
        card.setStyleSheet("QFrame#callCard { background: white; border: 1px solid #d9dee4; border-radius: 8px; }")
        v = QVBoxLayout(card)
        v.setContentsMargins(24, 18, 24, 18)
        self.number_label = QLabel("—")
        self.number_label.setAlignment(Qt.AlignCenter)
        self.number_label.setStyleSheet("font-size: 64pt; font-weight: bold; color: #1f2933;")
        self.detail_label = QLabel()
        self.detail_label.setAlignment(Qt.AlignCenter)
        self.detail_label.setStyleSheet("font-size: 13pt; color: #52606d;")
        v.addWidget(self.number_label)
        v.addWidget(self.detail_label)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("Outcome (optional), saved when you finish"))
        v.addWidget(self.outcome)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        spec = (("next", self.tr("Call next  F1"), self.call_next), ("recall", self.tr("Recall  F2"), self.recall),
                ("start", self.tr("Start  F3"), self.start), ("finish", self.tr("Finish  F4"), self.finish),
                ("no_show", self.tr("No-show  F6"), self.no_show), ("transfer", self.tr("Transfer…  F7"), self.transfer),
                ("number", self.tr("Call a number…  F8"), self.call_number))
        for i, (key, text, slot) in enumerate(spec):
            b = QPushButton(text)
            b.setMinimumHeight(46)
            b.setStyleSheet("font-size: 12pt;")
            b.clicked.connect(slot)
            self.buttons[key] = b
            grid.addWidget(b, i // 2, i % 2)
        self.buttons["next"].setObjectName("primary")
        v.addLayout(grid)
        # For desks without a customer-facing screen: turn the screen to the visitor after service.
        self.rate_btn = QPushButton(self.tr("Ask the visitor to rate this service…"))
        self.rate_btn.clicked.connect(self.ask_rating)
        self.rate_btn.setEnabled(False)
        v.addWidget(self.rate_btn)
        # Serving a consultation or notary ticket opens its form; this opens it again.
        self.open_form_btn = QPushButton()
        self.open_form_btn.setMinimumHeight(40)
        self.open_form_btn.clicked.connect(self.open_form)
        self.open_form_btn.hide()
        v.addWidget(self.open_form_btn)
        v.addStretch(1)
        return card

    def _lists(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        self.waiting_label = QLabel()
        self.waiting_label.setStyleSheet("font-weight: bold;")
        v.addWidget(self.waiting_label)
        self.waiting_model = WaitingTableModel(self.tickets.clock, self)
        self.waiting_view = row_table(self.waiting_model, stretch=True)
        v.addWidget(self.waiting_view, 3)
        v.addWidget(QLabel(self.tr("No-shows today")))
        self.no_show_model = WaitingTableModel(self.tickets.clock, self)
        self.no_show_view = row_table(self.no_show_model, stretch=True)
        v.addWidget(self.no_show_view, 1)
        row = QHBoxLayout()
        self.reinstate_btn = QPushButton(self.tr("Back in the queue"))
        self.reinstate_btn.clicked.connect(self.reinstate)
        self.cancel_btn = QPushButton(self.tr("Cancel selected waiting ticket"))
        self.cancel_btn.clicked.connect(self.cancel_waiting)
        row.addWidget(self.reinstate_btn)
        row.addWidget(self.cancel_btn)
        v.addLayout(row)
        return box

    def _shortcuts(self) -> None:
        for key, name in (("F1", "next"), ("F2", "recall"), ("F3", "start"), ("F4", "finish"),
                          ("F6", "no_show"), ("F7", "transfer"), ("F8", "number")):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.buttons[name].click)

    # --- state -------------------------------------------------------------------------------
    def window_id(self) -> int | None:
        return self.window_box.currentData()

    def _window_changed(self) -> None:
        QSettings().setValue("queue/window_id", self.window_id())
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        """Reload when the queue changed anywhere (another window, the kiosk, another desk)."""
        version = self.tickets.version()
        if version == self._version and not force:
            return
        self._version = version
        window_id = self.window_id()
        window = next((w for w in self.services.queue_config.windows() if w.id == window_id), None)
        current = self.tickets.current(window_id) if window_id else None
        self.current_ticket = current
        self._show_current(current)
        service_ids = sorted(window.service_ids) if window else []
        waiting = [t for t in self.tickets.waiting(service_ids) if t.window_id in (None, window_id)]
        self.waiting_model.set_tickets(waiting)
        self.waiting_label.setText(self.tr("Waiting for this window: {n}").format(n=len(waiting)))
        self.no_show_model.set_tickets([t for t in self.tickets.no_shows() if t.service_id in service_ids])
        paused = bool(window and window.paused)
        self.pause_btn.setText(self.tr("Resume window") if paused else self.tr("Pause window"))
        state = current.state if current else None
        self.buttons["next"].setEnabled(not paused and current is None)
        self.buttons["number"].setEnabled(not paused and current is None)
        self.buttons["recall"].setEnabled(state == "called")
        self.buttons["no_show"].setEnabled(state == "called")
        self.buttons["start"].setEnabled(state == "called")
        self.buttons["finish"].setEnabled(state in ("called", "serving"))
        self.buttons["transfer"].setEnabled(state in ("called", "serving"))
        form = self.form_for(current)
        self.open_form_btn.setVisible(bool(form))
        if form:
            self.open_form_btn.setText(
                (self.tr("Open the consultation form for {number}") if form == "consultation"
                 else self.tr("Open the notary intake for {number}")).format(number=current.number))

    def form_for(self, t: TicketInfo | None) -> str:
        """What serving ``t`` opens for this user ("" nothing): only once serving has begun."""
        if t is None or t.state != "serving" or not t.handled_as:
            return ""
        perm = self.HANDLED_PERMS.get(t.handled_as)
        return t.handled_as if perm is not None and self.actor.can(perm) else ""

    def _show_current(self, t: TicketInfo | None) -> None:
        if t is None:
            self.number_label.setText("—")
            self.detail_label.setText(self.tr("No visitor at this window. Press F1 to call the next one."))
            return
        self.number_label.setText(t.number)
        when = f"{to_local(t.arrived_at):%H:%M}"
        if t.state == "called":
            state = self.tr("called {n} time(s)").format(n=t.call_count)
        else:
            state = self.tr("being served")
        priority = "  ·  " + self.tr("priority lane") if t.priority else ""
        self.detail_label.setText(f"{t.service_name}  ·  {state}  ·  " + self.tr("arrived {time}").format(time=when) + priority)

    # --- actions -----------------------------------------------------------------------------
    def _do(self, fn, announce: bool = False) -> TicketInfo | None:
        try:
            result = fn()
        except Exception as exc:
            show_error(self, exc)
            self.refresh(force=True)
            return None
        if announce and result is not None:
            window = next(w for w in self.services.queue_config.windows() if w.id == self.window_id())
            self.sig_called.emit(result.number, window.number, result.call_count)
        self.refresh(force=True)
        return result

    def call_next(self) -> None:
        if self.window_id() is None:
            return
        result = self._do(lambda: self.tickets.call_next(self.actor, self.window_id()), announce=True)
        if result is None and self.current_ticket is None:
            self.detail_label.setText(self.tr("Nobody is waiting for this window."))

    def recall(self) -> None:
        self._do(lambda: self.tickets.recall(self.actor, self.window_id()), announce=True)

    def start(self) -> None:
        started = self._do(lambda: self.tickets.start(self.actor, self.window_id()))
        if started is not None and started.handled_as:
            self.sig_serving.emit(started.id, started.number, started.handled_as)

    def open_form(self) -> None:
        """Open the form of the ticket being served again (after switching to another page)."""
        current = getattr(self, "current_ticket", None)
        if self.form_for(current):
            self.sig_serving.emit(current.id, current.number, current.handled_as)

    def finish(self) -> None:
        done = self._do(lambda: self.tickets.finish(self.actor, self.window_id(), self.outcome.text()))
        if done is not None:
            self.outcome.clear()
            self.last_finished = done
            self.rate_btn.setEnabled(True)

    rating_dialog = None  # the class, imported on first use (tests may replace it)

    def ask_rating(self) -> None:
        done = getattr(self, "last_finished", None)
        if done is None:
            return
        dialog_class = self.rating_dialog
        if dialog_class is None:
            from desk.views.rating_window import RatingDialog as dialog_class
        dialog_class(self.services, done.id, done.number, self).exec()
        self.rate_btn.setEnabled(False)

    def cancel_waiting(self) -> None:
        rows = self.waiting_view.selectionModel().selectedRows()
        if not rows:
            return
        ticket = self.waiting_model.ticket(rows[0].row())
        from desk.views.messages import confirm

        if confirm(self, self.tr("Cancel ticket"), self.tr("Cancel ticket {number}? The visitor leaves the queue.")
                   .format(number=ticket.number)):
            self._do(lambda: self.tickets.cancel(self.actor, ticket.id))

    def no_show(self) -> None:
        self._do(lambda: self.tickets.no_show(self.actor, self.window_id()))

    def transfer(self) -> None:
        dialog = self.transfer_dialog(self.services, self.window_id(), self)
        if dialog.exec() == QDialog.Accepted:
            self._do(lambda: self.tickets.transfer(self.actor, self.window_id(), dialog.service.currentData(),
                                                   dialog.window_box.currentData()))

    def call_number(self, number: str | None = None) -> None:
        if number is None:
            number, ok = QInputDialog.getText(self, self.tr("Call a number"), self.tr("Ticket number, e.g. A012:"))
            if not ok or not number.strip():
                return
        self._do(lambda: self.tickets.call_number(self.actor, self.window_id(), number), announce=True)

    def reinstate(self) -> None:
        rows = self.no_show_view.selectionModel().selectedRows()
        if rows:
            ticket = self.no_show_model.ticket(rows[0].row())
            self._do(lambda: self.tickets.reinstate(self.actor, ticket.id))

    def toggle_pause(self) -> None:
        window = next((w for w in self.services.queue_config.windows() if w.id == self.window_id()), None)
        if window is not None:
            self._do(lambda: self.tickets.set_paused(self.actor, window.id, not window.paused))

"""Notary applications (公证代办): the list by state with a search over numbers, names and phones, and
beside it the selected application — applicants masked unless shown on purpose, its checklist, the
day of every step — with the steps its state allows. Several complete applications are forwarded
to the notary office together as one batch."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.services.container import Services
from desk.services.notary_intakes import IntakeDetail, IntakeRow
from desk.services.permissions import Actor, Perm
from desk.views.messages import confirm, show_error
from desk.views.notary_dialogs import BatchesDialog, ForwardDialog, MaterialsDialog, StepDialog
from desk.views.notary_labels import (
    FILTERS,
    MISSING_COLOUR,
    MUTED_COLOUR,
    READY_COLOUR,
    material_state_name,
    required_name,
    sex_name,
    state_name,
)
from desk.views.notary_labels import tr as label_tr
from desk.views.notary_widgets import NOTARY_STYLE, print_notary_document
from desk.views.page import page_layout
from desk.views.rows_model import RowsTableModel
from desk.views.tables import row_table

DEBOUNCE_MS = 250
DETAIL_DELAY_MS = 150  # arrowing through the list opens (and audits) only the row it stops at
LIMIT = 500
AT_OFFICE = ("forwarded", "accepted", "issued")
LATE_COLOUR = QColor("#8a5a00")
# The steps of an application: (key, states in which it is allowed).
STEPS = (
    ("materials", ("received", "incomplete", "complete")),
    ("accept", ("forwarded",)),
    ("office_return", ("forwarded", "accepted")),
    ("issue", ("accepted",)),
    ("ready", ("issued",)),
    ("collect", ("ready",)),
    ("withdraw", ("received", "incomplete", "complete")),
)
PRINTS = (
    ("notary-receipt", ("received", "incomplete", "complete", "forwarded", "accepted", "issued", "ready", "collected")),
    ("notary-pickup-notice", ("ready",)),
)


class NotaryIntakesModel(RowsTableModel):
    numeric = frozenset({6})

    def __init__(self, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Number"), self.tr("Applicants"), self.tr("Matter"), self.tr("State"), self.tr("Received"),
                self.tr("Expected back"), self.tr("Missing"), self.tr("Batch"))

    def text(self, row: IntakeRow, column: int) -> str:
        if column == 5:
            return "" if row.state == "withdrawn" else (row.ready_on or row.expected_on).isoformat()
        if column == 6:
            return "—" if row.state == "received" else (str(row.missing) if row.missing else "")
        return (row.number, row.applicants, row.matter_name, state_name(row.state), row.received_on.isoformat(),
                "", "", row.batch_number)[column]

    def colour(self, row: IntakeRow, column: int) -> QColor | None:
        if column == 3:
            if row.state == "incomplete":
                return MISSING_COLOUR
            if row.state == "ready":
                return READY_COLOUR
            if row.state in ("collected", "withdrawn"):
                return MUTED_COLOUR
        if column == 5 and row.state in AT_OFFICE and row.expected_on < self.today:
            return LATE_COLOUR
        if column == 6 and row.missing and row.state != "received":
            return MISSING_COLOUR
        return None

    def tooltip(self, row: IntakeRow, column: int) -> str | None:
        if column == 5 and row.state in AT_OFFICE and row.expected_on < self.today:
            return self.tr("Past the expected day: ask the notary office")
        return None


class IntakeDetailPanel(QWidget):
    """The selected application: who, what, the checklist and the day of every step."""

    def __init__(self, can_reveal: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.can_reveal = can_reveal
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 10, 10)
        self.empty = QLabel(self.tr("Select an application to see it here."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        outer.addLayout(columns)
        outer.addStretch(1)
        lay = QVBoxLayout()
        lay.setSpacing(6)
        columns.addLayout(lay, 5)
        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        self.state = QLabel()
        self.state.setWordWrap(True)
        lay.addWidget(self.state)
        self.facts = self._value("")
        lay.addWidget(self.facts)
        self.people_title = QLabel(self.tr("Applicants"))
        self.people_title.setObjectName("sectionLabel")
        lay.addWidget(self.people_title)
        self.people = self._value("")
        lay.addWidget(self.people)
        self.reveal_btn = QPushButton()
        self.reveal_row = QWidget()
        row = QHBoxLayout(self.reveal_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reveal_btn)
        row.addStretch(1)
        lay.addWidget(self.reveal_row)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        lay.addLayout(self.form)
        lay.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        columns.addLayout(right, 4)
        self.materials_title = QLabel(self.tr("Materials"))
        self.materials_title.setObjectName("sectionLabel")
        right.addWidget(self.materials_title)
        self.materials = QGridLayout()
        self.materials.setHorizontalSpacing(12)
        self.materials.setVerticalSpacing(4)
        self.materials.setColumnStretch(0, 1)
        right.addLayout(self.materials)
        self.steps_title = QLabel(self.tr("Steps"))
        self.steps_title.setObjectName("sectionLabel")
        right.addSpacing(4)
        right.addWidget(self.steps_title)
        self.steps = QFormLayout()
        self.steps.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.steps.setVerticalSpacing(4)
        right.addLayout(self.steps)
        right.addStretch(1)
        self.show_detail(None)

    @staticmethod
    def _clear(layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _value(self, text: str, colour: QColor | None = None) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        if colour is not None:
            label.setStyleSheet(f"color: {colour.name()};")
        return label

    def show_detail(self, d: IntakeDetail | None) -> None:
        for layout in (self.form, self.steps):
            while layout.rowCount():
                layout.removeRow(0)
        self._clear(self.materials)
        shown = d is not None
        for widget in (self.heading, self.state, self.facts, self.people_title, self.people, self.materials_title,
                       self.steps_title):
            widget.setVisible(shown)
        self.reveal_row.setVisible(shown and self.can_reveal)
        self.empty.setVisible(not shown)
        if d is None:
            return
        r = d.row
        self.heading.setText(f"{r.number} · {r.matter_name}")
        colour = MISSING_COLOUR if r.state == "incomplete" else READY_COLOUR if r.state == "ready" else None
        self.state.setText(state_name(r.state))
        self.state.setStyleSheet(f"font-weight: bold; color: {colour.name()};" if colour else "font-weight: bold;")
        self.people.setText("\n".join(
            " · ".join(t for t in (a.name, sex_name(a.sex), a.id_number, a.phone) if t)
            + (f"\n{a.address}" if a.address else "") for a in d.applicants))
        facts = [self.tr("for {purpose}").format(purpose=" · ".join(t for t in (d.purpose, d.use_country) if t))
                 if d.purpose or d.use_country else "", self.tr("%n copy(ies)", "", d.copies)]
        self.facts.setText(" · ".join(t for t in facts if t))
        if d.notes:
            self.form.addRow(self.tr("Notes"), self._value(d.notes))
        for i, m in enumerate(d.materials):
            missing = m.status == "missing"
            name = QLabel(m.name)
            name.setWordWrap(True)
            tag = QLabel(required_name(m.required))
            tag.setObjectName("requiredTag" if m.required else "hint")
            status = QLabel(material_state_name(m.status))
            if missing and m.required:
                for label in (name, status):
                    label.setStyleSheet(f"color: {MISSING_COLOUR.name()};")
            elif missing:
                status.setObjectName("hint")
            self.materials.addWidget(name, i, 0)
            self.materials.addWidget(tag, i, 1)
            self.materials.addWidget(status, i, 2)
        if d.missing_note:
            note = self._value(self.tr("Also asked for: {what}").format(what=d.missing_note), MISSING_COLOUR)
            self.materials.addWidget(note, len(d.materials), 0, 1, 3)
        for label, value in self._steps(d):
            if value:
                self.steps.addRow(label, self._value(value))

    def _steps(self, d: IntakeDetail) -> list[tuple[str, str]]:
        r = d.row
        received = " · ".join(t for t in (r.received_on.isoformat(), d.clerk_name,
                                         self.tr("ticket {number}").format(number=d.ticket_number)
                                         if d.ticket_number else "") if t)
        back = "" if r.state in ("collected", "withdrawn") or r.ready_on else r.expected_on.isoformat()
        forwarded = " · ".join(t for t in (d.forwarded_on.isoformat() if d.forwarded_on else "", r.batch_number,
                                          d.office) if t) if d.forwarded_on else ""
        accepted = " · ".join(t for t in (d.accepted_on.isoformat(), d.office_ref) if t) if d.accepted_on else ""
        issued = " · ".join(t for t in (d.issued_on.isoformat(), d.certificate_no) if t) if d.issued_on else ""
        ready = self.tr("{day} · kept until {until}").format(
            day=r.ready_on.isoformat(), until=d.pickup_until.isoformat()) if r.ready_on and d.pickup_until else ""
        collected = " · ".join(t for t in (d.collected_on.isoformat(), d.collected_by) if t) if d.collected_on else ""
        return [
            (self.tr("Received"), received),
            (self.tr("Expected back"), back),
            (self.tr("Forwarded"), forwarded),
            (self.tr("Accepted by the office"), accepted),
            (self.tr("Certificate issued"), issued),
            (self.tr("Ready for pickup"), ready),
            (self.tr("Collected"), collected),
            (self.tr("Withdrawn"), d.withdraw_reason if r.state == "withdrawn" else ""),
        ]


class NotaryListPage(QWidget):
    step_dialog = StepDialog
    materials_dialog = MaterialsDialog
    forward_dialog = ForwardDialog
    batches_dialog = BatchesDialog
    preview_dialog = None  # the print preview's class, imported on first use (tests may replace it)

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.can_edit = actor.can(Perm.NOTARY_EDIT)
        self.can_reveal = actor.can(Perm.PERSONAL_DATA_UNMASK)
        self.detail: IntakeDetail | None = None
        self.revealed = False
        self.setStyleSheet(NOTARY_STYLE + "QLabel#detailHeading { font-size: 12.5pt; font-weight: bold; }")
        lay = page_layout(self, self.tr("Notary applications"), self.tr(
            "Applications taken in for the notary office. Select several ready ones (Ctrl or Shift + click) to "
            "forward them together; ID numbers and phones stay masked unless shown on purpose.") if self.can_edit
            else self.tr("Applications taken in for the notary office; ID numbers and phones stay masked unless "
                         "shown on purpose."))
        row = QHBoxLayout()
        self.state_filter = QComboBox()
        for label, _states in FILTERS:
            self.state_filter.addItem(label_tr(label))
        self.state_filter.currentIndexChanged.connect(lambda _i: self.reload())
        row.addWidget(self.state_filter)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Number, applicant's name or mobile, certificate number"))
        self.search_box.setClearButtonEnabled(True)
        row.addWidget(self.search_box, 1)
        self.count = QLabel()
        self.count.setObjectName("hint")
        row.addWidget(self.count)
        self.forward_btn = QPushButton(self.tr("Forward selected…"))
        self.forward_btn.setToolTip(self.tr("Forward the selected applications that are ready, as one batch"))
        self.forward_btn.clicked.connect(lambda: self.forward())
        self.forward_btn.setVisible(self.can_edit)
        row.addWidget(self.forward_btn)
        self.batches_btn = QPushButton(self.tr("Batches…"))
        self.batches_btn.clicked.connect(self.open_batches)
        row.addWidget(self.batches_btn)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setShortcut("F5")
        refresh.clicked.connect(lambda: self.reload())
        row.addWidget(refresh)
        lay.addLayout(row)

        self.model = NotaryIntakesModel(self, services.notary.today())
        self.table = row_table(self.model, (120, 150, 130, 190, 100, 110, 70))
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.detail_timer.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_forward())
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        split.addWidget(self._detail_side())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([290, 300])
        lay.addWidget(split, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(lambda: self.reload())
        self.search_box.textChanged.connect(lambda _t: self.timer.start())
        self.search_box.returnPressed.connect(lambda: self.reload())
        self.detail_timer = QTimer(self)
        self.detail_timer.setSingleShot(True)
        self.detail_timer.setInterval(DETAIL_DELAY_MS)
        self.detail_timer.timeout.connect(self._current_changed)
        self.table.installEventFilter(self)
        self.reload()

    # --- building --------------------------------------------------------------------------
    def _detail_side(self) -> QWidget:
        side = QFrame()
        side.setObjectName("detailSide")
        side.setStyleSheet("QFrame#detailSide { background: #ffffff; border: 1px solid #d9dee4; }"
                           "QWidget#detailPanel { background: #ffffff; }")
        outer = QHBoxLayout(side)
        outer.setContentsMargins(0, 0, 10, 0)
        self.panel = IntakeDetailPanel(self.can_reveal)
        self.panel.setObjectName("detailPanel")
        self.panel.setAttribute(Qt.WA_StyledBackground, True)
        self.panel.reveal_btn.clicked.connect(self.toggle_reveal)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.panel)
        outer.addWidget(scroll, 1)
        self.buttons: dict[str, QPushButton] = {}
        texts = {
            "materials": self.tr("Materials brought…"), "accept": self.tr("Office accepted…"),
            "office_return": self.tr("Office asks for more…"), "issue": self.tr("Certificate issued…"),
            "ready": self.tr("Ready for pickup"), "collect": self.tr("Collected…"), "withdraw": self.tr("Withdraw…"),
            "notary-receipt": self.tr("Print receipt"), "notary-pickup-notice": self.tr("Print pickup notice"),
        }
        handlers = {
            "materials": self.update_materials, "accept": self.office_accept, "office_return": self.office_return,
            "issue": self.certificate_issued, "ready": self.ready_for_pickup, "collect": self.collect,
            "withdraw": self.withdraw,
        }
        grid = QGridLayout()
        grid.setContentsMargins(0, 10, 0, 10)
        grid.setSpacing(6)
        steps = [key for key, _states in STEPS] if self.can_edit else []
        prints = [kind for kind, _states in PRINTS]
        places = [(i // 2, i % 2) for i in range(len(steps))]
        first_print_row = (len(steps) + 1) // 2 + (1 if steps else 0)  # a gap between steps and printing
        if steps:
            grid.setRowMinimumHeight(first_print_row - 1, 8)
        places += [(first_print_row + i // 2, i % 2) for i in range(len(prints))]
        for key, (r, c) in zip(steps + prints, places):
            button = QPushButton(texts[key])
            if key in handlers:
                button.clicked.connect(lambda _=False, k=key: handlers[k]())
            else:
                button.clicked.connect(lambda _=False, k=key: self.print_document(k))
            grid.addWidget(button, r, c)
            self.buttons[key] = button
        grid.setRowStretch(first_print_row + 1, 1)
        outer.addLayout(grid, 0)
        return side

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._current_changed()  # Enter shows the current row at once
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    # --- the list ------------------------------------------------------------------------------
    def states(self) -> tuple[str, ...]:
        return tuple(FILTERS[max(0, self.state_filter.currentIndex())][1])

    def set_filter(self, states: tuple[str, ...]) -> None:
        """Show the applications of the filter for ``states`` (one of FILTERS)."""
        self.state_filter.setCurrentIndex(next(i for i, (_label, s) in enumerate(FILTERS) if s == tuple(states)))

    def reload(self, select_id: str | None = None) -> None:
        """List again. ``select_id`` (an application just acted on) stays shown beside the list even
        when the filter no longer lists it; otherwise the one shown stays if it is still listed."""
        self.timer.stop()
        explicit = select_id is not None
        select_id = select_id or (self.detail.row.id if self.detail else None)
        try:
            rows = self.services.notary.list(self.actor, self.states(), self.search_box.text(), limit=LIMIT)
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.today = self.services.notary.today()
        self.model.set_rows(rows)
        if len(rows) >= LIMIT:
            self.count.setText(self.tr("Newest {n} shown: narrow the search").format(n=LIMIT))
        else:
            self.count.setText(self.tr("%n application(s)", "", len(rows)))
        row = self.model.row_of(select_id) if select_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.show_intake(select_id)
        else:
            self.table.clearSelection()
            self.show_intake(select_id if explicit else None)
        self._update_forward()

    def selected_rows(self) -> list[IntakeRow]:
        return [self.model.item(i.row()) for i in sorted(self.table.selectionModel().selectedRows(),
                                                        key=lambda i: i.row())]

    def select_ids(self, ids: list[str]) -> None:
        """Select these applications (as Ctrl+click would)."""
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for item_id in ids:
            row = self.model.row_of(item_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
        self._update_forward()

    def _update_forward(self) -> None:
        self.forward_btn.setEnabled(self.can_edit and any(r.state == "complete" for r in self.selected_rows()))

    # --- the selected application ------------------------------------------------------------
    def _current_changed(self) -> None:
        self.detail_timer.stop()
        index = self.table.currentIndex()
        if index.isValid():
            self.show_intake(self.model.item(index.row()).id)

    def show_intake(self, intake_id: str | None) -> None:
        """Show ``intake_id`` (None: nothing) beside the list, masked, with the steps its state allows."""
        self.detail = None
        if intake_id is not None:
            try:
                self.detail = self.services.notary.detail(self.actor, intake_id)
            except Exception as exc:
                show_error(self, exc)
        self.revealed = bool(self.detail and self.detail.revealed)
        self.panel.show_detail(self.detail)
        self.panel.reveal_btn.setText(self.tr("Hide ID numbers") if self.revealed else self.tr("Show ID numbers"))
        self.panel.reveal_btn.setToolTip("" if self.revealed else self.tr(
            "Shows the full ID numbers and phones; the viewing is recorded in the audit trail"))
        self._update_buttons()

    def toggle_reveal(self) -> None:
        if self.detail is None or not self.can_reveal:
            return
        if self.revealed:
            self.revealed = False
            self.show_intake(self.detail.row.id)
            return
        try:
            self.detail = self.services.notary.detail(self.actor, self.detail.row.id, reveal=True)
        except Exception as exc:
            show_error(self, exc)
            return
        self.revealed = True
        self.panel.show_detail(self.detail)
        self.panel.reveal_btn.setText(self.tr("Hide ID numbers"))
        self.panel.reveal_btn.setToolTip("")

    def _update_buttons(self) -> None:
        state = self.detail.row.state if self.detail else None
        for key, states in (*STEPS, *PRINTS):
            if key in self.buttons:
                self.buttons[key].setEnabled(state in states)

    def enabled_steps(self) -> set[str]:
        return {key for key, button in self.buttons.items() if button.isEnabled()}

    # --- steps --------------------------------------------------------------------------------
    def _call(self, fn) -> bool:
        """Run a step; then show the list and the application again. False when refused or called off."""
        intake_id = self.detail.row.id
        try:
            done = fn()
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload(intake_id)
        return done is not False

    def _step(self, title: str, intro: str, label: str, field: str, action, text: str | None = None,
              day: str = "", on: date | None = None, multi_line: bool = False, placeholder: str = "") -> bool:
        """A step needing a value: ``action(intake_id, text, day)``. Given ``text`` (tests, scripts) it is
        saved at once; otherwise a small dialog asks, showing a refusal under its field."""
        if self.detail is None:
            return False
        intake_id = self.detail.row.id
        if text is not None:
            return self._call(lambda: action(intake_id, text, on))
        dialog = self.step_dialog(title, intro, label, field, lambda value, when: action(intake_id, value, when),
                                  multi_line=multi_line, with_date=day, earliest=self.detail.row.received_on,
                                  placeholder=placeholder, parent=self)
        if not dialog.exec():
            return False
        self.reload(intake_id)
        return True

    def update_materials(self) -> bool:
        """补正: what the applicant brought later (the checklist dialog)."""
        if self.detail is None:
            return False
        intake_id = self.detail.row.id
        dialog = self.materials_dialog(self.services, self.actor, self.detail, self)
        if not dialog.exec():
            return False
        self.reload(intake_id)
        return True

    def office_accept(self, office_ref: str | None = None, on: date | None = None) -> bool:
        return self._step(
            self.tr("The notary office accepted"),
            self.tr("The office took the application on; note its reference number when it gave one."),
            self.tr("Office reference no."), "office_ref",
            lambda intake_id, text, day: self.services.notary.office_accept(self.actor, intake_id, text, day),
            office_ref, day=self.tr("Accepted on"), on=on)

    def office_return(self, what: str | None = None) -> bool:
        return self._step(
            self.tr("The notary office asks for more"),
            self.tr("The application comes back to complete its materials: tell the applicant what to bring."),
            self.tr("What is asked for"), "missing_note",
            lambda intake_id, text, _day: self.services.notary.office_return(self.actor, intake_id, text),
            what, multi_line=True)

    def certificate_issued(self, certificate_no: str | None = None, on: date | None = None) -> bool:
        return self._step(
            self.tr("Certificate issued"), self.tr("The notary office issued the certificate."),
            self.tr("Certificate number"), "certificate_no",
            lambda intake_id, text, day: self.services.notary.certificate_issued(self.actor, intake_id, text, day),
            certificate_no, day=self.tr("Issued on"), on=on)

    def ready_for_pickup(self) -> bool:
        """The certificate is at the center: then offer the pickup notice."""
        if self.detail is None:
            return False
        intake_id, number = self.detail.row.id, self.detail.row.number
        if not self._call(lambda: self.services.notary.ready_for_pickup(self.actor, intake_id)):
            return False
        if self.ask(self.tr("Ready for pickup"), self.tr(
                "{number} is ready for pickup. Print the pickup notice now?").format(number=number)):
            self.print_document("notary-pickup-notice", intake_id)
        return True

    def collect(self, collected_by: str | None = None, on: date | None = None) -> bool:
        return self._step(
            self.tr("Certificate collected"),
            self.tr("Check the ID card of whoever collects the certificate (an agent brings a letter of "
                    "authorisation)."),
            self.tr("Collected by"), "collected_by",
            lambda intake_id, text, day: self.services.notary.collect(self.actor, intake_id, text, day),
            collected_by, day=self.tr("Collected on"), on=on)

    def withdraw(self, reason: str | None = None) -> bool:
        """Withdraw after a reason and a confirmation (No leaves the application as it is)."""
        if self.detail is None:
            return False
        number = self.detail.row.number

        def action(intake_id: str, text: str, _day) -> bool:
            if not text.strip():
                self.services.notary.withdraw(self.actor, intake_id, text)  # refused: says what is missing
            if not self.ask(self.tr("Withdraw the application"), self.tr(
                    "Withdraw {number}? It will not go to the notary office; this cannot be undone.").format(
                    number=number)):
                return False
            self.services.notary.withdraw(self.actor, intake_id, text)
            return True

        return self._step(
            self.tr("Withdraw the application"),
            self.tr("The applicant no longer wants it, before it goes to the notary office. Hand back what they "
                    "brought."), self.tr("Reason"), "withdraw_reason", action, reason, multi_line=True)

    def ask(self, title: str, text: str) -> bool:
        """A yes / no question (tests replace it)."""
        return confirm(self, title, text)

    # --- batches and printing -----------------------------------------------------------------
    def forward(self) -> bool:
        """Forward the selected complete applications as one batch, then offer the transfer list."""
        chosen = self.selected_rows()
        ready = [r for r in chosen if r.state == "complete"]
        if not ready or not self.can_edit:
            return False
        dialog = self.forward_dialog(self.services, self.actor, ready, len(chosen) - len(ready), self)
        if not dialog.exec() or dialog.batch is None:
            return False
        batch = dialog.batch
        self.reload(self.detail.row.id if self.detail else None)
        if self.ask(self.tr("Forwarded"), self.tr(
                "Batch {batch} with {count} application(s) is forwarded to {office}. Print the transfer list "
                "now?").format(batch=batch.number, count=batch.count, office=batch.office)):
            print_notary_document(self, self.services, self.actor, "notary-transfer-list", batch.id,
                                  self.preview_dialog)
        return True

    def open_batches(self) -> None:
        self.batches_dialog(self.services, self.actor, self).exec()
        self.reload()

    def print_document(self, kind: str, intake_id: str | None = None) -> None:
        intake_id = intake_id or (self.detail.row.id if self.detail else None)
        if intake_id:
            print_notary_document(self, self.services, self.actor, kind, intake_id, self.preview_dialog)

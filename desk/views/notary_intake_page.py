"""Taking in a notary application (公证代办受理) on one screen: the matter and who applies on the left,
the matter's materials checklist on the right with a line saying what is still missing. After saving
the number and state are shown with a button printing the receipt (受理回执), and the form clears for
the next applicant. A queue ticket being served at the window can be attached; what is typed is kept
as a draft (``notary-intake``) and comes back after a crash."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ValidationError
from desk.services.container import Services
from desk.services.notary_catalogue import MatterInfo
from desk.services.notary_intakes import NotaryIntakeInput, RegisteredIntake
from desk.services.permissions import Actor
from desk.views.drafts import DraftKeeper
from desk.views.forms import FieldErrors
from desk.views.messages import confirm, error_text, show_error
from desk.views.notary_labels import state_name
from desk.views.notary_widgets import (
    NOTARY_STYLE,
    ApplicantList,
    ChecklistSummary,
    MaterialsChecklist,
    print_notary_document,
)
from desk.views.page import page_layout

DRAFT_KEY = "notary-intake"


class NotaryIntakePage(QWidget):
    preview_dialog = None  # the print preview's class, imported on first use (tests may replace it)

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.setStyleSheet(NOTARY_STYLE)
        self.drafts: DraftKeeper | None = None
        self.ticket_id: str | None = None
        self.ticket_number = ""
        self.last: RegisteredIntake | None = None
        self.matters: dict[int, MatterInfo] = {}
        lay = page_layout(self, self.tr("Notary intake"), self.tr(
            "Take an application in for the notary office: the matter, who applies and what they brought. "
            "Tab moves from material to material, the arrow keys choose. Ctrl+S saves."))
        lay.addLayout(self._top_row())
        self._draft_slot = QVBoxLayout()
        lay.addLayout(self._draft_slot)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(14)
        left = QVBoxLayout()
        left.addWidget(self._matter_box())
        left.addWidget(self._applicants_box())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._materials_box())
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(body)
        lay.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.clear_btn = QPushButton(self.tr("Clear form"))
        self.clear_btn.clicked.connect(self.clear_form)
        self.save_btn = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_btn.setObjectName("primary")
        self.save_btn.clicked.connect(self.save)
        row.addWidget(self.clear_btn)
        row.addWidget(self.save_btn)
        lay.addLayout(row)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        self.load_matters()
        self.reset()
        self._empty = {k: v for k, v in self.collect().items() if not k.startswith("ticket")}
        self.drafts = DraftKeeper(services, actor, DRAFT_KEY, self.collect, self.restore,
                                  self.tr("Notary intake"), self)
        self._draft_slot.addWidget(self.drafts.banner)
        self.applicants.added.connect(self._applicant_added)
        self.checklist.changed.connect(self.drafts.touch)
        self.drafts.restore_if_any()

    # --- building --------------------------------------------------------------------------
    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.ticket_label = QLabel()
        self.ticket_label.setObjectName("ticketBadge")
        self.ticket_label.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Preferred)
        self.ticket_label.hide()
        self.detach_btn = QPushButton(self.tr("Detach ticket"))
        self.detach_btn.setToolTip(self.tr("This application does not belong to the ticket being served"))
        self.detach_btn.clicked.connect(self.detach_ticket)
        self.detach_btn.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
        self.detach_btn.hide()
        self.notice = QLabel()
        self.notice.setObjectName("banner")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.banner = QLabel()
        self.banner.setObjectName("okBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.print_btn = QPushButton(self.tr("Print receipt"))
        self.print_btn.setToolTip(self.tr("The intake receipt lists what was received and what is missing"))
        self.print_btn.clicked.connect(lambda: self.print_receipt())
        self.print_btn.hide()
        row.addWidget(self.ticket_label)
        row.addWidget(self.detach_btn)
        row.addWidget(self.notice, 1)
        row.addWidget(self.banner, 1)
        row.addWidget(self.print_btn)
        row.addStretch(0)
        return row

    def _matter_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Application"))
        self.form = QFormLayout(box)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.matter = self.errors.add_row(self.form, self.tr("Notary matter"), "matter_id", QComboBox())
        self.matter.currentIndexChanged.connect(lambda _i: self._matter_changed())
        self.purpose = self.errors.add_row(self.form, self.tr("Purpose"), "purpose", QLineEdit())
        self.purpose.setMaxLength(200)
        self.purpose.setPlaceholderText(self.tr("What the certificate is for, e.g. study, visiting family"))
        self.use_country = self.errors.add_row(self.form, self.tr("Country of use"), "use_country", QLineEdit())
        self.use_country.setMaxLength(50)
        self.copies = QSpinBox()
        self.copies.setRange(1, 50)
        self.copies.setMaximumWidth(110)
        self.errors.add_row(self.form, self.tr("Copies"), "copies", self.copies)
        return box

    def _applicants_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Applicants"))
        lay = QVBoxLayout(box)
        self.applicants = ApplicantList()
        self.applicants.changed.connect(self._chain_tabs)
        lay.addWidget(self.applicants)
        return box

    def _materials_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Materials"))
        lay = QVBoxLayout(box)
        lay.setSpacing(8)
        self.checklist = MaterialsChecklist()
        self.checklist.changed.connect(self._summarise)
        lay.addWidget(self.checklist)
        self.materials_error = QLabel()
        self.materials_error.setObjectName("fieldError")
        self.materials_error.setWordWrap(True)
        self.materials_error.hide()
        lay.addWidget(self.materials_error)
        quick = QHBoxLayout()
        self.all_btn = QPushButton(self.tr("All originals received"))
        self.all_btn.setAutoDefault(False)
        self.all_btn.clicked.connect(lambda: self.checklist.set_all("received"))
        quick.addWidget(self.all_btn)
        quick.addStretch(1)
        self.unchecked = QCheckBox(self.tr("Materials not checked yet"))
        self.unchecked.setToolTip(self.tr(
            "Take the application in now and check the materials later (it stays \"received\")"))
        self.unchecked.toggled.connect(self._unchecked_toggled)
        quick.addWidget(self.unchecked)
        lay.addLayout(quick)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.missing_note = self.errors.add_row(form, self.tr("Other missing"), "missing_note", QPlainTextEdit())
        self.missing_note.setPlaceholderText(self.tr("Anything else the applicant must bring, in words"))
        self.missing_note.setTabChangesFocus(True)
        self.missing_note.setFixedHeight(56)
        self.missing_note.textChanged.connect(self._summarise)
        self.notes = self.errors.add_row(form, self.tr("Notes"), "notes", QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        lay.addLayout(form)
        self.summary = ChecklistSummary()
        lay.addWidget(self.summary)
        return box

    def load_matters(self) -> None:
        """The active matters of the catalogue (read again when the page is shown)."""
        chosen = self.matter.currentData()
        self.matters = {m.id: m for m in self.services.notary_catalogue.matters()}
        self.matter.blockSignals(True)
        self.matter.clear()
        self.matter.addItem(self.tr("Choose the matter…"), None)
        for m in self.matters.values():
            self.matter.addItem(m.name, m.id)
        self.matter.setCurrentIndex(max(0, self.matter.findData(chosen)))
        self.matter.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous() and self.matter.currentData() is None:
            self.load_matters()

    # --- reacting ----------------------------------------------------------------------------
    def current_matter(self) -> MatterInfo | None:
        return self.matters.get(self.matter.currentData())

    def _matter_changed(self) -> None:
        """The checklist follows the matter (what was already ticked stays ticked); purpose and
        country of use are asked only for a certificate used abroad."""
        matter = self.current_matter()
        abroad = bool(matter and matter.use_abroad)
        for editor in (self.purpose, self.use_country):
            self.form.setRowVisible(editor.parentWidget(), abroad)
        self.checklist.set_materials([(m.name, m.required) for m in matter.materials] if matter else [],
                                     self.checklist.statuses())
        if self.drafts is not None:
            self.drafts.watch(self.checklist)
        self._chain_tabs()
        self._summarise()

    def _unchecked_toggled(self, on: bool) -> None:
        self.checklist.setEnabled(not on)
        self._summarise()

    def _summarise(self) -> None:
        self.all_btn.setEnabled(bool(self.checklist.lines) and not self.unchecked.isChecked())
        self.summary.show_for(self.current_matter() is not None, self.checklist.missing(),
                              self.missing_note.toPlainText(), not self.unchecked.isChecked())

    def _applicant_added(self, form) -> None:
        if self.drafts is not None:
            self.drafts.watch(form)
            self.drafts.touch()

    def _chain_tabs(self) -> None:
        """Tab order: the application, the applicants, each material's answer, the rest, the buttons."""
        chain = [self.matter, self.purpose, self.use_country, self.copies, *self.applicants.editors(),
                 *self.checklist.focus_widgets(), self.all_btn, self.unchecked, self.missing_note, self.notes,
                 self.clear_btn, self.save_btn]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # --- the ticket ----------------------------------------------------------------------------
    def attach_ticket(self, ticket_id: str, number: str) -> None:
        """The window started serving ticket ``number``: an empty form for its visitor, linked to the
        ticket (the same ticket again keeps what is typed; unsaved input is emptied only when confirmed)."""
        if ticket_id and ticket_id == self.ticket_id:
            self.applicants.forms[0].name.setFocus()
            return
        if self.has_entry() and not self.ask_discard(number):
            self.notice.setText(self.tr("Ticket {number} is not attached: save or clear the form, then open it "
                                        "again from the calling page.").format(number=number))
            self.notice.show()
            return
        self.reset()
        if self.drafts is not None:
            self.drafts.discard()
        self._set_ticket(ticket_id, number)
        if self.drafts is not None:
            self.drafts.touch()
        self.applicants.forms[0].name.setFocus()

    def has_entry(self) -> bool:
        """Something was typed or chosen (the ticket aside)."""
        current = {k: v for k, v in self.collect().items() if not k.startswith("ticket")}
        return current != self._empty

    def ask_discard(self, number: str) -> bool:
        """A yes / no question (tests replace it)."""
        return confirm(self, self.tr("Unsaved application"), self.tr(
            "The form holds an application that was not saved. Empty it for ticket {number}?").format(number=number))

    def detach_ticket(self) -> None:
        self._set_ticket(None, "")
        if self.drafts is not None:
            self.drafts.touch()

    def _set_ticket(self, ticket_id: str | None, number: str) -> None:
        self.ticket_id, self.ticket_number = ticket_id or None, number if ticket_id else ""
        self.ticket_label.setText(self.tr("Ticket {number}").format(number=number))
        self.ticket_label.setVisible(bool(ticket_id))
        self.detach_btn.setVisible(bool(ticket_id))

    # --- saving ----------------------------------------------------------------------------
    def value(self) -> NotaryIntakeInput:
        matter = self.current_matter()
        abroad = bool(matter and matter.use_abroad)
        return NotaryIntakeInput(
            matter_id=self.matter.currentData(), applicants=self.applicants.values(),
            purpose=self.purpose.text() if abroad else "", use_country=self.use_country.text() if abroad else "",
            copies=self.copies.value(), materials=self.checklist.statuses(),
            missing_note=self.missing_note.toPlainText(), notes=self.notes.toPlainText(),
            ticket_id=self.ticket_id, checked=not self.unchecked.isChecked())

    def save(self) -> RegisteredIntake | None:
        """Take the application in; returns it, or None (the error is shown beside its field)."""
        self._clear_errors()
        self.banner.hide()
        self.print_btn.hide()
        try:
            registered = self.services.notary.receive(self.actor, self.value())
        except Exception as exc:
            self._show_error(exc)
            return None
        self.reset()
        if self.drafts is not None:
            self.drafts.discard()
        self.last = registered
        self.banner.setText(self.tr("Application {number} taken in · {state}. The form is ready for the next "
                                    "applicant.").format(number=registered.number, state=state_name(registered.state)))
        self.banner.show()
        self.print_btn.show()
        self.matter.setFocus()
        return registered

    def print_receipt(self, intake_id: str | None = None) -> None:
        intake_id = intake_id or (self.last.id if self.last else None)
        if intake_id:
            print_notary_document(self, self.services, self.actor, "notary-receipt", intake_id, self.preview_dialog)

    def _clear_errors(self) -> None:
        self.errors.clear()
        self.applicants.clear_errors()
        self.materials_error.hide()

    def _show_error(self, exc: BaseException) -> None:
        if self.applicants.show_error(exc) or self.errors.show(exc):
            return
        if isinstance(exc, ValidationError) and exc.field == "materials":
            self.materials_error.setText(error_text(exc))
            self.materials_error.show()
            return
        show_error(self, exc)

    def clear_form(self) -> None:
        """The button: an empty form (the ticket stays: the same visitor may have another matter)."""
        ticket = (self.ticket_id, self.ticket_number)
        self.reset()
        self._set_ticket(*ticket)
        if self.drafts is not None:
            self.drafts.discard()
        self.matter.setFocus()

    def reset(self) -> None:
        """Empty form for the next applicant."""
        self._clear_errors()
        self.banner.hide()
        self.notice.hide()
        self.print_btn.hide()
        self._set_ticket(None, "")
        self.matter.setCurrentIndex(0)
        self.checklist.set_materials([])
        self._matter_changed()
        for editor in (self.purpose, self.use_country, self.missing_note, self.notes):
            editor.clear()
        self.copies.setValue(1)
        self.unchecked.setChecked(False)
        self.applicants.clear()
        self.applicants.add()
        self._chain_tabs()
        self._summarise()

    # --- draft ---------------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        return {
            "matter_id": self.matter.currentData(), "purpose": self.purpose.text(),
            "use_country": self.use_country.text(), "copies": self.copies.value(),
            "applicants": [{"name": f.name.text(), "id_number": f.id_number.text(), "phone": f.phone.text(),
                            "address": f.address.text()} for f in self.applicants.forms],
            "materials": self.checklist.statuses(), "missing_note": self.missing_note.toPlainText(),
            "notes": self.notes.toPlainText(), "unchecked": self.unchecked.isChecked(),
            "ticket_id": self.ticket_id, "ticket_number": self.ticket_number,
        }

    def restore(self, data: dict[str, Any]) -> None:
        self.checklist.set_materials([])
        self.matter.setCurrentIndex(max(0, self.matter.findData(data.get("matter_id"))))
        self._matter_changed()
        self.checklist.set_statuses({str(k): str(v) for k, v in (data.get("materials") or {}).items()})
        self.purpose.setText(str(data.get("purpose") or ""))
        self.use_country.setText(str(data.get("use_country") or ""))
        self.copies.setValue(int(data.get("copies") or 1))
        self.missing_note.setPlainText(str(data.get("missing_note") or ""))
        self.notes.setPlainText(str(data.get("notes") or ""))
        self.unchecked.setChecked(bool(data.get("unchecked")))
        applicants = [a for a in data.get("applicants") or [] if isinstance(a, dict)] or [{}]
        self.applicants.clear()
        for applicant in applicants:
            self.applicants.add().set_value(applicant)
        self._set_ticket(data.get("ticket_id") or None, str(data.get("ticket_number") or ""))
        self._chain_tabs()
        self._summarise()

"""Small dialogs of the notary applications list: a step that needs a few words (and the day it
happened), the materials brought later (补正), forwarding a batch to the notary office and the
batches with their hand-over. What was typed stays on an error; the message shows under its field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ValidationError
from desk.services.container import Services
from desk.services.notary_intakes import BatchInfo, IntakeDetail, IntakeRow
from desk.services.permissions import Actor, Perm
from desk.views.forms import FieldErrors, fit_height
from desk.views.messages import show_error
from desk.views.notary_widgets import NOTARY_STYLE, ChecklistSummary, MaterialsChecklist, print_notary_document
from desk.views.rows_model import RowsTableModel
from desk.views.tables import row_table


class StepDialog(QDialog):
    """Asks for one value (a reference, a name, a reason) and, when ``with_date``, the day it
    happened; Save runs ``action(text, day)``. A refusal shows under the field it concerns."""

    def __init__(self, title: str, intro: str, label: str, field: str, action: Callable[[str, date | None], Any],
                 multi_line: bool = False, with_date: str = "", earliest: date | None = None,
                 placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field, self.action, self.result_value = field, action, None
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        if intro:
            note = QLabel(intro)
            note.setObjectName("hint")
            note.setWordWrap(True)
            lay.addWidget(note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        if multi_line:
            self.text = QPlainTextEdit()
            self.text.setTabChangesFocus(True)
            self.text.setFixedHeight(90)
        else:
            self.text = QLineEdit()
        self.text.setPlaceholderText(placeholder)
        self.errors.add_row(form, label, field, self.text)
        self.day: QDateEdit | None = None
        if with_date:
            self.day = QDateEdit(QDate.currentDate())
            self.day.setCalendarPopup(True)
            self.day.setDisplayFormat("yyyy-MM-dd")
            self.day.setMaximumDate(QDate.currentDate())
            if earliest is not None:
                self.day.setMinimumDate(QDate(earliest))
            self.day.setMaximumWidth(160)
            self.errors.add_row(form, with_date, "date", self.day)
        lay.addLayout(form)
        lay.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.text.setFocus()

    def value(self) -> str:
        return self.text.toPlainText() if isinstance(self.text, QPlainTextEdit) else self.text.text()

    def set_value(self, text: str) -> None:
        if isinstance(self.text, QPlainTextEdit):
            self.text.setPlainText(text)
        else:
            self.text.setText(text)

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.result_value = self.action(self.value(), self.day.date().toPython() if self.day else None)
        except Exception as exc:
            if isinstance(exc, ValidationError):  # one value and a day: the message goes under one of them
                on_day = self.day is not None and (exc.field == "date" or exc.field.endswith("_on"))
                exc = ValidationError("date" if on_day else self.field, exc.message, **exc.params)
            if not self.errors.show(exc):
                show_error(self, exc)
            fit_height(self)
            return False
        if self.result_value is False:  # called off (a confirmation answered No)
            self.reject()
            return False
        self.accept()
        return True


class MaterialsDialog(QDialog):
    """补正: the intake's checklist as it stands, to record what the applicant brought since."""

    def __init__(self, services: Services, actor: Actor, detail: IntakeDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.detail = services, actor, detail
        self.new_state: str | None = None
        self.setStyleSheet(NOTARY_STYLE)
        self.setWindowTitle(self.tr("Materials of {number}").format(number=detail.row.number))
        self.setMinimumWidth(640)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("{matter} · {applicants}. Mark what the applicant has brought; once every required "
                               "material is here and nothing else is asked for, the application is ready to forward.")
                       .format(matter=detail.row.matter_name, applicants=detail.row.applicants))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.checklist = MaterialsChecklist()
        self.checklist.set_materials([(m.name, m.required) for m in detail.materials],
                                     {m.name: m.status for m in detail.materials})
        lay.addWidget(self.checklist)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.missing_note = self.errors.add_row(form, self.tr("Other missing"), "missing_note", QPlainTextEdit())
        self.missing_note.setPlainText(detail.missing_note)
        self.missing_note.setPlaceholderText(self.tr("Anything else the applicant must bring, in words"))
        self.missing_note.setTabChangesFocus(True)
        self.missing_note.setFixedHeight(60)
        lay.addLayout(form)
        self.summary = ChecklistSummary()
        lay.addWidget(self.summary)
        self.checklist.changed.connect(self._summarise)
        self.missing_note.textChanged.connect(self._summarise)
        self._summarise()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        widgets = self.checklist.focus_widgets()
        for a, b in zip([*widgets, self.missing_note], [*widgets[1:], self.missing_note, buttons]):
            QWidget.setTabOrder(a, b)
        if widgets:
            next(w for w in widgets if w.isChecked()).setFocus()

    def _summarise(self) -> None:
        self.summary.show_for(True, self.checklist.missing(), self.missing_note.toPlainText())

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.new_state = self.services.notary.update_materials(
                self.actor, self.detail.row.id, self.checklist.statuses(), self.missing_note.toPlainText())
        except Exception as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            return False
        self.accept()
        return True


class ForwardModel(RowsTableModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Number"), self.tr("Applicants"), self.tr("Matter"), self.tr("Received"))

    def text(self, row: IntakeRow, column: int) -> str:
        return (row.number, row.applicants, row.matter_name, row.received_on.isoformat())[column]


class ForwardDialog(QDialog):
    """The applications going to the notary office together; the office comes from the settings."""

    def __init__(self, services: Services, actor: Actor, rows: list[IntakeRow], skipped: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.rows = services, actor, rows
        self.batch: BatchInfo | None = None
        self.office = str(services.settings.get("notary.office_name") or "")
        self.setWindowTitle(self.tr("Forward to the notary office"))
        self.resize(700, 460)
        lay = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Forward {count} application(s) to {office}").format(
            count=len(rows), office=self.office or self.tr("(no notary office set)")))
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        note = QLabel(self.tr("They go together as one batch with a transfer list (转递清单) for both sides to sign. "
                              "The notary office is set under Center and settings."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        lay.addWidget(note)
        if skipped:
            warn = QLabel(self.tr("{count} other selected application(s) are not ready to forward and stay at the "
                                  "center.").format(count=skipped))
            warn.setObjectName("banner")
            warn.setWordWrap(True)
            lay.addWidget(warn)
        self.model = ForwardModel(self)
        self.model.set_rows(rows)
        self.table = row_table(self.model, (130, 200, 170))
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.setFocusPolicy(Qt.NoFocus)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.forward_btn = buttons.addButton(self.tr("Forward"), QDialogButtonBox.AcceptRole)
        self.forward_btn.setObjectName("primary")
        self.forward_btn.setEnabled(bool(rows))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> bool:
        try:
            self.batch = self.services.notary.forward(self.actor, [r.id for r in self.rows])
        except Exception as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True


class BatchesModel(RowsTableModel):
    numeric = frozenset({4})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Batch"), self.tr("Notary office"), self.tr("Forwarded"), self.tr("By"),
                self.tr("Applications"), self.tr("Received at the office by"))

    def text(self, row: BatchInfo, column: int) -> str:
        return (row.number, row.office, row.forwarded_on.isoformat(), row.forwarded_by, str(row.count),
                row.received_by or self.tr("not confirmed yet"))[column]


class BatchesDialog(QDialog):
    """The batches sent to the notary office: confirm who received one (the signed transfer list)
    and print its transfer list again."""

    step_dialog = StepDialog
    preview_dialog = None  # the print preview's class (tests may replace it)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Batches forwarded to the notary office"))
        self.resize(860, 520)
        lay = QVBoxLayout(self)
        self.model = BatchesModel(self)
        self.table = row_table(self.model, (130, 160, 100, 90, 90))
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.handover_btn = QPushButton(self.tr("Confirm hand-over…"))
        self.handover_btn.setToolTip(self.tr("The office's clerk signed the transfer list: note who received it"))
        self.handover_btn.clicked.connect(lambda: self.confirm_handover())
        self.handover_btn.setVisible(actor.can(Perm.NOTARY_EDIT))
        self.print_btn = QPushButton(self.tr("Print transfer list"))
        self.print_btn.clicked.connect(self.print_list)
        row.addWidget(self.handover_btn)
        row.addWidget(self.print_btn)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.handover_btn, self.print_btn):
            button.setAutoDefault(False)
        close.setDefault(True)
        row.addWidget(close)
        lay.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        try:
            self.model.set_rows(self.services.notary.batches(self.actor))
        except Exception as exc:
            show_error(self, exc)
            return
        row = self.model.row_of(select_id) if select_id else 0
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))
        self._update_buttons()

    def selected(self) -> BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.handover_btn.setEnabled(batch is not None)
        self.print_btn.setEnabled(batch is not None)

    def confirm_handover(self, received_by: str | None = None) -> bool:
        batch = self.selected()
        if batch is None:
            return False
        if received_by is not None:
            try:
                self.services.notary.confirm_handover(self.actor, batch.id, received_by)
            except Exception as exc:
                show_error(self, exc)
                return False
        else:
            dialog = self.step_dialog(
                self.tr("Confirm hand-over of {batch}").format(batch=batch.number),
                self.tr("Who at {office} signed the transfer list for these {count} application(s)?").format(
                    office=batch.office, count=batch.count),
                self.tr("Received by"), "received_by",
                lambda text, _day: self.services.notary.confirm_handover(self.actor, batch.id, text), parent=self)
            dialog.set_value(batch.received_by)
            if not dialog.exec():
                return False
        self.reload(batch.id)
        return True

    def print_list(self) -> None:
        batch = self.selected()
        if batch is not None:
            print_notary_document(self, self.services, self.actor, "notary-transfer-list", batch.id,
                                  self.preview_dialog)

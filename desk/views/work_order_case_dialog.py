"""Register a mediation case for a work order (source 'work order'): the summary, place and area come
from the order; the mediator chooses the kind of dispute and names the two sides. The case and its link
to the order are saved together; whatever is refused is shown under its field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from desk.errors import ValidationError
from desk.services.container import Services
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.permissions import Actor
from desk.views.case_labels import kind_name, role_name
from desk.views.forms import FieldErrors
from desk.views.messages import error_text, show_error
from desk.views.work_order_form import grid_choices

ROLES = ("applicant", "respondent")
# service fields shown under another editor (an organisation's credit code sits in the ID field)
SHARED_FIELDS = {"credit_code": "id_number", "sex": "id_number", "kind": "name", "role": "name"}


class PartyBox(QGroupBox):
    """One side of the dispute: person or organisation, name, phone, ID number or credit code."""

    def __init__(self, index: int, role: str, errors: FieldErrors) -> None:
        super().__init__(role_name(role))
        self.index, self.role = index, role
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        for code in ("person", "org"):
            self.kind.addItem(kind_name(code), code)
        errors.add_row(form, self.tr("Kind"), self.field("kind"), self.kind)
        self.name = errors.add_row(form, self.tr("Name"), self.field("name"), QLineEdit())
        self.phone = errors.add_row(form, self.tr("Phone"), self.field("phone"), QLineEdit())
        self.phone.setMaxLength(11)
        self.phone.setPlaceholderText(self.tr("Optional, 11-digit mobile"))
        self.ident = errors.add_row(form, self.tr("ID number"), self.field("id_number"), QLineEdit())
        self.ident.setMaxLength(18)
        self.ident_label = form.labelForField(self.ident.parentWidget())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def field(self, name: str) -> str:
        return f"parties.{self.index}.{name}"

    def _kind_changed(self) -> None:
        org = self.kind.currentData() == "org"
        self.ident_label.setText(self.tr("Credit code") if org else self.tr("ID number"))
        self.ident.setPlaceholderText(self.tr("Optional, 18 characters"))

    def value(self) -> PartyInput:
        org = self.kind.currentData() == "org"
        return PartyInput(role=self.role, kind=self.kind.currentData(), name=self.name.text(), phone=self.phone.text(),
                          id_number="" if org else self.ident.text(), credit_code=self.ident.text() if org else "")


class WorkOrderCaseDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, order_id: str, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.order_id = services, actor, order_id
        self.result_id: str | None = None
        order = services.work_orders.get(actor, order_id)
        self.setWindowTitle(self.tr("Register a mediation case for work order {number}").format(number=order.row.number))
        self.resize(760, 600)
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("The case is registered as coming from a work order and linked to order {number}; "
                              "its result is reported back on the order.").format(number=order.row.number))
        note.setObjectName("hint")
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.category = QComboBox()
        self.category.addItem(self.tr("(choose)"), "")
        for entry in services.dictionaries.entries("dispute_category"):
            self.category.addItem(entry.label, entry.code)
        self.errors.add_row(form, self.tr("Kind of dispute"), "category_code", self.category)
        self.summary = self.errors.add_row(form, self.tr("Summary"), "summary", QPlainTextEdit(order.row.description))
        self.summary.setFixedHeight(72)
        self.summary.setTabChangesFocus(True)
        self.place = self.errors.add_row(form, self.tr("Place"), "place", QLineEdit(order.row.place))
        self.grid = QComboBox()
        # None: the service takes the order's own area
        self.grid.addItem(self.tr("As on the work order: {area}").format(area=order.grid_name) if order.grid_name
                          else self.tr("(not stated)"), None)
        for label, grid_id in grid_choices(services):
            self.grid.addItem(label, grid_id)
        self.errors.add_row(form, self.tr("Area"), "grid_id", self.grid)
        lay.addLayout(form)
        reporter = f"{order.reporter} {order.reporter_phone}".strip()
        if reporter:  # often the applicant, but it may be a neighbour or a grid worker: a hint, not a value
            hint = QLabel(self.tr("Reporter on the work order: {reporter}").format(reporter=reporter))
            hint.setObjectName("hint")
            lay.addWidget(hint)
        sides = QHBoxLayout()
        self.parties = [PartyBox(i, role, self.errors) for i, role in enumerate(ROLES)]
        for box in self.parties:
            sides.addWidget(box, 1)
        lay.addLayout(sides)
        self.parties_error = QLabel()
        self.parties_error.setObjectName("fieldError")
        self.parties_error.setWordWrap(True)
        self.parties_error.hide()
        lay.addWidget(self.parties_error)
        lay.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("Register the case"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def data(self) -> IntakeInput:
        return IntakeInput(category_code=self.category.currentData() or "", summary=self.summary.toPlainText(),
                           place=self.place.text(), grid_id=self.grid.currentData(),
                           parties=[box.value() for box in self.parties])

    def save(self) -> bool:
        self.errors.clear()
        self.parties_error.hide()
        try:
            self.result_id = self.services.work_orders.start_case(self.actor, self.order_id, self.data())
        except Exception as exc:
            self._show_error(exc)
            return False
        self.accept()
        return True

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            head, _, last = exc.field.rpartition(".")
            if head.startswith("parties.") and last in SHARED_FIELDS:
                exc = ValidationError(f"{head}.{SHARED_FIELDS[last]}", exc.message, **exc.params)
            if exc.field == "parties":
                self.parties_error.setText(error_text(exc))
                self.parties_error.show()
                return
            if self.errors.show(exc):
                return
        self.report(exc)

    def report(self, exc: BaseException) -> None:
        """An error that belongs to no field (tests replace this)."""
        show_error(self, exc)

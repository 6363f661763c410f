"""Type in a work order from paper (the platform unreachable, or the order came by phone or fax): its
number, source, what and where, and its time limit. Whatever is refused is shown under its field;
nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ConflictError, ValidationError
from desk.models.linkage import ORDER_SOURCES
from desk.services.container import Services
from desk.services.permissions import Actor
from desk.services.work_orders import WorkOrderInput
from desk.timeutil import to_local
from desk.views.forms import FieldErrors
from desk.views.linkage_labels import SOURCES, name
from desk.views.messages import error_text, show_error

# service fields shown under another editor
SHARED_FIELDS = {"due_on": "limit_days"}


def grid_choices(services: Services) -> list[tuple[str, int]]:
    """Active areas depth first (street, its communities, each with its grids), indented by level."""
    nodes = services.grid.tree(include_inactive=False)
    children: dict[int | None, list] = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    ids = {n.id for n in nodes}
    out, todo = [], [n for n in nodes if n.parent_id not in ids][::-1]
    while todo:
        node = todo.pop()
        out.append(("\u3000" * (node.level - 1) + node.name, node.id))
        todo += children.get(node.id, [])[::-1]
    return out


class WorkOrderForm(QDialog):
    def __init__(self, services: Services, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.result_id: str | None = None
        self.setWindowTitle(self.tr("Register a work order from paper"))
        self.resize(760, 600)
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("For an order that reached the center on paper or by phone while the platform was "
                              "out of reach. When the platform sends the same order number later, it adopts this "
                              "record."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.number = self.errors.add_row(form, self.tr("Order number"), "number", QLineEdit())
        self.number.setMaxLength(40)
        self.source = QComboBox()
        for code in ORDER_SOURCES:
            self.source.addItem(name(SOURCES, code), code)
        self.errors.add_row(form, self.tr("Source"), "source", self.source)
        self.order_type = self.errors.add_row(form, self.tr("Type"), "order_type", QLineEdit())
        self.order_type.setMaxLength(60)
        self.order_type.setPlaceholderText(self.tr("As written on the order, e.g. noise, neighbours, wages"))
        self.description = self.errors.add_row(form, self.tr("Description"), "description", QPlainTextEdit())
        self.description.setFixedHeight(72)
        self.description.setTabChangesFocus(True)
        self.place = self.errors.add_row(form, self.tr("Place"), "place", QLineEdit())
        self.grid = QComboBox()
        self.grid.addItem(self.tr("(not stated)"), None)
        for label, grid_id in grid_choices(services):
            self.grid.addItem(label, grid_id)
        self.errors.add_row(form, self.tr("Area"), "grid_id", self.grid)
        self.reporter = self.errors.add_row(form, self.tr("Reporter"), "reporter", QLineEdit())
        self.reporter_phone = self.errors.add_row(form, self.tr("Reporter's phone"), "reporter_phone", QLineEdit())
        now = to_local(services.work_orders.clock())
        self.assigned_at = QDateTimeEdit(QDateTime(now.replace(second=0)))
        self.assigned_at.setCalendarPopup(True)
        self.assigned_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.assigned_at.setMaximumWidth(220)
        self.errors.add_row(form, self.tr("Assigned"), "assigned_at", self.assigned_at)
        self.errors.add_row(form, self.tr("Time limit"), "limit_days", self._limit_box(now.date()))
        lay.addLayout(form)
        lay.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _limit_box(self, today) -> QWidget:
        """Working days from the assignment (the center's default), or the date the order states."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.by_days = QRadioButton(self.tr("Working days"))
        self.limit_days = QSpinBox()
        self.limit_days.setRange(1, 365)
        self.limit_days.setValue(int(self.services.settings.get("linkage.order_limit_days")))
        self.by_date = QRadioButton(self.tr("Due date stated on the order"))
        self.due_on = QDateEdit(QDate(today))
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("yyyy-MM-dd")
        group = QButtonGroup(box)
        for button in (self.by_days, self.by_date):
            group.addButton(button)
        self.by_days.setChecked(True)
        for widget in (self.by_days, self.limit_days):
            row.addWidget(widget)
        row.addSpacing(24)
        for widget in (self.by_date, self.due_on):
            row.addWidget(widget)
        row.addStretch(1)
        self.by_days.toggled.connect(self._limit_mode)
        self._limit_mode()
        return box

    def _limit_mode(self) -> None:
        self.limit_days.setEnabled(self.by_days.isChecked())
        self.due_on.setEnabled(not self.by_days.isChecked())

    def data(self) -> WorkOrderInput:
        by_date = self.by_date.isChecked()
        return WorkOrderInput(
            number=self.number.text(), source=self.source.currentData(), order_type=self.order_type.text(),
            description=self.description.toPlainText(), place=self.place.text(), grid_id=self.grid.currentData(),
            reporter=self.reporter.text(), reporter_phone=self.reporter_phone.text(),
            assigned_at=self.assigned_at.dateTime().toPython(),
            limit_days=None if by_date else self.limit_days.value(),
            due_on=self.due_on.date().toPython() if by_date else None)

    def save(self) -> bool:
        try:
            self.result_id = self.services.work_orders.receive_work_order(self.actor, self.data(), origin="paper")
        except Exception as exc:
            if isinstance(exc, ValidationError) and exc.field in SHARED_FIELDS:
                exc = ValidationError(SHARED_FIELDS[exc.field], exc.message, **exc.params)
            self.errors.clear()
            if isinstance(exc, ConflictError):  # typed twice: under the number
                self.errors.set("number", error_text(exc))
            elif not self.errors.show(exc):
                self.report(exc)
            return False
        self.accept()
        return True

    def report(self, exc: BaseException) -> None:
        """An error that belongs to no field (tests replace this)."""
        show_error(self, exc)

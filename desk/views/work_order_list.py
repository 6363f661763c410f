"""Work orders from the platform (12345, grid reports, 110 non-emergency): newest first, open ones
with their deadline in red (overdue) or yellow (due soon)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.services.work_orders import OPEN_STATES, OrderRow
from desk.views.due_rows_model import DueRowsModel
from desk.views.linkage_labels import (
    EXTENSIONS,
    ORIGINS,
    SOURCES,
    STATES,
    due_text,
    name,
)
from desk.views.messages import show_error
from desk.views.page import page_layout
from desk.views.tables import row_table


class WorkOrdersModel(DueRowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Deadline"), self.tr("State"), self.tr("Order number"), self.tr("Source"), self.tr("Type"),
                self.tr("Description"), self.tr("Assigned"), self.tr("Origin"))

    def state_text(self, row: OrderRow) -> str:
        text = name(STATES, row.state)
        if row.extension_state and row.state in OPEN_STATES:
            text += f"（{name(EXTENSIONS, row.extension_state)}）"
        if row.state == "completed":
            text += " · " + (self.tr("on time") if row.on_time else self.tr("late"))
        return text

    def text(self, row: OrderRow, column: int) -> str:
        return (due_text(row.due), self.state_text(row), row.number, name(SOURCES, row.source), row.order_type,
                row.description, row.assigned_on.isoformat(), name(ORIGINS, row.origin))[column]

    def tooltip(self, row: OrderRow, column: int) -> str | None:
        return row.description if column == 5 else None


class WorkOrderListPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = page_layout(self, self.tr("Work orders"), self.tr(
            "Matters the platform assigned to the center. Sign for each, handle it and report back within the "
            "time limit; red: overdue, yellow: due soon. Double-click or press Enter to open one."))
        row = QHBoxLayout()
        self.state = QComboBox()
        self.state.addItem(self.tr("Open"), OPEN_STATES)
        self.state.addItem(self.tr("All"), ())
        for code in ("completed", "returned"):
            self.state.addItem(name(STATES, code), (code,))
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        row.addWidget(self.state)
        self.counts = QLabel()
        row.addWidget(self.counts, 1)
        self.new_btn = QPushButton(self.tr("Register a paper work order…"))
        self.new_btn.setVisible(actor.can(Perm.LINKAGE_RECEIVE))
        self.new_btn.clicked.connect(self.register)
        row.addWidget(self.new_btn)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setShortcut("F5")
        refresh.clicked.connect(self.reload)
        row.addWidget(refresh)
        lay.addLayout(row)
        self.model = WorkOrdersModel(self)
        self.table = row_table(self.model, (270, 130, 150, 100, 100, 300, 100))
        self.table.activated.connect(lambda index: self.open(index.row()))
        lay.addWidget(self.table, 1)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        try:
            rows = self.services.work_orders.list(self.actor, tuple(self.state.currentData() or ()))
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        levels = [r.due.level for r in rows if r.due]
        self.counts.setText(self.tr("Overdue: {overdue}   Due soon: {soon}").format(
            overdue=levels.count("overdue"), soon=levels.count("soon")))
        if select_id and (i := self.model.row_of(select_id)) >= 0:
            self.table.selectRow(i)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    form_dialog = None  # the paper form's class, imported on first use (tests may replace it)

    def register(self) -> str | None:
        """Type in a paper order; the list shows it selected. Returns its id, None when cancelled."""
        dialog_class = self.form_dialog
        if dialog_class is None:
            from desk.views.work_order_form import WorkOrderForm as dialog_class
        dialog = dialog_class(self.services, self.actor, self)
        if not dialog.exec() or not dialog.result_id:
            return None
        if "assigned" not in (self.state.currentData() or ("assigned",)):
            self.state.setCurrentIndex(0)  # a new order is open: show the open ones
        self.reload(dialog.result_id)
        return dialog.result_id

    def open(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        from desk.views.work_order_detail import WorkOrderDetailDialog

        order_id = self.model.item(row).id
        WorkOrderDetailDialog(self.services, self.actor, order_id, self).exec()
        self.reload(order_id)

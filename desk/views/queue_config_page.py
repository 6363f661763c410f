"""The "Queue set-up" page (center head, administrator): the services a visitor can take a
ticket for and the windows that call them. Nothing is deleted, only deactivated, so today's
tickets and past figures keep their service and window. Dialog classes are attributes so
tests can swap in ones that don't block."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.views.page import page_layout
from desk.views.queue_config_dialogs import QueueServiceDialog, QueueWindowDialog
from desk.views.queue_config_models import QueueServicesModel, QueueWindowsModel


def read_only_table(model, stretch: int) -> QTableView:
    """A read-only table whose ``stretch`` column takes the spare width."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
    return table


def fit_columns(table: QTableView, stretch: int) -> None:
    """Size the other columns to their contents plus some air (Chinese names touch the grid otherwise)."""
    for column in range(table.model().columnCount()):
        if column != stretch:
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, max(56, table.columnWidth(column) + 16))


def _select(table: QTableView, row: int) -> None:
    if row >= 0:
        index = table.model().index(row, 0)
        table.selectionModel().select(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        table.setCurrentIndex(index)
        table.scrollTo(index)


class QueueConfigPage(QWidget):
    service_dialog_class = QueueServiceDialog
    window_dialog_class = QueueWindowDialog

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.can_edit = actor.can(Perm.QUEUE_CONFIGURE)
        lay = page_layout(self, self.tr("Queue set-up"), self.tr(
            "Each service has a letter: its tickets are numbered A001, A002 … and start again every day. "
            "Services and windows are deactivated, never deleted, so today's tickets and past figures keep them."))

        self.service_model = QueueServicesModel(self)
        self.service_table = read_only_table(self.service_model, 1)
        self.new_service_btn = QPushButton(self.tr("New service…"))
        self.edit_service_btn = QPushButton(self.tr("Edit…"))
        self.new_service_btn.clicked.connect(self.new_service)
        self.edit_service_btn.clicked.connect(self.edit_service)
        self.service_table.doubleClicked.connect(lambda *_: self.edit_service())
        lay.addWidget(self._group(self.tr("Services"), self.service_table,
                                  self.new_service_btn, self.edit_service_btn), 1)

        self.window_model = QueueWindowsModel(self)
        self.window_table = read_only_table(self.window_model, 2)
        self.new_window_btn = QPushButton(self.tr("New window…"))
        self.edit_window_btn = QPushButton(self.tr("Edit…"))
        self.new_window_btn.clicked.connect(self.new_window)
        self.edit_window_btn.clicked.connect(self.edit_window)
        self.window_table.doubleClicked.connect(lambda *_: self.edit_window())
        lay.addWidget(self._group(self.tr("Windows"), self.window_table, self.new_window_btn, self.edit_window_btn), 1)

        for table in (self.service_table, self.window_table):
            table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    @staticmethod
    def _group(title: str, table: QTableView, *buttons: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        lay = QVBoxLayout(box)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(table, 1)
        return box

    def reload(self, service_id: int | None = None, window_id: int | None = None) -> None:
        # Keep what was selected in the other table across the reload.
        service_id = service_id if service_id is not None else getattr(self.selected_service(), "id", None)
        window_id = window_id if window_id is not None else getattr(self.selected_window(), "id", None)
        all_services = self.services.queue_config.services(include_inactive=True)
        self.service_model.set_services(all_services)
        self.window_model.set_windows(self.services.queue_config.windows(include_inactive=True), all_services)
        fit_columns(self.service_table, 1)
        fit_columns(self.window_table, 2)
        _select(self.service_table, self.service_model.row_of(service_id))
        _select(self.window_table, self.window_model.row_of(window_id))
        self._update_buttons()

    def selected_service(self):
        rows = self.service_table.selectionModel().selectedRows()
        return self.service_model.item(rows[0].row()) if rows else None

    def selected_window(self):
        rows = self.window_table.selectionModel().selectedRows()
        return self.window_model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.new_service_btn.setEnabled(self.can_edit)
        self.new_window_btn.setEnabled(self.can_edit)
        self.edit_service_btn.setEnabled(self.can_edit and self.selected_service() is not None)
        self.edit_window_btn.setEnabled(self.can_edit and self.selected_window() is not None)

    def new_service(self) -> None:
        if self.can_edit:
            self._run_service(self.service_dialog_class(self.services, self.actor, None, self))

    def edit_service(self) -> None:
        service = self.selected_service()
        if self.can_edit and service is not None:
            self._run_service(self.service_dialog_class(self.services, self.actor, service, self))

    def new_window(self) -> None:
        if self.can_edit:
            self._run_window(self.window_dialog_class(self.services, self.actor, None, self))

    def edit_window(self) -> None:
        window = self.selected_window()
        if self.can_edit and window is not None:
            self._run_window(self.window_dialog_class(self.services, self.actor, window, self))

    def _run_service(self, dialog: QueueServiceDialog) -> None:
        if dialog.exec() == QDialog.Accepted and dialog.saved is not None:
            self.reload(service_id=dialog.saved.id)

    def _run_window(self, dialog: QueueWindowDialog) -> None:
        if dialog.exec() == QDialog.Accepted and dialog.saved is not None:
            self.reload(window_id=dialog.saved.id)

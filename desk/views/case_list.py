"""Mediation cases: search by name, pinyin initials, ID number, phone or case number; filter by status."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk.models.mediation import CASE_STATUSES
from desk.services.container import Services
from desk.services.permissions import Actor
from desk.views.case_labels import status_name
from desk.views.case_list_model import CaseListModel
from desk.views.messages import show_error
from desk.views.page import page_layout
from desk.views.tables import row_table

DEBOUNCE_MS = 250


class CaseListPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = page_layout(self, self.tr("Mediation cases"))
        row = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Name, pinyin initials, ID number, phone, case number"))
        self.search_box.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for code in CASE_STATUSES:
            self.status.addItem(status_name(code), code)
        self.count = QLabel()
        row.addWidget(self.search_box, 1)
        row.addWidget(self.status)
        row.addWidget(self.count)
        lay.addLayout(row)
        self.model = CaseListModel(parent=self)
        self.table = row_table(self.model, (190, 100, 110, 240, 90))
        self.table.doubleClicked.connect(lambda index: self.open_case(index.row()))
        lay.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search)
        self.search_box.textChanged.connect(lambda _t: self.timer.start())
        self.search_box.returnPressed.connect(self.search)
        self.status.currentIndexChanged.connect(lambda _i: self.search())
        self.search()

    detail_dialog = None  # the class, imported on first use (tests may replace it)

    def open_case(self, row: int) -> None:
        """Open the case in ``row`` (double-click or Enter)."""
        if not 0 <= row < self.model.rowCount():
            return
        dialog_class = self.detail_dialog
        if dialog_class is None:
            from desk.views.case_detail import CaseDetailDialog as dialog_class
        dialog_class(self.services, self.actor, self.model.case(row).id, self).exec()

    def search(self) -> None:
        self.timer.stop()
        text, status = self.search_box.text(), self.status.currentData()
        try:
            total, first = self.services.cases.search(self.actor, text, status, 0, CaseListModel.PAGE)
        except Exception as exc:
            show_error(self, exc)
            return

        def fetch(offset: int, limit: int):
            return self.services.cases.search(self.actor, text, status, offset, limit)[1]

        self.model.reset(fetch, total, first)
        self.count.setText(self.tr("%n case(s)", "", total))

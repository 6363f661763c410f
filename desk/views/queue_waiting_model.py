"""Table model of waiting (or no-show) tickets for the caller panel (tested without a window)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from desk.services.queue_tickets import TicketInfo
from desk.timeutil import to_local


class WaitingTableModel(QAbstractTableModel):
    def __init__(self, clock: Callable[[], datetime], parent=None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[TicketInfo] = []

    def set_tickets(self, tickets: list[TicketInfo]) -> None:
        self.beginResetModel()
        self._rows = list(tickets)
        self.endResetModel()

    def ticket(self, row: int) -> TicketInfo:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole or not 0 <= section < 4:
            return None
        return (self.tr("Number"), self.tr("Service"), self.tr("Arrived"), self.tr("Waiting"))[section]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        if role == Qt.DisplayRole:
            if index.column() == 0:
                return t.number + ("  " + self.tr("priority") if t.priority else "")
            if index.column() == 1:
                return t.service_name
            if index.column() == 2:
                return f"{to_local(t.arrived_at):%H:%M}"
            minutes = max(0, int((self._clock() - t.arrived_at).total_seconds() // 60))
            return self.tr("{n} min").format(n=minutes)
        if role == Qt.ForegroundRole and index.column() == 0 and t.priority:
            return QColor("#1b7a3a")
        return None

"""Table model of one dictionary's entries for the administration page (read-only cells;
changes go through the entry dialog and the service)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk.services.dictionaries import EntryInfo

COL_CODE, COL_NAME, COL_STATUS, COL_SOURCE = range(4)
_INACTIVE = QColor("#9aa5b1")  # same grey as disabled buttons in desk.qss


class DictionaryTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[EntryInfo] = []

    def set_entries(self, entries: list[EntryInfo]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> EntryInfo:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int:
        """Row of the entry with ``entry_id``, or -1 (used to re-select after a reload)."""
        return next((i for i, e in enumerate(self._entries) if e.id == entry_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole or not 0 <= section < 4:
            return None
        return (self.tr("Code"), self.tr("Name"), self.tr("Status"), self.tr("Source"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == Qt.DisplayRole:
            col = index.column()
            if col == COL_CODE:
                return e.code
            if col == COL_NAME:
                return e.label
            if col == COL_STATUS:
                return self.tr("Active") if e.active else self.tr("Inactive")
            if col == COL_SOURCE:
                return self.tr("Platform") if e.source == "platform" else self.tr("Local")
        if role == Qt.ForegroundRole and not e.active:
            return QBrush(_INACTIVE)
        if role == Qt.ToolTipRole and e.source == "platform":
            return self.tr("From the platform: the next sync may replace changes made here.")
        return None

"""A read-only table model over a list of plain rows (dataclasses or tuples): subclasses name the
columns and give each cell's text, and may colour, explain (tooltip) or right-align cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

NUMBERS = Qt.AlignRight | Qt.AlignVCenter


class RowsTableModel(QAbstractTableModel):
    numeric: frozenset[int] = frozenset()  # quantities, aligned right

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # --- for subclasses ------------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return ()

    def text(self, row: Any, column: int) -> str:
        return ""

    def colour(self, row: Any, column: int) -> QColor | None:
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    # --- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, item_id: Any) -> int:
        """Row of the item whose ``id`` is ``item_id``, or -1 (to re-select after a reload)."""
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == item_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        headers = self.headers()
        if orientation != Qt.Horizontal or not 0 <= section < len(headers):
            return None
        if role == Qt.DisplayRole:
            return headers[section]
        if role == Qt.TextAlignmentRole and section in self.numeric:
            return int(NUMBERS)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.TextAlignmentRole and index.column() in self.numeric:
            return int(NUMBERS)
        if role == Qt.ForegroundRole:
            colour = self.colour(row, index.column())
            return QBrush(colour) if colour is not None else None
        if role == Qt.ToolTipRole:
            return self.tooltip(row, index.column())
        return None

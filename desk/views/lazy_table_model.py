"""A table model whose rows arrive in pages as the view scrolls (canFetchMore / fetchMore), so a
list of a million records opens at once. Subclasses name the columns and draw the cells."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

Fetch = Callable[[int, int], list[Any]]


class LazyTableModel(QAbstractTableModel):
    PAGE = 200

    def __init__(self, fetch: Fetch | None = None, total: int = 0, parent=None) -> None:
        super().__init__(parent)
        self._fetch: Fetch = fetch or (lambda _offset, _limit: [])
        self._rows: list[Any] = []
        self._total = total

    # --- for subclasses ------------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        """Column titles, translated."""
        return ()

    def cell(self, item: Any, column: int, role: int) -> Any:
        """What ``role`` shows in ``column`` for one fetched row."""
        return None

    # --- paging --------------------------------------------------------------------------------
    def reset(self, fetch: Fetch, total: int, first: list[Any] | None = None) -> None:
        """New results: ``total`` matches, ``first`` the first page when it is already fetched."""
        self.beginResetModel()
        self._fetch, self._total, self._rows = fetch, total, list(first or [])
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def item(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        rows = self._fetch(len(self._rows), self.PAGE)
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        headers = self.headers()
        if orientation != Qt.Horizontal or role != Qt.DisplayRole or not 0 <= section < len(headers):
            return None
        return headers[section]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

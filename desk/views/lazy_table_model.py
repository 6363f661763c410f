"""A table model whose rows arrive in pages as the view scrolls (canFetchMore / fetchMore), so a
list of a million records opens at once. ``jump_to`` shows any row by fetching its page alone; the
rows skipped over are fetched when they are drawn. Subclasses name the columns and draw the cells."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

Fetch = Callable[[int, int], list[Any]]


class LazyTableModel(QAbstractTableModel):
    PAGE = 200
    KEEP_PAGES = 50  # pages kept in memory; others are fetched again when drawn

    totalChanged = Signal()  # the end of a list whose total was a floor has been found

    def __init__(self, fetch: Fetch | None = None, total: int = 0, parent=None) -> None:
        super().__init__(parent)
        self._fetch: Fetch = fetch or (lambda _offset, _limit: [])
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._total = total
        self._exact = True
        self._shown = 0  # rows the view has (grown by scrolling and jumping)

    # --- for subclasses ------------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        """Column titles, translated."""
        return ()

    def cell(self, item: Any, column: int, role: int) -> Any:
        """What ``role`` shows in ``column`` for one fetched row."""
        return None

    # --- paging --------------------------------------------------------------------------------
    def reset(self, fetch: Fetch, total: int, first: list[Any] | None = None, exact: bool = True) -> None:
        """New results: ``total`` matches (a floor when not ``exact``), ``first`` the first page when it
        is already fetched."""
        self.beginResetModel()
        self._fetch, self._total, self._exact = fetch, total, exact
        self._pages.clear()
        first = list(first or [])
        for start in range(0, len(first), self.PAGE):
            self._pages[start // self.PAGE] = first[start:start + self.PAGE]
        self._shown = len(first)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    @property
    def exact(self) -> bool:
        """False while ``total`` is only a floor (the search stopped counting)."""
        return self._exact

    def item(self, row: int) -> Any:
        page = self._page(row // self.PAGE)
        i = row % self.PAGE
        return page[i] if i < len(page) else None

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number * self.PAGE, self.PAGE)
            self._pages[number] = page
            while len(self._pages) > self.KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def _found_end(self, end: int) -> None:
        if (end, True) != (self._total, self._exact):
            self._total, self._exact = end, True
            self.totalChanged.emit()

    def _show(self, rows: int) -> None:
        if rows > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, rows - 1)
            self._shown = rows
            self.endInsertRows()

    def jump_to(self, row: int) -> bool:
        """Make ``row`` (0-based) exist, fetching only its page; False when there is no such row."""
        if row < 0 or (self._exact and row >= self._total):
            return False
        if row < self._shown:
            return self.item(row) is not None
        number = row // self.PAGE
        page = self._page(number)
        end = number * self.PAGE + len(page)
        if len(page) < self.PAGE:  # the last page
            self._found_end(end)
        elif not self._exact and end > self._total:
            self._total = end
            self.totalChanged.emit()
        if row >= end:
            return False
        self._show(end)
        return True

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and (self._shown < self._total or not self._exact)

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self.canFetchMore():
            return
        number = self._shown // self.PAGE
        page = self._page(number)
        end = number * self.PAGE + len(page)
        if len(page) < self.PAGE:
            self._found_end(end)
        elif not self._exact and end > self._total:
            self._total = end
            self.totalChanged.emit()
        self._show(end)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        headers = self.headers()
        if orientation != Qt.Horizontal or role != Qt.DisplayRole or not 0 <= section < len(headers):
            return None
        return headers[section]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        item = self.item(index.row())
        return None if item is None else self.cell(item, index.column(), role)

"""Lazy table model over mediation cases: pages of 200 fetched as the view scrolls (fetchMore), so a
register of a million cases opens at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from desk.services.mediation_cases import CaseRow
from desk.views.case_labels import status_name

PAGE = 200
Fetch = Callable[[int, int], list[CaseRow]]


class CaseListModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, fetch: Fetch | None = None, total: int = 0, parent=None) -> None:
        super().__init__(parent)
        self._fetch: Fetch = fetch or (lambda _offset, _limit: [])
        self._rows: list[CaseRow] = []
        self._total = total

    def reset(self, fetch: Fetch, total: int, first: list[CaseRow] | None = None) -> None:
        """New results: ``total`` matches, ``first`` the first page when already fetched."""
        self.beginResetModel()
        self._fetch, self._total, self._rows = fetch, total, list(first or [])
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def case(self, row: int) -> CaseRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        rows = self._fetch(len(self._rows), PAGE)
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole or not 0 <= section < self.COLUMNS:
            return None
        return (self.tr("Number"), self.tr("Received"), self.tr("Category"), self.tr("Parties"),
                self.tr("Status"), self.tr("Flags"))[section]

    def flags_text(self, case: CaseRow) -> str:
        flags = []
        if case.mass_dispute:
            flags.append(self.tr("Mass dispute"))
        if case.escalation_risk:
            flags.append(self.tr("Escalation risk"))
        return self.tr(", ").join(flags)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return (case.number, case.received_on.isoformat(), case.category, case.parties,
                    status_name(case.status), self.flags_text(case))[index.column()]
        if role == Qt.ForegroundRole and index.column() == 5 and case.escalation_risk:
            return QColor("#c62828")
        return None

"""Lazy table model over the audit trail: loads pages as the view scrolls (fetchMore), so a
trail of millions of records opens at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desk.services.audit_log import AuditRow
from desk.timeutil import fmt_local
from desk.views.labels import action_name, entity_name

PAGE = 200


class AuditTableModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, fetch: Callable[[int, int], list[AuditRow]], total: int, parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._rows: list[AuditRow] = []
        self._total = total

    def reset(self, fetch: Callable[[int, int], list[AuditRow]], total: int) -> None:
        self.beginResetModel()
        self._fetch, self._total, self._rows = fetch, total, []
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def record(self, row: int) -> AuditRow:
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
        return (self.tr("No."), self.tr("Time"), self.tr("Person"), self.tr("Action"),
                self.tr("Record"), self.tr("Summary"))[section]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rec = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return (str(rec.id), fmt_local(rec.at), rec.actor_name, action_name(rec.action),
                    f"{entity_name(rec.entity)} {rec.entity_id}".strip(), rec.summary.replace("\n", " ")[:200])[index.column()]
        if role == Qt.ToolTipRole and index.column() == 5:
            return rec.summary[:2000]
        if role == Qt.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

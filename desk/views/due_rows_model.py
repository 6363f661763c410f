"""Rows with a deadline (``row.due``): the first column coloured by its level and the whole row
tinted red when overdue, yellow when due soon — shared by the referral and work-order lists."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desk.views.linkage_labels import level_background, level_foreground
from desk.views.rows_model import RowsTableModel


class DueRowsModel(RowsTableModel):
    def colour(self, row, column: int):
        return level_foreground(row.due) if column == 0 else None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if role == Qt.BackgroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return level_background(self.item(index.row()).due)
        return super().data(index, role)

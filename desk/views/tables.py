"""The one way list tables look: whole-row single selection, alternating rows, no row numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def row_table(model: QAbstractItemModel, widths: tuple[int, ...] = (), stretch: bool = False) -> QTableView:
    """A table of ``model``; ``widths`` sets the first columns, the last one stretches.
    ``stretch`` shares the width equally between all columns instead."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Stretch if stretch else QHeaderView.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return view

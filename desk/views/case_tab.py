"""Pieces the tabs of the case workspace share: the tab base (access to the case view, running a
service write and reloading), an optional date field, read-only tables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk.services.mediation_work import OPEN, WorkSummary
from desk.services.permissions import Perm
from desk.views.forms import FieldErrors

if TYPE_CHECKING:
    from desk.views.case_detail import CaseDetailDialog

MISSING_COLOUR = QColor("#c62828")
WARN_COLOUR = QColor("#b26a00")
OK_COLOUR = QColor("#2e7d32")


class CaseTab(QWidget):
    """One tab of the case view. ``refresh(summary)`` is called after every load and change."""

    def __init__(self, view: CaseDetailDialog) -> None:
        super().__init__()
        self.view = view
        self.services, self.actor, self.case_id = view.services, view.actor, view.case_id
        self.can_edit = self.actor.can(Perm.MEDIATION_EDIT)

    def refresh(self, summary: WorkSummary) -> None:
        raise NotImplementedError

    def call(self, fn: Callable[[], Any], errors: FieldErrors | None = None) -> tuple[bool, Any]:
        """Run a service write; on success reload the whole view. Errors go beside their field
        when ``errors`` knows it, else to a message box; nothing typed is cleared."""
        if errors is not None:
            errors.clear()
        try:
            result = fn()
        except Exception as exc:
            self.view.report(exc, errors)
            return False, None
        self.view.reload()
        return True, result

    @staticmethod
    def is_open(summary: WorkSummary) -> bool:
        """Mediation still running: records and the outcome can be written."""
        return summary.status in OPEN and summary.archived_on is None

    def show_edit(self, *widgets: QWidget) -> None:
        """Edit controls are not shown at all to someone who may only read (the center head)."""
        for w in widgets:
            w.setVisible(self.can_edit)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: the box switches the date on; off shows "not set"."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        self.check.setToolTip(self.tr("Tick to set a date"))
        self.edit = date_edit()
        self.edit.setMinimumDate(QDate(2000, 1, 1))
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setMinimumWidth(130)
        lay.addWidget(self.check)
        lay.addWidget(self.edit)
        lay.addStretch(1)
        self._last = QDate.currentDate()
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on:
            self.edit.setDate(self._last)
        else:
            if self.edit.date() != self.edit.minimumDate():
                self._last = self.edit.date()
            self.edit.setDate(self.edit.minimumDate())
        self.changed.emit()

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self._last = QDate(value)
        self.check.setChecked(value is not None)
        self._toggled(value is not None)

    def set_editable(self, on: bool) -> None:
        self.check.setEnabled(on)
        self.edit.setEnabled(on and self.check.isChecked())


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value) if value else QDate.currentDate())
    return edit


def list_table(headers: list[str], widths: tuple[int, ...] = ()) -> QTableWidget:
    """A read-only table with whole-row selection, as the other lists look."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return table


def set_row(table: QTableWidget, row: int, cells: list[str], key: Any = None,
            colours: dict[int, QColor] | None = None) -> None:
    """Fill ``row``; ``key`` rides on the first cell (Qt.UserRole), full text shows as a tooltip."""
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if column == 0 and key is not None:
            item.setData(Qt.UserRole, key)
        if colours and column in colours:
            item.setForeground(colours[column])
        table.setItem(row, column, item)


def selected_key(table: QTableWidget) -> Any:
    rows = table.selectionModel().selectedRows()
    return table.item(rows[0].row(), 0).data(Qt.UserRole) if rows else None


def select_key(table: QTableWidget, key: Any) -> None:
    for r in range(table.rowCount()):
        if table.item(r, 0).data(Qt.UserRole) == key:
            table.selectRow(r)
            return


def wrapped(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)  # typed text: "<b>" or "<!--" in a summary is shown, not interpreted
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def plain_scroll(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that shows the tab's own background around it."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.viewport().setObjectName("plainViewport")
    scroll.setStyleSheet("QScrollArea, #plainViewport { background: transparent; }")
    scroll.setWidget(widget)
    return scroll

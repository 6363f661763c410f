"""Mediation cases: one search box (names, pinyin initials, ID numbers, phones, case numbers, words of
an address or the summary) and filters by status, category, source, mediator, area and date; the list
pages lazily and jumps to any row."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desk.models.mediation import CASE_SOURCES, CASE_STATUSES
from desk.services.container import Services
from desk.services.grid import depth_first
from desk.services.mediation_query import CaseFilter
from desk.services.permissions import Actor
from desk.views.case_labels import outcome_name, source_name, status_name
from desk.views.case_list_model import CaseListModel
from desk.views.messages import show_error
from desk.views.page import page_layout
from desk.views.tables import row_table

DEBOUNCE_MS = 250
NO_DATE = QDate(2000, 1, 1)  # the minimum stands for "any date"
MAX_ROW = 99_999_999


class OptionalDate(QDateEdit):
    """A date that may be left empty: its minimum shows as ``empty_text``."""

    def __init__(self, empty_text: str) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(empty_text)
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        return None if self.date() == NO_DATE else self.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value) if value else NO_DATE)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().mousePressEvent(event)
        if self.date() == NO_DATE:  # open the calendar on this month, not on the year 2000
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


def floor_text(n: int) -> str:
    """A count that is only a floor, rounded down to two significant digits: 2,447 → "2,400"."""
    if n >= 100:
        step = 10 ** (len(str(n)) - 2)
        n = n // step * step
    return f"{n:,}"


class CaseListPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = page_layout(self, self.tr("Mediation cases"))

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr(
            "Name, pinyin initials, ID number, phone, case number; address or summary words (3+ characters)"))
        self.search_box.setToolTip(self.tr(
            "Every word must match. Names are found from a single character; words of an address or of the "
            "summary need at least 3 characters (e.g. 金水路, 漏水问题)."))
        self.search_box.setClearButtonEnabled(True)
        self.status = self._combo(self.tr("All statuses"), [(status_name(c), c) for c in CASE_STATUSES])
        self.category = self._combo(self.tr("All categories"), [
            (e.label, e.code) for e in services.dictionaries.entries("dispute_category", include_inactive=True)])
        self.source = self._combo(self.tr("All sources"), [(source_name(c), c) for c in CASE_SOURCES])
        self.mediator = self._combo(self.tr("All mediators"), [
            (m.name if m.active else self.tr("{name} (inactive)").format(name=m.name), m.id)
            for m in services.cases.mediators(actor)])
        self.grid = self._combo(self.tr("All areas"), [
            ("\u3000" * (g.level - 1) + g.name, g.id) for g in depth_first(self.services.grid.tree())])
        self.received_from = OptionalDate(self.tr("Any date"))
        self.received_to = OptionalDate(self.tr("Any date"))
        self.received_from.setToolTip(self.tr("Received on or after"))
        self.received_to.setToolTip(self.tr("Received on or before"))
        self.clear_btn = QPushButton(self.tr("Clear filters"))
        self.clear_btn.clicked.connect(self.clear_filters)
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.extra: dict[str, object] = {}  # filter fields without a widget here (set by apply_filter)
        self.extra_label = QLabel()
        self.extra_label.setObjectName("caseExtraFilter")
        self.extra_label.hide()
        self.go_to = QSpinBox()
        self.go_to.setRange(1, 1)
        self.go_to.setGroupSeparatorShown(True)
        self.go_to.setMinimumWidth(96)
        self.go_to.setToolTip(self.tr("Show and select this row of the results (Ctrl+G)"))
        go_btn = QPushButton(self.tr("Go"))
        go_btn.clicked.connect(lambda: self.go_to_row(self.go_to.value()))
        self.go_to.lineEdit().returnPressed.connect(lambda: self.go_to_row(self.go_to.value()))
        QShortcut(QKeySequence("Ctrl+G"), self, self._focus_go_to)

        first = QHBoxLayout()
        first.addWidget(self.search_box, 1)
        for combo in (self.status, self.category, self.source, self.mediator):
            first.addWidget(combo)
        second = QHBoxLayout()
        second.addWidget(self.grid)
        second.addSpacing(8)
        second.addWidget(QLabel(self.tr("Received")))
        second.addWidget(self.received_from)
        second.addWidget(QLabel("–"))
        second.addWidget(self.received_to)
        second.addWidget(self.clear_btn)
        second.addWidget(self.extra_label)
        second.addStretch(1)
        second.addWidget(self.count)
        second.addSpacing(12)
        second.addWidget(QLabel(self.tr("Row")))
        second.addWidget(self.go_to)
        second.addWidget(go_btn)
        lay.addLayout(first)
        lay.addLayout(second)

        self.model = CaseListModel(parent=self)
        self.model.totalChanged.connect(self._show_count)
        self.table = row_table(self.model, (190, 100, 110, 240, 90))
        self.table.doubleClicked.connect(lambda index: self.open_case(index.row()))
        self.table.installEventFilter(self)  # Enter opens the current case
        lay.addWidget(self.table, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search)
        self.search_box.textChanged.connect(lambda _t: self.timer.start())
        self.search_box.returnPressed.connect(self.search)
        for combo in (self.status, self.category, self.source, self.mediator, self.grid):
            combo.currentIndexChanged.connect(lambda _i: self.search())
        for edit in (self.received_from, self.received_to):
            edit.dateChanged.connect(lambda _d: self.timer.start())
        self.search()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (watched is self.table and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter)):
            self.open_case(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _combo(everything: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for label, data in items:
            combo.addItem(label, data)
        combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        combo.setMaximumWidth(220)
        return combo

    detail_dialog = None  # the class, imported on first use (tests may replace it)

    def open_case(self, row: int) -> None:
        """Open the case in ``row`` (double-click or Enter)."""
        if not 0 <= row < self.model.rowCount():
            return
        case = self.model.case(row)
        if case is None:
            return
        dialog_class = self.detail_dialog
        if dialog_class is None:
            from desk.views.case_detail import CaseDetailDialog as dialog_class
        dialog_class(self.services, self.actor, case.id, self).exec()

    def filters(self) -> CaseFilter:
        return CaseFilter(status=self.status.currentData(), category=self.category.currentData(),
                          source=self.source.currentData(), mediator_id=self.mediator.currentData(),
                          received_from=self.received_from.value(), received_to=self.received_to.value(),
                          grid_id=self.grid.currentData(), **self.extra)

    WIDGET_FIELDS = ("status", "category", "source", "mediator_id", "grid_id", "received_from", "received_to")

    def apply_filter(self, filters: CaseFilter) -> None:
        """Show the cases matching ``filters`` (the dashboard's click-through): the search text is cleared,
        the filter widgets take its values, and fields without a widget (the outcome) are kept and named
        beside "Clear filters", which drops them."""
        combos = {"status": self.status, "category": self.category, "source": self.source,
                  "mediator_id": self.mediator, "grid_id": self.grid}
        widgets = (*combos.values(), self.received_from, self.received_to, self.search_box)
        for w in widgets:
            w.blockSignals(True)
        self.search_box.clear()
        for name, combo in combos.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(filters, name) or None)))
        self.received_from.set_value(filters.received_from)
        self.received_to.set_value(filters.received_to)
        for w in widgets:
            w.blockSignals(False)
        self.extra = {f.name: getattr(filters, f.name) for f in dataclasses.fields(filters)
                      if f.name not in self.WIDGET_FIELDS and getattr(filters, f.name) is not None}
        self._show_extra()
        self.search()

    def _show_extra(self) -> None:
        outcome = self.extra.get("outcome")
        if outcome is None:
            self.extra_label.setVisible(bool(self.extra))
            self.extra_label.setText(self.tr("More filters from the dashboard") if self.extra else "")
            return
        name = outcome_name(outcome) if outcome else self.tr("Still open")
        self.extra_label.setText(self.tr("Outcome: {outcome}").format(outcome=name))
        self.extra_label.show()

    def clear_filters(self) -> None:
        self.extra = {}
        self._show_extra()
        widgets = (self.status, self.category, self.source, self.mediator, self.grid, self.received_from,
                   self.received_to)
        for w in widgets:
            w.blockSignals(True)
        for combo in (self.status, self.category, self.source, self.mediator, self.grid):
            combo.setCurrentIndex(0)
        self.received_from.set_value(None)
        self.received_to.set_value(None)
        for w in widgets:
            w.blockSignals(False)
        self.search()

    def search(self) -> None:
        self.timer.stop()
        text, filters = self.search_box.text(), self.filters()
        try:
            results = self.services.cases.search(self.actor, text, filters, 0, CaseListModel.PAGE)
        except Exception as exc:
            show_error(self, exc)
            return

        def fetch(offset: int, limit: int):
            return self.services.cases.search(self.actor, text, filters, offset, limit, count=False).rows

        self.model.reset(fetch, results.total, results.rows, results.exact)
        self._show_count()

    def _show_count(self) -> None:
        total = self.model.total
        if self.model.exact:
            self.count.setText(self.tr("%Ln case(s)", "", total))
        else:
            self.count.setText(self.tr("{count}+ cases").format(count=floor_text(total)))
        self.go_to.setMaximum(max(1, total if self.model.exact else MAX_ROW))

    def _focus_go_to(self) -> None:
        self.go_to.setFocus()
        self.go_to.selectAll()

    def go_to_row(self, number: int) -> bool:
        """Scroll to row ``number`` (1-based) of the results and select it; only its page is fetched."""
        if not self.model.jump_to(number - 1):
            self.count.setText(self.tr("There is no row {number}.").format(number=f"{number:,}"))
            QTimer.singleShot(3000, self._show_count)
            return False
        self.go_to.setValue(number)
        index = self.model.index(number - 1, 0)
        self.table.scrollTo(index, QAbstractItemView.PositionAtCenter)
        self.table.selectRow(number - 1)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        return True

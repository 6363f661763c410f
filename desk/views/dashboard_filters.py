"""The dashboard's filters: a period (from/to, with presets), the trend granularity and a grid node.
Plain Qt; the page reads ``current()`` and reloads on ``changed``."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.dashboard_types import DashboardFilter
from desk.services.grid import GridInfo, depth_first

DEBOUNCE_MS = 300  # typing a date reloads once, not at every digit
CUSTOM = "custom"
PRESETS = (
    ("today", QT_TRANSLATE_NOOP("DashboardFilters", "Today")),
    ("week", QT_TRANSLATE_NOOP("DashboardFilters", "This week")),
    ("month", QT_TRANSLATE_NOOP("DashboardFilters", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("DashboardFilters", "Last month")),
    ("year", QT_TRANSLATE_NOOP("DashboardFilters", "This year")),
    (CUSTOM, QT_TRANSLATE_NOOP("DashboardFilters", "Custom period")),
)
GRANULARITY_NAMES = {
    "day": QT_TRANSLATE_NOOP("DashboardFilters", "By day"),
    "week": QT_TRANSLATE_NOOP("DashboardFilters", "By week"),
    "month": QT_TRANSLATE_NOOP("DashboardFilters", "By month"),
}
# The granularity a preset suggests (the person may change it afterwards).
PRESET_GRANULARITY = {"today": "day", "week": "day", "month": "day", "last_month": "day", "year": "month"}


def preset_range(key: str, today: date) -> tuple[date, date]:
    """The period of a preset; current periods end today (no empty days to come)."""
    if key == "today":
        return today, today
    if key == "week":
        return today - timedelta(days=today.weekday()), today
    if key == "month":
        return today.replace(day=1), today
    if key == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if key == "year":
        return today.replace(month=1, day=1), today
    raise ValueError(key)


grid_order = depth_first  # the grid tree as it reads


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class DashboardFilterBar(QWidget):
    changed = Signal()
    """The filter changed (dates after a short pause); the page reloads."""

    def __init__(self, grid_nodes: list[GridInfo], today: date) -> None:
        super().__init__()
        self.today = today
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.preset = QComboBox()
        self.preset.setObjectName("dashPreset")
        for key, label in PRESETS:
            self.preset.addItem(self.translate(label), key)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        self.date_from.setObjectName("dashFrom")
        self.date_to.setObjectName("dashTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.granularity = QComboBox()
        self.granularity.setObjectName("dashGranularity")
        for key, label in GRANULARITY_NAMES.items():
            self.granularity.addItem(self.translate(label), key)
        self.grid = QComboBox()
        self.grid.setObjectName("dashGrid")
        self.grid.addItem(self.tr("Whole center"), None)
        for node in grid_order(grid_nodes):
            name = node.name if node.active else self.tr("{name} (inactive)").format(name=node.name)
            self.grid.addItem("\u3000" * (node.level - 1) + name, node.id)
        self.grid.setMaximumWidth(240)
        self.grid.setToolTip(self.tr(
            "Mediation, referral and work-order figures of this node and the nodes below it. Queue and "
            "satisfaction figures are always for the whole center."))
        lay.addWidget(QLabel(self.tr("Period")))
        lay.addWidget(self.preset)
        lay.addWidget(self.date_from)
        lay.addWidget(QLabel("–"))
        lay.addWidget(self.date_to)
        lay.addSpacing(8)
        lay.addWidget(self.granularity)
        lay.addSpacing(8)
        lay.addWidget(QLabel(self.tr("Area")))
        lay.addWidget(self.grid)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.changed)
        self._quiet = False
        self.apply_preset("month")
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._dates_edited)
        self.granularity.currentIndexChanged.connect(self._emit_now)
        self.grid.currentIndexChanged.connect(self._emit_now)

    @staticmethod
    def translate(source: str) -> str:
        return QCoreApplication.translate("DashboardFilters", source)

    def current(self) -> DashboardFilter:
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        if end < start:
            start, end = end, start
        return DashboardFilter(start=start, end=end, grid_id=self.grid.currentData(),
                               granularity=self.granularity.currentData())

    def apply_preset(self, key: str) -> None:
        """Set the period (and its usual granularity) of a preset, without reloading."""
        start, end = preset_range(key, self.today)
        self._quiet = True
        try:
            self.preset.setCurrentIndex(self.preset.findData(key))
            self.date_from.setDate(_qdate(start))
            self.date_to.setDate(_qdate(end))
            self.granularity.setCurrentIndex(self.granularity.findData(PRESET_GRANULARITY[key]))
        finally:
            self._quiet = False

    def set_today(self, today: date) -> None:
        """A new day (the desk ran past midnight): a preset period moves with it, a custom one stays."""
        if today != self.today:
            self.today = today
            if self.preset.currentData() != CUSTOM:
                granularity = self.granularity.currentIndex()
                self.apply_preset(self.preset.currentData())
                self._quiet = True
                self.granularity.setCurrentIndex(granularity)
                self._quiet = False

    def set_grid(self, grid_id: int | None) -> None:
        self.grid.setCurrentIndex(max(0, self.grid.findData(grid_id)))

    def _preset_chosen(self, _index: int) -> None:
        key = self.preset.currentData()
        if self._quiet or key == CUSTOM:
            return
        self.apply_preset(key)
        self._emit_now()

    def _dates_edited(self, _date) -> None:
        if self._quiet:
            return
        self._quiet = True
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self._quiet = False
        self.timer.start()

    def _emit_now(self, *_args) -> None:
        if not self._quiet:
            self.timer.stop()
            self.changed.emit()

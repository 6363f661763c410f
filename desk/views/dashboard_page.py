"""The center head's dashboard (issue 9): today's queue, trends, mediation cases by category, source,
status and outcome, the share of matters settled locally, referrals and work orders on time, and the
satisfaction ratings, for a period and a grid node.

The figures load on the thread pool (``services.dashboard.figures``); the tiles are plain Qt and the
charts (pyqtgraph) are built just after the page is first painted, so a head whose first page this is
sees the window at once. Clicking a bar, a trend point or a tile emits ``sig_open(area, filter)``: the
main window opens that list with the filter (``CaseFilter`` for the case list).
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desk.services.container import Services
from desk.services.dashboard_types import Dashboard, DashboardFilter
from desk.services.mediation_query import CaseFilter
from desk.services.permissions import Actor, Perm
from desk.timeutil import to_local
from desk.views.dashboard_content import (
    bucket_labels,
    bucket_range,
    on_time_bars,
    rating_bars,
    slice_bars,
)
from desk.views.dashboard_filters import DashboardFilterBar
from desk.views.dashboard_style import STYLE
from desk.views.dashboard_tiles import TileRow
from desk.views.messages import error_text
from desk.views.operations import run_op
from desk.views.page import page_layout

log = logging.getLogger(__name__)
CASE_CHARTS = ("category", "source", "status", "outcome")
# chart key → (row, column, row span, column span) in a grid of three columns
CHART_CELLS = {
    "trend_cases": (0, 0, 1, 2), "outcome": (0, 2, 1, 1),
    "trend_queue": (1, 0, 1, 2), "satisfaction": (1, 2, 1, 1),
    "category": (2, 0, 2, 1), "source": (2, 1, 1, 1), "status": (2, 2, 1, 1),
    "on_time": (3, 1, 1, 2),
}


class DashboardPage(QWidget):
    sig_open = Signal(str, object)
    """Open the list behind a figure: (area key, its filter or None)."""

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.dashboard: Dashboard | None = None
        self.charts: dict = {}
        self._seq = 0
        self.loading = False
        self._painted = False
        self.setStyleSheet(STYLE)
        lay = page_layout(self, self.tr("Dashboard"), self.tr(
            "Click a bar, a point or a tile to open the list behind it. The area filter applies to mediation "
            "cases, referrals and work orders; queue and satisfaction figures are always for the whole center."))
        top = QHBoxLayout()
        self.filters = DashboardFilterBar(services.grid.tree(), self.today())
        self.filters.changed.connect(self.reload)
        top.addWidget(self.filters)
        top.addStretch(1)
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.setObjectName("dashRefresh")
        self.refresh_btn.setShortcut("F5")
        self.refresh_btn.clicked.connect(self.reload)
        top.addWidget(self.refresh_btn)
        self.report_btn = QPushButton(self.tr("Monthly report…"))
        self.report_btn.setObjectName("dashMonthlyReport")
        self.report_btn.clicked.connect(self.open_monthly_report)
        top.addWidget(self.report_btn)
        lay.addLayout(top)
        self.status = QLabel()
        self.status.setObjectName("hint")
        lay.addWidget(self.status)
        self.problem = QLabel()
        self.problem.setObjectName("badBanner")
        self.problem.setWordWrap(True)
        self.problem.hide()
        lay.addWidget(self.problem)
        orders = "work_order_supervision" if actor.can(Perm.LINKAGE_SUPERVISE) else "work_orders"
        self.tile_row = TileRow(orders)
        self.tile_row.open_area.connect(lambda key: self.sig_open.emit(key, None))
        self.tiles = self.tile_row.tiles
        lay.addWidget(self.tile_row)
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(10)
        for column in range(3):
            self.chart_grid.setColumnStretch(column, 1)
        lay.addLayout(self.chart_grid, 1)
        self.reload()

    def today(self) -> date:
        """The desk's today (the queue's clock, which tests may move)."""
        return self.services.tickets.today()

    # --- loading ---------------------------------------------------------------------------------
    def current_filter(self) -> DashboardFilter:
        return self.filters.current()

    def reload(self) -> None:
        """Load the figures of the current filter off the GUI thread; an older answer is dropped."""
        self._seq += 1
        self.filters.set_today(self.today())
        seq, filt = self._seq, self.current_filter()
        self.loading = True
        self.status.setText(self.tr("Loading the figures…"))
        run_op(self, lambda: self.services.dashboard.figures(self.actor, filt),
               lambda d: self._loaded(seq, d), lambda exc: self._failed(seq, exc))

    def _loaded(self, seq: int, d: Dashboard) -> None:
        if seq != self._seq:
            return
        self.loading = False
        self.dashboard = d
        self.problem.hide()
        self.tile_row.fill(d)
        self._fill_charts()
        area = self.filters.grid.currentText().strip()
        self.status.setText(self.tr("{start} – {end} · {area} · updated at {time}").format(
            start=d.filter.start.isoformat(), end=d.filter.end.isoformat(), area=area,
            time=to_local(self.services.tickets.clock()).strftime("%H:%M")))

    def _failed(self, seq: int, exc: Exception) -> None:
        if seq != self._seq:
            return
        self.loading = False
        log.warning("dashboard figures failed: %s", type(exc).__name__)
        self.status.setText("")
        self.problem.setText(self.tr("The figures could not be loaded. {error} Try Refresh.").format(
            error=error_text(exc)))
        self.problem.show()

    # --- charts ----------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:  # build the charts once the window is on screen
            self._painted = True
            QTimer.singleShot(0, self.ensure_charts)

    def ensure_charts(self) -> dict:
        """Build the chart widgets (importing pyqtgraph) if not yet done, and draw the figures."""
        if self.charts:
            return self.charts
        from desk.views.dashboard_charts import BarChart, TrendChart

        self.charts = {
            "trend_cases": TrendChart("trend_cases", self.tr("Mediation cases received and agreed"),
                                      click_hint=self.tr("Click to list the cases received in this period")),
            "trend_queue": TrendChart("trend_queue", self.tr("Queue tickets issued and served"), clickable=False),
            "category": BarChart("category", self.tr("Cases by dispute category")),
            "source": BarChart("source", self.tr("Cases by source")),
            "status": BarChart("status", self.tr("Cases by status")),
            "outcome": BarChart("outcome", self.tr("Cases by outcome")),
            "satisfaction": BarChart("satisfaction", self.tr("Satisfaction ratings (whole center)")),
            "on_time": BarChart("on_time", self.tr("Referral results and work orders against their deadlines")),
        }
        for key, chart in self.charts.items():
            self.chart_grid.addWidget(chart, *CHART_CELLS[key])
            if key in CASE_CHARTS:
                chart.bar_clicked.connect(lambda i, k=key: self.open_slice(k, i))
        self.charts["trend_cases"].point_clicked.connect(self.open_bucket)
        self.charts["satisfaction"].bar_clicked.connect(lambda _i: self.sig_open.emit("queue_figures", None))
        self.charts["on_time"].bar_clicked.connect(self._open_on_time)
        self._fill_charts()
        return self.charts

    def _fill_charts(self) -> None:
        d = self.dashboard
        if not self.charts or d is None:
            return
        from desk.views.dashboard_charts import Series

        hidden = self.tr("Not shown to your account")
        ticks, tips = bucket_labels(d.trend, d.filter)
        cases = self.charts["trend_cases"]
        cases.set_series(ticks, [Series(self.tr("Received"), tuple(p.cases for p in d.trend)),
                                 Series(self.tr("Agreed"), tuple(p.resolved for p in d.trend))], tips,
                         "" if d.cases is not None else hidden)
        self.charts["trend_queue"].set_series(ticks, [
            Series(self.tr("Issued"), tuple(p.tickets for p in d.trend)),
            Series(self.tr("Served"), tuple(p.served for p in d.trend))], tips,
            "" if d.queue_today is not None else hidden)
        for key in CASE_CHARTS:
            if d.cases is None:
                self.charts[key].set_empty(hidden)
            else:
                slices = getattr(d.cases, f"by_{key}")
                self.charts[key].set_bars(slice_bars(slices, key, d.cases.received))
        if d.satisfaction is None:
            self.charts["satisfaction"].set_empty(hidden)
        else:
            self.charts["satisfaction"].set_bars(rating_bars(d.satisfaction))
        if d.on_time is None:
            self.charts["on_time"].set_empty(hidden)
        else:
            self.charts["on_time"].set_bars(on_time_bars(d.on_time))

    def export_png(self, chart_key: str, path: str) -> bool:
        """Save one chart (title, legend and plot) as a PNG file."""
        return self.ensure_charts()[chart_key].export_png(path)

    # --- click-through ---------------------------------------------------------------------------
    def case_filter(self, **fields) -> CaseFilter:
        """The case list's filter for the period and area shown, narrowed by ``fields``."""
        filt = self.dashboard.filter if self.dashboard else self.current_filter()
        known = {f.name for f in dataclasses.fields(CaseFilter)}
        values = {"received_from": filt.start, "received_to": filt.end, "grid_id": filt.grid_id}
        values.update({k: v for k, v in fields.items() if k in known})
        return CaseFilter(**values)

    def open_slice(self, kind: str, index: int) -> None:
        bars = self.charts[kind].bars
        # "" is a filter value only for the outcome (still open); elsewhere it would mean "any"
        if 0 <= index < len(bars) and (bars[index].code or kind == "outcome"):
            self.sig_open.emit("cases", self.case_filter(**{kind: bars[index].code}))

    def open_bucket(self, index: int) -> None:
        if self.dashboard is None or not 0 <= index < len(self.dashboard.trend):
            return
        start, end = bucket_range(self.dashboard.trend, index, self.dashboard.filter)
        self.sig_open.emit("cases", self.case_filter(received_from=start, received_to=end))

    def _open_on_time(self, index: int) -> None:
        code = self.charts["on_time"].bars[index].code
        if code == "referrals":
            self.sig_open.emit("referrals", None)
        else:
            self.sig_open.emit(self.tile_row.orders_area, None)

    def open_monthly_report(self) -> None:
        try:
            from desk.views.monthly_report_dialog import MonthlyReportDialog
        except ImportError:
            QMessageBox.information(self, self.tr("Monthly report"), self.tr(
                "The monthly report is not available in this version."))
            return
        MonthlyReportDialog(self.services, self.actor, self).exec()

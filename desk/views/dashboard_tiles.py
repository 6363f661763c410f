"""The dashboard's big-number tiles: a caption, the figure, a line of detail and, for a share, a thin bar.
Plain Qt (no pyqtgraph), so the row of tiles shows at once while the charts are still being built."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from desk.services.dashboard_types import Dashboard
from desk.views.dashboard_content import on_time_share, share
from desk.views.queue_figures_models import minutes_text, percent_text

NO_VALUE = "—"
TILE_HEIGHT = 118  # caption, figure, share bar and two lines of detail
VALUE_PT, MIN_VALUE_PT = 19, 11


class FigureTile(QFrame):
    clicked = Signal()
    """The tile was clicked (only when it has somewhere to lead)."""

    def __init__(self, key: str, caption: str, tooltip: str = "", share: bool = False,
                 headline: bool = False) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("dashTile")
        self.setProperty("headline", headline)
        self.setProperty("clickable", False)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.setFixedHeight(TILE_HEIGHT)
        self.setMinimumWidth(118)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.value = QLabel(NO_VALUE)
        self.value.setObjectName("tileValue")
        self.detail = QLabel()
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("tileShare")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setVisible(share)
        for widget in (self.caption, self.value, self.bar, self.detail):
            lay.addWidget(widget)
        lay.addStretch(1)
        self.detail.hide()
        self.base_tooltip = tooltip
        self.setToolTip(tooltip)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False

    def set_clickable(self, hint: str) -> None:
        """Clicking the tile opens the list behind it; ``hint`` says which."""
        self.setProperty("clickable", True)
        self.setCursor(Qt.PointingHandCursor)
        self.base_tooltip = "\n".join(t for t in (self.base_tooltip, hint) if t)
        self.setToolTip(self.base_tooltip)

    def _fit_value(self) -> None:
        """The figure in the largest size up to VALUE_PT that fits the tile ("1 小时 4 分钟" on a laptop)."""
        font = QFont(self.value.font())
        room = self.contentsRect().width() - 20
        size = VALUE_PT
        font.setPointSizeF(size)
        while size > MIN_VALUE_PT and QFontMetrics(font).horizontalAdvance(self.value.text()) > room:
            size -= 1
            font.setPointSizeF(size)
        self.value.setStyleSheet(f"font-size: {size}pt;")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_value()

    def set_figure(self, value: str, detail: str = "", fraction: float | None = None) -> None:
        self.value.setText(value)
        self._fit_value()
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.bar.setValue(round((fraction or 0) * 1000))
        self.setToolTip("\n".join(t for t in (self.base_tooltip, detail) if t))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.property("clickable") and event.button() == Qt.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class TileRow(QWidget):
    """The row of tiles: today's queue, then the period's local settlement, on-time and satisfaction
    shares. A click asks for the list behind a tile (``open_area``)."""

    open_area = Signal(str)
    """The area key of the list behind the clicked tile."""

    def __init__(self, orders_area: str) -> None:
        super().__init__()
        self.orders_area = orders_area
        specs = (
            ("waiting", self.tr("Waiting now"), "", False),
            ("served", self.tr("Served today"), "", False),
            ("average_wait", self.tr("Avg. wait today"), self.tr(
                "Average wait today, from arrival to the first call"), False),
            ("longest_wait", self.tr("Max. wait today"), self.tr(
                "Longest wait today, including people still waiting"), False),
            ("no_shows", self.tr("No-shows today"), "", False),
            ("local", self.tr("Settled locally"), self.tr(
                "Small matters stay in the village, big ones in the town: of the matters concluded in the "
                "period, the share settled at street or community level."), True),
            ("on_time", self.tr("On time"), self.tr(
                "Police referral results and work orders concluded in the period within their deadline."), True),
            ("satisfaction", self.tr("Satisfied"), self.tr(
                "Share of satisfied and very satisfied ratings in the period (whole center)."), True),
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.tiles: dict[str, FigureTile] = {}
        for column, (key, caption, tip, is_share) in enumerate(specs):
            tile = FigureTile(key, caption, tip, share=is_share, headline=key == "local")
            self.tiles[key] = tile
            grid.addWidget(tile, 0, column)
            grid.setColumnStretch(column, 1)
        queue_hint = self.tr("Click to open the queue figures")
        for key in ("waiting", "served", "average_wait", "longest_wait", "no_shows", "satisfaction"):
            self.tiles[key].set_clickable(queue_hint)
            self.tiles[key].clicked.connect(lambda: self.open_area.emit("queue_figures"))
        self.tiles["on_time"].set_clickable(self.tr("Click to open the work-order list"))
        self.tiles["on_time"].clicked.connect(lambda: self.open_area.emit(self.orders_area))

    def fill(self, d: Dashboard) -> None:
        hidden = self.tr("Not shown to your account")
        q = d.queue_today
        if q is None:
            for key in ("waiting", "served", "average_wait", "longest_wait", "no_shows"):
                self.tiles[key].set_figure(NO_VALUE, hidden)
        else:
            self.tiles["waiting"].set_figure(f"{q.waiting:,}", self.tr("{n} ticket(s) issued today").format(
                n=f"{q.issued:,}"))
            self.tiles["served"].set_figure(f"{q.served:,}")
            self.tiles["average_wait"].set_figure(minutes_text(q.average_wait))
            self.tiles["longest_wait"].set_figure(minutes_text(q.longest_wait))
            self.tiles["no_shows"].set_figure(f"{q.no_shows:,}", self.tr("{share} of tickets issued").format(
                share=percent_text(share(q.no_shows, q.issued))) if q.issued else "")
        if d.local is None:
            self.tiles["local"].set_figure(NO_VALUE, hidden)
        else:
            self.tiles["local"].set_figure(percent_text(d.local.share), self.tr(
                "{here} of {all} concluded").format(here=f"{d.local.resolved_here:,}",
                                                           all=f"{d.local.concluded:,}"), d.local.share)
        if d.on_time is None:
            self.tiles["on_time"].set_figure(NO_VALUE, hidden)
        else:
            t = d.on_time
            detail = self.tr("Referrals {a}/{b} · orders {c}/{d}").format(
                a=t.referrals_on_time, b=t.referrals_due, c=t.orders_on_time, d=t.orders_completed)
            self.tiles["on_time"].set_figure(percent_text(on_time_share(t)), detail, on_time_share(t))
            if t.orders_overdue_open:  # the tooltip, and a bar of the on-time chart
                self.tiles["on_time"].setToolTip(self.tiles["on_time"].toolTip() + "\n" + self.tr(
                    "%n open work order(s) overdue now", "", t.orders_overdue_open))
        if d.satisfaction is None:
            self.tiles["satisfaction"].set_figure(NO_VALUE, hidden)
        else:
            s = d.satisfaction
            self.tiles["satisfaction"].set_figure(percent_text(s.satisfied_share), self.tr(
                "%n rating(s)", "", s.total), s.satisfied_share)

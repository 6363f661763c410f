"""The dashboard's pyqtgraph charts: horizontal bars with Chinese labels and a trend of lines.

Importing this module imports pyqtgraph and numpy, so only the dashboard page does, and only once it is
built: start-up never pays for them. Each chart is a card (``ChartCard``: title, legend, "Export PNG…"),
shows "No data for this period" instead of an empty axis, writes every figure out as text, and says which
bar or point was clicked.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics

from desk.views.dashboard_chart_card import ChartCard, chart_font
from desk.views.dashboard_content import BarSpec
from desk.views.dashboard_style import SERIES, SYMBOL_GLYPHS, TEXT

BAR_ROW_PX = 26  # height of one horizontal bar's row
MIN_BARS_HEIGHT = 200
MIN_ROWS = 5
MAX_LABEL_PX = 150  # longer category labels are elided (the whole text is in the tooltip)
_PEN_STYLES = {"solid": Qt.SolidLine, "dash": Qt.DashLine, "dot": Qt.DotLine, "dashdot": Qt.DashDotLine}


class BarChart(ChartCard):
    """Horizontal bars, first on top, labels on the left and the figure written at each bar's end."""

    bar_clicked = Signal(int)
    """The index of the bar (or of its row) that was clicked."""

    def __init__(self, key: str, title: str, clickable: bool = True) -> None:
        super().__init__(key, title)
        self.clickable = clickable
        self.bars: list[BarSpec] = []
        self._texts: list[pg.TextItem] = []
        self.plot.hideAxis("bottom")
        self.plot.getPlotItem().getViewBox().sigResized.connect(self._fit_x)

    def set_bars(self, bars: list[BarSpec], empty_text: str = "") -> None:
        self.bars = list(bars)
        if not any(b.value for b in self.bars):
            self.bars = []
            self.set_empty(empty_text)
            return
        self._show_plot()
        plot = self.plot
        plot.clear()
        n = len(self.bars)
        ys = [n - 1 - i for i in range(n)]
        plot.addItem(pg.BarGraphItem(
            x0=0, y=ys, height=0.62, width=[b.value for b in self.bars],
            brushes=[pg.mkBrush(b.color) for b in self.bars], pens=[pg.mkPen(b.color) for b in self.bars]))
        font = chart_font()
        metrics = QFontMetrics(font)
        self._texts = []
        for y, bar in zip(ys, self.bars):
            text = pg.TextItem("\u2002" + bar.text, color=TEXT, anchor=(0, 0.5))
            text.setFont(font)
            text.setPos(bar.value, y)
            plot.addItem(text)
            self._texts.append(text)
        labels = [metrics.elidedText(b.label, Qt.ElideRight, MAX_LABEL_PX) for b in self.bars]
        axis = plot.getAxis("left")
        axis.setTicks([[(y, label) for y, label in zip(ys, labels)], []])
        axis.setWidth(max(metrics.horizontalAdvance(label) for label in labels) + 14)
        # at least MIN_ROWS rows tall, bars at the top: two bars do not swell to fill the card
        plot.setYRange(n - 0.4 - max(n, MIN_ROWS), n - 0.4, padding=0)
        self.preferred_height = max(MIN_BARS_HEIGHT, n * BAR_ROW_PX + 70)
        self.updateGeometry()
        self._fit_x()

    def _fit_x(self) -> None:
        """Leave room right of the longest bar for its written figure, whatever the chart's width."""
        if not self.bars:
            return
        metrics = QFontMetrics(chart_font())
        text_px = max(metrics.horizontalAdvance("\u2002" + b.text) for b in self.bars) + 8
        width = max(self.plot.getPlotItem().getViewBox().width(), text_px * 2)
        top = max(b.value for b in self.bars)
        self.plot.setXRange(0, top * width / (width - text_px), padding=0)

    def index_at(self, y: float) -> int | None:
        n = len(self.bars)
        row = round(y)
        if not self.bars or abs(y - row) > 0.45 or not 0 <= row < n:
            return None
        return n - 1 - row

    def bar_center(self, index: int) -> QPoint:
        """The middle of bar ``index`` on the plot widget."""
        bar = self.bars[index]
        return self.view_to_widget(max(bar.value / 2, 0.01), len(self.bars) - 1 - index)

    def clicked_at(self, x: float, y: float) -> None:
        index = self.index_at(y)
        if self.clickable and index is not None:
            self.bar_clicked.emit(index)

    def tip_at(self, x: float, y: float) -> str:
        index = self.index_at(y)
        if index is None:
            return ""
        bar = self.bars[index]
        return "\n".join(t for t in (f"{bar.label}：{bar.text}", bar.tip) if t)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]


class TrendChart(ChartCard):
    """Lines over the period's buckets; each series has its own colour, marker and dash."""

    point_clicked = Signal(int)
    """The index of the bucket that was clicked."""

    MAX_TICKS = 10

    def __init__(self, key: str, title: str, clickable: bool = True, click_hint: str = "") -> None:
        super().__init__(key, title)
        self.clickable, self.click_hint = clickable, click_hint
        self.labels: list[str] = []
        self.tips: list[str] = []
        self.series: list[Series] = []
        self.plot.showGrid(y=True, alpha=0.2)

    def set_series(self, labels: list[str], series: list[Series], tips: list[str] | None = None,
                   empty_text: str = "") -> None:
        """``labels`` name the buckets on the axis, ``tips`` in full in the tooltip."""
        self.labels, self.series = list(labels), list(series)
        self.tips = list(tips) if tips else list(labels)
        if not labels or not any(any(s.values) for s in series):
            self.set_empty(empty_text)
            return
        self._show_plot()
        plot = self.plot
        plot.clear()
        xs = list(range(len(labels)))
        legend = []
        for s, (color, symbol, dash) in zip(series, SERIES):
            pen = pg.mkPen(color, width=2, style=_PEN_STYLES[dash])
            plot.plot(xs, list(s.values), pen=pen, symbol=symbol, symbolSize=7, symbolBrush=pg.mkBrush(color),
                      symbolPen=pg.mkPen("w"))
            legend.append(f'<span style="color:{color}">━{SYMBOL_GLYPHS[symbol]}━</span> '
                          + self.tr("{name}: {total} in all").format(name=s.name, total=f"{sum(s.values):,}"))
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(legend))
        self.legend.show()
        step = max(1, -(-len(labels) // self.MAX_TICKS))
        plot.getAxis("bottom").setTicks([[(x, labels[x]) for x in xs[::step]], []])
        top = max(max(s.values) for s in series)
        plot.setXRange(-0.8, len(labels) - 0.5, padding=0)  # room for the first date's label
        plot.setYRange(0, top * 1.12 + 0.5, padding=0)
        if top <= 6:  # no 0.5 people
            plot.getAxis("left").setTickSpacing(1, 1)
        else:
            plot.getAxis("left").setTickSpacing()
        plot.getAxis("left").setWidth(QFontMetrics(chart_font()).horizontalAdvance(f"{top:,}") + 16)

    def index_at(self, x: float) -> int | None:
        index = round(x)
        return index if self.labels and 0 <= index < len(self.labels) and abs(x - index) <= 0.5 else None

    def point_center(self, index: int) -> QPoint:
        values = self.series[0].values if self.series else (0,)
        return self.view_to_widget(index, values[index] if index < len(values) else 0)

    def clicked_at(self, x: float, y: float) -> None:
        index = self.index_at(x)
        if self.clickable and index is not None:
            self.point_clicked.emit(index)

    def tip_at(self, x: float, y: float) -> str:
        index = self.index_at(x)
        if index is None:
            return ""
        figures = "\n".join(f"{s.name}：{s.values[index]:,}" for s in self.series)
        return "\n".join(t for t in (self.tips[index], figures, self.click_hint if self.clickable else "") if t)

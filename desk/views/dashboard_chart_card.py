"""The card every dashboard chart sits in (title, legend, "Export PNG…", the plot or a calm "no data"
message) and the pyqtgraph set-up: light background, antialiasing, the bundled CJK font.

Importing this module imports pyqtgraph and numpy: only the dashboard page does, once it is built.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QCursor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
)

from desk.views.dashboard_style import GRID, TEXT

_configured = False


def configure() -> None:
    """Light background, antialiasing, dark text: once per process."""
    global _configured
    if not _configured:
        pg.setConfigOptions(antialias=True, background="w", foreground=TEXT)
        _configured = True


def chart_font(point_size: float = 9.5) -> QFont:
    """The application's font (the bundled CJK one), so Chinese labels render as text, not boxes."""
    font = QFont(QApplication.font())
    font.setPointSizeF(point_size)
    return font


def _plot_widget() -> pg.PlotWidget:
    configure()
    plot = pg.PlotWidget()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setFrameShape(QFrame.NoFrame)
    plot.getPlotItem().getViewBox().setDefaultPadding(0)
    font = chart_font()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setStyle(tickFont=font, tickTextOffset=6, tickLength=0)
        axis.setTextPen(pg.mkPen(TEXT))
        axis.setPen(pg.mkPen(GRID))
    return plot


class ChartCard(QFrame):
    """A titled card holding one plot, or a calm message when there is nothing to draw. Its height is
    its own (``preferred_height``), not the plot's large default or a wrapped legend's."""

    preferred_height = 260

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("chartCard")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(4)
        head = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setObjectName("chartTitle")
        head.addWidget(self.title, 1)
        self.export_btn = QToolButton()
        self.export_btn.setObjectName("chartExport")
        self.export_btn.setText(self.tr("Export PNG…"))
        self.export_btn.setToolTip(self.tr("Save this chart as a PNG image"))
        self.export_btn.clicked.connect(self.ask_export)
        head.addWidget(self.export_btn)
        lay.addLayout(head)
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.legend.hide()
        lay.addWidget(self.legend)
        self.plot = _plot_widget()
        self.plot.scene().sigMouseClicked.connect(self._scene_clicked)
        self.plot.scene().sigMouseMoved.connect(self._scene_moved)
        self.empty = QLabel()
        self.empty.setObjectName("chartEmpty")
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty)
        lay.addWidget(self.stack, 1)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, self.preferred_height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, self.preferred_height)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def set_empty(self, text: str = "") -> None:
        self.plot.clear()
        self.legend.hide()
        self.empty.setText(text or self.tr("No data for this period"))
        self.stack.setCurrentWidget(self.empty)

    def _show_plot(self) -> None:
        self.stack.setCurrentWidget(self.plot)

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), f"{self.key}.png",
                                              self.tr("PNG images (*.png)"))
        if path:
            self.export_png(path if path.lower().endswith(".png") else path + ".png")

    def export_png(self, path: str) -> bool:
        """The card as it is on screen (title, legend, chart) as a PNG file."""
        self.export_btn.hide()
        # pending layout (a reload just changed the bars) must settle first, or the axis, still at its old
        # size, leaves out labels it thinks would overlap
        QApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        QApplication.processEvents()
        try:
            return self.grab().save(str(path), "PNG")
        finally:
            self.export_btn.show()

    def view_to_widget(self, x: float, y: float) -> QPoint:
        """Where a point of the chart's data coordinates is on the plot widget (tests click there)."""
        scene = self.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
        return self.plot.mapFromScene(scene)

    def _scene_clicked(self, event) -> None:
        if event.button() == Qt.LeftButton and not self.is_empty():
            point = self.plot.getPlotItem().getViewBox().mapSceneToView(event.scenePos())
            self.clicked_at(point.x(), point.y())

    def _scene_moved(self, scene_pos) -> None:
        if self.is_empty():
            return
        point = self.plot.getPlotItem().getViewBox().mapSceneToView(scene_pos)
        tip = self.tip_at(point.x(), point.y())
        self.plot.setCursor(Qt.PointingHandCursor if tip and self.clickable else Qt.ArrowCursor)
        if tip:
            QToolTip.showText(QCursor.pos(), tip, self.plot)
        else:
            QToolTip.hideText()

    clickable = False

    def clicked_at(self, x: float, y: float) -> None:  # charts that lead somewhere override
        pass

    def tip_at(self, x: float, y: float) -> str:
        return ""

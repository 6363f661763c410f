"""The "Queue today" page for the center head: headline figures, per-service and per-window
tables, today's ratings and the open follow-ups of bad ratings (好差评整改).

While shown, it polls ``tickets.version()`` every 2 s (one tiny query) and reloads only when
the queue has changed, or when the figures are a minute old: the waits of people still in the
queue keep growing, and ratings do not move the version.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.services.queue_figures import QueueFigures, queue_figures
from desk.services.queue_ratings import RectificationInfo
from desk.views.follow_up_dialog import FollowUpDialog
from desk.views.messages import error_text
from desk.views.page import page_layout
from desk.views.queue_config_page import fit_columns, read_only_table
from desk.views.queue_figures_models import (
    RectificationsModel,
    ServiceFiguresModel,
    WindowLoadModel,
    minutes_text,
    percent_text,
    rating_label,
)

log = logging.getLogger(__name__)
POLL_MS = 2000
STALE_SECONDS = 60

# Page-local look of the tiles and rating bars (same palette as desk.qss).
_STYLE = """
QFrame#figureTile { background: #ffffff; border: 1px solid #d9dee4; border-radius: 6px; }
QLabel#figureValue { font-size: 20pt; font-weight: bold; color: #243447; }
QLabel#figureCaption { color: #52606d; }
QProgressBar { background: #eef1f4; border: none; border-radius: 4px; max-height: 10px; }
QProgressBar::chunk { background: #5aa9e6; border-radius: 4px; }
QProgressBar#badBar::chunk { background: #e08a86; }
"""


def _fit_rows(table: QTableView) -> None:
    """Tall enough for every row (a handful of services): no scrolling for five lines."""
    rows = sum(table.rowHeight(r) for r in range(table.model().rowCount()))
    rows = rows or table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth())


class QueueFiguresPage(QWidget):
    follow_up_dialog_class = FollowUpDialog

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.can_rectify = actor.can(Perm.QUEUE_RECTIFY)
        self._version: int | None = None
        self._loaded_at = 0.0
        self.setStyleSheet(_STYLE)
        lay = page_layout(self, self.tr("Queue today"))
        top = QHBoxLayout()
        self.updated = QLabel()
        self.updated.setObjectName("hint")
        top.addWidget(self.updated, 1)
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.clicked.connect(self.reload)
        top.addWidget(self.refresh_btn)
        lay.addLayout(top)
        self.problem = QLabel()
        self.problem.setObjectName("badBanner")
        self.problem.setWordWrap(True)
        self.problem.hide()
        lay.addWidget(self.problem)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        if not actor.can(Perm.QUEUE_FIGURES):
            self.updated.setText(self.tr("Your account cannot see the queue figures."))
            self.refresh_btn.hide()
            lay.addStretch(1)
            return
        # Scrolls instead of squeezing the tables on a small screen; at 1280×800 it fits.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.viewport().setAutoFillBackground(False)
        body = QWidget()
        body.setAutoFillBackground(False)
        body_lay = QVBoxLayout(body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.setSpacing(10)
        self._build(body_lay)
        scroll.setWidget(body)
        lay.addWidget(scroll, 1)
        self.reload()

    # Poll only while the page is on screen; catch up at once when it comes back.
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.actor.can(Perm.QUEUE_FIGURES):
            self.poll()
            self.timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self.timer.stop()

    # --- layout ------------------------------------------------------------------------------
    def _tile(self, grid: QGridLayout, column: int, caption: str) -> QLabel:
        frame = QFrame()
        frame.setObjectName("figureTile")
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(2)
        value = QLabel("—")
        value.setObjectName("figureValue")
        text = QLabel(caption)
        text.setObjectName("figureCaption")
        box.addWidget(value)
        box.addWidget(text)
        grid.addWidget(frame, 0, column)
        return value

    def _build(self, lay: QVBoxLayout) -> None:
        tiles = QGridLayout()
        tiles.setSpacing(12)
        self.waiting_value = self._tile(tiles, 0, self.tr("Waiting now"))
        self.served_value = self._tile(tiles, 1, self.tr("Served today"))
        self.average_wait_value = self._tile(tiles, 2, self.tr("Average wait"))
        self.longest_wait_value = self._tile(tiles, 3, self.tr("Longest wait"))
        self.no_show_value = self._tile(tiles, 4, self.tr("No-show rate"))
        lay.addLayout(tiles)

        self.service_model = ServiceFiguresModel(self)
        self.service_table = read_only_table(self.service_model, 0)
        lay.addWidget(self._group(self.tr("By service"), self.service_table))

        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        self.window_model = WindowLoadModel(self)
        self.window_table = read_only_table(self.window_model, 0)
        windows = self._group(self.tr("By window"), self.window_table)
        windows.setMinimumWidth(220)
        bottom.addWidget(windows, 2)
        bottom.addWidget(self._ratings_group())  # as wide as its labels: the bars need no more
        self.follow_up_model = RectificationsModel(self)
        self.follow_up_table = read_only_table(self.follow_up_model, RectificationsModel.COMMENT)
        self.follow_up_btn = QPushButton(self.tr("Record follow-up…"))
        self.follow_up_btn.clicked.connect(self.record_follow_up)
        self.follow_up_table.doubleClicked.connect(lambda *_: self.record_follow_up())
        self.follow_up_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        follow_ups = self._group(self.tr("Follow-ups of bad ratings"), self.follow_up_table)
        row = QHBoxLayout()
        row.addWidget(self.follow_up_btn)
        row.addStretch(1)
        follow_ups.layout().addLayout(row)
        follow_ups.setVisible(self.can_rectify)
        follow_ups.setMinimumWidth(300)
        follow_ups.setMinimumHeight(220)
        bottom.addWidget(follow_ups, 5)
        lay.addLayout(bottom, 1)

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget, 1)
        return box

    def _ratings_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ratings today"))
        box.setMinimumHeight(220)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(8)
        self.rating_bars: dict[int, QProgressBar] = {}
        self.rating_counts: dict[int, QLabel] = {}
        for row, level in enumerate((5, 4, 3, 2, 1)):
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setMinimumWidth(100)
            if level <= 2:  # a bad rating opens a follow-up: a softer red, not an alarm
                bar.setObjectName("badBar")
            count = QLabel("0")
            grid.addWidget(QLabel(rating_label(level)), row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(count, row, 2)
            self.rating_bars[level], self.rating_counts[level] = bar, count
        self.ratings_total = QLabel()
        self.ratings_total.setObjectName("hint")
        grid.addWidget(self.ratings_total, 5, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(6, 1)
        return box

    # --- data --------------------------------------------------------------------------------
    def poll(self) -> None:
        try:
            changed = self.services.tickets.version() != self._version
        except Exception:  # a busy or moved database: try again at the next tick
            log.warning("queue version check failed", exc_info=True)
            return
        if changed or time.monotonic() - self._loaded_at >= STALE_SECONDS:
            self.reload()

    def reload(self) -> None:
        try:
            version = self.services.tickets.version()  # read first: a change during the load is not missed
            figures = queue_figures(self.actor, self.services.tickets)
            items = self.services.ratings.rectifications(self.actor) if self.can_rectify else []
            numbers = {w.id: w.number for w in self.services.queue_config.windows(include_inactive=True)}
        except Exception as exc:  # shown on the page, not in a box: the timer would pop one every 2 s
            log.warning("queue figures failed", exc_info=True)
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        self.problem.hide()
        self._version, self._loaded_at = version, time.monotonic()
        self._show(figures)
        selected = self.selected_item()
        self.follow_up_model.set_items(items, numbers, figures.day)
        fit_columns(self.follow_up_table, RectificationsModel.COMMENT)
        row = next((i for i, x in enumerate(items) if selected and x.id == selected.id), -1)
        if row >= 0:
            self.follow_up_table.selectRow(row)
        self._update_buttons()
        self.updated.setText(self.tr("{day} · updated {time}").format(
            day=figures.day.isoformat(), time=time.strftime("%H:%M:%S")))

    def _show(self, f: QueueFigures) -> None:
        served = sum(s.served for s in f.services)
        no_shows = sum(s.no_shows for s in f.services)
        # Each service's average wait weighs by the tickets already called (issued minus waiting).
        weights = [(s.average_wait, s.issued - s.waiting) for s in f.services if s.average_wait is not None]
        total = sum(w for _, w in weights)
        longest = [s.longest_wait for s in f.services if s.longest_wait is not None]
        self.waiting_value.setText(str(f.waiting))
        self.served_value.setText(str(served))
        self.average_wait_value.setText(minutes_text(sum(a * w for a, w in weights) / total if total else None))
        self.longest_wait_value.setText(minutes_text(max(longest) if longest else None))
        self.no_show_value.setText(percent_text(no_shows / (served + no_shows) if served + no_shows else None))
        self.service_model.set_rows(f.services)
        self.window_model.set_rows(f.windows)
        fit_columns(self.service_table, 0)
        fit_columns(self.window_table, 0)
        _fit_rows(self.service_table)
        ratings = sum(f.ratings.values())
        for level, bar in self.rating_bars.items():
            bar.setRange(0, max(ratings, 1))
            bar.setValue(f.ratings.get(level, 0))
            self.rating_counts[level].setText(str(f.ratings.get(level, 0)))
        self.ratings_total.setText(self.tr("{count} ratings today").format(count=ratings))

    def selected_item(self) -> RectificationInfo | None:
        rows = self.follow_up_table.selectionModel().selectedRows()
        return self.follow_up_model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.follow_up_btn.setEnabled(self.can_rectify and self.selected_item() is not None)

    def record_follow_up(self) -> None:
        item = self.selected_item()
        if item is None or not self.can_rectify:
            return
        dialog = self.follow_up_dialog_class(self.services, self.actor, item, self)
        if dialog.exec() == QDialog.Accepted and dialog.saved is not None:
            self.reload()

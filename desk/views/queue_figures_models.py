"""Table models of the "Queue today" page: figures per service, throughput per window and the
open follow-ups of bad ratings. Read-only; the page reloads them when the queue changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desk.services.queue_figures import ServiceFigures
from desk.services.queue_ratings import LEVELS, RectificationInfo
from desk.timeutil import to_local
from desk.views.rows_model import RowsTableModel

_BAD = QColor("#c62828")
NO_VALUE = "—"


def minutes_text(minutes: float | None) -> str:
    if minutes is None:
        return NO_VALUE
    if minutes >= 60:  # "7 h 8 min" reads faster than "428.0 min"
        hours, rest = divmod(round(minutes), 60)
        return QCoreApplication.translate("QueueFigures", "{h} h {m} min").format(h=hours, m=rest)
    return QCoreApplication.translate("QueueFigures", "{n} min").format(n=f"{minutes:.1f}")


def percent_text(fraction: float | None) -> str:
    if fraction is None:
        return NO_VALUE
    return QCoreApplication.translate("QueueFigures", "{n}%").format(n=f"{fraction * 100:.1f}")


def rating_label(level: int) -> str:
    return QCoreApplication.translate("Ratings", LEVELS[level])


class ServiceFiguresModel(RowsTableModel):
    numeric = frozenset(range(1, 8))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Service"), self.tr("Issued"), self.tr("Waiting"), self.tr("Served"), self.tr("No-shows"),
                self.tr("Avg wait"), self.tr("Longest wait"), self.tr("Avg service"))

    def text(self, f: ServiceFigures, column: int) -> str:
        return (f"{f.prefix} {f.name}", str(f.issued), str(f.waiting), str(f.served), str(f.no_shows),
                minutes_text(f.average_wait), minutes_text(f.longest_wait), minutes_text(f.average_service))[column]


class WindowLoadModel(RowsTableModel):
    """Rows are ``(number, name, served today)`` as queue_figures gives them."""

    numeric = frozenset({1})

    def headers(self) -> tuple[str, ...]:
        return self.tr("Window"), self.tr("Served")

    def text(self, row: tuple[int, str, int], column: int) -> str:
        number, name, served = row
        return f"{number} {name}" if column == 0 else str(served)


class RectificationsModel(RowsTableModel):
    COMMENT = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._window_numbers: dict[int, int] = {}
        self._today: date | None = None

    def set_items(self, items: list[RectificationInfo], window_numbers: dict[int, int], today: date) -> None:
        self._window_numbers, self._today = dict(window_numbers), today
        self.set_rows(items)

    def headers(self) -> tuple[str, ...]:
        return self.tr("Ticket"), self.tr("Window"), self.tr("Rating"), self.tr("Due"), self.tr("Comment")

    def text(self, r: RectificationInfo, column: int) -> str:
        if column == 1:
            number = self._window_numbers.get(r.window_id) if r.window_id is not None else None
            return str(number) if number is not None else NO_VALUE
        return (r.ticket_number, "", rating_label(r.level), r.due_on.isoformat(), r.comment)[column]

    def colour(self, r: RectificationInfo, column: int) -> QColor | None:
        overdue = self._today is not None and r.due_on < self._today
        return _BAD if column == 3 and overdue else None

    def tooltip(self, r: RectificationInfo, column: int) -> str | None:
        if column == self.COMMENT:  # long comments are cut off in the cell
            return r.comment or None
        return self.tr("Rated at {time}").format(time=to_local(r.rated_at).strftime("%Y-%m-%d %H:%M"))

"""Table models of the "Queue today" page: figures per service, throughput per window and the
open follow-ups of bad ratings. Read-only; the page reloads them when the queue changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk.services.queue_figures import ServiceFigures
from desk.services.queue_ratings import LEVELS, RectificationInfo
from desk.timeutil import to_local

_BAD = QColor("#c62828")
_NUMBERS = Qt.AlignRight | Qt.AlignVCenter
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


class _Table(QAbstractTableModel):
    """A list of rows; subclasses give headers and cell texts. Numeric columns align right."""

    numeric: frozenset[int] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int):
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def text(self, row, column: int) -> str:
        raise NotImplementedError

    def colour(self, row, column: int) -> QColor | None:
        return None

    def tooltip(self, row, column: int) -> str | None:
        return None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        headers = self.headers()
        if orientation != Qt.Horizontal or not 0 <= section < len(headers):
            return None
        if role == Qt.DisplayRole:
            return headers[section]
        if role == Qt.TextAlignmentRole and section in self.numeric:
            return int(_NUMBERS)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.TextAlignmentRole and index.column() in self.numeric:
            return int(_NUMBERS)
        if role == Qt.ForegroundRole:
            colour = self.colour(row, index.column())
            return QBrush(colour) if colour is not None else None
        if role == Qt.ToolTipRole:
            return self.tooltip(row, index.column())
        return None


class ServiceFiguresModel(_Table):
    numeric = frozenset(range(1, 8))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Service"), self.tr("Issued"), self.tr("Waiting"), self.tr("Served"), self.tr("No-shows"),
                self.tr("Avg wait"), self.tr("Longest wait"), self.tr("Avg service"))

    def text(self, f: ServiceFigures, column: int) -> str:
        return (f"{f.prefix} {f.name}", str(f.issued), str(f.waiting), str(f.served), str(f.no_shows),
                minutes_text(f.average_wait), minutes_text(f.longest_wait), minutes_text(f.average_service))[column]


class WindowLoadModel(_Table):
    """Rows are ``(number, name, served today)`` as queue_figures gives them."""

    numeric = frozenset({1})

    def headers(self) -> tuple[str, ...]:
        return self.tr("Window"), self.tr("Served")

    def text(self, row: tuple[int, str, int], column: int) -> str:
        number, name, served = row
        return f"{number} {name}" if column == 0 else str(served)


class RectificationsModel(_Table):
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

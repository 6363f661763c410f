"""Table models of the queue set-up page: the services (prefix, cap, hours) and the windows
(number, name, the services they call). Read-only cells: changes go through the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk.services.queue_config import ServiceInfo, WindowInfo

_INACTIVE = QColor("#9aa5b1")  # same grey as disabled buttons in desk.qss
_PAUSED = QColor("#8a6d00")
_NUMBERS = Qt.AlignRight | Qt.AlignVCenter


class _RowsModel(QAbstractTableModel):
    """Rows of frozen dataclasses with an ``id``; subclasses give headers and cell texts."""

    numeric: frozenset[int] = frozenset()  # quantities, aligned right

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def text(self, row, column: int) -> str:
        raise NotImplementedError

    def colour(self, row) -> QColor | None:
        return None if row.active else _INACTIVE

    def item(self, row: int):
        return self._rows[row]

    def row_of(self, item_id: int | None) -> int:
        """Row of the item with ``item_id``, or -1 (used to re-select after a reload)."""
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        headers = self.headers()
        if orientation != Qt.Horizontal or not 0 <= section < len(headers):
            return None
        if role == Qt.TextAlignmentRole and section in self.numeric:
            return int(_NUMBERS)
        return headers[section] if role == Qt.DisplayRole else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.TextAlignmentRole and index.column() in self.numeric:
            return int(_NUMBERS)
        if role == Qt.ForegroundRole:
            colour = self.colour(row)
            return QBrush(colour) if colour is not None else None
        return None


class QueueServicesModel(_RowsModel):
    numeric = frozenset({2, 4})

    def set_services(self, services: list[ServiceInfo]) -> None:
        self.beginResetModel()
        self._rows = list(services)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Prefix"), self.tr("Name"), self.tr("Daily cap"), self.tr("Hours"),
                self.tr("Default minutes"), self.tr("Status"))

    def text(self, s: ServiceInfo, column: int) -> str:
        return (s.prefix, s.name, str(s.daily_cap), f"{s.opens_at}–{s.closes_at}", str(s.default_minutes),
                self.tr("Active") if s.active else self.tr("Inactive"))[column]


class QueueWindowsModel(_RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._services: dict[int, ServiceInfo] = {}

    def set_windows(self, windows: list[WindowInfo], services: list[ServiceInfo]) -> None:
        self.beginResetModel()
        self._rows = list(windows)
        self._services = {s.id: s for s in services}
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return self.tr("Number"), self.tr("Name"), self.tr("Services"), self.tr("Status")

    def service_names(self, w: WindowInfo) -> str:
        chosen = sorted((self._services[i] for i in w.service_ids if i in self._services), key=lambda s: s.prefix)
        return self.tr(", ").join(f"{s.prefix} {s.name}" for s in chosen)

    def status(self, w: WindowInfo) -> str:
        if not w.active:
            return self.tr("Inactive")
        return self.tr("Paused") if w.paused else self.tr("Open")

    def text(self, w: WindowInfo, column: int) -> str:
        return (str(w.number), w.name, self.service_names(w), self.status(w))[column]

    def colour(self, w: WindowInfo) -> QColor | None:
        if not w.active:
            return _INACTIVE
        return _PAUSED if w.paused else None

"""Table models of the queue set-up page: the services (prefix, cap, hours) and the windows
(number, name, the services they call). Read-only cells: changes go through the dialogs."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desk.services.queue_config import ServiceInfo, WindowInfo
from desk.views.legal_labels import HANDLED_AS, name
from desk.views.rows_model import RowsTableModel

_INACTIVE = QColor("#9aa5b1")  # same grey as disabled buttons in desk.qss
_PAUSED = QColor("#8a6d00")


class QueueServicesModel(RowsTableModel):
    numeric = frozenset({2, 4})

    def set_services(self, services: list[ServiceInfo]) -> None:
        self.set_rows(services)

    def colour(self, s: ServiceInfo, column: int) -> QColor | None:
        return None if s.active else _INACTIVE

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Prefix"), self.tr("Name"), self.tr("Daily cap"), self.tr("Hours"),
                self.tr("Default minutes"), self.tr("Status"), self.tr("Serving opens"))

    def text(self, s: ServiceInfo, column: int) -> str:
        return (s.prefix, s.name, str(s.daily_cap), f"{s.opens_at}–{s.closes_at}", str(s.default_minutes),
                self.tr("Active") if s.active else self.tr("Inactive"),
                name(HANDLED_AS, s.handled_as) if s.handled_as else "—")[column]


class QueueWindowsModel(RowsTableModel):
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

    def colour(self, w: WindowInfo, column: int) -> QColor | None:
        if not w.active:
            return _INACTIVE
        return _PAUSED if w.paused else None

"""Dialogs of the queue set-up page: one service (prefix, cap, hours), one window (number, name,
the services it calls). What was typed stays on an error; the message shows under its field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.models.queue import HANDLED_AS
from desk.services.container import Services
from desk.services.permissions import Actor
from desk.services.queue_config import ServiceInfo, WindowInfo
from desk.views.forms import FieldErrors
from desk.views.legal_labels import HANDLED_AS as HANDLED_AS_NAMES
from desk.views.legal_labels import name as label_name


def _buttons(dialog: QDialog, save) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _spin(minimum: int, maximum: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setValue(value)
    spin.setMinimumWidth(110)
    return spin


class QueueServiceDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, service: ServiceInfo | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.service = services, actor, service
        self.saved: ServiceInfo | None = None
        self.setWindowTitle(self.tr("New service") if service is None else self.tr("Edit service"))
        self.setMinimumWidth(440)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.prefix = self.errors.add_row(form, self.tr("Prefix"), "prefix",
                                          QLineEdit(service.prefix if service else ""))
        self.prefix.setMaxLength(1)
        self.prefix.setPlaceholderText(self.tr("One letter, e.g. A"))
        self.name = self.errors.add_row(form, self.tr("Name"), "name", QLineEdit(service.name if service else ""))
        self.daily_cap = self.errors.add_row(form, self.tr("Daily cap"), "daily_cap",
                                             _spin(1, 9999, service.daily_cap if service else 100))
        self.opens_at = self.errors.add_row(form, self.tr("Issuing opens at"), "opens_at",
                                            QLineEdit(service.opens_at if service else "08:30"))
        self.closes_at = self.errors.add_row(form, self.tr("Issuing closes at"), "closes_at",
                                             QLineEdit(service.closes_at if service else "17:30"))
        for edit in (self.opens_at, self.closes_at):
            edit.setPlaceholderText("08:30")
        self.default_minutes = self.errors.add_row(form, self.tr("Default minutes per visitor"), "default_minutes",
                                                   _spin(1, 240, service.default_minutes if service else 10))
        self.default_minutes.setToolTip(
            self.tr("Used to estimate waiting times until enough visitors have been served today."))
        self.handled_as = QComboBox()
        for code in ("", *HANDLED_AS):
            self.handled_as.addItem(label_name(HANDLED_AS_NAMES, code), code)
        self.handled_as.setCurrentIndex(max(0, self.handled_as.findData(service.handled_as if service else "")))
        self.errors.add_row(form, self.tr("Serving a ticket opens"), "handled_as", self.handled_as)
        self.handled_as.setToolTip(self.tr("When a window starts serving a ticket of this service, this form opens "
                                           "with the ticket attached (for staff who may use it)."))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setToolTip(self.tr("Only active services are offered at the kiosk and the reception desk."))
        self.active.setChecked(service.active if service else True)
        form.addRow("", self.active)
        lay.addLayout(form)
        lay.addWidget(_buttons(self, self.save))
        (self.name if service else self.prefix).setFocus()

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.saved = self.services.queue_config.save_service(
                self.actor, self.service.id if self.service else None, self.prefix.text(), self.name.text(),
                self.daily_cap.value(), self.opens_at.text(), self.closes_at.text(), self.default_minutes.value(),
                self.active.isChecked(), handled_as=self.handled_as.currentData())
        except Exception as exc:  # a taken prefix is said next to it
            self.errors.handle(self, exc, conflict_field="prefix")
            return False
        self.accept()
        return True


class QueueWindowDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, window: WindowInfo | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.window_info = services, actor, window
        self.saved: WindowInfo | None = None
        self.setWindowTitle(self.tr("New window") if window is None else self.tr("Edit window"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        taken = {w.number for w in services.queue_config.windows(include_inactive=True)}
        first_free = next((n for n in range(1, 100) if n not in taken), 99)
        self.number = self.errors.add_row(form, self.tr("Number"), "number",
                                          _spin(1, 99, window.number if window else first_free))
        self.name = self.errors.add_row(form, self.tr("Name"), "name", QLineEdit(window.name if window else ""))
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.service_checks: dict[int, QCheckBox] = {}
        chosen = window.service_ids if window else frozenset()
        # Inactive services stay listed when the window already calls them, so saving keeps them.
        offered = [s for s in services.queue_config.services(include_inactive=True) if s.active or s.id in chosen]
        for i, s in enumerate(offered):
            label = f"{s.prefix} {s.name}"
            if not s.active:
                label = self.tr("{service} (inactive)").format(service=label)
            check = QCheckBox(label)
            check.setChecked(s.id in chosen)
            self.service_checks[s.id] = check
            grid.addWidget(check, i // 2, i % 2)
        if not offered:
            grid.addWidget(QLabel(self.tr("Set up a service first.")), 0, 0)
        self.errors.add_row(form, self.tr("Services"), "services", box)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setToolTip(self.tr("Only active windows can call tickets and appear on the hall display."))
        self.active.setChecked(window.active if window else True)
        form.addRow("", self.active)
        lay.addLayout(form)
        lay.addWidget(_buttons(self, self.save))
        self.name.setFocus()

    def service_ids(self) -> list[int]:
        return [sid for sid, check in self.service_checks.items() if check.isChecked()]

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.saved = self.services.queue_config.save_window(
                self.actor, self.window_info.id if self.window_info else None, self.number.value(),
                self.name.text(), self.service_ids(), self.active.isChecked())
        except Exception as exc:  # a taken number is said next to it
            self.errors.handle(self, exc, conflict_field="number")
            return False
        self.accept()
        return True

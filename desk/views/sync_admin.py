"""The administrator's part of the sync page: connecting this desk to the platform with an enrollment
code, and the sync settings (a private CA's certificate file, the interval between rounds)."""

from __future__ import annotations

import os
import socket

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.services.settings import SPECS
from desk.sync.engine import SyncEngine
from desk.views.forms import FieldErrors
from desk.views.messages import show_error
from desk.views.operations import run_op
from desk.views.sync_labels import error_message


def show_banner(label: QLabel, text: str, kind: str = "okBanner") -> None:
    """Show ``text`` in ``label`` styled as okBanner, banner (amber) or badBanner."""
    label.setObjectName(kind)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def _banner() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


def _right(*widgets: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    return box


class EnrollBox(QGroupBox):
    enrolled = Signal()
    """This desk was connected to the platform (the token is in the keyring)."""

    def __init__(self, services: Services, actor: Actor, engine: SyncEngine, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.engine = services, actor, engine
        self.setTitle(self.tr("Connect this desk to the platform"))
        form = QFormLayout(self)
        st = engine.status()
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.errors = FieldErrors()
        self.url = QLineEdit(st.url)
        self.url.setPlaceholderText("https://platform.example.gov.cn")
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code.setMaximumWidth(220)
        self.device = QLineEdit(st.device_name or socket.gethostname())
        self.device.setMaxLength(80)
        self.errors.add_row(form, self.tr("Platform address"), "url", self.url)
        self.errors.add_row(form, self.tr("Enrollment code"), "code", self.code)
        self.errors.add_row(form, self.tr("Name of this desk"), "device", self.device)
        self.button = QPushButton(self.tr("Connect"))
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.enroll)
        form.addRow("", _right(self.button))
        self.message = _banner()
        form.addRow(self.message)
        self.show_note(st.enrolled, st.center)

    def show_note(self, enrolled: bool, center: str) -> None:
        if enrolled:
            self.note.setText(self.tr("This desk is connected to {center}. Connecting again with a new code replaces "
                                      "its token (after the platform revoked it, or to move it).").format(center=center))
        else:
            self.note.setText(self.tr("Ask the platform for an enrollment code (valid 7 days, used once). The address "
                                      "must start with https://."))

    def enroll(self) -> bool:
        """Start enrolling in the background; False when the form is incomplete."""
        self.errors.clear()
        show_banner(self.message, "")
        url, code, device = self.url.text().strip(), self.code.text().strip(), self.device.text().strip()
        if not url:
            self.errors.set("url", self.tr("Enter the platform's address."))
            return False
        if not code:
            self.errors.set("code", self.tr("Enter the enrollment code from the platform."))
            return False
        self.button.setEnabled(False)
        show_banner(self.message, self.tr("Connecting…"), "banner")
        run_op(self, lambda: self.engine.enroll(self.actor, url, code, device or None), self._done, self._failed)
        return True

    def _done(self, answer: dict) -> None:
        self.button.setEnabled(True)
        self.code.clear()
        center = (answer.get("center") or {}).get("name", "")
        self.show_note(True, center)
        show_banner(self.message, self.tr("Connected to {center}. Sync starts in a moment and sends every record "
                                          "this desk holds.").format(center=center))
        self.enrolled.emit()

    def _failed(self, exc: Exception) -> None:
        self.button.setEnabled(True)
        show_banner(self.message, self.failure_text(exc), "badBanner")

    def failure_text(self, exc: Exception) -> str:
        name = type(exc).__name__
        if name == "NotEnrolled":
            return self.tr("The platform did not accept this enrollment code: it may be mistyped, used already or "
                           "expired. Ask the platform for a new one.")
        if name == "PlatformUnavailable":
            return self.tr("The platform cannot be reached at this address. Check the address and the network, "
                           "then try again.")
        if name == "PlatformGarbage":
            return self.tr("Something answers at this address, but not the platform. Check the address.")
        return error_message(exc)  # NoKeyring, InsecureAddress, ClientTooOld: their own words


class SyncSettingsBox(QGroupBox):
    saved = Signal()
    """The sync settings were saved."""

    def __init__(self, services: Services, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setTitle(self.tr("Sync settings"))
        form = QFormLayout(self)
        self.errors = FieldErrors()
        self.ca_bundle = QLineEdit(services.settings.get("sync.ca_bundle"))
        self.ca_bundle.setPlaceholderText(self.tr("Empty: the system's certificates"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.browse)
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.ca_bundle, 1)
        lay.addWidget(browse)
        row.setFocusProxy(self.ca_bundle)  # an error under the row puts the cursor in the path
        spec = SPECS["sync.interval_seconds"]
        self.interval = QSpinBox()
        self.interval.setRange(spec.minimum, spec.maximum)
        self.interval.setValue(int(services.settings.get("sync.interval_seconds")))
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setMaximumWidth(140)
        self.errors.add_row(form, self.tr("Certificate of a private CA"), "sync.ca_bundle", row)
        self.errors.add_row(form, self.tr("Seconds between syncs"), "sync.interval_seconds", self.interval)
        save = QPushButton(self.tr("Save sync settings"))
        save.setObjectName("primary")
        save.clicked.connect(self.save)
        form.addRow("", _right(save))
        self.message = _banner()
        form.addRow(self.message)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate of a private CA"), self.ca_bundle.text(),
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_bundle.setText(path)

    def save(self) -> bool:
        self.errors.clear()
        show_banner(self.message, "")
        ca = self.ca_bundle.text().strip()
        if ca and not os.path.isfile(ca):
            self.errors.set("sync.ca_bundle", self.tr("There is no file at this path."))
            return False
        try:
            self.services.settings.set(self.actor, "sync.ca_bundle", ca)
            self.services.settings.set(self.actor, "sync.interval_seconds", self.interval.value())
        except Exception as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            return False
        show_banner(self.message, self.tr("Saved; the next sync uses these settings."))
        self.saved.emit()
        return True

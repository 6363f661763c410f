"""Change one's own password (required after an administrator has reset it)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.views.forms import FieldErrors


class ChangePasswordDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, forced: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("Your password was set by an administrator. Choose your own before you continue."))
            note.setObjectName("banner")
            note.setWordWrap(True)
            lay.addWidget(note)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.old = self._pw()
        self.new = self._pw()
        self.repeat = self._pw()
        self.errors.add_row(form, self.tr("Current password"), "old_password", self.old)
        self.errors.add_row(form, self.tr("New password"), "new_password", self.new)
        self.errors.add_row(form, self.tr("New password again"), "repeat", self.repeat)
        lay.addLayout(form)
        hint = QLabel(self.tr("At least 8 characters, with letters and digits."))
        hint.setObjectName("hint")
        lay.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    @staticmethod
    def _pw() -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.Password)
        return edit

    def save(self) -> None:
        self.errors.clear()
        if self.new.text() != self.repeat.text():
            self.errors.set("repeat", self.tr("The two new passwords differ."))
            return
        try:
            self.services.auth.change_password(self.actor, self.old.text(), self.new.text())
        except Exception as exc:
            self.errors.handle(self, exc)
            return
        self.accept()

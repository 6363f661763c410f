"""Sign-in dialog: the first thing every clerk sees each morning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.views.messages import error_text
from desk.views.operations import run_op


class LoginDialog(QDialog):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 20)
        lay.setSpacing(10)
        center = QLabel(services.center.profile().name)
        center.setObjectName("pageTitle")
        center.setAlignment(Qt.AlignCenter)
        lay.addWidget(center)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("Username"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        lay.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addWidget(self.message)
        if services.settings.get("demo"):
            hint = QLabel(self.tr("Demo data: sign in as admin (or liuyang, sunli, wuhao …) with password demo1234."))
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            lay.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.username.setFocus()

    def try_login(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self._fail(self.tr("Enter your username and password."))
            return
        self.buttons.setEnabled(False)
        run_op(self, lambda: self.services.auth.login(username, password), self._succeeded,
               lambda exc: self._fail(error_text(exc)))

    def _succeeded(self, actor: Actor) -> None:
        self.buttons.setEnabled(True)
        self.actor = actor
        self.accept()

    def _fail(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(text)
        self.message.show()
        self.password.clear()
        self.password.setFocus()

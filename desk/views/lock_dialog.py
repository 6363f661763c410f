"""The locked screen: only the signed-in user's password opens it again (or sign out)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.views.messages import error_text

SIGNED_OUT = 2  # dialog result when the user chose to sign out instead


class LockDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Screen locked"))
        self.setModal(True)
        self.setMinimumWidth(420)
        self.setWindowFlag(Qt.WindowCloseButtonHint, False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 20)
        title = QLabel(self.tr("Locked — {name} is signed in").format(name=actor.full_name))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        hint = QLabel(self.tr("The screen was locked to protect personal data. Enter your password to continue."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        lay.addWidget(hint)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password.returnPressed.connect(self.try_unlock)
        lay.addWidget(self.password)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        sign_out = QPushButton(self.tr("Sign out"))
        sign_out.clicked.connect(lambda: self.done(SIGNED_OUT))
        unlock = QPushButton(self.tr("Unlock"))
        unlock.setDefault(True)
        unlock.clicked.connect(self.try_unlock)
        row.addWidget(sign_out)
        row.addStretch(1)
        row.addWidget(unlock)
        lay.addLayout(row)

    def reject(self) -> None:  # Esc must not open a locked screen
        pass

    def try_unlock(self) -> None:
        try:
            self.services.auth.unlock(self.actor, self.password.text())
        except Exception as exc:
            self.message.setText(error_text(exc))
            self.password.clear()
            return
        self.accept()

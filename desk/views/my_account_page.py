"""My account: who I am, my roles, and changing my own password."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.views.labels import role_names
from desk.views.page import page_layout
from desk.views.password_dialog import ChangePasswordDialog


class MyAccountPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = page_layout(self, self.tr("My account"))
        box = QGroupBox(self.tr("Signed in as"))
        form = QFormLayout(box)
        form.addRow(self.tr("Name"), QLabel(actor.full_name))
        form.addRow(self.tr("Username"), QLabel(actor.username))
        form.addRow(self.tr("Roles"), QLabel(role_names(actor.roles)))
        lay.addWidget(box)
        row = QHBoxLayout()
        change = QPushButton(self.tr("Change my password…"))
        change.clicked.connect(self.change_password)
        row.addWidget(change)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)

    def change_password(self) -> None:
        ChangePasswordDialog(self.services, self.actor, parent=self).exec()

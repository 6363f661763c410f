"""Create or edit a staff account (administrator)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.services.accounts import UserInfo
from desk.services.container import Services
from desk.services.permissions import Actor
from desk.views.forms import FieldErrors
from desk.views.labels import ROLE_ORDER, role_name


class AccountDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, user: UserInfo | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.user = services, actor, user
        self.result_user: UserInfo | None = None
        self.setWindowTitle(self.tr("New account") if user is None else self.tr("Edit account"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.username = QLineEdit(user.username if user else "")
        self.username.setReadOnly(user is not None)
        self.full_name = QLineEdit(user.full_name if user else "")
        self.phone = QLineEdit(user.phone if user else "")
        self.errors.add_row(form, self.tr("Username"), "username", self.username)
        self.errors.add_row(form, self.tr("Full name"), "full_name", self.full_name)
        self.errors.add_row(form, self.tr("Mobile phone"), "phone", self.phone)
        roles_box = QWidget()
        grid = QGridLayout(roles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.role_checks = {}
        for i, role in enumerate(ROLE_ORDER):
            check = QCheckBox(role_name(role))
            check.setChecked(bool(user and role in user.roles))
            self.role_checks[role] = check
            grid.addWidget(check, i // 2, i % 2)
        self.errors.add_row(form, self.tr("Roles"), "roles", roles_box)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        if user is None:
            self.errors.add_row(form, self.tr("Temporary password"), "password", self.password)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def roles(self):
        return [role for role, check in self.role_checks.items() if check.isChecked()]

    def save(self) -> bool:
        self.errors.clear()
        try:
            if self.user is None:
                self.result_user = self.services.accounts.create_user(
                    self.actor, self.username.text(), self.full_name.text(), self.roles(),
                    self.password.text(), self.phone.text())
            else:
                self.result_user = self.services.accounts.update_user(
                    self.actor, self.user.id, self.full_name.text(), self.phone.text(), self.roles())
        except Exception as exc:
            self.errors.handle(self, exc)
            return False
        self.accept()
        return True

"""Table model of staff accounts (tested without a window)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from desk.services.accounts import UserInfo
from desk.timeutil import fmt_local
from desk.validation import mask_phone
from desk.views.labels import role_names


class AccountsTableModel(QAbstractTableModel):
    COLUMNS = ("username", "name", "roles", "phone", "status", "last_login")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user(self, row: int) -> UserInfo:
        return self._users[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole or not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Username"), self.tr("Name"), self.tr("Roles"), self.tr("Phone"),
                self.tr("Status"), self.tr("Last sign-in"))[section]

    def status_text(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("Disabled")
        if user.locked:
            return self.tr("Locked")
        if user.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return {
                "username": user.username, "name": user.full_name, "roles": role_names(user.roles),
                "phone": mask_phone(user.phone) if user.phone else "", "status": self.status_text(user),
                "last_login": fmt_local(user.last_login_at),
            }[col]
        if role == Qt.ForegroundRole and (not user.active or user.locked):
            return QColor("#9aa5b1") if not user.active else QColor("#c62828")
        return None

"""Staff accounts (administrator): create, edit roles, reset passwords, unlock, disable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.views.account_dialog import AccountDialog
from desk.views.accounts_table_model import AccountsTableModel
from desk.views.messages import confirm, show_error
from desk.views.page import page_layout


class AccountsPage(QWidget):
    dialog_class = AccountDialog

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = page_layout(self, self.tr("Staff accounts"),
                          self.tr("One person may hold several roles. Accounts are disabled, never deleted, so the audit trail keeps their names."))
        row = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("New account…"))
        self.edit_btn = QPushButton(self.tr("Edit…"))
        self.reset_btn = QPushButton(self.tr("Reset password…"))
        self.unlock_btn = QPushButton(self.tr("Unlock"))
        self.toggle_btn = QPushButton(self.tr("Disable"))
        for button, slot in ((self.new_btn, self.new_account), (self.edit_btn, self.edit_account),
                             (self.reset_btn, self.reset_password), (self.unlock_btn, self.unlock),
                             (self.toggle_btn, self.toggle_active)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        lay.addLayout(row)
        self.model = AccountsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_account())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.table, 1)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_users(self.services.accounts.list_users(self.actor))
        if select_id is not None:
            for row in range(self.model.rowCount()):
                if self.model.user(row).id == select_id:
                    self.table.selectRow(row)
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.edit_btn, self.reset_btn, self.toggle_btn):
            button.setEnabled(user is not None)
        self.unlock_btn.setEnabled(bool(user and user.locked))
        self.toggle_btn.setText(self.tr("Enable") if user and not user.active else self.tr("Disable"))

    def new_account(self) -> None:
        dialog = self.dialog_class(self.services, self.actor, None, self)
        if dialog.exec() and dialog.result_user:
            self.reload(dialog.result_user.id)

    def edit_account(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = self.dialog_class(self.services, self.actor, user, self)
        if dialog.exec() and dialog.result_user:
            self.reload(user.id)

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"),
            self.tr("Temporary password for {name} (they must change it at the next sign-in):").format(name=user.full_name),
            QLineEdit.Password)
        if ok:
            self._call(lambda: self.services.accounts.reset_password(self.actor, user.id, password), user.id)

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._call(lambda: self.services.accounts.unlock(self.actor, user.id), user.id)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active and not confirm(self, self.tr("Disable account"),
                                       self.tr("Disable the account of {name}? They can no longer sign in.").format(name=user.full_name)):
            return
        self._call(lambda: self.services.accounts.set_active(self.actor, user.id, not user.active), user.id)

    def _call(self, fn, select_id: int) -> None:
        try:
            fn()
        except Exception as exc:
            show_error(self, exc)
        self.reload(select_id)

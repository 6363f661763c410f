"""Backups (administrator): the backups in the folder, "Back up now", the folder, and restoring one.

Restoring shows what the backup holds next to what the database holds now, asks for a clear
confirmation, and then hands over to the main window (``sig_restore``): the window closes, the app closes
its engine, replaces the database (``desk.db.restore_from``: the current file is kept aside first),
reopens it (an older backup is migrated) and asks everyone to sign in again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.backups import BackupInfo, BackupPreview, known_revisions
from desk.services.container import Services
from desk.services.db_health import check_health
from desk.services.permissions import Actor, Perm
from desk.views.health_dialog import backup_label
from desk.views.messages import show_error
from desk.views.operations import run_op
from desk.views.page import page_layout
from desk.views.rows_model import RowsTableModel
from desk.views.tables import row_table


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"


class BackupTableModel(RowsTableModel):
    numeric = frozenset({1})

    def headers(self) -> tuple[str, ...]:
        return tuple(QCoreApplication.translate("Backups", h) for h in (
            QT_TRANSLATE_NOOP("Backups", "Taken at"), QT_TRANSLATE_NOOP("Backups", "Size"),
            QT_TRANSLATE_NOOP("Backups", "Schema"), QT_TRANSLATE_NOOP("Backups", "Check"),
            QT_TRANSLATE_NOOP("Backups", "Encrypted"), QT_TRANSLATE_NOOP("Backups", "File")))

    def text(self, row: BackupInfo, column: int) -> str:
        if column == 0:
            return f"{row.taken_at:%Y-%m-%d %H:%M:%S}"
        if column == 1:
            return _size(row.size)
        if column == 2:
            return row.revision or QCoreApplication.translate("Backups", "unknown")
        if column == 3:
            if row.ok:
                return QCoreApplication.translate("Backups", "checked when written")
            return QCoreApplication.translate("Backups", "not checked by this desk")
        if column == 4:
            if row.encrypted:
                return QCoreApplication.translate("Backups", "yes")
            return QCoreApplication.translate("Backups", "no")
        return row.path.name


PREVIEW_ROWS = (
    ("cases", QT_TRANSLATE_NOOP("Backups", "Mediation cases")),
    ("tickets", QT_TRANSLATE_NOOP("Backups", "Queue tickets")),
    ("work_orders", QT_TRANSLATE_NOOP("Backups", "Work orders")),
    ("referrals", QT_TRANSLATE_NOOP("Backups", "Police referrals")),
    ("notary_intakes", QT_TRANSLATE_NOOP("Backups", "Notary intakes")),
    ("consultations", QT_TRANSLATE_NOOP("Backups", "Consultations")),
    ("users", QT_TRANSLATE_NOOP("Backups", "Staff accounts")),
)


class RestoreDialog(QDialog):
    """What a backup holds next to the live database, and the confirmation to restore it."""

    def __init__(self, services: Services, actor: Actor, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.backup = services, actor, Path(backup)
        self.preview: BackupPreview | None = None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(620)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        self.heading = QLabel(self.tr("Restore {name}?").format(name=self.backup.name))
        self.heading.setObjectName("pageTitle")
        lay.addWidget(self.heading)
        self.table = QTableWidget(len(PREVIEW_ROWS) + 3, 2)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels([self.tr("In the backup"), self.tr("In the database now")])
        self.table.setVerticalHeaderLabels(
            [self.tr("Taken at"), self.tr("Schema"), *[QCoreApplication.translate("Backups", t) for _k, t in PREVIEW_ROWS],
             self.tr("Newest case received")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().resizeSection(0, 220)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
                                  + sum(self.table.rowHeight(r) for r in range(self.table.rowCount())))
        lay.addWidget(self.table)
        self.warning = QLabel(self.tr("Reading the backup…"))
        self.warning.setWordWrap(True)
        lay.addWidget(self.warning)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirmRestore")
        self.confirm.setEnabled(False)
        lay.addWidget(self.confirm)
        buttons = QDialogButtonBox()
        self.restore_btn = buttons.addButton(self.tr("Restore this backup"), QDialogButtonBox.AcceptRole)
        self.restore_btn.setObjectName("primary")
        self.restore_btn.setEnabled(False)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.confirm.toggled.connect(self.restore_btn.setEnabled)
        lay.addStretch(1)
        lay.addWidget(buttons)
        backups, path = services.backups, self.backup

        def read() -> tuple[BackupPreview, BackupPreview, bool, str]:
            preview = backups.preview(path)
            known = preview.revision is None or preview.revision in known_revisions()
            health = check_health(path, budget=None)  # the whole file, before anything is closed
            return preview, backups.live_preview(), known, "" if health.ok else (health.detail or "?")
        run_op(self, read, self._show, self._failed)

    def _show(self, previews: tuple[BackupPreview, BackupPreview, bool, str]) -> None:
        backup, live, known, damage = previews
        self.preview = backup
        unknown = self.tr("none")

        def cell(row: int, column: int, text: str, differs: bool = False) -> None:
            item = QTableWidgetItem(text)
            if column == 0 and differs:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

        for column, p in enumerate((backup, live)):
            taken = f"{p.taken_at:%Y-%m-%d %H:%M}" if p.taken_at else self.tr("now")
            cell(0, column, taken)
            cell(1, column, p.revision or self.tr("unknown"), p.revision != live.revision)
            for row, (key, _t) in enumerate(PREVIEW_ROWS, start=2):
                value = p.counts.get(key)
                cell(row, column, unknown if value is None else f"{value:,}",
                     value != live.counts.get(key))
            cell(len(PREVIEW_ROWS) + 2, column, f"{p.newest_case:%Y-%m-%d}" if p.newest_case else unknown,
                 p.newest_case != live.newest_case)
        when = f"{backup.taken_at:%Y-%m-%d %H:%M}" if backup.taken_at else "?"
        text = self.tr("Restoring replaces the whole database with this backup: everything entered or changed after "
                       "{time} is lost. The current database is kept aside as a file beside it. The desk then closes "
                       "its windows and everyone signs in again. Close the desk on every other computer that uses "
                       "this database first.").format(time=when)
        if backup.revision and live.revision and backup.revision < live.revision:
            text += " " + self.tr("The backup was written by an older version; it is brought up to date when it opens.")
        self.confirm.setText(self.tr("I understand that what was entered after {time} will be lost").format(time=when))
        if not known:
            text = self.tr("This backup was written by a newer version of the desk (schema {revision}); this version "
                           "cannot open it. Install that version or newer first.").format(revision=backup.revision)
        elif damage:
            text = self.tr("This backup is damaged and cannot be restored: {detail}").format(detail=damage[:200])
        self.warning.setText(text)
        self.confirm.setEnabled(known and not damage)

    def _failed(self, exc: Exception) -> None:
        from desk.views.messages import error_text

        self.warning.setText(self.tr("This file cannot be restored: {reason}").format(reason=error_text(exc)))
        self.confirm.setEnabled(False)


class BackupPage(QWidget):
    sig_restore = Signal(object)
    """The administrator confirmed restoring this backup (a Path); the main window takes over."""

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        actor.require(Perm.BACKUP)
        lay = page_layout(self, self.tr("Backups"), self.tr(
            "The desk copies its database into the backup folder every day and keeps the copies for the days set "
            "in the settings. A backup holds everything, personal data included: keep the folder on another drive "
            "or a USB drive that is locked away."))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(QLabel(self.tr("Folder")), 0, 0)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        grid.addWidget(self.folder_label, 0, 1)
        self.folder_btn = QPushButton(self.tr("Choose folder…"))
        self.folder_btn.clicked.connect(self.choose_folder)
        self.folder_btn.setVisible(actor.can(Perm.SETTINGS_EDIT))
        grid.addWidget(self.folder_btn, 0, 2)
        grid.addWidget(QLabel(self.tr("Schedule")), 1, 0)
        self.schedule_label = QLabel()
        self.schedule_label.setObjectName("backupSchedule")
        self.schedule_label.setWordWrap(True)
        grid.addWidget(self.schedule_label, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)

        actions = QHBoxLayout()
        self.now_btn = QPushButton(self.tr("Back up now"))
        self.now_btn.setObjectName("primary")
        self.now_btn.clicked.connect(self.back_up_now)
        self.restore_btn = QPushButton(self.tr("Restore…"))
        self.restore_btn.clicked.connect(self.restore_selected)
        self.file_btn = QPushButton(self.tr("Restore from a file…"))
        self.file_btn.clicked.connect(self.restore_file)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        self.status = QLabel()
        self.status.setObjectName("hint")
        for widget in (self.now_btn, self.restore_btn, self.file_btn, refresh):
            actions.addWidget(widget)
        actions.addWidget(self.status, 1)
        lay.addLayout(actions)
        self.model = BackupTableModel(self)
        self.table = row_table(self.model, (170, 90, 100, 170, 90))
        self.table.setObjectName("backupTable")
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        lay.addWidget(self.table, 1)
        self.reload()

    # --- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        backups = self.services.backups
        folder = backups.folder()
        configured = bool(str(self.services.settings.get("backup.folder") or "").strip())
        self.folder_label.setText(str(folder) if configured else self.tr("{folder} (no folder chosen yet)")
                                  .format(folder=folder))
        if backups.enabled():
            self.schedule_label.setText(self.tr("Every day at {time}; copies are kept for {days} days.").format(
                time=backups.time_of_day().strftime("%H:%M"), days=backups.keep_days()))
        else:
            self.schedule_label.setText(self.tr("Automatic backup is off: turn it on in the settings. "
                                                "“Back up now” still works."))
        run_op(self, backups.list_backups, self._show_backups)

    def _show_backups(self, rows: list[BackupInfo]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.restore_btn.setEnabled(bool(rows))
        if not self.status.text():
            self.status.setText(self.tr("Last backup: {time}").format(time=f"{rows[0].taken_at:%Y-%m-%d %H:%M}")
                                if rows else self.tr("No backup yet."))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.item(rows[0].row()) if rows else None

    # --- actions -------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self.now_btn.setEnabled(False)
        self.status.setText(self.tr("Writing the backup…"))
        backups, actor = self.services.backups, self.actor
        run_op(self, lambda: backups.run_now(actor), self._written, self._not_written)

    def _written(self, info: BackupInfo) -> None:
        self.now_btn.setEnabled(True)
        self.status.setText(self.tr("Backup written: {label}").format(label=backup_label(info)))
        self.reload()

    def _not_written(self, exc: Exception) -> None:
        self.now_btn.setEnabled(True)
        self.status.setText(self.tr("The backup was not written."))
        show_error(self, exc)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"),
                                                  str(self.services.backups.folder()))
        if folder:
            try:
                self.services.settings.set(self.actor, "backup.folder", folder)
            except Exception as exc:
                show_error(self, exc)
                return
            self.status.setText("")
            self.reload()

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.ask_restore(info.path)

    def restore_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup file"), str(self.services.backups.folder()),
                                              self.tr("Desk databases and backups (*.db);;All files (*)"))
        if name:
            self.ask_restore(Path(name))

    def ask_restore(self, path: Path) -> RestoreDialog:
        dialog = RestoreDialog(self.services, self.actor, path, self)
        if dialog.exec() == QDialog.Accepted and dialog.confirm.isChecked():
            self.sig_restore.emit(path)
        return dialog

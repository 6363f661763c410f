"""Start-up health: the database is checked before it is opened, and a damaged one is never opened.

``ensure_healthy(db_path)`` runs ``check_health`` (header, schema, a time-boxed ``PRAGMA quick_check``);
on damage ``HealthDialog`` explains in plain words and offers the latest good backup (listed with its
time), another backup file, another database file, or quitting. When the time-boxed check could not
finish (a big file), ``BackgroundCheck`` finishes it off the GUI thread once the window is up and, on
damage, asks the same question over the window. ``run_restore`` replaces the database with a backup in a
worker while a progress dialog shows (the caller has closed its engine first).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.backups import BackupInfo, backup_folders, restore_database, scan_backups
from desk.services.db_health import Health, check_health
from desk.views.operations import run_op

log = logging.getLogger(__name__)


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"


def backup_label(info: BackupInfo) -> str:
    checked = (QCoreApplication.translate("Health", "checked when written") if info.ok
               else QCoreApplication.translate("Health", "not checked by this desk"))
    return f"{info.taken_at:%Y-%m-%d %H:%M}  ·  {_size(info.size)}  ·  {checked}"


class HealthDialog(QDialog):
    """The database failed its check: restore a backup, open another file, or quit."""

    RESTORE, OPEN, QUIT = "restore", "open", "quit"

    def __init__(self, db_path: Path, health: Health, parent: QWidget | None = None, in_use: bool = False) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.choice, self.chosen = self.QUIT, None
        self.setObjectName("healthDialog")
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumWidth(600)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        title = QLabel(self.tr("The database is damaged"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        if in_use:
            text = self.tr("While the desk was working, its check of the database {name} found damage. Stop entering "
                           "data: what is entered now may be lost. Restore the latest good backup, or quit and ask "
                           "the administrator.")
        else:
            text = self.tr("The desk checked its database {name} before opening it and found it damaged, so it did not "
                           "open it. Nothing in the file has been changed. A power cut or a failing disk is the usual "
                           "cause. Restore the latest good backup to go on working; the damaged file is kept aside "
                           "for a specialist.")
        explain = QLabel(text.format(name=self.db_path.name))
        explain.setWordWrap(True)
        lay.addWidget(explain)
        detail = QLabel(self.tr("What the check found: {detail}").format(detail=health.detail or "-"))
        detail.setObjectName("hint")
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(detail)

        lay.addWidget(QLabel(self.tr("Backups found (newest first):")))
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setMinimumHeight(120)
        lay.addWidget(self.list, 1)
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)
        self.none_label.setObjectName("hint")
        lay.addWidget(self.none_label)
        self._fill([b for folder in backup_folders(self.db_path) for b in scan_backups(folder)])

        buttons = QHBoxLayout()
        self.restore_btn = QPushButton(self.tr("Restore the selected backup"))
        self.restore_btn.setObjectName("primary")
        self.restore_btn.clicked.connect(self._restore)
        self.file_btn = QPushButton(self.tr("Choose a backup file…"))
        self.file_btn.clicked.connect(self._choose_backup)
        self.open_btn = QPushButton(self.tr("Open another database…"))
        self.open_btn.clicked.connect(self._open_other)
        self.open_btn.setVisible(not in_use)
        self.quit_btn = QPushButton(self.tr("Quit"))
        self.quit_btn.clicked.connect(self.reject)
        for button in (self.restore_btn, self.file_btn, self.open_btn):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_btn)
        lay.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _row: self.restore_btn.setEnabled(self.selected() is not None))
        self.restore_btn.setEnabled(self.selected() is not None)
        self.restore_btn.setDefault(True)

    def _fill(self, backups: list[BackupInfo]) -> None:
        backups = sorted(backups, key=lambda b: b.taken_at, reverse=True)
        for info in backups:
            item = QListWidgetItem(backup_label(info))
            item.setData(Qt.UserRole, str(info.path))
            item.setToolTip(str(info.path))
            self.list.addItem(item)
        good = next((i for i, b in enumerate(backups) if b.ok), 0 if backups else -1)
        self.list.setCurrentRow(good)
        if backups:
            self.none_label.hide()
        else:
            folders = "、".join(str(f) for f in backup_folders(self.db_path))
            self.none_label.setText(self.tr("No backup was found in {folders}. If a backup is kept elsewhere (a USB "
                                            "drive, another computer), choose it with “Choose a backup file…”.")
                                    .format(folders=folders))

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.UserRole)) if item is not None else None

    def _restore(self) -> None:
        if self.selected() is not None:
            self.choice, self.chosen = self.RESTORE, self.selected()
            self.accept()

    def _choose_backup(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup file"), str(self.db_path.parent),
                                              self.tr("Desk databases and backups (*.db);;All files (*)"))
        if name:
            self.choice, self.chosen = self.RESTORE, Path(name)
            self.accept()

    def _open_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open another database"), str(self.db_path.parent),
                                              self.tr("Desk databases and backups (*.db);;All files (*)"))
        if name:
            self.choice, self.chosen = self.OPEN, Path(name)
            self.accept()


def run_restore(parent: QWidget | None, backup: Path, db_path: Path) -> bool:
    """Replace ``db_path`` with ``backup`` (checked first; the old file kept aside), in a worker while a
    progress dialog shows. Nothing may have the database open. False (after saying why) when refused."""
    progress = QProgressDialog(QCoreApplication.translate("Health", "Restoring the backup, please wait…"), "", 0, 0,
                               parent)
    progress.setCancelButton(None)
    progress.setWindowTitle(QCoreApplication.translate("Health", "Restoring"))
    progress.setWindowModality(Qt.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    loop = QEventLoop()
    outcome: list[Exception | None] = []

    def finished(value) -> None:
        outcome.append(value)
        loop.quit()

    run_op(progress, lambda: restore_database(backup, db_path), lambda _r: finished(None), finished)
    if not outcome:
        loop.exec()
    progress.close()
    error = outcome[0]
    if error is None:
        log.info("database restored from %s", backup)
        return True
    log.warning("restore from %s refused: %s", backup, error)
    from desk.views.messages import error_text

    QMessageBox.warning(parent, QCoreApplication.translate("Health", "Not restored"), error_text(error))
    return False


def ensure_healthy(db_path: Path, parent: QWidget | None = None) -> tuple[Path | None, Health | None, Path | None]:
    """Check ``db_path`` before it is opened; on damage ask what to do (``HealthDialog``).

    Returns (the file to open or None to quit, the check that passed, the backup restored if one was).
    The returned check may be incomplete (a big file): finish it with ``BackgroundCheck``."""
    restored = None
    while True:
        health = check_health(db_path)
        log.info("start-up check of %s: %s in %.0f ms%s", db_path.name,
                 {True: "ok", False: "damaged", None: "not finished"}[health.ok], health.seconds * 1000,
                 "" if health.complete else " (finishing in the background)")
        if health.ok is not False:
            return db_path, health, restored
        log.error("the database %s failed its check: %s", db_path, health.detail)
        dialog = HealthDialog(db_path, health, parent)
        dialog.exec()
        if dialog.choice == HealthDialog.RESTORE and dialog.chosen is not None:
            if run_restore(parent, dialog.chosen, db_path):
                restored = dialog.chosen
        elif dialog.choice == HealthDialog.OPEN and dialog.chosen is not None:
            db_path = dialog.chosen
        else:
            return None, health, restored


class BackgroundCheck(QObject):
    """Finishes a start-up check that ran out of time, off the GUI thread; ``sig_damaged`` on damage."""

    sig_damaged = Signal(object)
    """The full check found damage (its Health)."""

    def __init__(self, db_path: Path, pending: Health | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.pending = pending
        self.result: Health | None = None

    def start(self) -> None:
        """Wait for the start-up check still running (or run a full one) in a worker."""
        pending = self.pending
        if pending is not None and not pending.complete:
            run_op(self, pending.wait, self._done, self._failed)
        else:
            run_op(self, lambda: check_health(self.db_path, budget=None), self._done, self._failed)

    def _done(self, health: Health) -> None:
        self.result = health
        log.info("full check of %s: %s in %.1f s", self.db_path.name,
                 "ok" if health.ok else "damaged", health.seconds)
        if health.ok is False:
            log.error("the database %s failed its full check: %s", self.db_path, health.detail)
            self.sig_damaged.emit(health)

    def _failed(self, exc: Exception) -> None:
        log.warning("the full check of %s could not run: %s", self.db_path.name, type(exc).__name__)


def ask_after_damage(window, db_path: Path, health: Health) -> None:
    """The background check found damage while the window is open: offer the latest backup or quit."""
    dialog = HealthDialog(db_path, health, window, in_use=True)
    dialog.exec()
    if dialog.choice == HealthDialog.RESTORE and dialog.chosen is not None:
        window.request_restore(dialog.chosen)
    else:
        window.close()

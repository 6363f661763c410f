"""Wiring for the GUI: check and open the database, first-run setup, sign-in, main window, sign-out loop.

Before the database is opened, a quick health check runs (``desk.views.health_dialog``): a damaged file
is never opened; the dialog offers the latest good backup instead. A check that could not finish in its
time box (a big file) finishes in the background once the window is up. An uncaught exception shows a
calm message (``desk.views.crash_notice``) after ``desk.logs`` wrote its masked report. Restoring a backup
from the backups page closes the window, closes the engine, replaces the file, reopens it (migrating an
older backup) and asks for sign-in again.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

BACKGROUND_CHECK_MS = 5_000  # the rest of a time-boxed start-up check, once the window has settled


def _services(db):
    from desk.services.container import Services
    from desk.sync.numbers import PlatformNumbers

    services = Services(db)
    services.tickets.numbers = PlatformNumbers()  # once enrolled, ticket numbers come from the platform
    return services


def _cannot_open(app, exc) -> int:
    from PySide6.QtWidgets import QMessageBox

    from desk.errors import DeskError

    # an encrypted one without its key says so in the UI language
    text = exc.translated(app.translate) if isinstance(exc, DeskError) else str(exc)
    QMessageBox.critical(None, app.translate("App", "The database cannot be opened"), text)
    return 1


def _restore(window, services, db_path: Path, backup: Path, actor):
    """Close what holds the database, restore ``backup`` over it, reopen it; the new services (or None)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    from desk.db import DatabaseError, open_database
    from desk.views.health_dialog import run_restore

    for other in getattr(window, "_queue_windows", []):
        other.close()
    window.deleteLater()  # its pages' timers must not reconnect while the file is replaced
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QThreadPool.globalInstance().waitForDone(60_000)
    services.db.dispose()
    restored = run_restore(None, backup, db_path)
    try:
        new = _services(open_database(db_path))  # an older backup is migrated here (copy first)
    except DatabaseError as exc:
        from PySide6.QtWidgets import QApplication

        _cannot_open(QApplication.instance(), exc)
        return None
    if restored:
        new.backups.record_restore(actor, backup)
    return new


def run_gui(db_path: Path, lang: str | None = None, demo: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from desk.db import DatabaseError, open_database
    from desk.logs import log_dir, setup_logging
    from desk.services.permissions import SYSTEM
    from desk.views.crash_notice import install_crash_notice
    from desk.views.health_dialog import BackgroundCheck, ask_after_damage, ensure_healthy
    from desk.views.qt_setup import install_language, make_app

    setup_logging(log_dir(db_path))  # masked log file and crash reports beside the database
    app = make_app(lang=lang or "zh_CN")
    install_crash_notice(app)
    checked, health, restored = ensure_healthy(Path(db_path))
    if checked is None:
        return 1
    db_path = checked
    try:
        db = open_database(db_path)
    except DatabaseError as exc:
        return _cannot_open(app, exc)
    services = _services(db)
    if restored is not None:
        services.backups.record_restore(SYSTEM, restored)
    if demo and not services.center.is_set_up():
        from desk.services.demo import seed_demo

        seed_demo(services)
    if lang is None and services.settings.get("ui.language") != "zh_CN":
        install_language(app, services.settings.get("ui.language"))

    if not services.center.is_set_up():
        from desk.views.setup_wizard import SetupWizard

        if SetupWizard(services).exec() != QDialog.Accepted:
            return 0

    from desk.views.login_dialog import LoginDialog
    from desk.views.main_window import MainWindow
    from desk.views.password_dialog import ChangePasswordDialog

    background = None if health is None or health.complete else BackgroundCheck(db_path, health, app)
    current: dict = {}
    if background is not None:
        def damaged(found) -> None:  # asked over the window; found while signing in: once the window is up
            current["damage"] = found
            if current.get("window") is not None:
                ask_after_damage(current["window"], db_path, current.pop("damage"))

        background.sig_damaged.connect(damaged)
    while True:
        login = LoginDialog(services)
        if login.exec() != QDialog.Accepted or login.actor is None:
            return 0
        actor = login.actor
        if services.auth.must_change_password(actor):
            if ChangePasswordDialog(services, actor, forced=True).exec() != QDialog.Accepted:
                continue
        window = MainWindow(services, actor, Path(db_path).resolve())
        current["window"] = window
        signed_out: list[bool] = []
        window.sig_signed_out.connect(lambda: signed_out.append(True))
        window.show()
        if current.get("damage") is not None:
            QTimer.singleShot(0, window, lambda w=window: ask_after_damage(w, db_path, current.pop("damage")))
        if background is not None and background.result is None and not getattr(background, "started", False):
            background.started = True
            QTimer.singleShot(BACKGROUND_CHECK_MS, background, background.start)
        app.exec()
        current.pop("window", None)
        backup = getattr(window, "restore_request", None)
        if backup is not None:
            services = _restore(window, services, Path(db_path), backup, actor)
            if services is None:
                return 1
            continue
        if not signed_out:
            services.db.dispose()
            return 0

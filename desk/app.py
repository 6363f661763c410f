"""Wiring for the GUI: open the database, first-run setup, sign-in, main window, sign-out loop."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)


def run_gui(db_path: Path, lang: str | None = None, demo: bool = False) -> int:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desk.db import DatabaseError, open_database
    from desk.logs import log_dir, setup_logging
    from desk.services.container import Services
    from desk.sync.numbers import PlatformNumbers
    from desk.views.qt_setup import install_language, make_app

    setup_logging(log_dir(db_path))  # masked log file and crash reports beside the database
    app = make_app(lang=lang or "zh_CN")
    try:
        db = open_database(db_path)
    except DatabaseError as exc:  # an encrypted one without its key says so in the UI language
        from desk.errors import DeskError

        text = exc.translated(app.translate) if isinstance(exc, DeskError) else str(exc)
        QMessageBox.critical(None, app.translate("App", "The database cannot be opened"), text)
        return 1
    services = Services(db)
    services.tickets.numbers = PlatformNumbers()  # once enrolled, ticket numbers come from the platform
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

    while True:
        login = LoginDialog(services)
        if login.exec() != QDialog.Accepted or login.actor is None:
            return 0
        actor = login.actor
        if services.auth.must_change_password(actor):
            if ChangePasswordDialog(services, actor, forced=True).exec() != QDialog.Accepted:
                continue
        window = MainWindow(services, actor, Path(db_path).resolve())
        signed_out: list[bool] = []
        window.sig_signed_out.connect(lambda: signed_out.append(True))
        window.show()
        app.exec()
        if not signed_out:
            db.dispose()
            return 0

"""Showing errors to people: a service's DeskError in the UI language, anything else calmly."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.errors import DeskError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DeskError):
        return exc.translated(QCoreApplication.translate)
    return QCoreApplication.translate(
        "Messages", "Something went wrong and nothing was changed. Details: {details}"
    ).format(details=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, DeskError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    QMessageBox.warning(parent, QCoreApplication.translate("Messages", "Cannot do that"), error_text(exc))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes

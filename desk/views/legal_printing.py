"""Printing the consultation desk's documents (registration form, day list, legal-aid application):
built off the GUI thread, then shown in the print preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.views.operations import run_op


def print_legal_document(parent: QWidget, services, actor, kind: str, ref: str, preview_class=None) -> bool:
    """Build document ``kind`` for ``ref`` (a consultation id, or a day "YYYY-MM-DD" for the day list)
    and preview it; False when this desk has no builder for it."""
    try:
        from desk.services.legal_documents import LEGAL_BUILDERS

        build = LEGAL_BUILDERS[kind]
    except (ImportError, KeyError):
        QMessageBox.information(parent, QCoreApplication.translate("LegalPrinting", "Cannot print"),
                                QCoreApplication.translate("LegalPrinting",
                                                           "This document cannot be printed on this desk yet."))
        return False

    def show(doc) -> None:
        dialog_class = preview_class
        if dialog_class is None:
            from desk.views.print_preview import PdfPreviewDialog as dialog_class
        dialog_class(services, actor, doc, parent).exec()

    run_op(parent, lambda: build(services.documents, actor, ref), show)
    return True

"""Preview of a document with Print… and Save as PDF…; every print and export is audited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.services.container import Services
from desk.services.documents import RenderedDocument
from desk.services.permissions import Actor
from desk.services.settings import SYSTEM_DEFAULT_PRINTER
from desk.views.messages import show_error
from desk.views.operations import run_op
from desk.views.pdf_pages import render_pages

PREVIEW_DPI = 80


def printer_ready(name: str) -> bool:
    """False for an unknown printer or one the spooler reports stopped / in error."""
    info = QPrinterInfo.printerInfo(name)
    return not info.isNull() and info.state() != type(info.state()).Error


def printer_for(services: Services, kind: str) -> QPrinter | None:
    """The printer set for documents of ``kind`` (settings ``print.printer.*``, grouped by
    desk/services/settings.py PRINT_GROUPS); None when the clerk is asked each time, or when the
    system default is chosen and the machine has none. Raises DeskError for a printer that is not
    installed (Qt would silently print on the default one instead)."""
    choice = services.settings.printer_choice(kind)
    if not choice:
        return None
    info = QPrinterInfo.defaultPrinter() if choice == SYSTEM_DEFAULT_PRINTER else QPrinterInfo.printerInfo(choice)
    if info.isNull():
        if choice == SYSTEM_DEFAULT_PRINTER:
            return None
        raise DeskError(QT_TRANSLATE_NOOP(
            "Errors", "The printer {name} set for these documents is not installed on this computer. Nothing was "
            "printed: use Other printer…, or change the printer in the settings."), name=choice)
    return QPrinter(info, QPrinter.HighResolution)


class PdfPreviewDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, doc: RenderedDocument, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.doc = services, actor, doc
        self.setWindowTitle(doc.title)
        self.resize(820, 900)
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        info = QLabel(self.tr("Document {id} · verification code {code}").format(id=doc.doc_id, code=doc.verification_code))
        info.setObjectName("hint")
        bar.addWidget(info)
        bar.addStretch(1)
        # A printer set for this kind of document prints at once; "Other printer…" still asks.
        self.fixed_printer = services.settings.printer_choice(doc.kind)
        self.print_btn = QPushButton(self.tr("Print") if self.fixed_printer else self.tr("Print…"))
        self.print_btn.setObjectName("primary")
        self.print_btn.clicked.connect(lambda: self.print_document())
        self.other_btn = QPushButton(self.tr("Other printer…"))
        self.other_btn.clicked.connect(self.choose_printer)
        self.other_btn.setVisible(bool(self.fixed_printer))
        if self.fixed_printer:
            self.print_btn.setToolTip(self.tr("Prints on {name}").format(
                name=self.tr("the default printer") if self.fixed_printer == SYSTEM_DEFAULT_PRINTER
                else self.fixed_printer))
        self.save_btn = QPushButton(self.tr("Save as PDF…"))
        self.save_btn.clicked.connect(lambda: self.save_pdf())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for b in (self.print_btn, self.other_btn, self.save_btn, close):
            bar.addWidget(b)
        lay.addLayout(bar)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignHCenter)
        self.pages_layout.setSpacing(14)
        self.loading = QLabel(self.tr("Rendering pages…"))
        self.pages_layout.addWidget(self.loading)
        scroll = QScrollArea()
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #8a939c; }")
        self.pages.setStyleSheet("background: #8a939c;")
        lay.addWidget(scroll, 1)
        run_op(self, lambda: render_pages(doc.pdf, PREVIEW_DPI), self._show_pages)

    def _show_pages(self, images) -> None:
        self.loading.hide()
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #5f6b76;")
            self.pages_layout.addWidget(label)
        self.page_count = len(images)

    # --- output ----------------------------------------------------------------------------
    def save_pdf(self, path: str | None = None) -> Path | None:
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                                  str(Path(folder) / f"{self.doc.doc_id}.pdf"), "PDF (*.pdf)")
            if not path:
                return None
        target = Path(path)
        try:
            target.write_bytes(self.doc.pdf)
        except OSError as exc:
            show_error(self, DeskError(QT_TRANSLATE_NOOP("Errors", "The file could not be written: {reason}"),
                                       reason=exc.strerror or str(exc)))
            return None
        self.services.documents.record_output(self.actor, self.doc.doc_id, "export", str(target))
        return target

    def ask_printer(self) -> QPrinter | None:
        """The printer the clerk picks in the print dialog; None when cancelled."""
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.doc.title)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.Accepted else None

    def choose_printer(self) -> None:
        printer = self.ask_printer()
        if printer is not None:
            self.print_document(printer)

    def print_document(self, printer: QPrinter | None = None) -> None:
        """Print on ``printer``; without one, on the printer set for this kind of document, else
        on the one the clerk picks."""
        if printer is None:
            try:
                printer = printer_for(self.services, self.doc.kind)
            except DeskError as exc:
                show_error(self, exc)
                return
            if printer is None:
                printer = self.ask_printer()
                if printer is None:
                    return
            printer.setDocName(self.doc.title)
        if not printer.outputFileName() and not printer_ready(printer.printerName()):
            # Said before anything is sent, so the clerk can pick another printer or save a PDF.
            show_error(self, DeskError(QT_TRANSLATE_NOOP(
                "Errors", "The printer {name} is stopped or offline. Nothing was printed: choose another printer, "
                "or save the document as PDF."), name=printer.printerName()))
            return
        dpi = min(printer.resolution(), 300)
        self.print_btn.setEnabled(False)
        run_op(self, lambda: render_pages(self.doc.pdf, dpi), lambda images: self._paint(printer, images),
               self._print_failed)

    def _paint(self, printer: QPrinter, images) -> None:
        self.print_btn.setEnabled(True)
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, DeskError(QT_TRANSLATE_NOOP("Errors", "The printer {name} is not available."),
                                       name=printer.printerName() or printer.outputFileName()))
            return
        try:
            for i, image in enumerate(images):
                if i:
                    printer.newPage()
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()
        where = printer.outputFileName() or printer.printerName()
        self.services.documents.record_output(self.actor, self.doc.doc_id, "print", where)

    def _print_failed(self, exc: Exception) -> None:
        self.print_btn.setEnabled(True)
        show_error(self, exc)

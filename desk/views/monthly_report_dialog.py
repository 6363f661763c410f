"""The monthly statistics report: pick a month (and a grid node for the mediation figures), then preview
the PDF, save it, or save the Excel workbook. Building and writing run off the GUI thread."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desk.errors import DeskError
from desk.services.container import Services
from desk.services.grid import depth_first
from desk.services.permissions import Actor
from desk.views.messages import error_text
from desk.views.operations import run_op

log = logging.getLogger(__name__)


def last_month(today: date) -> date:
    first = today.replace(day=1)
    return (first.replace(year=first.year - 1, month=12) if first.month == 1
            else first.replace(month=first.month - 1))


class MonthlyReportDialog(QDialog):
    preview_dialog = None  # the preview class, imported on first use (tests may replace it)

    def __init__(self, services: Services, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Monthly statistics report"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("People's mediation by dispute category, police referrals and work orders, notary "
                              "intakes and consultations, the queue and the visitors' ratings of one month. The "
                              "current month is counted up to today. An area limits the mediation figures; the "
                              "other figures are the whole center's."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        lay.addWidget(hint)
        form = QFormLayout()
        today = services.tickets.today()
        self.month = QDateEdit(last_month(today))
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setMaximumDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("Month"), self.month)
        self.grid = QComboBox()
        self.grid.setObjectName("grid")
        self.grid.addItem(self.tr("Whole center"), None)
        for node in depth_first(services.grid.tree()):
            self.grid.addItem("\u3000" * (node.level - 1) + node.name, node.id)
        form.addRow(self.tr("Area"), self.grid)
        lay.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.hide()
        lay.addWidget(self.status)
        bar = QHBoxLayout()
        self.preview_btn = QPushButton(self.tr("Preview PDF"))
        self.preview_btn.setObjectName("previewPdf")
        self.preview_btn.clicked.connect(lambda: self.preview())
        self.pdf_btn = QPushButton(self.tr("Save PDF…"))
        self.pdf_btn.setObjectName("savePdf")
        self.pdf_btn.clicked.connect(lambda: self.save_pdf())
        self.xlsx_btn = QPushButton(self.tr("Save Excel…"))
        self.xlsx_btn.setObjectName("saveExcel")
        self.xlsx_btn.clicked.connect(lambda: self.save_excel())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bar.addWidget(self.preview_btn)
        bar.addWidget(self.pdf_btn)
        bar.addWidget(self.xlsx_btn)
        bar.addStretch(1)
        bar.addWidget(close)
        lay.addLayout(bar)
        self.preview_btn.setDefault(True)

    # --- the choice --------------------------------------------------------------------------
    def chosen(self) -> tuple[int, int, int | None]:
        d = self.month.date()
        return d.year(), d.month(), self.grid.currentData()

    def _label(self) -> str:
        year, month, _ = self.chosen()
        return f"{year:04d}-{month:02d}"

    def _builder(self):
        """Builds the chosen month's report; the choice is read now, on the GUI thread (workers never touch
        widgets)."""
        year, month, grid_id = self.chosen()
        return lambda: self.services.monthly_report.build(self.actor, year, month, grid_id)

    # --- actions -----------------------------------------------------------------------------
    def preview(self) -> None:
        reports, build = self.services.monthly_report, self._builder()
        self._run(lambda: reports.document(self.actor, build()), self._show_preview)

    def save_pdf(self, path: str | Path | None = None) -> None:
        path = path or self._ask(self.tr("Save the report as PDF"), ".pdf", "PDF (*.pdf)")
        if path:
            reports, build = self.services.monthly_report, self._builder()
            self._run(lambda: reports.save_pdf(self.actor, build(), path), lambda doc: self._saved(path, doc))

    def save_excel(self, path: str | Path | None = None) -> None:
        path = path or self._ask(self.tr("Save the report as an Excel workbook"), ".xlsx",
                                 self.tr("Excel workbook (*.xlsx)"))
        if path:
            reports, build = self.services.monthly_report, self._builder()
            self._run(lambda: reports.workbook(self.actor, build(), path), lambda doc: self._saved(path, doc))

    def _ask(self, caption: str, suffix: str, filters: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        name = self.tr("Monthly report {month}").format(month=self._label()) + suffix
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path(folder) / name), filters)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def _run(self, work, done) -> None:
        self._busy(True)
        self._say(self.tr("Working…"), "hint")

        def ok(result) -> None:
            self._busy(False)
            done(result)

        run_op(self, work, ok, self._failed)

    def _busy(self, busy: bool) -> None:
        for button in (self.preview_btn, self.pdf_btn, self.xlsx_btn):
            button.setEnabled(not busy)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        if not isinstance(exc, DeskError):
            log.error("monthly report failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._say(error_text(exc), "badBanner")

    def _saved(self, path, doc) -> None:
        self._say(self.tr("Saved to {path} (verification code {code}).").format(path=str(path),
                                                                              code=doc.verification_code), "okBanner")

    def _show_preview(self, doc) -> None:
        self.status.hide()
        dialog_class = self.preview_dialog
        if dialog_class is None:
            from desk.views.print_preview import PdfPreviewDialog as dialog_class
        dialog_class(self.services, self.actor, doc, self).exec()

    def _say(self, text: str, kind: str) -> None:
        self.status.setObjectName(kind)
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.show()

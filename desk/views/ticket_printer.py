"""Print an issued queue ticket on the kiosk's printer, never blocking the GUI thread.

With the setting ``queue.ticket_printer`` set, the ESC/POS job goes to that target in a worker.
Otherwise the slip's PDF is rendered to an image in a worker and painted on the system's default
printer on an 80 mm page as tall as the slip. The ticket is already issued either way: a failure is
recorded on it and reported, and ``reprint`` tries again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QObject, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desk.errors import DeskError
from desk.print.ticket import render_ticket_pdf
from desk.services.container import Services
from desk.services.permissions import KIOSK
from desk.services.queue_printing import print_ticket_escpos, ticket_slip
from desk.services.queue_tickets import TicketInfo
from desk.views.messages import error_text
from desk.views.operations import run_op
from desk.views.pdf_pages import render_pages
from desk.views.print_preview import printer_ready

log = logging.getLogger(__name__)
MAX_DPI = 300  # receipt printers are 203 dpi; more only makes the raster bigger


def default_printer() -> QPrinter | None:
    """The system's default printer, or None when the machine has none."""
    info = QPrinterInfo.defaultPrinter()
    return None if info.isNull() else QPrinter(info, QPrinter.HighResolution)


def ticket_system_printer(services: Services) -> QPrinter | None:
    """The system printer tickets go to when no ESC/POS printer is set: the one named by the setting
    ``queue.ticket_system_printer``, else the default; None when that printer is not installed."""
    name = str(services.settings.get("queue.ticket_system_printer") or "").strip()
    if not name:
        return default_printer()
    info = QPrinterInfo.printerInfo(name)
    return None if info.isNull() else QPrinter(info, QPrinter.HighResolution)


class TicketPrinter(QObject):
    sig_printed = Signal(str)
    """The ticket with this id was printed."""
    sig_failed = Signal(str, str)
    """The ticket with this id could not be printed: (ticket id, message in the UI language)."""

    def __init__(self, services: Services, parent: QObject | None = None,
                 printer_factory: Callable[[], QPrinter | None] | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # Injectable so tests (and a future printer chooser) can print to a PDF file or a named queue.
        self.printer_factory = printer_factory or (lambda: ticket_system_printer(services))
        self._busy: set[str] = set()

    def print_ticket(self, ticket: TicketInfo) -> None:
        if ticket.id in self._busy:  # a second tap on Reprint while the first job runs
            return
        try:
            slip = ticket_slip(self.services, ticket)
            target = str(self.services.settings.get("queue.ticket_printer") or "").strip()
        except DeskError as exc:
            self._failed(ticket.id, "", error_text(exc))
            return
        self._busy.add(ticket.id)
        if target:
            run_op(self, lambda: print_ticket_escpos(target, slip),
                   lambda _: self._printed(ticket.id, target),
                   lambda exc: self._failed(ticket.id, target, error_text(exc)))
            return
        printer = self.printer_factory()
        if printer is None:
            self._failed(ticket.id, "", self.tr(
                "No printer is set up for tickets: set a default system printer, or an ESC/POS ticket printer "
                "in the settings."))
            return
        where = printer.outputFileName() or printer.printerName()
        if not printer.outputFileName() and not printer_ready(printer.printerName()):
            # Said before anything is sent: a stopped queue would hold the job and print it hours later.
            self._failed(ticket.id, where, self.tr(
                "The ticket printer {name} is stopped or offline. Nothing was sent.").format(name=where))
            return
        dpi = min(printer.resolution(), MAX_DPI)
        run_op(self, lambda: render_pages(render_ticket_pdf(slip), dpi),
               lambda images: self._paint(ticket.id, printer, images, dpi),
               lambda exc: self._failed(ticket.id, where, error_text(exc)))

    def reprint(self, ticket_id: str) -> None:
        """Print the ticket again, with its place in the queue as it is now."""
        try:
            ticket = self.services.tickets.ticket(ticket_id)
        except DeskError as exc:
            self._failed(ticket_id, "", error_text(exc))
            return
        self.print_ticket(ticket)

    # --- GUI thread ------------------------------------------------------------------------------
    def _paint(self, ticket_id: str, printer: QPrinter, images: list[QImage], dpi: float) -> None:
        where = printer.outputFileName() or printer.printerName()
        if not images:
            self._failed(ticket_id, where, self.tr("The ticket could not be prepared for printing."))
            return
        image = images[0]
        # The page is the slip's own size (80 mm wide, as tall as its content): no A4 sheet per ticket.
        size_pt = QSizeF(image.width() * 72 / dpi, image.height() * 72 / dpi)
        printer.setPageSize(QPageSize(size_pt, QPageSize.Point, "Receipt 80 mm", QPageSize.ExactMatch))
        printer.setPageOrientation(QPageLayout.Portrait)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Millimeter)
        printer.setFullPage(True)
        printer.setDocName("排队小票")
        painter = QPainter()
        if not painter.begin(printer):
            self._failed(ticket_id, where, self.tr("The ticket printer {name} is not available.").format(name=where))
            return
        try:
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
        finally:
            painter.end()
        self._printed(ticket_id, where)

    def _printed(self, ticket_id: str, where: str) -> None:
        self._busy.discard(ticket_id)
        self._record(ticket_id, True, where)
        self.sig_printed.emit(ticket_id)

    def _failed(self, ticket_id: str, where: str, message: str) -> None:
        self._busy.discard(ticket_id)
        log.warning("ticket %s not printed on %s: %s", ticket_id, where or "-", message)
        self._record(ticket_id, False, where or "-")
        self.sig_failed.emit(ticket_id, message)

    def _record(self, ticket_id: str, ok: bool, where: str) -> None:
        try:
            self.services.tickets.record_print(KIOSK, ticket_id, ok, where)
        except DeskError:  # the ticket vanished (cancelled and purged): nothing left to record on
            log.warning("print outcome of ticket %s not recorded", ticket_id, exc_info=True)

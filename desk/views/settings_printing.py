"""The Printing tab of the settings area: a printer per group of documents, and the ticket printer
(a system printer printing an 80 mm page, or an ESC/POS receipt printer on the network, USB or a
serial port). The preview's Print button and the kiosk use them (desk/views/print_preview.py
``printer_for``, desk/views/ticket_printer.py ``ticket_system_printer``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.views.settings_forms import DOCUMENT_PRINTER_KEYS, PrinterBox, SettingsForm


class DocumentPrintersForm(SettingsForm):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__(
            services, actor, self.tr("Documents"), DOCUMENT_PRINTER_KEYS,
            hint=self.tr("Where each kind of document prints. With a printer chosen, Print in the preview prints "
                         "at once and Other printer… still lets the clerk pick one; Ask each time opens the "
                         "print dialog."),
            labels={
                "print.printer.documents": self.tr("Agreements, applications, records and case files"),
                "print.printer.letters": self.tr("Notices and letters (police, work orders, notary)"),
                "print.printer.receipts": self.tr("Receipts (referrals, notary applications)"),
                "print.printer.reports": self.tr("Reports and day lists"),
            })


class TicketPrinterForm(SettingsForm):
    """Either a system printer (``queue.ticket_printer`` empty, ``queue.ticket_system_printer`` its
    name or empty for the default) or an ESC/POS printer (``queue.ticket_printer`` its address)."""

    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__(services, actor, self.tr("Queue tickets"), hint=self.tr(
            "The kiosk prints each ticket at once. A thermal receipt printer is fastest over ESC/POS; any "
            "other printer gets an 80 mm page."))
        self.system_radio.toggled.connect(self._mode_changed)
        self._mode_changed()

    def add_rows(self) -> None:
        settings = self.services.settings
        address = str(settings.get("queue.ticket_printer") or "")
        self.system_radio = QRadioButton(self.tr("A system printer"))
        self.escpos_radio = QRadioButton(self.tr("An ESC/POS receipt printer"))
        self.system_radio.setObjectName("ticketSystemPrinter")
        self.escpos_radio.setObjectName("ticketEscposPrinter")
        group = QButtonGroup(self)
        group.addButton(self.system_radio)
        group.addButton(self.escpos_radio)
        self.system_printer = PrinterBox(str(settings.get("queue.ticket_system_printer") or ""), ask=False)
        self.address = QLineEdit(address)
        self.address.setMaxLength(200)
        self.address.setPlaceholderText("tcp://192.168.1.50:9100   /dev/usb/lp0   COM3")
        self.address.setMinimumWidth(320)
        self.address.setMaximumWidth(560)
        self.add_setting("queue.ticket_system_printer", self.system_radio, self.system_printer)
        self.add_setting("queue.ticket_printer", self.escpos_radio, self.address)
        (self.escpos_radio if address else self.system_radio).setChecked(True)

    def _mode_changed(self) -> None:
        system = self.system_radio.isChecked()
        self.system_printer.setEnabled(system)
        self.address.setEnabled(not system)

    def values(self) -> dict[str, Any]:
        if self.system_radio.isChecked():
            return {"queue.ticket_printer": "", "queue.ticket_system_printer": self.system_printer.value()}
        return {"queue.ticket_printer": self.address.text()}

    def check(self, values: dict[str, Any]) -> bool:
        if self.escpos_radio.isChecked() and not str(values["queue.ticket_printer"]).strip():
            self.errors.set("queue.ticket_printer", self.tr("Enter the receipt printer's address."))
            return False
        return True


class PrintingTab(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        self.documents = DocumentPrintersForm(services, actor)
        self.tickets = TicketPrinterForm(services, actor)
        lay.addWidget(self.documents)
        lay.addWidget(self.tickets)
        lay.addStretch(1)

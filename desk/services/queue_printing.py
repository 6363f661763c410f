"""From an issued ticket to its printed slip: the slip's content, and the ESC/POS path.

No Qt here: the kiosk's :class:`desk.views.ticket_printer.TicketPrinter` chooses the printer and
runs these off the GUI thread. The slip is printed in Chinese whatever the UI language: it is
taken home by the visitor, like the other printed documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.devices.escpos_printer import send_to_printer
from desk.print.escpos import escpos_ticket
from desk.print.ticket import TicketSlip
from desk.services.queue_tickets import TicketInfo
from desk.timeutil import to_local

if TYPE_CHECKING:
    from desk.services.container import Services

PRIORITY_LABEL = "绿色通道"
QR_PREFIX = "DESK-TICKET:"


def ticket_slip(services: Services, ticket: TicketInfo) -> TicketSlip:
    """What the slip says about ``ticket``: its place in the queue as of when it was read."""
    return TicketSlip(
        center_name=services.center.profile().name,
        number=ticket.number,
        service_name=ticket.service_name,
        people_ahead=ticket.ahead,
        estimated_wait_minutes=ticket.estimated_wait_minutes,
        issued_at=to_local(ticket.arrived_at),
        qr_payload=f"{QR_PREFIX}{ticket.id}",
        priority_label=PRIORITY_LABEL if ticket.priority else "",
        notice=services.settings.get("queue.hall_notice"),
    )


def print_ticket_escpos(target: str, slip: TicketSlip, timeout: float = 5.0) -> None:
    """Send the slip to the ESC/POS printer ``target``; raises PrinterUnavailable when it cannot."""
    send_to_printer(target, escpos_ticket(slip), timeout)

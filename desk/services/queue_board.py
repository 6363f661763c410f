"""What the hall display shows: the current call per window, recent calls, waiting counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desk.models.queue import QueueService, QueueWindow, Ticket, TicketState
from desk.services.queue_tickets import TicketService


@dataclass(frozen=True)
class WindowCall:
    window_number: int
    window_name: str
    number: str  # "" when the window has no current ticket
    service_name: str
    paused: bool
    called_at: datetime | None
    call_count: int


@dataclass(frozen=True)
class HallBoard:
    version: int
    windows: list[WindowCall]
    recent: list[tuple[str, int]]  # (number, window number), newest first
    waiting: list[tuple[str, str, int]]  # (prefix, service name, waiting count)
    notice: str


def hall_board(tickets: TicketService, recent_limit: int = 8) -> HallBoard:
    today = tickets.today()
    with tickets.db.reader() as s:
        windows = list(s.scalars(select(QueueWindow).where(QueueWindow.active.is_(True)).order_by(QueueWindow.number)))
        current = {t.window_id: t for t in s.scalars(select(Ticket).where(
            Ticket.day == today, Ticket.state.in_((TicketState.CALLED.value, TicketState.SERVING.value))))}
        calls = [WindowCall(w.number, w.name, current[w.id].number if w.id in current else "",
                            current[w.id].service.name if w.id in current else "", w.paused,
                            current[w.id].called_at if w.id in current else None,
                            current[w.id].call_count if w.id in current else 0) for w in windows]
        recent_rows = s.execute(
            select(Ticket.number, QueueWindow.number).join(QueueWindow, QueueWindow.id == Ticket.window_id)
            .where(Ticket.day == today, Ticket.called_at.is_not(None))
            .order_by(Ticket.called_at.desc()).limit(recent_limit)).all()
        counts = dict(s.execute(select(Ticket.service_id, func.count()).where(
            Ticket.day == today, Ticket.state == TicketState.WAITING.value).group_by(Ticket.service_id)).all())
        services = s.scalars(select(QueueService).where(QueueService.active.is_(True))
                             .order_by(QueueService.sort_order, QueueService.prefix))
        waiting = [(x.prefix, x.name, counts.get(x.id, 0)) for x in services]
    return HallBoard(tickets.version(), calls, [(n, w) for n, w in recent_rows], waiting,
                     tickets.settings.get("queue.hall_notice"))

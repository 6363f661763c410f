"""Live queue figures for the center head, aggregated in SQL over today's tickets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, func, select

from desk.models.queue import QueueService, QueueWindow, Rating, Ticket, TicketState
from desk.services.permissions import Actor, Perm
from desk.services.queue_tickets import TicketService

DONE, WAITING, NO_SHOW = TicketState.DONE.value, TicketState.WAITING.value, TicketState.NO_SHOW.value


def _minutes(later, earlier):
    return (func.julianday(later) - func.julianday(earlier)) * 1440.0


@dataclass(frozen=True)
class ServiceFigures:
    prefix: str
    name: str
    issued: int
    waiting: int
    served: int
    no_shows: int
    average_wait: float | None  # minutes from arrival to first call
    longest_wait: float | None  # including people still waiting now
    average_service: float | None

    @property
    def no_show_rate(self) -> float | None:
        called = self.served + self.no_shows
        return self.no_shows / called if called else None


@dataclass(frozen=True)
class QueueFigures:
    day: date
    services: list[ServiceFigures]
    windows: list[tuple[int, str, int]]  # (number, name, served today)
    ratings: dict[int, int]  # level → count today

    @property
    def waiting(self) -> int:
        return sum(s.waiting for s in self.services)


def ticket_aggregates(now: datetime) -> tuple:
    """Aggregates of the selected tickets: count, waiting, served, no-shows, average wait (minutes from
    arrival to first call, of those called), longest wait (also of those still waiting at ``now``, UTC)
    and average service (start to done, of those served). The dashboard uses them too."""
    wait_end = case((Ticket.called_at.is_not(None), Ticket.called_at),
                    else_=case((Ticket.state == WAITING, now), else_=None))
    return (func.count(Ticket.id),
            func.sum(case((Ticket.state == WAITING, 1), else_=0)),
            func.sum(case((Ticket.state == DONE, 1), else_=0)),
            func.sum(case((Ticket.state == NO_SHOW, 1), else_=0)),
            func.avg(case((Ticket.called_at.is_not(None), _minutes(Ticket.called_at, Ticket.arrived_at)))),
            func.max(_minutes(wait_end, Ticket.arrived_at)),
            func.avg(case((Ticket.state == DONE, _minutes(Ticket.finished_at, Ticket.serving_at)))))


def queue_figures(actor: Actor, tickets: TicketService, day: date | None = None) -> QueueFigures:
    actor.require(Perm.QUEUE_FIGURES)
    day = day or tickets.today()
    now = tickets.clock()
    with tickets.db.reader() as s:
        rows = s.execute(
            select(QueueService.prefix, QueueService.name, *ticket_aggregates(now))
            .select_from(QueueService).outerjoin(Ticket, (Ticket.service_id == QueueService.id) & (Ticket.day == day))
            .where(QueueService.active.is_(True))
            .group_by(QueueService.id).order_by(QueueService.sort_order, QueueService.prefix)).all()
        services = [ServiceFigures(p, n, i or 0, w or 0, d or 0, ns or 0, aw, lw, sv)
                    for p, n, i, w, d, ns, aw, lw, sv in rows]
        # Both start from today's tickets (index on day), never from years of history per window.
        served = dict(s.execute(select(Ticket.window_id, func.count()).where(
            Ticket.day == day, Ticket.state == DONE).group_by(Ticket.window_id)).all())
        windows = [(w.number, w.name, served.get(w.id, 0)) for w in s.scalars(
            select(QueueWindow).where(QueueWindow.active.is_(True)).order_by(QueueWindow.number))]
        ratings = dict(s.execute(select(Rating.level, func.count()).where(
            Rating.ticket_id.in_(select(Ticket.id).where(Ticket.day == day))).group_by(Rating.level)).all())
    return QueueFigures(day, services, windows, {level: ratings.get(level, 0) for level in (5, 4, 3, 2, 1)})

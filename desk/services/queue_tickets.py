"""The ticket state machine: issue → waiting → called → serving → done; no-show, reinstate,
recall, transfer, cancel; priority lane and appointment check-in.

Every step is one IMMEDIATE transaction (so two windows can never call the same ticket), stamps
the ticket, writes the audit record and bumps ``queue_clock`` so every display refreshes. The
methods are commands, not field writes: once sync lands, the platform can run the same commands
as the authority for numbers and calls shared by several desks.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select, update

from desk.db import Database
from desk.errors import ConflictError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.queue import QueueClock, QueueService, QueueWindow, Ticket, TicketState
from desk.services import sync_outbox
from desk.services.permissions import Actor, Perm
from desk.services.settings import SettingsService
from desk.services.uow import UnitOfWork
from desk.timeutil import to_local, utcnow
from desk.validation import normalize_text

W, C, S = TicketState.WAITING.value, TicketState.CALLED.value, TicketState.SERVING.value
PRIORITY_REASONS = ("elderly", "disabled", "pregnant", "appointment", "other")


@dataclass(frozen=True)
class TicketInfo:
    id: str
    number: str
    service_id: int
    service_name: str
    priority: bool
    priority_reason: str
    state: str
    arrived_at: datetime
    called_at: datetime | None
    serving_at: datetime | None
    finished_at: datetime | None
    call_count: int
    window_id: int | None
    window_number: int | None
    outcome: str
    print_status: str
    ahead: int = 0
    estimated_wait_minutes: int | None = None
    handled_as: str = ""  # the service's: what serving this ticket opens at the window ("" nothing)


class TicketService:
    def __init__(self, db: Database, settings: SettingsService, clock: Callable[[], datetime] = utcnow,
                 check_hours: bool = True) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock  # UTC, naive; injectable so tests can move through the day
        self.check_hours = check_hours  # off only for generating demo history
        # ``numbers(session, prefix, day) -> seq | None``: the platform's numbering once the desk is
        # enrolled (desk/sync/numbers.py); None numbers on this desk alone.
        self.numbers: Callable | None = None

    # --- helpers ---------------------------------------------------------------------------
    def today(self) -> date:
        return to_local(self.clock()).date()

    @staticmethod
    def _bump(session) -> None:
        if session.execute(update(QueueClock).where(QueueClock.id == 1).values(version=QueueClock.version + 1)).rowcount == 0:
            session.add(QueueClock(id=1, version=1))

    def version(self) -> int:
        """Changes whenever any ticket or window changes: displays poll this (cheap) to refresh."""
        with self.db.reader() as s:
            return s.scalar(select(QueueClock.version).where(QueueClock.id == 1)) or 0

    def _info(self, session, t: Ticket, with_estimate: bool = False) -> TicketInfo:
        window_number = session.scalar(select(QueueWindow.number).where(QueueWindow.id == t.window_id)) if t.window_id else None
        ahead, wait = (self._ahead(session, t), None) if with_estimate else (0, None)
        if with_estimate and t.state == W:
            wait = self._estimate(session, t.service, ahead)
        return TicketInfo(t.id, t.number, t.service_id, t.service.name, t.priority, t.priority_reason, t.state,
                          t.arrived_at, t.called_at, t.serving_at, t.finished_at, t.call_count, t.window_id,
                          window_number, t.outcome, t.print_status, ahead, wait, t.service.handled_as or "")

    @staticmethod
    def _ahead(session, t: Ticket) -> int:
        """Waiting tickets of the same service that will be called before ``t``."""
        if t.state != W:
            return 0
        earlier = or_(Ticket.queued_at < t.queued_at, and_(Ticket.queued_at == t.queued_at, Ticket.seq < t.seq))
        same_lane_earlier = and_(Ticket.priority.is_(t.priority), earlier)
        before = same_lane_earlier if t.priority else or_(Ticket.priority.is_(True), same_lane_earlier)
        return session.scalar(select(func.count()).select_from(Ticket).where(
            Ticket.day == t.day, Ticket.state == W, Ticket.service_id == t.service_id, Ticket.id != t.id, before,
        )) or 0

    @staticmethod
    def _estimate(session, service: QueueService, ahead: int) -> int:
        """Minutes: people ahead × recent average service time ÷ open windows serving the service."""
        recent = session.execute(
            select(Ticket.serving_at, Ticket.finished_at).where(
                Ticket.service_id == service.id, Ticket.state == TicketState.DONE.value,
                Ticket.serving_at.is_not(None), Ticket.finished_at.is_not(None),
            ).order_by(Ticket.finished_at.desc()).limit(20)
        ).all()
        minutes = ([(f - st).total_seconds() / 60 for st, f in recent] or [service.default_minutes])
        average = max(1.0, sum(minutes) / len(minutes))
        windows = session.scalar(
            select(func.count()).select_from(QueueWindow).where(
                QueueWindow.active.is_(True), QueueWindow.paused.is_(False),
                QueueWindow.services.any(QueueService.id == service.id))) or 1
        return math.ceil(ahead * average / windows)

    # --- issuing ---------------------------------------------------------------------------
    def issue(self, actor: Actor, service_id: int, priority_reason: str = "") -> TicketInfo:
        """A new ticket for today, if the service is open and under its daily cap."""
        actor.require(Perm.QUEUE_ISSUE)
        with UnitOfWork(self.db, actor) as uow:
            return self.issue_in(uow, service_id, priority_reason)

    def issue_in(self, uow: UnitOfWork, service_id: int, priority_reason: str = "",
                 appointment_id: int | None = None) -> TicketInfo:
        """Issue inside the caller's unit of work (appointment check-in issues and checks in atomically)."""
        if priority_reason and priority_reason not in PRIORITY_REASONS:
            raise ValidationError("priority_reason", QT_TRANSLATE_NOOP("Errors", "Unknown reason for the priority lane."))
        now = self.clock()
        local = to_local(now)
        s = uow.session
        service = s.get(QueueService, service_id)
        if service is None or not service.active:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This service is not offered."))
        if self.check_hours and not service.opens_at <= local.strftime("%H:%M") < service.closes_at:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Errors", "{service} is closed now. Tickets are issued from {opens} to {closes}."),
                service=service.name, opens=service.opens_at, closes=service.closes_at)
        day = local.date()
        issued, last = s.execute(select(func.count(), func.max(Ticket.seq)).where(
            Ticket.issued_service_id == service.id, Ticket.day == day)).one()
        if issued >= service.daily_cap:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Errors", "All {cap} tickets for {service} have been issued today. Please come back tomorrow."),
                cap=service.daily_cap, service=service.name)
        seq = (self.numbers(s, service.prefix, day) if self.numbers else None) or (last or 0) + 1
        ticket = Ticket(id=str(uuid.uuid4()), service=service, service_id=service.id, issued_service_id=service.id,
                        day=day, seq=seq,
                        number=f"{service.prefix}{seq:03d}", priority=bool(priority_reason),
                        priority_reason=priority_reason, state=W, arrived_at=now, queued_at=now,
                        appointment_id=appointment_id)
        s.add(ticket)
        s.flush()
        self._bump(s)
        uow.audit("queue.ticket.issue", "ticket", ticket.id,
                  summary=f"{ticket.number} {service.name}" + (f" priority:{priority_reason}" if priority_reason else ""))
        return self._info(s, ticket, with_estimate=True)

    def record_print(self, actor: Actor, ticket_id: str, ok: bool, where: str) -> None:
        actor.require(Perm.QUEUE_ISSUE)  # the slip printer of whoever issued it (the kiosk, the front desk)
        with UnitOfWork(self.db, actor) as uow:
            ticket = self._ticket(uow.session, ticket_id)
            ticket.print_status = "printed" if ok else "failed"
            uow.audit("queue.ticket.print" if ok else "queue.ticket.print_failed", "ticket", ticket.id,
                      summary=f"{ticket.number} → {where[:120]}")

    # --- calling ---------------------------------------------------------------------------
    def _window(self, session, window_id: int) -> QueueWindow:
        window = session.get(QueueWindow, window_id)
        if window is None or not window.active:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This window no longer exists."))
        return window

    @staticmethod
    def _ticket(session, ticket_id: str) -> Ticket:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This ticket no longer exists."))
        return ticket

    def _current(self, session, window_id: int) -> Ticket | None:
        return session.scalar(select(Ticket).where(Ticket.window_id == window_id, Ticket.state.in_((C, S)),
                                                   Ticket.day == self.today()))

    def _take(self, uow: UnitOfWork, ticket: Ticket, window: QueueWindow, actor: Actor, action: str) -> TicketInfo:
        now = self.clock()
        before = ticket.state
        # Guarded update: the ticket moves only if it is still waiting (or no-show) at this instant.
        moved = uow.session.execute(update(Ticket).where(Ticket.id == ticket.id, Ticket.state.in_((W, TicketState.NO_SHOW.value)))
                                    .values(state=C, window_id=window.id, called_at=now, call_count=1,
                                            clerk_id=actor.user_id, target_window_id=None)).rowcount
        if moved != 1:
            raise ConflictError(QT_TRANSLATE_NOOP("Errors", "Ticket {number} was just called by another window."),
                                number=ticket.number)
        uow.session.refresh(ticket)
        sync_outbox.mark(uow.session, "ticket", ticket.id, {"window", "called_at", "call_count", "target_window"},
                         (before, C))  # a Core update leaves no history for the outbox to notice
        self._bump(uow.session)
        uow.audit(action, "ticket", ticket.id, summary=f"{ticket.number} → window {window.number}")
        return self._info(uow.session, ticket)

    def _ready(self, session, window: QueueWindow) -> None:
        if window.paused:
            raise ConflictError(QT_TRANSLATE_NOOP("Errors", "Window {number} is paused. Resume it to call tickets."),
                                number=window.number)
        current = self._current(session, window.id)
        if current is not None:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Errors", "Finish {number} (or mark it no-show) before calling the next ticket."), number=current.number)

    def call_next(self, actor: Actor, window_id: int) -> TicketInfo | None:
        """Priority first, then the longest waiting among the services this window serves."""
        actor.require(Perm.QUEUE_CALL)
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            window = self._window(s, window_id)
            self._ready(s, window)
            service_ids = [x.id for x in window.services if x.active]
            ticket = s.scalar(select(Ticket).where(
                Ticket.day == self.today(), Ticket.state == W, Ticket.service_id.in_(service_ids),
                or_(Ticket.target_window_id.is_(None), Ticket.target_window_id == window.id),
            ).order_by(Ticket.priority.desc(), Ticket.queued_at, Ticket.seq).limit(1))
            if ticket is None:
                return None
            return self._take(uow, ticket, window, actor, "queue.ticket.call")

    def call_number(self, actor: Actor, window_id: int, number: str) -> TicketInfo:
        """Call a specific waiting (or no-show) ticket of today by its number."""
        actor.require(Perm.QUEUE_CALL)
        number = number.strip().upper()
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            window = self._window(s, window_id)
            self._ready(s, window)
            ticket = s.scalar(select(Ticket).where(Ticket.day == self.today(), Ticket.number == number))
            if ticket is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no ticket {number} today."), number=number)
            if ticket.state not in (W, TicketState.NO_SHOW.value):
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "Ticket {number} is not waiting."), number=number)
            if ticket.service_id not in {x.id for x in window.services}:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "Errors", "Window {window} does not serve {service}: transfer the ticket instead."),
                    window=window.number, service=ticket.service.name)
            return self._take(uow, ticket, window, actor, "queue.ticket.call_number")

    def _step(self, actor: Actor, window_id: int, states: tuple[str, ...], action: str,
              apply: Callable[[Ticket, datetime], None]) -> TicketInfo:
        actor.require(Perm.QUEUE_CALL)
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            window = self._window(s, window_id)
            ticket = self._current(s, window.id)
            if ticket is None or ticket.state not in states:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "No ticket is at this window for that step."))
            apply(ticket, self.clock())
            s.flush()
            self._bump(s)
            uow.audit(action, "ticket", ticket.id, summary=f"{ticket.number} window {window.number}")
            return self._info(s, ticket)

    def current(self, window_id: int) -> TicketInfo | None:
        with self.db.reader() as s:
            t = self._current(s, window_id)
            return self._info(s, t) if t else None

    def recall(self, actor: Actor, window_id: int) -> TicketInfo:
        max_calls = self.settings.get("queue.max_calls")

        def apply(t: Ticket, now: datetime) -> None:
            if t.call_count >= max_calls:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "Errors", "{number} has been called {count} times: mark it no-show."), number=t.number, count=t.call_count)
            t.call_count += 1
            t.called_at = now
        return self._step(actor, window_id, (C,), "queue.ticket.recall", apply)

    def no_show(self, actor: Actor, window_id: int) -> TicketInfo:
        max_calls = self.settings.get("queue.max_calls")

        def apply(t: Ticket, now: datetime) -> None:
            if t.call_count < max_calls:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "Errors", "Call {number} {left} more time(s) before marking it no-show."),
                    number=t.number, left=max_calls - t.call_count)
            t.state, t.finished_at = TicketState.NO_SHOW.value, now
        return self._step(actor, window_id, (C,), "queue.ticket.no_show", apply)

    def start(self, actor: Actor, window_id: int) -> TicketInfo:
        def apply(t: Ticket, now: datetime) -> None:
            t.state, t.serving_at = S, now
        return self._step(actor, window_id, (C,), "queue.ticket.start", apply)

    def finish(self, actor: Actor, window_id: int, outcome: str = "") -> TicketInfo:
        note = normalize_text(outcome, 2000, "outcome")

        def apply(t: Ticket, now: datetime) -> None:
            if t.serving_at is None:
                t.serving_at = now
            t.state, t.finished_at, t.outcome = TicketState.DONE.value, now, note
        return self._step(actor, window_id, (C, S), "queue.ticket.finish", apply)

    def transfer(self, actor: Actor, window_id: int, to_service_id: int | None = None,
                 to_window_id: int | None = None) -> TicketInfo:
        """Send the ticket at this window to another service and/or window; it keeps its place by
        its original arrival time."""
        if to_service_id is None and to_window_id is None:
            raise ValidationError("target", QT_TRANSLATE_NOOP("Errors", "Choose a service or a window to transfer to."))
        actor.require(Perm.QUEUE_CALL)
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            window = self._window(s, window_id)
            ticket = self._current(s, window.id)
            if ticket is None:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "No ticket is at this window for that step."))
            service = s.get(QueueService, to_service_id) if to_service_id else ticket.service
            if service is None or not service.active:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This service is not offered."))
            if to_window_id is not None:
                target = self._window(s, to_window_id)
                if service.id not in {x.id for x in target.services}:
                    raise ConflictError(QT_TRANSLATE_NOOP(
                        "Errors", "Window {window} does not serve {service}: transfer the ticket instead."),
                        window=target.number, service=service.name)
            source = f"{ticket.service.name}/{window.number}"
            ticket.service, ticket.service_id = service, service.id
            ticket.state, ticket.window_id, ticket.target_window_id = W, None, to_window_id
            ticket.call_count, ticket.transferred_from = 0, source
            s.flush()
            self._bump(s)
            uow.audit("queue.ticket.transfer", "ticket", ticket.id,
                      summary=f"{ticket.number} {source} → {service.name}" + (f"/window {to_window_id}" if to_window_id else ""))
            return self._info(s, ticket, with_estimate=True)

    def reinstate(self, actor: Actor, ticket_id: str) -> TicketInfo:
        """A no-show who came back joins the end of the queue again."""
        actor.require(Perm.QUEUE_CALL)
        with UnitOfWork(self.db, actor) as uow:
            t = self._ticket(uow.session, ticket_id)
            if t.state != TicketState.NO_SHOW.value or t.day != self.today():
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "Only today's no-show tickets can be reinstated."))
            t.state, t.queued_at, t.call_count, t.window_id, t.finished_at = W, self.clock(), 0, None, None
            uow.session.flush()
            self._bump(uow.session)
            uow.audit("queue.ticket.reinstate", "ticket", t.id, summary=t.number)
            return self._info(uow.session, t, with_estimate=True)

    def cancel(self, actor: Actor, ticket_id: str) -> TicketInfo:
        if not (actor.can(Perm.QUEUE_ISSUE) or actor.can(Perm.QUEUE_CALL)):
            actor.require(Perm.QUEUE_ISSUE)
        with UnitOfWork(self.db, actor) as uow:
            t = self._ticket(uow.session, ticket_id)
            if t.state not in (W, C):
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "Ticket {number} is not waiting."), number=t.number)
            t.state, t.finished_at = TicketState.CANCELLED.value, self.clock()
            uow.session.flush()
            self._bump(uow.session)
            uow.audit("queue.ticket.cancel", "ticket", t.id, summary=t.number)
            return self._info(uow.session, t)

    def set_paused(self, actor: Actor, window_id: int, paused: bool) -> None:
        actor.require(Perm.QUEUE_CALL)
        with UnitOfWork(self.db, actor) as uow:
            window = self._window(uow.session, window_id)
            if window.paused != paused:
                window.paused = paused
                self._bump(uow.session)
                uow.audit("queue.window.pause" if paused else "queue.window.resume", "queue_window", window.id,
                          summary=str(window.number))

    # --- reading ---------------------------------------------------------------------------
    def ticket(self, ticket_id: str) -> TicketInfo:
        with self.db.reader() as s:
            return self._info(s, self._ticket(s, ticket_id), with_estimate=True)

    def waiting(self, service_ids: list[int] | None = None) -> list[TicketInfo]:
        """Today's waiting tickets in the order they will be called."""
        with self.db.reader() as s:
            stmt = select(Ticket).where(Ticket.day == self.today(), Ticket.state == W)
            if service_ids is not None:
                stmt = stmt.where(Ticket.service_id.in_(service_ids))
            stmt = stmt.order_by(Ticket.priority.desc(), Ticket.queued_at, Ticket.seq)
            return [self._info(s, t) for t in s.scalars(stmt)]

    def no_shows(self) -> list[TicketInfo]:
        with self.db.reader() as s:
            stmt = select(Ticket).where(Ticket.day == self.today(), Ticket.state == TicketState.NO_SHOW.value)
            return [self._info(s, t) for t in s.scalars(stmt.order_by(Ticket.finished_at.desc()))]


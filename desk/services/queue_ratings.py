"""好差评: the visitor's five-level rating after each service, and the follow-up (整改) a bad
rating opens for the center head, due in 15 working days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from desk.errors import ConflictError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.queue import Rating, Rectification, Ticket, TicketState
from desk.services.permissions import Actor, Perm
from desk.services.queue_tickets import TicketService
from desk.services.uow import UnitOfWork
from desk.services.workdays import CalendarService
from desk.validation import normalize_text

# The national five-level government-service scale, best first.
LEVELS = {
    5: QT_TRANSLATE_NOOP("Ratings", "Very satisfied"),
    4: QT_TRANSLATE_NOOP("Ratings", "Satisfied"),
    3: QT_TRANSLATE_NOOP("Ratings", "Basically satisfied"),
    2: QT_TRANSLATE_NOOP("Ratings", "Dissatisfied"),
    1: QT_TRANSLATE_NOOP("Ratings", "Very dissatisfied"),
}
LEVELS_ZH = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
FOLLOW_UP_WORKING_DAYS = 15
RATING_WINDOW_MINUTES = 10  # how long after finishing the customer screen still asks


@dataclass(frozen=True)
class RectificationInfo:
    id: int
    ticket_number: str
    level: int
    comment: str
    rated_at: datetime
    window_id: int | None
    due_on: date
    state: str
    follow_up: str


class RatingService:
    def __init__(self, tickets: TicketService, calendar: CalendarService) -> None:
        self.calendar = calendar
        self.tickets = tickets
        self.db = tickets.db

    def rate(self, actor: Actor, ticket_id: str, level: int, comment: str = "") -> RectificationInfo | None:
        """Record the rating; returns the follow-up item when the rating is 不满意 or worse. The visitor rates
        on the hall devices (the kiosk actor): mediators, lawyers and notary clerks cannot rate their own service."""
        actor.require(Perm.QUEUE_ISSUE)
        if level not in LEVELS:
            raise ValidationError("level", QT_TRANSLATE_NOOP("Errors", "Choose one of the five ratings."))
        comment = normalize_text(comment, 500, "comment")
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            ticket = s.get(Ticket, ticket_id)
            if ticket is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This ticket no longer exists."))
            if ticket.state != TicketState.DONE.value:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "A service can be rated once it is finished."))
            if s.scalar(select(Rating.id).where(Rating.ticket_id == ticket_id)) is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This service has already been rated."))
            now = self.tickets.clock()
            rating = Rating(ticket_id=ticket_id, level=level, comment=comment, rated_at=now,
                            window_id=ticket.window_id, clerk_id=ticket.clerk_id)
            s.add(rating)
            s.flush()
            TicketService._bump(s)  # rating screens and the head's figures refresh at once
            uow.audit("queue.rating", "ticket", ticket_id, summary=f"{ticket.number} {LEVELS_ZH[level]}")
            if level > 2:
                return None
            item = Rectification(rating_id=rating.id,
                                 due_on=self.calendar.calendar().add_working_days(self.tickets.today(), FOLLOW_UP_WORKING_DAYS))
            s.add(item)
            s.flush()
            uow.audit("queue.rectification.open", "rectification", item.id,
                      summary=f"{ticket.number} {LEVELS_ZH[level]}, due {item.due_on}")
            return self._info(s, item)

    def awaiting_rating(self, window_id: int) -> tuple[str, str] | None:
        """``(ticket id, number)`` of the ticket most recently finished at this window, if that was
        within the last few minutes today and it is not rated yet: what the customer screen asks about."""
        since = self.tickets.clock() - timedelta(minutes=RATING_WINDOW_MINUTES)
        with self.db.reader() as s:
            row = s.execute(
                select(Ticket.id, Ticket.number, Rating.id)
                .outerjoin(Rating, Rating.ticket_id == Ticket.id)
                .where(Ticket.window_id == window_id, Ticket.day == self.tickets.today(),
                       Ticket.state == TicketState.DONE.value, Ticket.finished_at >= since)
                .order_by(Ticket.finished_at.desc(), Ticket.called_at.desc()).limit(1)).first()
        # A rated latest ticket means the visitor has answered: never fall back to an older one.
        return None if row is None or row[2] is not None else (row[0], row[1])

    @staticmethod
    def _info(s, item: Rectification) -> RectificationInfo:
        rating = s.get(Rating, item.rating_id)
        number = s.scalar(select(Ticket.number).where(Ticket.id == rating.ticket_id))
        return RectificationInfo(item.id, number, rating.level, rating.comment, rating.rated_at, rating.window_id,
                                 item.due_on, item.state, item.follow_up)

    def rectifications(self, actor: Actor, open_only: bool = True) -> list[RectificationInfo]:
        actor.require(Perm.QUEUE_RECTIFY)
        with self.db.reader() as s:
            stmt = select(Rectification).order_by(Rectification.due_on)
            if open_only:
                stmt = stmt.where(Rectification.state == "open")
            return [self._info(s, r) for r in s.scalars(stmt)]

    def close(self, actor: Actor, item_id: int, follow_up: str) -> RectificationInfo:
        """Record how the bad rating was followed up (contact, cause, measures) and close it."""
        actor.require(Perm.QUEUE_RECTIFY)
        text = normalize_text(follow_up, 2000, "follow_up")
        if len(text) < 4:
            raise ValidationError("follow_up", QT_TRANSLATE_NOOP(
                "Errors", "Describe the follow-up: who contacted the visitor, the cause and what was changed."))
        with UnitOfWork(self.db, actor) as uow:
            item = uow.session.get(Rectification, item_id)
            if item is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This follow-up item no longer exists."))
            if item.state == "closed":
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This follow-up item is already closed."))
            item.state, item.follow_up = "closed", text
            item.closed_at, item.closed_by_id = self.tickets.clock(), actor.user_id
            TicketService._bump(uow.session)
            uow.audit("queue.rectification.close", "rectification", item.id, summary=text[:200])
            return self._info(uow.session, item)

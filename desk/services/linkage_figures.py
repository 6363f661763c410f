"""Figures of police–mediation linkage and work orders for a period (the dashboard shows them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, func, select

from desk.db import Database
from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.linkage import PoliceReferral, WorkOrder
from desk.models.mediation import MediationCase
from desk.services.permissions import Actor, Perm
from desk.services.workdays import CalendarService


@dataclass(frozen=True)
class LinkageFigures:
    referrals_received: int  # inbound referrals received in the period
    referrals_accepted: int  # of those, accepted (signed for)
    referrals_succeeded: int  # of those, mediated successfully (also after feedback was sent)
    referrals_declined: int
    feedback_sent: int  # result letters sent in the period
    avg_days_to_feedback: float | None  # working days from receipt to the result letter, of those
    transfers_to_police: int  # cases sent to police in the period (art. 25)
    orders_received: int  # work orders assigned in the period
    orders_completed: int  # work orders completed in the period
    orders_on_time: int
    orders_returned: int  # returns granted for orders assigned in the period

    @property
    def on_time_rate(self) -> float | None:
        return self.orders_on_time / self.orders_completed if self.orders_completed else None

    @property
    def success_rate(self) -> float | None:
        return self.referrals_succeeded / self.referrals_accepted if self.referrals_accepted else None


class LinkageFiguresService:
    def __init__(self, db: Database, calendar: CalendarService) -> None:
        self.db, self.calendar = db, calendar

    def figures(self, actor: Actor, date_from: date, date_to: date) -> LinkageFigures:
        if not (actor.can(Perm.LINKAGE_SUPERVISE) or actor.can(Perm.LINKAGE_VIEW)):
            actor.require(Perm.LINKAGE_SUPERVISE)
        if date_to < date_from:
            raise ValidationError("period_to", QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."))
        cal = self.calendar.calendar()
        R, W = PoliceReferral, WorkOrder
        with self.db.reader() as s:
            states = dict(s.execute(select(R.state, func.count()).where(
                R.direction == "inbound", R.received_on.between(date_from, date_to)).group_by(R.state)).all())
            received = sum(states.values())
            declined = states.get("declined", 0)
            accepted = received - declined - states.get("received", 0)
            # after the result letter went out the state no longer says how it ended: the case does
            succeeded = s.scalar(select(func.count()).where(
                R.direction == "inbound", R.received_on.between(date_from, date_to),
                R.state.in_(("succeeded", "feedback_sent")), R.case_id.in_(
                    select(MediationCase.id).where(MediationCase.outcome.in_(("written", "oral")))))) or 0
            fed = s.execute(select(R.received_on, R.feedback_on).where(
                R.direction == "inbound", R.feedback_on.between(date_from, date_to))).all()
            transfers = s.scalar(select(func.count()).where(
                R.direction == "outbound", R.received_on.between(date_from, date_to))) or 0
            orders_received = s.scalar(select(func.count()).where(W.assigned_on.between(date_from, date_to))) or 0
            # type_: a sum of a Boolean column would come back as a bool (True for any count)
            on_time_sum = func.coalesce(func.sum(W.on_time, type_=Integer), 0)
            completed, on_time = s.execute(select(func.count(), on_time_sum).where(
                W.state == "completed", W.completed_on.between(date_from, date_to))).one()
            returned = s.scalar(select(func.count()).where(
                W.state == "returned", W.assigned_on.between(date_from, date_to))) or 0
        days = [cal.working_days_between(a, b) for a, b in fed]
        return LinkageFigures(
            received, accepted, succeeded, declined, len(fed),
            round(sum(days) / len(days), 1) if days else None, transfers, orders_received, completed, int(on_time),
            returned)


"""Deadlines of hand-overs on the working-day calendar (weekends, public holidays, 调休): when a
referral or work order is due, which deadline applies in which state, and how urgent it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.services.workdays import WorkCalendar

LEVELS = ("overdue", "soon", "later")  # red, yellow, plain


@dataclass(frozen=True)
class Due:
    """The deadline a record is currently held to: ``kind`` names it (accept, feedback, sign, complete)."""

    kind: str
    on: date
    level: str
    working_days: int  # working days left (negative: working days overdue)


def due_dates(calendar: WorkCalendar, start: date, first: int, second: int) -> tuple[date, date]:
    """(first deadline, second deadline), each counted in working days from ``start`` (not counted itself)."""
    return calendar.add_working_days(start, first), calendar.add_working_days(start, second)


def level(calendar: WorkCalendar, today: date, due: date, soon_days: int) -> str:
    """'overdue' after the due day, 'soon' within ``soon_days`` working days of it, else 'later'."""
    if today > due:
        return "overdue"
    return "soon" if calendar.working_days_between(today, due) <= soon_days else "later"


def make_due(calendar: WorkCalendar, today: date, kind: str, on: date, soon_days: int) -> Due:
    return Due(kind, on, level(calendar, today, on, soon_days), calendar.working_days_between(today, on))


# Which deadline holds in which state; states absent here have none (finished or handed back).
REFERRAL_DUE = {
    ("inbound", "received"): "accept", ("inbound", "accepted"): "feedback", ("inbound", "mediating"): "feedback",
    ("inbound", "succeeded"): "feedback", ("inbound", "failed"): "feedback",
    ("outbound", "transferred"): "police_ack", ("outbound", "acknowledged"): "police_feedback",
}
ORDER_DUE = {"assigned": "sign", "signed": "complete", "handling": "complete", "return_requested": "complete"}


def referral_due(calendar: WorkCalendar, today: date, direction: str, state: str, ack_due: date,
                 feedback_due: date, soon_days: int) -> Due | None:
    kind = REFERRAL_DUE.get((direction, state))
    if kind is None:
        return None
    on = ack_due if kind in ("accept", "police_ack") else feedback_due
    return make_due(calendar, today, kind, on, soon_days)


def order_due(calendar: WorkCalendar, today: date, state: str, sign_due: date, due_on: date,
              soon_days: int) -> Due | None:
    kind = ORDER_DUE.get(state)
    if kind is None:
        return None
    return make_due(calendar, today, kind, sign_due if kind == "sign" else due_on, soon_days)

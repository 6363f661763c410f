"""Working-day arithmetic for deadlines, on the center's calendar: Monday to Friday, except the
public holidays, plus the weekend days worked in exchange (调休), editable per year.

The official arrangement is published by the State Council each December for the next year; the
years the desk knows are in ``OFFICIAL``, and an administrator enters or corrects the others.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select

from desk.db import Database
from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.calendar import CalendarDay
from desk.services.permissions import Actor, Perm
from desk.services.uow import UnitOfWork


def _days(first: str, last: str) -> list[date]:
    a, b = date.fromisoformat(first), date.fromisoformat(last)
    return [a + timedelta(days=i) for i in range((b - a).days + 1)]


# 国务院办公厅关于2026年部分节假日安排的通知: (holiday from, to, name), and the weekend days worked.
OFFICIAL: dict[int, tuple[list[tuple[str, str, str]], list[tuple[str, str]]]] = {
    2026: (
        [("2026-01-01", "2026-01-03", "元旦"), ("2026-02-15", "2026-02-23", "春节"),
         ("2026-04-04", "2026-04-06", "清明节"), ("2026-05-01", "2026-05-05", "劳动节"),
         ("2026-06-19", "2026-06-21", "端午节"), ("2026-09-25", "2026-09-27", "中秋节"),
         ("2026-10-01", "2026-10-07", "国庆节")],
        [("2026-01-04", "元旦调休上班"), ("2026-02-14", "春节调休上班"), ("2026-02-28", "春节调休上班"),
         ("2026-05-09", "劳动节调休上班"), ("2026-09-20", "国庆节调休上班"), ("2026-10-10", "国庆节调休上班")],
    ),
}


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are worked: the weekday rule and its exceptions."""

    exceptions: dict[date, bool]

    def is_working_day(self, day: date) -> bool:
        return self.exceptions.get(day, day.weekday() < 5)

    def add_working_days(self, start: date, days: int) -> date:
        """The date ``days`` working days after ``start`` (``start`` itself not counted)."""
        current, left = start, days
        while left > 0:
            current += timedelta(days=1)
            if self.is_working_day(current):
                left -= 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier)."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(self.is_working_day(start + timedelta(days=i)) for i in range(1, (end - start).days + 1))


WEEKDAYS_ONLY = WorkCalendar({})


def official_days(year: int) -> list[CalendarDay]:
    holidays, worked = OFFICIAL.get(year, ([], []))
    out = [CalendarDay(day=d, working=False, name=name) for first, last, name in holidays
           for d in _days(first, last) if d.weekday() < 5]
    out += [CalendarDay(day=date.fromisoformat(d), working=True, name=name) for d, name in worked]
    return out


class CalendarService:
    """The calendar in local.db, cached (it changes a few times a year)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: WorkCalendar | None = None
        self._lock = threading.Lock()

    def calendar(self) -> WorkCalendar:
        with self._lock:
            if self._cache is None:
                with self.db.reader() as s:
                    self._cache = WorkCalendar({d.day: d.working for d in s.scalars(select(CalendarDay))})
            return self._cache

    def year(self, year: int) -> list[CalendarDay]:
        with self.db.reader() as s:
            return list(s.scalars(select(CalendarDay).where(CalendarDay.day >= date(year, 1, 1),
                                                            CalendarDay.day <= date(year, 12, 31))
                                  .order_by(CalendarDay.day)))

    def known_years(self) -> list[int]:
        return sorted(OFFICIAL)

    def set_day(self, actor: Actor, day: date, working: bool, name: str = "") -> None:
        """Mark ``day`` as a holiday (``working`` False) or as a worked weekend day (True)."""
        actor.require(Perm.SETTINGS_EDIT)
        name = name.strip()[:40]
        if working and day.weekday() < 5:
            raise ValidationError("day", QT_TRANSLATE_NOOP(
                "Errors", "A weekday is a working day already; only a weekend day can be marked as worked."))
        if not working and day.weekday() >= 5:
            raise ValidationError("day", QT_TRANSLATE_NOOP(
                "Errors", "A weekend day is a day off already; only a weekday can be marked as a holiday."))
        with UnitOfWork(self.db, actor) as uow:
            row = uow.session.get(CalendarDay, day) or CalendarDay(day=day)
            row.working, row.name = working, name
            uow.session.add(row)
            uow.audit("calendar.set", "calendar", day.isoformat(),
                      summary=f"{day} {'working' if working else 'holiday'} {name}".strip())
        self._invalidate()

    def clear_day(self, actor: Actor, day: date) -> None:
        actor.require(Perm.SETTINGS_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            uow.session.execute(delete(CalendarDay).where(CalendarDay.day == day))
            uow.audit("calendar.clear", "calendar", day.isoformat(), summary=day.isoformat())
        self._invalidate()

    def load_official(self, actor: Actor, year: int) -> int:
        """Replace ``year``'s exceptions with the official arrangement; returns how many days."""
        actor.require(Perm.SETTINGS_EDIT)
        if year not in OFFICIAL:
            raise ValidationError("year", QT_TRANSLATE_NOOP(
                "Errors", "The desk does not know the official holidays of {year}; enter them day by day."), year=year)
        days = official_days(year)
        with UnitOfWork(self.db, actor) as uow:
            uow.session.execute(delete(CalendarDay).where(CalendarDay.day >= date(year, 1, 1),
                                                          CalendarDay.day <= date(year, 12, 31)))
            uow.session.add_all(days)
            uow.audit("calendar.official", "calendar", str(year), summary=f"{year}: {len(days)} days")
        self._invalidate()
        return len(days)

    def _invalidate(self) -> None:
        with self._lock:
            self._cache = None


def add_working_days(start: date, days: int, calendar: WorkCalendar = WEEKDAYS_ONLY) -> date:
    return calendar.add_working_days(start, days)


def is_working_day(day: date, calendar: WorkCalendar = WEEKDAYS_ONLY) -> bool:
    return calendar.is_working_day(day)

"""Working-day arithmetic for deadlines.

Weekends only for now: the calendar of public holidays and adjusted working days (调休), editable
per year, arrives with the deadline rules of issue 7 and replaces ``is_working_day``.
"""

from __future__ import annotations

from datetime import date, timedelta


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days after ``start`` (``start`` itself not counted)."""
    current, left = start, days
    while left > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            left -= 1
    return current

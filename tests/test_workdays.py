"""The working-day calendar: weekends, public holidays and the adjusted working days (调休) of the
official 2026 arrangement, edited by an administrator, used by deadline arithmetic."""

from datetime import date

import pytest

from desk.errors import PermissionDenied, ValidationError
from desk.services.workdays import WEEKDAYS_ONLY, WorkCalendar


def test_a_new_database_knows_the_2026_arrangement(services):
    cal = services.calendar.calendar()
    assert not cal.is_working_day(date(2026, 10, 1))  # 国庆节, a Thursday
    assert cal.is_working_day(date(2026, 10, 10))  # Saturday worked in exchange
    assert cal.is_working_day(date(2026, 2, 14)) and not cal.is_working_day(date(2026, 2, 16))
    assert not cal.is_working_day(date(2026, 11, 28))  # an ordinary Saturday
    names = {d.day: d.name for d in services.calendar.year(2026)}
    assert names[date(2026, 2, 23)] == "春节" and names[date(2026, 9, 20)] == "国庆节调休上班"


@pytest.mark.parametrize("start, n, expected", [
    (date(2026, 11, 20), 1, date(2026, 11, 23)),  # Friday + 1 → Monday
    (date(2026, 11, 25), 5, date(2026, 12, 2)),  # across a weekend
    (date(2026, 9, 30), 1, date(2026, 10, 8)),  # across the National Day week
    (date(2026, 10, 9), 1, date(2026, 10, 10)),  # the worked Saturday counts
    (date(2026, 2, 13), 2, date(2026, 2, 24)),  # worked Saturday 14th, then Spring Festival until the 23rd
    (date(2026, 9, 18), 1, date(2026, 9, 20)),  # Sunday 20th is worked
    (date(2026, 12, 31), 1, date(2027, 1, 1)),  # 2027 is not entered: weekdays only
])
def test_add_working_days(services, start, n, expected):
    assert services.calendar.calendar().add_working_days(start, n) == expected


def test_working_days_between_is_the_inverse():
    cal = WorkCalendar({date(2026, 10, 1): False})
    assert cal.working_days_between(date(2026, 9, 30), date(2026, 10, 2)) == 1
    assert cal.working_days_between(date(2026, 10, 2), date(2026, 9, 30)) == -1
    assert WEEKDAYS_ONLY.add_working_days(date(2026, 10, 1), 0) == date(2026, 10, 1)


def test_an_administrator_edits_a_year_and_deadlines_follow(demo, admin, clerk):
    cal = demo.calendar
    cal.set_day(admin, date(2027, 1, 1), working=False, name="元旦")
    assert cal.calendar().add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)
    with pytest.raises(ValidationError):
        cal.set_day(admin, date(2027, 1, 2), working=False)  # a Saturday is off already
    with pytest.raises(ValidationError):
        cal.set_day(admin, date(2027, 1, 4), working=True)  # a Monday is worked already
    cal.clear_day(admin, date(2027, 1, 1))
    assert cal.calendar().is_working_day(date(2027, 1, 1))
    with pytest.raises(PermissionDenied):
        cal.set_day(clerk, date(2027, 1, 1), working=False)
    cal.set_day(admin, date(2026, 10, 8), working=False, name="本地补休")
    assert cal.load_official(admin, 2026) == 25  # back to the official arrangement
    assert cal.calendar().is_working_day(date(2026, 10, 8))
    with pytest.raises(ValidationError):
        cal.load_official(admin, 2031)

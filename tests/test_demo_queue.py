"""The demo's queue morning at any hour: made just after midnight it must not cross into yesterday
(a ticket's day is the local date it was issued; a window cannot finish yesterday's ticket)."""

from datetime import datetime, time

import pytest
from sqlalchemy import func, select

from desk.models.queue import Ticket
from desk.services import demo_queue
from desk.services.demo import seed_demo
from desk.timeutil import local_to_utc, to_local, utcnow


@pytest.mark.parametrize("local_time", [time(0, 0, 20), time(0, 10), time(2, 30), time(10, 0), time(23, 59)])
def test_the_queue_morning_stays_within_one_day(services, monkeypatch, local_time):
    today = to_local(utcnow()).date()
    fake_now = local_to_utc(datetime.combine(today, local_time))
    monkeypatch.setattr(demo_queue, "utcnow", lambda: fake_now)
    seed_demo(services, demo_cases=0)
    with services.db.reader() as s:
        days = s.execute(select(Ticket.day, func.count()).group_by(Ticket.day)).all()
        assert days == [(today, 30)]
        assert s.scalar(select(func.count()).select_from(Ticket).where(Ticket.state == "called")) == 2

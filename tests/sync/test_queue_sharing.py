"""The reception queue shared by the desks of one center through the platform: one sequence of
numbers (blocks reserved ahead for offline hours), a call at one desk reaching another desk through
the live lane, and two windows that called the same ticket settled by the platform (first wins)."""

from __future__ import annotations

import time

from sqlalchemy import select

from desk.models.queue import Ticket
from desk.models.sync import SyncProblem
from desk.services.permissions import SYSTEM
from desk.sync.live import LiveSync
from desk.sync.numbers import PlatformNumbers


def reception_desk(central, make_desk, name):
    desk = make_desk(central, name, roles=("reception",), enroll=False)
    desk.engine.enroll(SYSTEM, central.url, central.enrollment_code("C001", ("reception",)), name)
    desk.svc.tickets.check_hours = False
    desk.svc.tickets.numbers = PlatformNumbers()
    desk.clerk = desk.svc.auth.login("liuyang", "demo1234")
    service = desk.svc.queue_config.services()[0]
    desk.service_id = service.id
    desk.windows = [w for w in desk.svc.queue_config.windows() if service.id in w.service_ids]
    return desk


def ticket(desk, number):
    with desk.svc.db.reader() as s:
        return s.scalar(select(Ticket).where(Ticket.number == number))


def window_number(desk, window_id):
    return next(w.number for w in desk.svc.queue_config.windows() if w.id == window_id)


def test_two_desks_number_in_one_sequence_and_a_call_reaches_the_other(central, make_desk):
    a, b = reception_desk(central, make_desk, "desk-a"), reception_desk(central, make_desk, "desk-b")
    issued = [a.svc.tickets.issue(a.clerk, a.service_id).number, b.svc.tickets.issue(b.clerk, b.service_id).number,
              a.svc.tickets.issue(a.clerk, a.service_id).number]
    prefix = issued[0][0]
    assert issued == [f"{prefix}001", f"{prefix}002", f"{prefix}003"]
    a.sync(), b.sync(), a.sync()
    for desk in (a, b):
        with desk.svc.db.reader() as s:
            assert sorted(s.scalars(select(Ticket.number))) == issued
    lanes = [LiveSync(a.engine, wait=5), LiveSync(b.engine, wait=5)]
    for lane in lanes:
        lane.start()
    try:
        window = a.windows[0]
        called = a.svc.tickets.call_next(a.clerk, window.id)
        t0 = time.monotonic()
        while time.monotonic() - t0 < 10:
            seen = ticket(b, called.number)
            if seen.state == "called":
                break
            time.sleep(0.02)
        assert seen.state == "called" and window_number(b, seen.window_id) == window.number
        assert b.svc.tickets.version() > 0  # the hall display's refresh counter moved
    finally:
        for lane in lanes:
            lane.stop()


def test_two_windows_calling_one_ticket_the_platform_keeps_the_first(central, make_desk):
    a, b = reception_desk(central, make_desk, "desk-a"), reception_desk(central, make_desk, "desk-b")
    number = a.svc.tickets.issue(a.clerk, a.service_id).number
    a.sync(), b.sync()
    first, second = a.windows[0], b.windows[-1]
    assert a.svc.tickets.call_next(a.clerk, first.id).number == number
    assert b.svc.tickets.call_next(b.clerk, second.id).number == number  # b has not heard of a's call yet
    a.sync()
    assert b.sync().conflicts == 1
    seen = ticket(b, number)
    assert seen.state == "called" and window_number(b, seen.window_id) == first.number
    with b.svc.db.reader() as s:
        assert list(s.scalars(select(SyncProblem))) == []  # settled by the platform, nothing for a person


def test_offline_desks_number_from_their_own_blocks(sqlite_central, make_desk):
    from central_server import start_central

    central = sqlite_central
    a, b = reception_desk(central, make_desk, "desk-a"), reception_desk(central, make_desk, "desk-b")
    a.sync(), b.sync()  # each reserves a block of today's numbers
    central.stop()
    offline = [a.svc.tickets.issue(a.clerk, a.service_id).number for _ in range(3)] + \
              [b.svc.tickets.issue(b.clerk, b.service_id).number for _ in range(3)]
    assert len(set(offline)) == 6
    back = start_central(db_url=central.db_url, port=int(central.url.rsplit(":", 1)[1]))
    try:
        a.sync(), b.sync(), a.sync()
        for desk in (a, b):
            with desk.svc.db.reader() as s:
                assert sorted(s.scalars(select(Ticket.number))) == sorted(offline)
                assert list(s.scalars(select(SyncProblem))) == []
    finally:
        back.stop()


def test_a_round_beside_the_live_lane_leaves_the_exchange_to_it(central, make_desk):
    desk = reception_desk(central, make_desk, "desk-a")
    lane = LiveSync(desk.engine, wait=5)
    lane.start()
    try:
        number = desk.svc.tickets.issue(desk.clerk, desk.service_id).number
        t0 = time.monotonic()
        report = desk.engine.sync_once(exchange=False)  # no waiting for the lane's long-poll lock
        assert time.monotonic() - t0 < 3 and report.pushed == 0
        while desk.engine.pending() and time.monotonic() - t0 < 10:
            time.sleep(0.02)
        assert desk.engine.pending() == 0  # the lane pushed it
        resp = central.admin("GET", "/admin/centers/C001/records?entity=ticket")
        assert [r["fields"]["number"] for r in resp.json()["records"]] == [number]
    finally:
        lane.stop()

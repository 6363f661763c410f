"""The reception queue's rules: lifecycle, priority and transfer fairness, daily reset, caps and
hours, appointments, the calling race, restarts, ratings and the live figures."""

import threading
from datetime import datetime, timedelta

import pytest

from desk.db import open_database
from desk.errors import ConflictError, NotFound, PermissionDenied
from desk.services.container import Services
from desk.services.permissions import KIOSK, SYSTEM
from desk.services.queue_appointments import AppointmentService
from desk.services.queue_board import hall_board
from desk.services.queue_figures import queue_figures
from desk.services.queue_ratings import RatingService
from desk.services.queue_tickets import TicketService
from desk.timeutil import local_to_utc


class Clock:
    def __init__(self, local: datetime) -> None:
        self.now = local_to_utc(local)

    def __call__(self):
        return self.now

    def advance(self, minutes=0, days=0):
        self.now += timedelta(minutes=minutes, days=days)


@pytest.fixture
def q(demo):
    """Queue services on a fixed clock at 09:00 local on a weekday; no demo tickets."""
    clock = Clock(datetime(2026, 12, 2, 9, 0))
    tickets = TicketService(demo.db, demo.settings, clock)
    demo.tickets, demo.clock = tickets, clock
    demo.appointments, demo.ratings = AppointmentService(tickets), RatingService(tickets, demo.calendar)
    demo.ids = {s.prefix: s.id for s in demo.queue_config.services()}
    demo.win = {w.number: w.id for w in demo.queue_config.windows()}
    for window_id in demo.win.values():  # the demo morning left a window paused
        tickets.set_paused(SYSTEM, window_id, False)
    return demo


@pytest.fixture
def clerk(q):
    return q.auth.login("liuyang", "demo1234")


def issue(q, prefix, reason="", minutes=1):
    t = q.tickets.issue(KIOSK, q.ids[prefix], reason)
    q.clock.advance(minutes)
    return t


def test_numbers_restart_each_day_per_service(q):
    assert [issue(q, "A").number, issue(q, "A").number, issue(q, "B").number] == ["A001", "A002", "B001"]
    q.clock.advance(days=1)
    assert issue(q, "A").number == "A001"


def test_lifecycle_is_stamped_and_audited(q, clerk):
    t = issue(q, "A", minutes=5)
    called = q.tickets.call_next(clerk, q.win[2])
    assert called.id == t.id and called.state == "called" and called.window_number == 2
    q.clock.advance(2)
    assert q.tickets.start(clerk, q.win[2]).state == "serving"
    q.clock.advance(8)
    done = q.tickets.finish(clerk, q.win[2], "达成口头协议")
    assert done.state == "done" and done.outcome == "达成口头协议"
    assert done.arrived_at < done.called_at < done.serving_at < done.finished_at
    import sqlite3
    conn = sqlite3.connect(q.db.path)
    acts = [r[0] for r in conn.execute("SELECT action FROM audit_record WHERE entity_id=? ORDER BY id", (t.id,))]
    conn.close()
    assert acts == ["queue.ticket.issue", "queue.ticket.call", "queue.ticket.start", "queue.ticket.finish"]


def test_priority_first_then_longest_waiting(q, clerk):
    a1, b1 = issue(q, "A"), issue(q, "E")
    old = issue(q, "A", "elderly")
    assert old.ahead == 0  # the priority lane goes before a1
    assert issue(q, "A").ahead == 2
    order = [q.tickets.call_next(clerk, q.win[1]).number]  # window 1 serves E and A
    q.tickets.finish(clerk, q.win[1])
    order.append(q.tickets.call_next(clerk, q.win[1]).number)
    q.tickets.finish(clerk, q.win[1])
    order.append(q.tickets.call_next(clerk, q.win[1]).number)
    assert order == [old.number, a1.number, b1.number]


def test_transfer_keeps_the_original_arrival(q, clerk):
    first = issue(q, "E")  # arrives first, at the general desk
    later = issue(q, "A")
    q.tickets.call_next(clerk, q.win[1])
    moved = q.tickets.transfer(clerk, q.win[1], to_service_id=q.ids["A"])
    assert moved.number == first.number and moved.state == "waiting" and moved.ahead == 0
    assert q.tickets.call_next(clerk, q.win[2]).number == first.number  # ahead of `later`
    assert later.number == "A001"


def test_transfer_to_a_window_only_that_window_calls_it(q, clerk):
    issue(q, "E")
    q.tickets.call_next(clerk, q.win[1])
    q.tickets.transfer(clerk, q.win[1], to_window_id=q.win[4])
    assert q.tickets.call_next(clerk, q.win[1]) is None
    assert q.tickets.call_next(clerk, q.win[4]).number == "E001"


def test_closed_hours_and_daily_cap(q):
    sid = q.ids["C"]
    q.queue_config.save_service(q.auth.login("admin", "demo1234"), sid, "C", "公证代办", 2, "08:30", "17:30")
    issue(q, "C"), issue(q, "C")
    with pytest.raises(ConflictError, match="All 2 tickets"):
        issue(q, "C")
    q.clock.now = local_to_utc(datetime(2026, 12, 2, 18, 0))
    with pytest.raises(ConflictError, match="closed now"):
        issue(q, "A")


def test_recalls_then_no_show_then_reinstate(q, clerk):
    t = issue(q, "B")
    q.tickets.call_next(clerk, q.win[3])
    with pytest.raises(ConflictError, match="2 more time"):
        q.tickets.no_show(clerk, q.win[3])
    q.tickets.recall(clerk, q.win[3])
    assert q.tickets.recall(clerk, q.win[3]).call_count == 3
    with pytest.raises(ConflictError, match="mark it no-show"):
        q.tickets.recall(clerk, q.win[3])
    assert q.tickets.no_show(clerk, q.win[3]).state == "no_show"
    issue(q, "B")
    back = q.tickets.reinstate(clerk, t.id)
    assert back.state == "waiting" and back.ahead == 1  # rejoins at the end


def test_window_must_finish_before_calling_again_and_pause(q, clerk):
    issue(q, "A"), issue(q, "A")
    q.tickets.call_next(clerk, q.win[2])
    with pytest.raises(ConflictError, match="Finish A001"):
        q.tickets.call_next(clerk, q.win[2])
    q.tickets.finish(clerk, q.win[2])
    q.tickets.set_paused(clerk, q.win[2], True)
    with pytest.raises(ConflictError, match="paused"):
        q.tickets.call_next(clerk, q.win[2])


def test_call_a_specific_number(q, clerk):
    issue(q, "A"), issue(q, "A")
    assert q.tickets.call_number(clerk, q.win[2], "a002").number == "A002"
    q.tickets.finish(clerk, q.win[2])
    with pytest.raises(ConflictError, match="does not serve"):
        issue(q, "B") and q.tickets.call_number(clerk, q.win[2], "B001")
    with pytest.raises(NotFound):
        q.tickets.call_number(clerk, q.win[2], "A999")


def test_two_windows_never_call_the_same_ticket(q, clerk):
    for _ in range(60):
        issue(q, "E", minutes=0)
    # Two Services over the same file, as two desks (or a desk and its kiosk process) would be.
    other = Services(open_database(q.db.path))
    other_tickets = TicketService(other.db, other.settings, q.clock)
    got: dict[int, list[str]] = {1: [], 4: []}
    errors = []

    def work(tickets, number):
        try:
            for _ in range(30):
                t = tickets.call_next(clerk, q.win[number])
                if t is None:
                    return
                got[number].append(t.id)
                tickets.finish(clerk, q.win[number])
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(q.tickets, 1)), threading.Thread(target=work, args=(other_tickets, 4))]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert len(got[1]) + len(got[4]) == 60
    assert not set(got[1]) & set(got[4])
    other.db.dispose()


def test_queue_survives_a_restart(q, clerk, db_path):
    issue(q, "A"), issue(q, "A"), issue(q, "B")
    q.tickets.call_next(clerk, q.win[2])
    q.db.dispose()
    again = Services(open_database(db_path))
    tickets = TicketService(again.db, again.settings, q.clock)
    assert tickets.current(q.win[2]).number == "A001"
    assert [t.number for t in tickets.waiting()] == ["A002", "B001"]
    assert tickets.issue(KIOSK, q.ids["A"]).number == "A003"
    again.db.dispose()


def test_appointment_rules(q):
    admin = q.auth.login("admin", "demo1234")
    slot = local_to_utc(datetime(2026, 12, 2, 10, 0))
    appt = q.appointments.book(admin, q.ids["C"], "张三", "13812345678", slot, slot + timedelta(minutes=30))
    q.clock.now = slot - timedelta(minutes=45)
    with pytest.raises(ConflictError, match="opens at 09:30"):
        q.appointments.check_in(KIOSK, appt.code)
    q.clock.now = slot - timedelta(minutes=20)
    issue(q, "C")
    on_time = q.appointments.check_in(KIOSK, appt.code)
    assert on_time.priority and on_time.ahead == 0
    with pytest.raises(ConflictError, match="already"):
        q.appointments.check_in(KIOSK, appt.code)
    late = q.appointments.book(admin, q.ids["C"], "李四", "", slot, slot + timedelta(minutes=30))
    q.clock.now = slot + timedelta(minutes=30 + 16)
    ticket = q.appointments.check_in(KIOSK, late.code)
    assert not ticket.priority  # late: joins the normal queue
    with pytest.raises(NotFound):
        q.appointments.check_in(KIOSK, "000000")


def test_roles(q, clerk):
    mediator = q.auth.login("sunli", "demo1234")
    with pytest.raises(PermissionDenied):
        q.tickets.issue(mediator, q.ids["A"])  # mediators call and serve, they do not issue
    with pytest.raises(PermissionDenied):
        q.queue_config.save_service(clerk, None, "F", "新业务", 10, "08:30", "17:30")
    with pytest.raises(PermissionDenied):
        queue_figures(clerk, q.tickets)


def test_bad_rating_opens_a_follow_up_due_in_15_working_days(q, clerk):
    head = q.auth.login("zhaomin", "demo1234")
    issue(q, "A")
    q.tickets.call_next(clerk, q.win[2])
    done = q.tickets.finish(clerk, q.win[2])
    item = q.ratings.rate(KIOSK, done.id, 2, "等太久")
    assert item.due_on.isoformat() == "2026-12-23"  # Wed 2 Dec + 15 working days (weekends skipped)
    with pytest.raises(ConflictError):
        q.ratings.rate(KIOSK, done.id, 5)
    assert item.id in [r.id for r in q.ratings.rectifications(head)]
    q.ratings.close(head, item.id, "电话回访当事人，调整上午窗口排班")
    assert item.id not in [r.id for r in q.ratings.rectifications(head)]


def test_figures_match_hand_computed_values(q, clerk):
    head = q.auth.login("zhaomin", "demo1234")
    a1 = issue(q, "A", minutes=10)  # 09:00
    issue(q, "A", minutes=0)        # 09:10, still waiting
    q.tickets.call_next(clerk, q.win[2])  # a1 waited 10 min
    q.tickets.start(clerk, q.win[2])
    q.clock.advance(6)
    q.tickets.finish(clerk, q.win[2])
    q.ratings.rate(KIOSK, a1.id, 5)
    q.clock.advance(4)  # 09:20: A002 has waited 10 min
    f = queue_figures(head, q.tickets)
    a = next(s for s in f.services if s.prefix == "A")
    assert (a.issued, a.waiting, a.served, a.no_shows) == (2, 1, 1, 0)
    assert a.average_wait == pytest.approx(10, abs=0.01)
    assert a.longest_wait == pytest.approx(10, abs=0.01)
    assert a.average_service == pytest.approx(6, abs=0.01)
    assert dict(((n, c) for n, _, c in f.windows))[2] == 1
    assert f.ratings[5] == 1 and f.waiting == 1


def test_hall_board(q, clerk):
    issue(q, "A"), issue(q, "B"), issue(q, "B")
    before = q.tickets.version()
    q.tickets.call_next(clerk, q.win[3])
    board = hall_board(q.tickets)
    assert board.version > before
    assert next(w for w in board.windows if w.window_number == 3).number == "B001"
    assert board.recent[0] == ("B001", 3)
    assert ("B", "法律咨询", 1) in board.waiting and board.notice

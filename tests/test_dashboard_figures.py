"""The dashboard's figures, the monthly report's mediation part and the queue per service, checked against
a small hand-made dataset (every expected number below is counted by hand from the rows in ``data``);
the daily counts kept by triggers; the case list's outcome and source filters (the drill-down)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import delete, update

from desk.errors import PermissionDenied, ValidationError
from desk.models.accounts import Role
from desk.models.center import DictionaryEntry, GridNode
from desk.models.linkage import PoliceReferral, WorkOrder
from desk.models.mediation import CaseFollowUp, CaseOutcome, MediationCase
from desk.models.queue import QueueService, Rating, Ticket
from desk.services.dashboard_types import (
    CategoryRow,
    DashboardFilter,
    LocalResolution,
    OnTime,
    QueueToday,
    ServicePeriod,
    Slice,
    TrendPoint,
)
from desk.services.mediation_query import CaseFilter
from desk.services.permissions import Actor
from desk.timeutil import local_to_utc

HEAD = Actor(1, "head", "主任", frozenset({Role.HEAD}))
MEDIATOR = Actor(2, "med", "调解员", frozenset({Role.MEDIATOR}))
MARCH = DashboardFilter(date(2026, 3, 1), date(2026, 3, 31))
NOW = datetime(2026, 3, 10, 10, 0)  # local: a Tuesday morning
COMMUNITY_A = 2  # with grid 3 below it; community B is 4 with grid 5


def at(day: date, hh_mm: str | None) -> datetime | None:
    """A local time as the database stores it (naive UTC)."""
    if hh_mm is None:
        return None
    h, m = map(int, hh_mm.split(":"))
    return local_to_utc(datetime.combine(day, time(h, m)))


@pytest.fixture
def data(services):
    services.tickets.clock = lambda: local_to_utc(NOW)
    created = datetime(2026, 1, 1)
    with services.db.writer() as s, s.begin():
        s.add_all([GridNode(id=1, code="410105001000", name="街道", level=1, parent_id=None),
                   GridNode(id=2, code="410105001001", name="社区甲", level=2, parent_id=1),
                   GridNode(id=3, code="41010500100101", name="网格甲一", level=3, parent_id=2),
                   GridNode(id=4, code="410105001002", name="社区乙", level=2, parent_id=1),
                   GridNode(id=5, code="41010500100201", name="网格乙一", level=3, parent_id=4)])
        s.add_all([DictionaryEntry(kind="dispute_category", code=c, label=label, sort_order=i)
                   for i, (c, label) in enumerate((("01", "婚姻家庭"), ("02", "邻里纠纷"), ("03", "合同纠纷")))])
        s.flush()
        # id, received, category, source, status, outcome, closed, grid, amount, people, escalation, mass
        cases = [
            ("c1", date(2026, 3, 2), "02", "application", "agreed", "written", date(2026, 3, 5), 3, 100_000, 2, 1, 0),
            ("c2", date(2026, 3, 3), "02", "police", "agreed", "oral", date(2026, 3, 12), 5, 0, 2, 0, 1),
            ("c3", date(2026, 3, 10), "01", "application", "terminated", "terminated", date(2026, 3, 20), 3, 50_000, 3,
             0, 0),
            ("c4", date(2026, 3, 16), "03", "court", "mediating", "", None, 2, 20_000, 2, 0, 0),
            ("c5", date(2026, 3, 30), "02", "initiative", "registered", "", None, None, 0, 2, 0, 0),
            ("c6", date(2026, 2, 20), "01", "application", "archived", "written", date(2026, 3, 4), 5, 70_000, 40, 1, 1),
            ("c7", date(2026, 4, 2), "01", "application", "registered", "", None, 3, 0, 2, 0, 0),
            ("c8", date(2026, 2, 10), "03", "application", "agreed", "oral", date(2026, 2, 25), 3, 0, 2, 0, 0),
        ]
        for seq, (cid, received, cat, source, status, outcome, closed, grid, amount, people, esc, mass) in enumerate(
                cases, 1):
            s.add(MediationCase(id=cid, year=2026, seq=seq, number=f"(2026)调字第{seq}号", status=status, source=source,
                                category_code=cat, summary="纠纷", grid_id=grid, amount_cents=amount,
                                people_count=people, escalation_risk=bool(esc), mass_dispute=bool(mass),
                                received_on=received, created_at=created, outcome=outcome, closed_on=closed))
        s.flush()
        for cid, kind, applied in (("c1", "written", date(2026, 3, 8)), ("c2", "oral", None),
                                   ("c3", "terminated", None), ("c6", "written", date(2026, 3, 6)),
                                   ("c8", "oral", date(2026, 2, 26))):
            s.add(CaseOutcome(case_id=cid, kind=kind, judicial_applied_on=applied, created_at=created,
                              updated_at=created))
        for cid, due, done in (("c1", date(2026, 3, 19), date(2026, 3, 20)), ("c6", date(2026, 3, 6), date(2026, 3, 6)),
                               ("c1", date(2026, 3, 25), None), ("c8", date(2026, 2, 28), date(2026, 2, 28))):
            s.add(CaseFollowUp(case_id=cid, due_on=due, done_on=done))
        # work orders: id, state, due, completed, on time, grid, last change (local)
        for wid, state, due, completed, on_time, grid, changed in (
                ("w1", "completed", date(2026, 3, 10), date(2026, 3, 9), True, 3, date(2026, 3, 9)),
                ("w2", "completed", date(2026, 3, 20), date(2026, 3, 25), False, 5, date(2026, 3, 25)),
                ("w3", "returned", date(2026, 3, 20), None, None, 3, date(2026, 3, 15)),
                ("w4", "handling", date(2026, 3, 5), None, None, 5, date(2026, 3, 1)),
                ("w5", "signed", date(2026, 3, 20), None, None, 3, date(2026, 3, 1)),
                ("w6", "completed", date(2026, 2, 27), date(2026, 2, 27), True, 3, date(2026, 2, 27))):
            s.add(WorkOrder(id=wid, number=wid, source="hotline_12345", description="工单", grid_id=grid,
                            assigned_at=at(date(2026, 2, 20), "09:00"), assigned_on=date(2026, 2, 20),
                            sign_due=date(2026, 2, 21), due_on=due, state=state, completed_on=completed,
                            on_time=on_time, created_at=created, updated_at=at(changed, "11:00")))
        # referrals: id, direction, received, feedback sent, feedback due, case
        for rid, direction, received, sent, due, cid in (
                ("o1", "outbound", date(2026, 3, 11), None, date(2026, 3, 25), "c3"),
                ("o2", "outbound", date(2026, 2, 1), None, date(2026, 2, 15), "c8"),
                ("i1", "inbound", date(2026, 3, 1), date(2026, 3, 12), date(2026, 3, 15), "c2"),
                ("i2", "inbound", date(2026, 3, 2), date(2026, 3, 18), date(2026, 3, 16), "c1"),
                ("i3", "inbound", date(2026, 3, 20), None, date(2026, 4, 5), None),
                ("i4", "inbound", date(2026, 3, 20), date(2026, 4, 1), date(2026, 4, 5), "c5")):
            s.add(PoliceReferral(id=rid, direction=direction, state="feedback_sent" if sent else "accepted",
                                 referred_on=received, received_on=received, ack_due=received, feedback_due=due,
                                 feedback_on=sent, case_id=cid, created_at=created, updated_at=created))
        s.add_all([QueueService(id=1, prefix="A", name="人民调解", sort_order=0),
                   QueueService(id=2, prefix="B", name="法律咨询", sort_order=1),
                   QueueService(id=3, prefix="C", name="旧服务", sort_order=2, active=False),
                   QueueService(id=4, prefix="D", name="停用无票", sort_order=3, active=False)])
        s.flush()
        # tickets: id, service, day, state, arrived, called, serving, finished (local times)
        tickets = [
            ("t1", 1, NOW.date(), "done", "08:40", "08:50", "08:51", "09:01"),
            ("t2", 1, NOW.date(), "no_show", "09:00", "09:20", None, None),
            ("t3", 2, NOW.date(), "waiting", "09:30", None, None, None),
            ("t4", 2, NOW.date(), "done", "09:10", "09:15", "09:15", "09:35"),
            ("t5", 1, date(2026, 3, 2), "done", "09:00", "09:04", "09:04", "09:10"),
            ("t6", 2, date(2026, 3, 2), "cancelled", "10:00", None, None, None),
            ("t7", 3, date(2026, 3, 20), "done", "09:00", "09:30", "09:31", "09:41"),
            ("t8", 1, date(2026, 2, 27), "done", "09:00", "09:05", "09:05", "09:15"),
        ]
        for seq, (tid, svc, day, state, arrived, called, serving, finished) in enumerate(tickets, 1):
            s.add(Ticket(id=tid, service_id=svc, issued_service_id=svc, day=day, seq=seq, number=f"X{seq:03d}",
                         state=state, arrived_at=at(day, arrived), queued_at=at(day, arrived),
                         called_at=at(day, called), serving_at=at(day, serving), finished_at=at(day, finished)))
        s.flush()
        for tid, level in (("t1", 5), ("t4", 4), ("t5", 2), ("t7", 5), ("t8", 3)):
            s.add(Rating(ticket_id=tid, level=level, rated_at=local_to_utc(NOW)))
    return services


def test_queue_today_and_satisfaction(data):
    d = data.dashboard.figures(HEAD, MARCH)
    q = d.queue_today
    assert (q.day, q.issued, q.waiting, q.served, q.no_shows) == (date(2026, 3, 10), 4, 1, 2, 1)
    assert q.average_wait == pytest.approx(35 / 3, abs=1e-3)  # (10 + 20 + 5) / 3 called
    assert q.longest_wait == pytest.approx(30, abs=1e-3)  # t3, still waiting since 09:30
    assert isinstance(q, QueueToday)
    assert d.satisfaction.by_level == ((5, 2), (4, 1), (3, 0), (2, 1), (1, 0))
    assert d.satisfaction.total == 4 and d.satisfaction.satisfied_share == 0.75
    # tickets and ratings have no grid: the filter leaves them as they are
    g = data.dashboard.figures(HEAD, DashboardFilter(MARCH.start, MARCH.end, grid_id=COMMUNITY_A))
    assert g.queue_today == q and g.satisfaction == d.satisfaction


def test_cases_by_category_source_status_outcome(data):
    c = data.dashboard.figures(HEAD, MARCH).cases
    assert c.received == 5
    assert c.by_category == (Slice("02", "邻里纠纷", 3), Slice("01", "婚姻家庭", 1), Slice("03", "合同纠纷", 1))
    assert c.by_source == (Slice("application", "application", 2), Slice("initiative", "initiative", 1),
                           Slice("police", "police", 1), Slice("court", "court", 1))
    assert [(x.code, x.count) for x in c.by_status] == [("registered", 1), ("mediating", 1), ("agreed", 2),
                                                         ("terminated", 1)]
    assert [(x.code, x.count) for x in c.by_outcome] == [("written", 1), ("oral", 1), ("terminated", 1), ("", 2)]


def test_local_resolution_and_on_time(data):
    d = data.dashboard.figures(HEAD, MARCH)
    # closed c1 c2 c3 c6 + completed w1 w2 + returned w3 + transferred o1; agreements c1 c2 c6 + w1 w2
    assert d.local == LocalResolution(concluded=8, resolved_here=5)
    assert d.local.share == 5 / 8
    # result letters i1 (on time) and i2 (late); w1 on time, w2 late; w4 open past its due date
    assert d.on_time == OnTime(referrals_due=2, referrals_on_time=1, orders_completed=2, orders_on_time=1,
                               orders_overdue_open=1)


def test_the_grid_filter_narrows_cases_work_orders_and_referrals(data):
    d = data.dashboard.figures(HEAD, DashboardFilter(MARCH.start, MARCH.end, grid_id=COMMUNITY_A))
    assert d.cases.received == 3  # c1 (grid 3), c3 (grid 3), c4 (the community itself)
    assert d.cases.by_category == (Slice("01", "婚姻家庭", 1), Slice("02", "邻里纠纷", 1), Slice("03", "合同纠纷", 1))
    assert [(x.code, x.count) for x in d.cases.by_source] == [("application", 2), ("court", 1)]
    # closed c1 c3 + completed w1 + returned w3 + transferred o1 (c3); agreements c1 + w1
    assert d.local == LocalResolution(concluded=5, resolved_here=2)
    assert d.on_time == OnTime(referrals_due=1, referrals_on_time=0, orders_completed=1, orders_on_time=1,
                               orders_overdue_open=0)
    assert sum(p.cases for p in d.trend) == 3 and sum(p.resolved for p in d.trend) == 1
    b = data.dashboard.figures(HEAD, DashboardFilter(MARCH.start, MARCH.end, grid_id=5))
    assert b.cases.received == 1 and b.on_time.orders_overdue_open == 1  # c2; w4
    assert b.local == LocalResolution(concluded=3, resolved_here=3)  # c2 c6 + w2


def test_weekly_trend_has_every_week_from_monday(data):
    d = data.dashboard.figures(HEAD, DashboardFilter(MARCH.start, MARCH.end, granularity="week"))
    assert d.trend == (
        TrendPoint(date(2026, 2, 23), 0, 0, 0, 0),  # only Sunday 1 March is in the period: nothing
        TrendPoint(date(2026, 3, 2), 2, 1, 2, 2),  # t5 t6; c1 c2; c6 and c1 agreed
        TrendPoint(date(2026, 3, 9), 4, 2, 1, 1),  # t1–t4; c3; c2 agreed
        TrendPoint(date(2026, 3, 16), 1, 1, 1, 0),  # t7; c4
        TrendPoint(date(2026, 3, 23), 0, 0, 0, 0),
        TrendPoint(date(2026, 3, 30), 0, 0, 1, 0),  # c5
    )


def test_monthly_and_daily_trends(data):
    d = data.dashboard.figures(HEAD, DashboardFilter(date(2026, 1, 1), date(2026, 4, 30), granularity="month"))
    assert d.trend == (TrendPoint(date(2026, 1, 1), 0, 0, 0, 0), TrendPoint(date(2026, 2, 1), 1, 1, 2, 1),
                       TrendPoint(date(2026, 3, 1), 7, 4, 5, 3), TrendPoint(date(2026, 4, 1), 0, 0, 1, 0))
    days = data.dashboard.figures(HEAD, DashboardFilter(date(2026, 3, 1), date(2026, 3, 3))).trend
    assert days == (TrendPoint(date(2026, 3, 1), 0, 0, 0, 0), TrendPoint(date(2026, 3, 2), 2, 1, 1, 0),
                    TrendPoint(date(2026, 3, 3), 0, 0, 1, 0))


def test_mediation_month(data):
    m = data.dashboard.mediation_month(HEAD, MARCH.start, MARCH.end)
    assert m.rows == (CategoryRow("01", "婚姻家庭", 1, 2, 1, 1, 50_000), CategoryRow("02", "邻里纠纷", 3, 2, 2, 1, 100_000),
                      CategoryRow("03", "合同纠纷", 1, 0, 0, 0, 20_000))
    assert (m.received, m.concluded, m.agreements, m.written, m.oral, m.terminated) == (5, 4, 3, 2, 1, 1)
    assert (m.amount_cents, m.people) == (170_000, 11)
    assert (m.criminal_prevented, m.mass_prevented) == (2, 2)  # c1 c6; c2 c6
    assert (m.follow_ups, m.judicial_confirmations) == (2, 2)
    assert m.success_rate == 3 / 4
    a = data.dashboard.mediation_month(HEAD, MARCH.start, MARCH.end, grid_id=COMMUNITY_A)
    assert (a.received, a.concluded, a.agreements, a.written, a.oral, a.terminated) == (3, 2, 1, 1, 0, 1)
    assert (a.amount_cents, a.people, a.criminal_prevented, a.mass_prevented) == (170_000, 7, 1, 0)
    assert (a.follow_ups, a.judicial_confirmations) == (1, 1)
    feb = data.dashboard.mediation_month(HEAD, date(2026, 2, 1), date(2026, 2, 28))
    assert feb.rows == (CategoryRow("01", "婚姻家庭", 1, 0, 0, 0, 70_000), CategoryRow("03", "合同纠纷", 1, 1, 1, 0, 0))


def test_queue_period_per_service(data):
    rows = data.dashboard.queue_period(HEAD, MARCH.start, MARCH.end)
    assert [r[:5] for r in (tuple(vars(x).values()) for x in rows)] == [
        ("A", "人民调解", 3, 2, 1), ("B", "法律咨询", 3, 1, 0), ("C", "旧服务", 1, 1, 0)]  # D: inactive, no tickets
    a, b, c = rows
    assert a.average_wait == pytest.approx(34 / 3, abs=1e-3) and a.average_service == pytest.approx(8, abs=1e-3)
    assert b.average_wait == pytest.approx(5, abs=1e-3) and b.average_service == pytest.approx(20, abs=1e-3)
    assert c == ServicePeriod("C", "旧服务", 1, 1, 0, pytest.approx(30, abs=1e-3), pytest.approx(10, abs=1e-3), 1)
    assert (a.called, b.called) == (3, 1)  # t3 still waiting and t6 cancelled were never called


def test_triggers_follow_updates_and_deletes(data):
    with data.db.writer() as s, s.begin():
        s.execute(update(MediationCase).where(MediationCase.id == "c4").values(
            status="agreed", outcome="written", closed_on=date(2026, 3, 25), grid_id=5))
        s.execute(update(Ticket).where(Ticket.id == "t3").values(state="done", service_id=1))
        s.execute(delete(Rating).where(Rating.ticket_id == "t5"))
        s.execute(delete(PoliceReferral).where(PoliceReferral.case_id == "c3"))
        s.execute(delete(CaseOutcome).where(CaseOutcome.case_id == "c3"))
        s.execute(delete(MediationCase).where(MediationCase.id == "c3"))
    d = data.dashboard.figures(HEAD, DashboardFilter(MARCH.start, MARCH.end, granularity="month"))
    assert d.trend == (TrendPoint(date(2026, 3, 1), 7, 5, 4, 4),)
    assert [(x.code, x.count) for x in d.cases.by_status] == [("registered", 1), ("agreed", 3)]
    assert [(x.code, x.count) for x in d.cases.by_outcome] == [("written", 2), ("oral", 1), ("", 1)]
    assert d.satisfaction.by_level == ((5, 2), (4, 1), (3, 0), (2, 0), (1, 0))
    assert d.queue_today.served == 3
    a = data.dashboard.figures(HEAD, DashboardFilter(MARCH.start, MARCH.end, grid_id=COMMUNITY_A))
    assert a.cases.received == 1  # c1: c3 deleted, c4 moved to grid 5


def test_refusals(data):
    with pytest.raises(PermissionDenied):
        data.dashboard.figures(MEDIATOR, MARCH)
    with pytest.raises(PermissionDenied):
        data.dashboard.mediation_month(MEDIATOR, MARCH.start, MARCH.end)
    with pytest.raises(PermissionDenied):
        data.dashboard.queue_period(MEDIATOR, MARCH.start, MARCH.end)
    with pytest.raises(ValidationError) as e:
        data.dashboard.figures(HEAD, DashboardFilter(date(2026, 3, 31), date(2026, 3, 1)))
    assert e.value.field == "period_to"
    with pytest.raises(ValidationError):
        data.dashboard.mediation_month(HEAD, date(2026, 3, 31), date(2026, 3, 1))
    with pytest.raises(ValidationError):
        data.dashboard.figures(HEAD, DashboardFilter(MARCH.start, MARCH.end, granularity="year"))
    # four years by day is 1,461 points: refused; by week (Monday 2022-12-26 … Monday 2026-12-28: 210) it is fine
    with pytest.raises(ValidationError) as e:
        data.dashboard.figures(HEAD, DashboardFilter(date(2023, 1, 1), date(2026, 12, 31)))
    assert e.value.field == "granularity"
    long = data.dashboard.figures(HEAD, DashboardFilter(date(2023, 1, 1), date(2026, 12, 31), granularity="week"))
    assert len(long.trend) == 210 and (long.trend[0].start, long.trend[-1].start) == (date(2022, 12, 26),
                                                                       date(2026, 12, 28))
    assert sum(p.tickets for p in long.trend) == 8 and sum(p.cases for p in long.trend) == 8


def test_case_list_outcome_and_source_filters(data):
    def numbers(**kw):
        total, rows = data.cases.search(HEAD, "", CaseFilter(**kw))
        assert total == len(rows)
        return sorted(r.id for r in rows)

    assert numbers(outcome="") == ["c4", "c5", "c7"]  # still open
    assert numbers(outcome="written") == ["c1", "c6"]
    assert numbers(outcome="oral", received_from=date(2026, 3, 1), received_to=date(2026, 3, 31)) == ["c2"]
    assert numbers(source="police") == ["c2"]
    assert numbers(source="application", outcome="", grid_id=COMMUNITY_A) == ["c7"]
    assert numbers(outcome=None) == ["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"]


def test_no_aggregate_scans_a_whole_table(data):
    """Every statement reads its period along an index (EXPLAIN QUERY PLAN): only the small lists (queue
    services, grid nodes, dictionary entries) and the CTEs' own rows may be scanned, and no statement starts
    from the grid node's cases (every year of them)."""
    from sqlalchemy import event

    statements = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(data.db.engine, "before_cursor_execute", record)
    try:
        for grid_id in (None, COMMUNITY_A):
            data.dashboard.figures(HEAD, DashboardFilter(MARCH.start, MARCH.end, grid_id, "week"))
            data.dashboard.mediation_month(HEAD, MARCH.start, MARCH.end, grid_id)
        data.dashboard.queue_period(HEAD, MARCH.start, MARCH.end)
    finally:
        event.remove(data.db.engine, "before_cursor_execute", record)
    small = ("queue_service", "qs", "grid_node", "g", "dictionary_entry", "d", "subtree", "buckets", "tk", "rc", "rs",
             "per_code", "ps", "CONSTANT")
    scans = []
    with data.db.engine.connect() as conn:
        for statement, params in statements:
            for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all():
                detail = row[3]
                # the period leads: a grid node's cases of every year are never the outer loop
                assert "ix_mediation_case_grid" not in detail, statement
                name = detail.split()[1] if detail.startswith("SCAN ") else ""
                if name and name not in small and not name.startswith("(subquery-"):
                    scans.append((detail, statement[:120]))
    assert len(statements) >= 20
    assert scans == []

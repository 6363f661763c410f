"""The center head's figures (issue #9): the dashboard, the people's-mediation part of the monthly
statistics report and the queue per service over a period, as the records of ``dashboard_types``.

Everything is aggregated in SQL. The dashboard's period figures read the daily counts that triggers keep
(``desk/models/stats.py``: cases per day, grid node and category / source / status / outcome / closing;
tickets per day, service and state; ratings per day and level), so a three-year period sums a few
thousand rows instead of counting a million cases and three million tickets. Trend buckets are built in
SQL too: a recursive list of bucket starts (every bucket present, zeros included) joined with the counts
grouped by the bucket of their day (``strftime``-style date functions: the Monday of the ISO week, the
1st of the month). The monthly report and the queue per service read their month along the date indexes.

Grid filter: mediation cases and work orders carry a grid node (the node or any node below it counts);
referrals count through their mediation case (a referral without a case is left out when a node is
chosen). Queue tickets and ratings have no grid: the queue and satisfaction figures ignore the filter.

Days are local: a ticket's ``day`` is its local day, cases carry dates; ratings count on the day of the
ticket rated (given at the window when service ends). Times stored in UTC (a work order's return) are
compared with the period's local bounds converted to UTC.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select, text

from desk.db import Database
from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.mediation import CASE_SOURCES, CASE_STATUSES
from desk.models.queue import Ticket
from desk.models.stats import ALL_GRIDS
from desk.services.dashboard_types import (
    GRANULARITIES,
    CaseBreakdown,
    CategoryRow,
    Dashboard,
    DashboardFilter,
    LocalResolution,
    MediationMonth,
    OnTime,
    QueueToday,
    Satisfaction,
    ServicePeriod,
    Slice,
    TrendPoint,
)
from desk.services.permissions import Actor, Perm
from desk.services.queue_figures import ticket_aggregates
from desk.services.queue_tickets import TicketService
from desk.timeutil import local_to_utc

MAX_BUCKETS = 1_200  # a trend longer than this is refused: choose a longer step
OUTCOME_ORDER = ("written", "oral", "terminated", "")  # "" = still open
AGREEMENTS = ("written", "oral")
OPEN_ORDER_STATES = ("assigned", "signed", "handling", "return_requested")

# the first day of the bucket holding {d}, in SQLite date functions (dates are stored as YYYY-MM-DD)
BUCKET = {"day": "{d}", "week": "date({d}, 'weekday 0', '-6 days')", "month": "date({d}, 'start of month')"}
STEP = {"day": "+1 day", "week": "+7 days", "month": "+1 month"}

# the grid filter: the chosen node and every node below it
SUBTREE = ("WITH RECURSIVE subtree(id) AS (SELECT id FROM grid_node WHERE id = :grid UNION ALL "
           "SELECT g.id FROM grid_node g JOIN subtree ON g.parent_id = subtree.id)")


def bucket_start(day: date, granularity: str) -> date:
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    return day


def bucket_count(start: date, end: date, granularity: str) -> int:
    if granularity == "month":
        return (end.year - start.year) * 12 + end.month - start.month + 1
    days = (bucket_start(end, granularity) - bucket_start(start, granularity)).days
    return days // 7 + 1 if granularity == "week" else days + 1


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("period_to", QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."))


def _ranked(column: str, order: tuple[str, ...]) -> str:
    """Sorts codes in the order the model lists them (unknown codes last, by code)."""
    whens = " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(order))
    return f"CASE {column} {whens} ELSE {len(order)} END, {column}"


def _in(codes: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{c}'" for c in codes) + ")"


class DashboardService:
    def __init__(self, db: Database, tickets: TicketService) -> None:
        self.db, self.tickets = db, tickets

    # --- the dashboard ---------------------------------------------------------------------------
    def figures(self, actor: Actor, flt: DashboardFilter) -> Dashboard:
        """Every section of the dashboard for ``flt`` (STATS_VIEW). Queue and satisfaction figures
        ignore the grid filter (tickets and ratings have no grid)."""
        actor.require(Perm.STATS_VIEW)
        _check_period(flt.start, flt.end)
        if flt.granularity not in GRANULARITIES:
            raise ValidationError("granularity", QT_TRANSLATE_NOOP("Errors", "Choose days, weeks or months."))
        buckets = bucket_count(flt.start, flt.end, flt.granularity)
        if buckets > MAX_BUCKETS:
            raise ValidationError("granularity", QT_TRANSLATE_NOOP(
                "Errors", "The trend would have {count} points; at most {maximum} can be shown. Choose weeks or "
                          "months, or a shorter period."), count=buckets, maximum=MAX_BUCKETS)
        params = {"start": flt.start.isoformat(), "end": flt.end.isoformat(), "grid": flt.grid_id}
        with self.db.reader() as s:
            return Dashboard(
                filter=flt, queue_today=self._queue_today(s), trend=self._trend(s, flt, params),
                cases=self._cases(s, flt, params), local=self._local(s, flt, params),
                on_time=self._on_time(s, flt, params), satisfaction=self._satisfaction(s, params))

    def _queue_today(self, s) -> QueueToday:
        day = self.tickets.today()
        issued, waiting, served, no_shows, avg_wait, longest, _ = s.execute(
            select(*ticket_aggregates(self.tickets.clock())).where(Ticket.day == day)).one()
        return QueueToday(day, issued or 0, waiting or 0, served or 0, no_shows or 0,
                          avg_wait, longest)

    @staticmethod
    def _grid(flt: DashboardFilter | None, column: str) -> tuple[str, str]:
        """(WITH clause, condition) of the grid filter on ``column``; empty without a node."""
        if flt is None or flt.grid_id is None:
            return "", ""
        return SUBTREE + " ", f" AND {column} IN (SELECT id FROM subtree)"

    @classmethod
    def _counted(cls, flt: DashboardFilter, column: str) -> tuple[str, str]:
        """The grid filter on ``stats_case_day``: the nodes' rows, or the whole center's."""
        if flt.grid_id is None:
            return "", f" AND {column} = {ALL_GRIDS}"
        return cls._grid(flt, column)

    def _trend(self, s, flt: DashboardFilter, params: dict) -> tuple[TrendPoint, ...]:
        g = flt.granularity
        k = BUCKET[g].format(d="day")
        first = bucket_start(flt.start, g).isoformat()
        _, grid = self._counted(flt, "grid_id")
        sql = SUBTREE + ", " if flt.grid_id is not None else "WITH RECURSIVE "
        sql += (
            f"buckets(start) AS (SELECT :first UNION ALL SELECT date(start, '{STEP[g]}') FROM buckets "
            f"WHERE date(start, '{STEP[g]}') <= :end), "
            # per day first (the keys' order, no sort), then per bucket: the date functions run once a day
            f"tk AS (SELECT {k} AS k, sum(issued) AS issued, sum(served) AS served FROM (SELECT day, sum(n) AS issued, "
            f"sum(CASE WHEN state = 'done' THEN n ELSE 0 END) AS served FROM stats_ticket_day "
            f"WHERE day BETWEEN :start AND :end GROUP BY day) GROUP BY k), "
            f"rc AS (SELECT {k} AS k, sum(n) AS n FROM (SELECT day, sum(n) AS n FROM stats_case_day "
            f"WHERE kind = 'status' AND day BETWEEN :start AND :end{grid} GROUP BY day) GROUP BY k), "
            f"rs AS (SELECT {k} AS k, sum(n) AS n FROM (SELECT day, sum(n) AS n FROM stats_case_day "
            f"WHERE kind = 'closed' AND code IN {_in(AGREEMENTS)} AND day BETWEEN :start AND :end{grid} GROUP BY day) "
            f"GROUP BY k) "
            "SELECT buckets.start, coalesce(tk.issued, 0), coalesce(tk.served, 0), coalesce(rc.n, 0), coalesce(rs.n, 0) "
            "FROM buckets LEFT JOIN tk ON tk.k = buckets.start LEFT JOIN rc ON rc.k = buckets.start "
            "LEFT JOIN rs ON rs.k = buckets.start ORDER BY buckets.start")
        rows = s.execute(text(sql), {**params, "first": first}).all()
        return tuple(TrendPoint(date.fromisoformat(b), int(i), int(d), int(c), int(r)) for b, i, d, c, r in rows)

    def _cases(self, s, flt: DashboardFilter, params: dict) -> CaseBreakdown:
        with_, grid = self._counted(flt, "grid_id")

        def by(kind: str, order_by: str, label: str = "per_code.code", join: str = "") -> list:
            # summed per code first, then labelled: the join and the ordering see a handful of rows
            return s.execute(text(
                f"{with_}SELECT per_code.code, {label}, per_code.n FROM (SELECT code, sum(n) AS n FROM stats_case_day "
                f"WHERE kind = '{kind}' AND day BETWEEN :start AND :end{grid} GROUP BY code) per_code {join}"
                f"WHERE per_code.n > 0 ORDER BY {order_by}"), params).all()

        categories = by("category", "per_code.n DESC, d.sort_order, per_code.code", "coalesce(d.label, per_code.code)",
                        "LEFT JOIN dictionary_entry d ON d.kind = 'dispute_category' AND d.code = per_code.code ")
        slices = {kind: tuple(Slice(code, label, int(n)) for code, label, n in rows) for kind, rows in (
            ("category", categories),
            ("source", by("source", _ranked("per_code.code", CASE_SOURCES))),
            ("status", by("status", _ranked("per_code.code", CASE_STATUSES))),
            ("outcome", by("outcome", _ranked("per_code.code", OUTCOME_ORDER))))}
        return CaseBreakdown(received=sum(x.count for x in slices["status"]), by_category=slices["category"],
                             by_source=slices["source"], by_status=slices["status"], by_outcome=slices["outcome"])

    def _local(self, s, flt: DashboardFilter, params: dict) -> LocalResolution:
        with_, grid = self._counted(flt, "x.grid_id")
        closed, agreed = s.execute(text(
            f"{with_}SELECT coalesce(sum(x.n), 0), coalesce(sum(CASE WHEN x.code IN {_in(AGREEMENTS)} THEN x.n END), 0) "
            f"FROM stats_case_day x WHERE x.kind = 'closed' AND x.day BETWEEN :start AND :end{grid}"), params).one()
        with_, grid = self._grid(flt, "w.grid_id")
        utc_from, utc_to = _utc_bounds(flt.start, flt.end)
        completed, returned = s.execute(text(
            f"{with_}SELECT (SELECT count(*) FROM work_order w WHERE w.state = 'completed' "
            f"AND w.completed_on BETWEEN :start AND :end{grid}), "
            f"(SELECT count(*) FROM work_order w WHERE w.state = 'returned' "
            f"AND w.updated_at >= :utc_from AND w.updated_at < :utc_to{grid})"),
            {**params, "utc_from": utc_from, "utc_to": utc_to}).one()
        with_, grid = self._grid(flt, "c.grid_id")
        join = " CROSS JOIN mediation_case c ON c.id = r.case_id" if grid else ""
        transfers = s.scalar(text(
            f"{with_}SELECT count(*) FROM police_referral r{join} WHERE r.direction = 'outbound' "
            f"AND r.received_on BETWEEN :start AND :end{grid}"), params)
        return LocalResolution(concluded=int(closed) + completed + returned + transfers,
                               resolved_here=int(agreed) + completed)

    def _on_time(self, s, flt: DashboardFilter, params: dict) -> OnTime:
        with_, grid = self._grid(flt, "c.grid_id")
        join = " CROSS JOIN mediation_case c ON c.id = r.case_id" if grid else ""
        due, on_time = s.execute(text(
            f"{with_}SELECT count(*), coalesce(sum(r.feedback_on <= r.feedback_due), 0) FROM police_referral r{join} "
            f"WHERE r.direction = 'inbound' AND r.feedback_on BETWEEN :start AND :end{grid}"), params).one()
        with_, grid = self._grid(flt, "w.grid_id")
        completed, orders_on_time = s.execute(text(
            f"{with_}SELECT count(*), coalesce(sum(w.on_time), 0) FROM work_order w WHERE w.state = 'completed' "
            f"AND w.completed_on BETWEEN :start AND :end{grid}"), params).one()
        overdue = s.scalar(text(
            f"{with_}SELECT count(*) FROM work_order w WHERE w.state IN {_in(OPEN_ORDER_STATES)} "
            f"AND w.due_on < :today{grid}"), {**params, "today": self.tickets.today().isoformat()})
        return OnTime(referrals_due=due, referrals_on_time=int(on_time), orders_completed=completed,
                      orders_on_time=int(orders_on_time), orders_overdue_open=overdue)

    @staticmethod
    def _satisfaction(s, params: dict) -> Satisfaction:
        counts = dict(s.execute(text(
            "SELECT level, sum(n) FROM stats_rating_day WHERE day BETWEEN :start AND :end GROUP BY level"),
            params).all())
        return Satisfaction(tuple((level, int(counts.get(level) or 0)) for level in (5, 4, 3, 2, 1)))

    # --- the monthly report ----------------------------------------------------------------------
    def mediation_month(self, actor: Actor, start: date, end: date, grid_id: int | None = None) -> MediationMonth:
        """人民调解工作统计 for ``start``…``end`` (a month, or any period), the whole center or one grid node
        and the nodes below it (STATS_VIEW)."""
        actor.require(Perm.STATS_VIEW)
        _check_period(start, end)
        params = {"start": start.isoformat(), "end": end.isoformat(), "grid": grid_id}
        flt = DashboardFilter(start, end, grid_id)
        with_, grid = self._grid(flt, "c.grid_id")
        with self.db.reader() as s:
            received = {code: (n, amount, people) for code, n, amount, people in s.execute(text(
                f"{with_}SELECT c.category_code, count(*), sum(c.amount_cents), sum(c.people_count) "
                f"FROM mediation_case c INDEXED BY ix_mediation_case_received "
                f"WHERE c.received_on BETWEEN :start AND :end{grid} GROUP BY c.category_code"), params)}
            closed = {row[0]: row[1:] for row in s.execute(text(
                f"{with_}SELECT c.category_code, count(*), sum(c.outcome IN {_in(AGREEMENTS)}), "
                f"sum(c.outcome = 'written'), sum(c.outcome = 'oral'), sum(c.outcome = 'terminated'), "
                f"sum(c.escalation_risk AND c.outcome IN {_in(AGREEMENTS)}), "
                f"sum(c.mass_dispute AND c.outcome IN {_in(AGREEMENTS)}) "
                f"FROM mediation_case c INDEXED BY ix_mediation_case_closed "
                f"WHERE c.closed_on BETWEEN :start AND :end AND c.outcome IN {_in(OUTCOME_ORDER[:3])}{grid} "
                f"GROUP BY c.category_code"), params)}
            labels = s.execute(text("SELECT code, label FROM dictionary_entry WHERE kind = 'dispute_category' "
                                    "ORDER BY sort_order, code")).all()
            # the period leads (CROSS JOIN keeps SQLite from starting at the node's cases, all years of them)
            join = " CROSS JOIN mediation_case c ON c.id = f.case_id" if grid else ""
            follow_ups = s.scalar(text(
                f"{with_}SELECT count(*) FROM mediation_follow_up f INDEXED BY ix_mediation_follow_up_due{join} "
                f"WHERE f.done_on BETWEEN :start AND :end{grid}"), params)
            join = " CROSS JOIN mediation_case c ON c.id = o.case_id" if grid else ""
            judicial = s.scalar(text(
                f"{with_}SELECT count(*) FROM mediation_outcome o INDEXED BY ix_mediation_outcome_judicial{join} "
                f"WHERE o.judicial_applied_on BETWEEN :start AND :end{grid}"), params)
        order = [code for code, _ in labels] + sorted((set(received) | set(closed)) - {code for code, _ in labels})
        names = dict(labels)
        rows = []
        for code in order:  # the dictionary's categories (a few dozen), not case rows
            n, amount, _people = received.get(code, (0, 0, 0))
            concluded, agreements, written, *_rest = closed.get(code, (0, 0, 0, 0, 0, 0, 0))
            if n or concluded:
                rows.append(CategoryRow(code, names.get(code, code), n, concluded, int(agreements), int(written),
                                        int(amount or 0)))
        closed_totals = [sum(int(v[i] or 0) for v in closed.values()) for i in range(7)]
        concluded, agreements, written, oral, terminated, criminal, mass = closed_totals
        return MediationMonth(
            start=start, end=end, rows=tuple(rows), received=sum(v[0] for v in received.values()),
            concluded=concluded, agreements=agreements, written=written, oral=oral, terminated=terminated,
            amount_cents=sum(int(v[1] or 0) for v in received.values()),
            people=sum(int(v[2] or 0) for v in received.values()), criminal_prevented=criminal,
            mass_prevented=mass, follow_ups=follow_ups, judicial_confirmations=judicial)

    def queue_period(self, actor: Actor, start: date, end: date) -> tuple[ServicePeriod, ...]:
        """Each queue service's tickets on days ``start``…``end``, in the configured order: the active
        services and any inactive one that had tickets (STATS_VIEW)."""
        actor.require(Perm.STATS_VIEW)
        _check_period(start, end)
        with self.db.reader() as s:
            rows = s.execute(text(
                "SELECT qs.prefix, qs.name, coalesce(ps.issued, 0), coalesce(ps.served, 0), coalesce(ps.no_shows, 0), "
                "ps.wait, ps.service, coalesce(ps.called, 0) FROM queue_service qs LEFT JOIN ("
                "SELECT service_id, count(*) AS issued, sum(state = 'done') AS served, "
                "sum(state = 'no_show') AS no_shows, sum(called_at IS NOT NULL) AS called, "
                "avg(CASE WHEN called_at IS NOT NULL THEN (julianday(called_at) - julianday(arrived_at)) * 1440.0 END) "
                "AS wait, avg(CASE WHEN state = 'done' THEN (julianday(finished_at) - julianday(serving_at)) * 1440.0 "
                "END) AS service FROM queue_ticket WHERE day BETWEEN :start AND :end GROUP BY service_id"
                ") ps ON ps.service_id = qs.id WHERE qs.active OR ps.issued > 0 ORDER BY qs.sort_order, qs.prefix"),
                {"start": start.isoformat(), "end": end.isoformat()}).all()
        return tuple(ServicePeriod(*row) for row in rows)


def _utc_bounds(start: date, end: date) -> tuple[str, str]:
    """The local days ``start``…``end`` as a half-open range of stored (naive UTC) times."""
    lo = local_to_utc(datetime.combine(start, time()))
    hi = local_to_utc(datetime.combine(end + timedelta(days=1), time()))
    return lo.isoformat(sep=" "), hi.isoformat(sep=" ")


__all__ = ["MAX_BUCKETS", "DashboardService", "bucket_count", "bucket_start"]

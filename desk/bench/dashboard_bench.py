"""The center head's dashboard over the scale database: ``DashboardService.figures()`` for a month, a
year by month and three years by month, for the whole center and one community, against the 300 ms
refresh target. The floor is the same periods counted straight from the rows along the best covering
indexes (what the dashboard would cost without the trigger-kept daily counts)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from desk import encryption
from desk.bench.harness import Figure, measure

TARGET = 0.300


def _floor_sql(conn, start: date, end: date) -> None:
    """The period's ticket and case counts read from the rows (indexes only, no grouping by bucket)."""
    a, b = start.isoformat(), end.isoformat()
    conn.execute("SELECT count(*) FROM queue_ticket WHERE day BETWEEN ? AND ?", (a, b)).fetchall()
    conn.execute("SELECT count(*) FROM mediation_case INDEXED BY ix_mediation_case_received "
                 "WHERE received_on BETWEEN ? AND ?", (a, b)).fetchall()
    conn.execute("SELECT count(*) FROM mediation_case INDEXED BY ix_mediation_case_closed "
                 "WHERE closed_on BETWEEN ? AND ?", (a, b)).fetchall()


def run(db: Path, repeats: int) -> list[Figure]:
    from desk.db import open_database
    from desk.services.container import Services
    from desk.services.dashboard_types import DashboardFilter
    from desk.services.permissions import SYSTEM

    services = Services(open_database(db))
    conn = encryption.connect(db, services.db.key)
    cases, tickets, last = conn.execute(
        "SELECT (SELECT count(*) FROM mediation_case), (SELECT count(*) FROM queue_ticket), "
        "(SELECT max(day) FROM queue_ticket)").fetchone()
    community = conn.execute("SELECT id, name FROM grid_node WHERE level = 2 ORDER BY id LIMIT 1").fetchone()
    end = date.fromisoformat(last)
    periods = [("one month by day", end - timedelta(days=30), "day"),
               ("one year by month", end - timedelta(days=365), "month"),
               ("three years by month", end - timedelta(days=3 * 365), "month")]
    figures = []
    for label, start, granularity in periods:
        for grid_id, where in ((None, "whole center"), (community[0], "one community")):
            flt = DashboardFilter(start, end, grid_id, granularity)
            samples = measure(lambda flt=flt: services.dashboard.figures(SYSTEM, flt), repeats, warmup=1)
            floor = measure(lambda start=start: _floor_sql(conn, start, end), max(1, repeats // 3), warmup=1)
            figures.append(Figure(
                f"dashboard refresh: {label}, {where}", "s", samples, target=TARGET,
                floor_name="tickets, cases received and cases closed counted from the rows (covering indexes)",
                floor_samples=floor,
                note=f"{cases:,} cases, {tickets:,} tickets; {start} … {end}" + (
                    f"; community {community[1]}" if grid_id else "")))
    conn.close()
    services.db.dispose()
    return figures

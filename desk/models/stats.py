"""Daily counts behind the dashboard, kept by SQLite triggers (migration 0010), never written by code.

A three-year dashboard over a million cases and three million tickets cannot count rows within its
300 ms budget, even along covering indexes (docs/BENCHMARKS.md, "Dashboard"): these tables hold one row
per day and key, so a period is a range of a few thousand rows. The triggers run inside every write to
the source tables (services, sync, restores, the demo's bulk inserts alike), so the counts can never
drift from the rows; migration 0010 fills them from the existing rows. Rows whose count fell to 0 stay.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base

# stats_case_day.kind: the column counted, on the day the case was received; "closed" counts the
# outcome on the day the case was closed (closed_on), for cases with an outcome
CASE_STAT_KINDS = ("category", "source", "status", "outcome", "closed")


# stats_case_day.grid_id of the rows counting every case of the center (a case is counted twice: once
# under its grid node, 0 when it has none, and once here), so the whole center reads one key range
ALL_GRIDS = -1


class CaseDayCount(Base):
    """Mediation cases per grid node (0: none; ALL_GRIDS: the whole center), day and value of one column."""

    __tablename__ = "stats_case_day"
    __table_args__ = {"sqlite_with_rowid": False}

    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    grid_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    day: Mapped[date] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    n: Mapped[int] = mapped_column(default=0)


class TicketDayCount(Base):
    """Queue tickets per day (the ticket's local day), service (where it is now) and state."""

    __tablename__ = "stats_ticket_day"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[date] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    state: Mapped[str] = mapped_column(String(12), primary_key=True)
    n: Mapped[int] = mapped_column(default=0)


class RatingDayCount(Base):
    """Ratings per day (the rated ticket's day: a rating is given at the window, on the same day) and level."""

    __tablename__ = "stats_rating_day"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[date] = mapped_column(primary_key=True)
    level: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(default=0)

"""What the dashboard and the monthly report show: plain frozen records, filled by
``desk.services.dashboard_figures`` with SQL aggregates and drawn by ``desk.views.dashboard_*`` and
``desk.print.monthly_report`` / ``desk.services.monthly_workbook``. No Qt, no database here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# trend buckets
GRANULARITIES = ("day", "week", "month")


@dataclass(frozen=True)
class DashboardFilter:
    start: date  # inclusive, local days
    end: date  # inclusive
    grid_id: int | None = None  # the node or any node below it; None = the whole center
    granularity: str = "day"  # one of GRANULARITIES, for the trends


@dataclass(frozen=True)
class Slice:
    """One bar: ``code`` is what a click filters by (a dictionary/status/source/outcome code, "" for
    "none"), ``label`` the text to show (already the dictionary's Chinese name where one exists; the view
    translates status/source/outcome codes itself), ``count`` the figure."""

    code: str
    label: str
    count: int


@dataclass(frozen=True)
class TrendPoint:
    start: date  # first day of the bucket (the Monday of a week, the 1st of a month)
    tickets: int  # tickets issued
    served: int  # tickets done
    cases: int  # mediation cases received
    resolved: int  # mediation cases concluded with an agreement (written or oral) on days in the bucket


@dataclass(frozen=True)
class QueueToday:
    day: date
    issued: int
    waiting: int  # still waiting now
    served: int
    no_shows: int
    average_wait: float | None  # minutes from arrival to first call, of those called
    longest_wait: float | None  # including people still waiting now


@dataclass(frozen=True)
class ServicePeriod:
    """One queue service over a period (the monthly report's queue table)."""

    prefix: str
    name: str
    issued: int
    served: int
    no_shows: int
    average_wait: float | None  # minutes from arrival to first call, of those called
    average_service: float | None  # minutes from start of service to done, of those served
    called: int = 0  # tickets called at least once: what average_wait is over (totals weigh by it)


@dataclass(frozen=True)
class CaseBreakdown:
    """Mediation cases received in the period (grid filter applies)."""

    received: int
    by_category: tuple[Slice, ...]  # most first
    by_source: tuple[Slice, ...]  # in CASE_SOURCES order, only those present
    by_status: tuple[Slice, ...]  # in CASE_STATUSES order, only those present
    by_outcome: tuple[Slice, ...]  # written / oral / terminated / "" (open), only those present


@dataclass(frozen=True)
class LocalResolution:
    """The seed's headline figure (小事不出村，大事不出镇): of the matters concluded in the period, how
    many were settled here rather than passed on. Concluded = mediation cases closed (agreement or
    termination) + work orders completed or returned + cases transferred to police (art. 25).
    Settled here = cases closed with an agreement + work orders completed."""

    concluded: int
    resolved_here: int

    @property
    def share(self) -> float | None:
        return self.resolved_here / self.concluded if self.concluded else None


@dataclass(frozen=True)
class OnTime:
    """Police referrals and work orders with a deadline, concluded in the period."""

    referrals_due: int  # inbound referrals whose result letter went out in the period
    referrals_on_time: int  # of those, sent by feedback_due
    orders_completed: int
    orders_on_time: int
    orders_overdue_open: int  # open work orders past their due date today


@dataclass(frozen=True)
class Satisfaction:
    """Ratings given in the period, level 5 (非常满意) … 1 (非常不满意)."""

    by_level: tuple[tuple[int, int], ...]  # (level, count) for 5, 4, 3, 2, 1, zeros included

    @property
    def total(self) -> int:
        return sum(n for _, n in self.by_level)

    @property
    def satisfied_share(self) -> float | None:
        """Share of 满意 and 非常满意 (levels 4 and 5)."""
        good = sum(n for level, n in self.by_level if level >= 4)
        return good / self.total if self.total else None


@dataclass(frozen=True)
class Dashboard:
    filter: DashboardFilter
    queue_today: QueueToday | None  # None when the actor may not see queue figures
    trend: tuple[TrendPoint, ...]  # every bucket of the period in order, empty buckets included
    cases: CaseBreakdown | None  # None when the actor may not see mediation figures
    local: LocalResolution | None
    on_time: OnTime | None
    satisfaction: Satisfaction | None


@dataclass(frozen=True)
class CategoryRow:
    """One line of the monthly report's table by dispute category."""

    code: str
    label: str
    received: int  # cases received in the period
    concluded: int  # cases closed in the period (agreement or termination)
    agreements: int  # closed with an agreement (written + oral)
    written: int  # of those, written agreements (调解协议书)
    amount_cents: int  # amounts involved of the cases received

    @property
    def success_rate(self) -> float | None:
        return self.agreements / self.concluded if self.concluded else None


@dataclass(frozen=True)
class MediationMonth:
    """The people's-mediation part of the monthly statistics report (人民调解工作统计)."""

    start: date
    end: date
    rows: tuple[CategoryRow, ...]  # every category with any figure, in dictionary order
    received: int
    concluded: int
    agreements: int
    written: int
    oral: int
    terminated: int
    amount_cents: int
    people: int  # people involved (sum of people_count) of cases received
    criminal_prevented: int  # 防止民转刑: escalation-risk cases closed with an agreement
    mass_prevented: int  # 防止群体性事件: mass-dispute cases closed with an agreement
    follow_ups: int  # follow-up visits recorded in the period
    judicial_confirmations: int  # agreements whose judicial confirmation (司法确认) was applied for in the period

    @property
    def success_rate(self) -> float | None:
        return self.agreements / self.concluded if self.concluded else None

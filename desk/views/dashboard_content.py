"""What the dashboard writes: the figures of a ``Dashboard`` turned into tile texts, bars and trend
series, and the date range behind a trend bucket. No pyqtgraph here (the bars are plain tuples the
charts draw), so the tiles fill in before the charts are built."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from desk.services.dashboard_types import DashboardFilter, OnTime, Satisfaction, Slice, TrendPoint
from desk.views.case_labels import outcome_name, source_name, status_name
from desk.views.dashboard_style import BAR, GOOD, LATE, OUTCOME_COLORS, RATING_COLORS
from desk.views.queue_figures_models import percent_text, rating_label


@dataclass(frozen=True)
class BarSpec:
    """One bar to draw: what it says, how long, its figure as text, its colour, and what a click opens."""

    label: str
    value: int
    text: str
    color: str = BAR
    code: str = ""  # the code a click filters by
    tip: str = ""


def count_text(count: int, total: int) -> str:
    """"12 (34.5%)": the figure and its share, so the colour never carries it alone."""
    return f"{count:,} ({percent_text(count / total)})" if total else f"{count:,}"


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def slice_bars(slices: tuple[Slice, ...], kind: str, total: int) -> list[BarSpec]:
    """Bars of a case breakdown; ``kind`` is category, source, status or outcome."""
    def label(s: Slice) -> str:
        if kind == "source":
            return source_name(s.code)
        if kind == "status":
            return status_name(s.code)
        if kind == "outcome":
            return outcome_name(s.code) if s.code else QCoreApplication.translate("Dashboard", "Still open")
        return s.label or QCoreApplication.translate("Dashboard", "Not given")

    return [BarSpec(label(s), s.count, count_text(s.count, total),
                    OUTCOME_COLORS.get(s.code, BAR) if kind == "outcome" else BAR, s.code,
                    QCoreApplication.translate("Dashboard", "Click to list these cases"))
            for s in slices]


def rating_bars(satisfaction: Satisfaction) -> list[BarSpec]:
    total = satisfaction.total
    return [BarSpec(rating_label(level), n, count_text(n, total), RATING_COLORS[level], str(level))
            for level, n in satisfaction.by_level]


def on_time_bars(on_time: OnTime) -> list[BarSpec]:
    """Referral feedback and work orders, on time (blue) against late (vermillion), named in words."""
    t = on_time
    ref_late, ord_late = t.referrals_due - t.referrals_on_time, t.orders_completed - t.orders_on_time
    rows = (
        (QCoreApplication.translate("Dashboard", "Referral results on time"), t.referrals_on_time, t.referrals_due,
         GOOD, "referrals"),
        (QCoreApplication.translate("Dashboard", "Referral results late"), ref_late, t.referrals_due, LATE,
         "referrals"),
        (QCoreApplication.translate("Dashboard", "Work orders done on time"), t.orders_on_time, t.orders_completed,
         GOOD, "work_orders"),
        (QCoreApplication.translate("Dashboard", "Work orders done late"), ord_late, t.orders_completed, LATE,
         "work_orders"),
        (QCoreApplication.translate("Dashboard", "Open work orders overdue now"), t.orders_overdue_open, 0, LATE,
         "work_orders"),
    )
    return [BarSpec(label, n, count_text(n, whole), color, code) for label, n, whole, color, code in rows]


def on_time_share(on_time: OnTime) -> float | None:
    return share(on_time.referrals_on_time + on_time.orders_on_time,
                 on_time.referrals_due + on_time.orders_completed)


def bucket_range(trend: tuple[TrendPoint, ...], index: int, filt: DashboardFilter) -> tuple[date, date]:
    """The days of bucket ``index`` inside the period (a week or month may start before it)."""
    start = max(trend[index].start, filt.start)
    end = trend[index + 1].start - timedelta(days=1) if index + 1 < len(trend) else filt.end
    return start, min(end, filt.end)


def bucket_labels(trend: tuple[TrendPoint, ...], filt: DashboardFilter) -> tuple[list[str], list[str]]:
    """Short axis labels and the full period of each bucket for tooltips."""
    ticks, tips = [], []
    for i, point in enumerate(trend):
        start, end = bucket_range(trend, i, filt)
        if filt.granularity == "month":
            ticks.append(point.start.strftime("%Y-%m"))
        else:
            ticks.append(point.start.strftime("%m-%d"))
        tips.append(start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}")
    return ticks, tips

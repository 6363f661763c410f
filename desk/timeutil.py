"""Time helpers: the database stores naive UTC; people see local time."""

from __future__ import annotations

from datetime import datetime, timezone


def utcnow() -> datetime:
    """Current UTC time, naive, to second precision (what the database stores)."""
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def to_local(dt: datetime | None) -> datetime | None:
    """A stored naive-UTC time as naive local time for display."""
    if dt is None:
        return None
    return dt.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def local_to_utc(dt: datetime) -> datetime:
    """A naive local time (typed by a user) as naive UTC for queries."""
    return dt.astimezone(timezone.utc).replace(tzinfo=None)


def fmt_local(dt: datetime | None) -> str:
    local = to_local(dt)
    return local.strftime("%Y-%m-%d %H:%M:%S") if local else ""

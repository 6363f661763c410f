"""Queue numbers (docs/SYNC.md, "Queue"): consecutive numbers per (center, service, day).

One statement allocates: ``INSERT … ON CONFLICT DO UPDATE SET last = last + count RETURNING last``.
On PostgreSQL the conflicting row is locked until commit, so concurrent requests, also from several
server processes, queue up behind each other; on SQLite the write transaction (``BEGIN IMMEDIATE``)
serialises them. Either way no two requests get overlapping numbers. Independent of the center's
sequence lock: numbering never waits for a push."""

from __future__ import annotations

from datetime import date

from sqlalchemy.dialects import postgresql, sqlite

from central.db import Database
from central.models import queue_counter
from central.util import utcnow


def allocate(db: Database, center_id: int, service: str, day: date, count: int) -> dict:
    """The next ``count`` numbers: ``{service, day, first, last}``."""
    now = utcnow()
    dialect_insert = sqlite.insert if db.is_sqlite else postgresql.insert
    c = queue_counter.c
    stmt = dialect_insert(queue_counter).values(
        center_id=center_id, service=service, day=day, last=count, updated_at=now,
    ).on_conflict_do_update(
        index_elements=[c.center_id, c.service, c.day], set_={"last": c.last + count, "updated_at": now},
    ).returning(c.last)
    with db.write() as conn:
        last = conn.execute(stmt).scalar_one()
    return {"service": service, "day": day, "first": last - count + 1, "last": last}

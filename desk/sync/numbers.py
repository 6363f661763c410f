"""Ticket numbers for the desks of one center (docs/SYNC.md, "Queue"): the platform hands out the next
number when it answers within a moment, so numbers run in one sequence across the hall; offline, each
desk numbers from a block the platform reserved for it ahead of time, so two desks never print the
same number. Without either (never synced today) the desk numbers on its own, as before sync."""

from __future__ import annotations

import time
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models.sync import SyncState

ONLINE_TIMEOUT = 0.8  # seconds a visitor waits at the kiosk before the desk's own block is used
OFFLINE_PAUSE = 30.0  # after a failure, use the block without asking for this long
BLOCK_SIZE = 50
BLOCK_LOW = 10  # refill when fewer are left


def block_key(prefix: str, day: date) -> str:
    return f"block:{prefix}:{day.isoformat()}"


class PlatformNumbers:
    """``numbers(session, prefix, day) -> seq | None``, for ``TicketService.numbers``."""

    def __init__(self, client_factory=None, clock=time.monotonic) -> None:
        self.client_factory = client_factory  # default PlatformClient, imported on first use (start-up stays light)
        self.clock = clock
        self.down_until = 0.0

    def __call__(self, session: Session, prefix: str, day: date) -> int | None:
        state = dict(session.execute(select(SyncState.key, SyncState.value)
                                     .where(SyncState.key.in_(("url", "device_id")))).all())
        if not state.get("device_id"):
            return None
        if self.clock() >= self.down_until:
            from desk.sync import credentials
            from desk.sync.client import PlatformClient, RetryPolicy, SyncError

            token = credentials.load_token(state["device_id"])
            if token:
                client = (self.client_factory or PlatformClient)(state["url"], token, retry=RetryPolicy(attempts=1))
                try:
                    return client.numbers(prefix, day, 1, timeout=ONLINE_TIMEOUT)[0]
                except SyncError:
                    self.down_until = self.clock() + OFFLINE_PAUSE
                finally:
                    client.close()
        return take_from_block(session, prefix, day)


def take_from_block(session: Session, prefix: str, day: date) -> int | None:
    row = session.get(SyncState, block_key(prefix, day))
    if row is None or not row.value:
        return None
    nxt, last = (int(x) for x in row.value.split(","))
    if nxt > last:
        return None
    row.value = f"{nxt + 1},{last}"
    return nxt


def blocks_to_refill(session: Session, prefixes: list[str], day: date) -> list[str]:
    out = []
    for prefix in prefixes:
        row = session.get(SyncState, block_key(prefix, day))
        if row is None or not row.value:
            out.append(prefix)
            continue
        nxt, last = (int(x) for x in row.value.split(","))
        if last - nxt + 1 < BLOCK_LOW:
            out.append(prefix)
    return out

"""Serve a center's changes after a cursor (docs/SYNC.md, "Pull").

The cursor is ``<epoch>.<seq>``. Every page is read against the center's sequence value S read first:
seq order is commit order (writers hold the center lock), so every record with seq <= S is committed
and visible, and a page that is not full may move the cursor to S. The body is assembled as text
from the stored JSON: pull is the bulk path of an initial sync."""

from __future__ import annotations

import json
import time

from sqlalchemy import bindparam, select

from central.centers import DeviceCtx
from central.db import Database
from central.entities import ENTITIES, mask, needs_mask
from central.models import center, record
from central.problems import Problem

POLL_INTERVAL = 0.05


def readable_entities(dev: DeviceCtx, requested: str | None) -> list[str]:
    if not requested:
        return [name for name, e in ENTITIES.items() if e.can_read(dev.roles)]
    names = [n.strip() for n in requested.split(",") if n.strip()]
    for name in names:
        entity = ENTITIES.get(name)
        if entity is None:
            raise Problem(422, "invalid", f"Unknown entity {name!r}.")
        if not entity.can_read(dev.roles):
            raise Problem(403, "forbidden", f"This device's roles may not read {name}.")
    return names


def parse_cursor(cursor: str | None) -> tuple[str | None, int]:
    if not cursor:
        return None, 0
    epoch, _, seq = cursor.partition(".")
    if not seq.isdigit() or not epoch:
        raise Problem(410, "cursor_expired", "The cursor was not issued by this platform; resync from the beginning.")
    return epoch, int(seq)


_center = select(center.c.epoch, center.c.seq, center.c.purge_seq).where(center.c.id == bindparam("c"))
_cols = (record.c.entity, record.c.id, record.c.version, record.c.seq, record.c.deleted, record.c.fields,
         record.c.updated_by)


def pull(db: Database, dev: DeviceCtx, cursor: str | None, limit: int, entities: str | None, wait: float) -> str:
    names = readable_entities(dev, entities)
    everything = set(names) >= set(ENTITIES)
    stmt = select(*_cols).where(record.c.center_id == dev.center_id, record.c.seq > bindparam("after"),
                                record.c.seq <= bindparam("upto"))
    if not everything:
        stmt = stmt.where(record.c.entity.in_(names))
    stmt = stmt.order_by(record.c.seq).limit(limit + 1)
    epoch, after = parse_cursor(cursor)
    deadline = time.monotonic() + wait
    while True:
        with db.read() as conn:
            c = conn.execute(_center, {"c": dev.center_id}).one()
            if epoch is not None and (epoch != c.epoch or after > c.seq):
                raise Problem(410, "cursor_expired", "The platform's database changed; resync from the beginning.")
            if epoch is not None and after < c.purge_seq:
                raise Problem(410, "cursor_expired", "Deleted records were purged; resync from the beginning.")
            epoch = c.epoch
            rows = conn.execute(stmt, {"after": after, "upto": c.seq}).all()
        if rows or time.monotonic() >= deadline:
            break
        after = c.seq  # nothing this device reads up to S: wait from there
        if not _wait_for_change(db, dev.center_id, c.seq, deadline):
            break
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_seq = rows[-1].seq if has_more else c.seq
    return _body(rows, f"{c.epoch}.{next_seq}", has_more, needs_mask(dev.roles))


def _wait_for_change(db: Database, center_id: int, seen: int, deadline: float) -> bool:
    """Poll the center's sequence (one indexed row) until it moves past ``seen``; False at the deadline."""
    q = select(center.c.seq).where(center.c.id == center_id)
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        time.sleep(min(POLL_INTERVAL, left))
        with db.engine.connect() as conn:
            if conn.execute(q).scalar_one() > seen:
                return True


def _body(rows, cursor: str, has_more: bool, masking: bool) -> str:
    dumps = json.dumps
    parts = []
    for entity, rid, version, seq, deleted, fields, updated_by in rows:
        if masking and '"id_number"' in fields:
            fields = json.dumps(mask(json.loads(fields)), ensure_ascii=False, separators=(",", ":"))
        parts.append(f'{{"entity":{dumps(entity)},"id":{dumps(rid, ensure_ascii=False)},"version":{version},'
                     f'"seq":{seq},"deleted":{"true" if deleted else "false"},"fields":{fields},'
                     f'"updated_by":{dumps(updated_by)}}}')
    return f'{{"records":[{",".join(parts)}],"cursor":{dumps(cursor)},"has_more":{"true" if has_more else "false"}}}'

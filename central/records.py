"""Record state in memory for one write transaction: load the records a batch touches in a few
queries, change them, then write every changed one once (bulk insert / bulk update).

Every write takes the next value of the center's sequence; the caller holds the center lock."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from central.models import center, record
from central.util import dumps

PLATFORM = "platform"
_CHUNK = 500  # ids per IN list


@dataclass
class State:
    entity: str
    id: str
    fields: dict[str, Any]
    stamps: dict[str, list]  # field -> [version, writer]
    version: int = 0
    seq: int = 0
    deleted: bool = False
    updated_by: str = PLATFORM
    stored: bool = False  # a row exists in the database
    dirty: bool = False


class Sequence:
    """The center's change counter inside one locked transaction."""

    def __init__(self, current: int) -> None:
        self.start = self.value = current

    def next(self) -> int:
        self.value += 1
        return self.value


def load(conn: Connection, center_id: int, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], State]:
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, rid in set(keys):
        by_entity[entity].append(rid)
    stmt = select(record.c.id, record.c.version, record.c.seq, record.c.deleted, record.c.fields,
                  record.c.stamps, record.c.updated_by).where(
        record.c.center_id == center_id, record.c.entity == bindparam("e"),
        record.c.id.in_(bindparam("ids", expanding=True)))
    out: dict[tuple[str, str], State] = {}
    for entity, ids in by_entity.items():
        for i in range(0, len(ids), _CHUNK):
            for rid, version, seq, deleted, fields, stamps, by in conn.execute(
                    stmt, {"e": entity, "ids": ids[i:i + _CHUNK]}):
                out[(entity, rid)] = State(entity, rid, json.loads(fields), json.loads(stamps), version, seq,
                                           bool(deleted), by, stored=True)
    return out


def new_state(entity: str, rid: str) -> State:
    return State(entity, rid, {}, {})


def write(state: State, changes: dict[str, Any], writer: str, seq: Sequence) -> None:
    """One new version of ``state`` with ``changes`` applied and stamped."""
    state.version += 1
    state.seq = seq.next()
    for name, value in changes.items():
        state.fields[name] = value
        state.stamps[name] = [state.version, writer]
    state.updated_by = writer
    state.dirty = True


def tombstone(state: State, writer: str, seq: Sequence) -> None:
    write(state, {}, writer, seq)
    state.deleted = True


_update = update(record).where(
    record.c.center_id == bindparam("b_center"), record.c.entity == bindparam("b_entity"),
    record.c.id == bindparam("b_id"),
).values(version=bindparam("b_version"), seq=bindparam("b_seq"), deleted=bindparam("b_deleted"),
         fields=bindparam("b_fields"), stamps=bindparam("b_stamps"), updated_by=bindparam("b_by"),
         updated_at=bindparam("b_at"))


def save(conn: Connection, center_id: int, states: Iterable[State], seq: Sequence, now: datetime) -> None:
    """Write the changed states and the center's new sequence value."""
    inserts, updates = [], []
    for s in states:
        if not s.dirty:
            continue
        if s.stored:
            updates.append({"b_center": center_id, "b_entity": s.entity, "b_id": s.id, "b_version": s.version,
                            "b_seq": s.seq, "b_deleted": s.deleted, "b_fields": dumps(s.fields),
                            "b_stamps": dumps(s.stamps), "b_by": s.updated_by, "b_at": now})
        else:
            inserts.append({"center_id": center_id, "entity": s.entity, "id": s.id, "version": s.version,
                            "seq": s.seq, "deleted": s.deleted, "fields": dumps(s.fields),
                            "stamps": dumps(s.stamps), "updated_by": s.updated_by, "updated_at": now})
        s.stored, s.dirty = True, False
    if inserts:
        conn.execute(insert(record), inserts)
    if updates:
        conn.execute(_update, updates)
    if seq.value != seq.start:
        conn.execute(update(center).where(center.c.id == center_id).values(seq=seq.value))
        seq.start = seq.value


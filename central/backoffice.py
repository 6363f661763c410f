"""The platform's own writes and views (12345 work orders, 110 referrals, the back office): used by the
admin API and the command line. Writes are stamped ``platform`` and take the center's sequence lock
like a push."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import delete, func, select, update

from central import records
from central.centers import center_id
from central.db import Database
from central.entities import ENTITIES
from central.models import applied_op, center, record
from central.problems import Problem
from central.records import PLATFORM
from central.util import utcnow


def _entity(name: str, status: int = 422) -> None:
    if name not in ENTITIES:
        raise Problem(status, "invalid" if status == 422 else "not_found", f"Unknown entity {name!r}.")


def create_record(db: Database, code: str, entity: str, fields: dict[str, Any], rid: str | None = None) -> dict:
    _entity(entity)
    rid = rid or str(uuid.uuid4())
    with db.write() as conn:
        cid = center_id(conn, code)
        seq = records.Sequence(db.lock_center(conn, cid))
        if records.load(conn, cid, [(entity, rid)]):
            raise Problem(409, "conflict", f"{entity} {rid!r} exists already.")
        state = records.new_state(entity, rid)
        records.write(state, fields, PLATFORM, seq)
        records.save(conn, cid, [state], seq, utcnow())
    return {"entity": entity, "id": rid, "version": state.version, "seq": state.seq}


def bulk_create(db: Database, code: str, entity: str, items: list[dict[str, Any]]) -> dict:
    """Many new records in one transaction (imports, and the paging tests)."""
    _entity(entity)
    with db.write() as conn:
        cid = center_id(conn, code)
        seq = records.Sequence(db.lock_center(conn, cid))
        states = []
        for fields in items:
            state = records.new_state(entity, str(uuid.uuid4()))
            records.write(state, fields, PLATFORM, seq)
            states.append(state)
        records.save(conn, cid, states, seq, utcnow())
    return {"entity": entity, "ids": [s.id for s in states], "first_seq": states[0].seq, "last_seq": states[-1].seq}


def _existing(conn, db: Database, code: str, entity: str, rid: str):
    _entity(entity, 404)
    cid = center_id(conn, code)
    seq = records.Sequence(db.lock_center(conn, cid))
    state = records.load(conn, cid, [(entity, rid)]).get((entity, rid))
    if state is None:
        raise Problem(404, "not_found", f"No {entity} {rid!r}.")
    return cid, seq, state


def patch_record(db: Database, code: str, entity: str, rid: str, fields: dict[str, Any]) -> dict:
    """The platform overrides: no merge check, no state machine (it is the authority)."""
    with db.write() as conn:
        cid, seq, state = _existing(conn, db, code, entity, rid)
        if state.deleted:
            raise Problem(409, "conflict", f"{entity} {rid!r} has been deleted.")
        records.write(state, fields, PLATFORM, seq)
        records.save(conn, cid, [state], seq, utcnow())
    return {"version": state.version, "seq": state.seq}


def delete_record(db: Database, code: str, entity: str, rid: str) -> dict:
    with db.write() as conn:
        cid, seq, state = _existing(conn, db, code, entity, rid)
        if not state.deleted:
            records.tombstone(state, PLATFORM, seq)
            records.save(conn, cid, [state], seq, utcnow())
    return {"version": state.version, "seq": state.seq}


def list_records(db: Database, code: str, entity: str | None, include_deleted: bool) -> list[dict]:
    with db.read() as conn:
        stmt = select(record.c.entity, record.c.id, record.c.version, record.c.seq, record.c.deleted,
                      record.c.fields, record.c.updated_by).where(record.c.center_id == center_id(conn, code))
        if entity:
            stmt = stmt.where(record.c.entity == entity)
        if not include_deleted:
            stmt = stmt.where(record.c.deleted.is_(False))
        rows = conn.execute(stmt.order_by(record.c.seq)).all()
    return [{"entity": r.entity, "id": r.id, "version": r.version, "seq": r.seq, "deleted": bool(r.deleted),
             "fields": json.loads(r.fields), "updated_by": r.updated_by} for r in rows]


def ops_count(db: Database, code: str) -> int:
    with db.read() as conn:
        cid = center_id(conn, code)
        return conn.execute(select(func.count()).select_from(applied_op).where(applied_op.c.center_id == cid)).scalar()


def purge(db: Database, code: str) -> dict:
    """Drop tombstones; cursors from before now must resync (they may have missed a deletion)."""
    with db.write() as conn:
        cid = center_id(conn, code)
        current = db.lock_center(conn, cid)
        purged = conn.execute(delete(record).where(record.c.center_id == cid, record.c.deleted.is_(True))).rowcount
        conn.execute(update(center).where(center.c.id == cid).values(purge_seq=current))
    return {"purged": purged, "horizon": current}

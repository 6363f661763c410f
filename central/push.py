"""Apply a batch of ops from a desk's outbox (docs/SYNC.md, "Push").

One transaction per request under the center's sequence lock: replays are looked up after the lock
is taken, so two concurrent replays of one op_id cannot both apply. Each op is checked on its own;
a bad op is ``rejected`` and never blocks the ones behind it."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select

from central import records
from central.centers import DeviceCtx
from central.db import Database
from central.entities import ENTITIES, mask, needs_mask, unmask
from central.models import applied_op
from central.records import State
from central.util import canonical, dumps, sha256, utcnow

KINDS = ("upsert", "delete", "command")
_MISSING = object()


class Rejected(Exception):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code, self.detail = code, detail


@dataclass
class Prepared:
    raw_id: str | None  # echoed in the result as sent
    op_id: str = ""  # the normalised UUID: the idempotency key
    entity: str = ""
    entity_id: str = ""
    kind: str = ""
    base_version: int = 0
    fields: dict | None = None
    command: dict | None = None
    payload_hash: str = ""
    error: Rejected | None = None


def prepare(op: dict[str, Any]) -> Prepared:
    """Check one op's shape; a malformed op becomes an ``invalid`` rejection."""
    raw_id = op.get("op_id")
    p = Prepared(raw_id if isinstance(raw_id, str) else None)
    try:
        try:
            p.op_id = str(uuid.UUID(raw_id))
        except (TypeError, ValueError, AttributeError):
            raise Rejected("invalid", "op_id must be a UUID.") from None
        p.entity, p.entity_id, p.kind = op.get("entity"), op.get("entity_id"), op.get("kind")
        base, p.fields, p.command = op.get("base_version"), op.get("fields", {}), op.get("command")
        if not isinstance(p.entity, str):
            raise Rejected("invalid", "entity must be a string.")
        if not isinstance(p.entity_id, str) or not 1 <= len(p.entity_id) <= 200 or "\x00" in p.entity_id:
            raise Rejected("invalid", "entity_id must be a string of 1 to 200 characters (no NUL).")
        if p.kind not in KINDS:
            raise Rejected("invalid", "kind must be upsert, delete or command.")
        if base is not None and (not isinstance(base, int) or isinstance(base, bool) or base < 0):
            raise Rejected("invalid", "base_version must be null or a non-negative integer.")
        p.base_version = base or 0
        if p.fields is None:
            p.fields = {}
        if not isinstance(p.fields, dict):
            raise Rejected("invalid", "fields must be an object.")
        if p.kind == "command":
            c = p.command
            if not (isinstance(c, dict) and c.get("name") == "transition" and isinstance(c.get("field"), str)
                    and isinstance(c.get("from"), str) and isinstance(c.get("to"), str)):
                raise Rejected("invalid", 'command must be {"name": "transition", "field", "from", "to"}.')
        p.payload_hash = sha256(canonical([p.entity, p.entity_id, p.kind, base, p.fields, p.command]))
    except Rejected as exc:
        p.error = exc
    return p


def apply_push(db: Database, dev: DeviceCtx, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    prepared = [prepare(op) for op in ops]
    valid = [p for p in prepared if p.error is None]
    now = utcnow()
    results: list[dict[str, Any]] = []
    with db.write() as conn:
        seq = records.Sequence(db.lock_center(conn, dev.center_id))
        known: dict[str, tuple[str, str]] = {}
        ids = list({p.op_id for p in valid})
        stmt = select(applied_op.c.op_id, applied_op.c.payload_hash, applied_op.c.result).where(
            applied_op.c.center_id == dev.center_id, applied_op.c.op_id.in_(bindparam("ids", expanding=True)))
        for i in range(0, len(ids), 500):
            for op_id, h, result in conn.execute(stmt, {"ids": ids[i:i + 500]}):
                known[op_id] = (h, result)
        states = records.load(conn, dev.center_id, ((p.entity, p.entity_id) for p in valid if p.entity in ENTITIES))
        new_ops = []
        for p in prepared:
            if p.error is not None:
                results.append(_rejected(p.raw_id, p.error))
                continue
            prior = known.get(p.op_id)
            if prior is not None:
                if prior[0] != p.payload_hash:
                    results.append(_rejected(p.raw_id, Rejected(
                        "idempotency_mismatch", "This op_id was used with a different payload.")))
                else:
                    results.append({**json.loads(prior[1]), "op_id": p.raw_id, "status": "duplicate"})
                continue
            try:
                result = _apply(p, states, dev, seq)
            except Rejected as exc:
                results.append(_rejected(p.raw_id, exc))
                continue
            stored = dumps(result)
            known[p.op_id] = (p.payload_hash, stored)
            new_ops.append({"center_id": dev.center_id, "op_id": p.op_id, "device_id": dev.device_id,
                            "payload_hash": p.payload_hash, "result": stored, "created_at": now})
            results.append(result)
        records.save(conn, dev.center_id, states.values(), seq, now)
        if new_ops:
            conn.execute(insert(applied_op), new_ops)
    return results


def _rejected(op_id: str | None, exc: Rejected) -> dict[str, Any]:
    return {"op_id": op_id, "status": "rejected", "code": exc.code, "detail": exc.detail}


def _same(a: Any, b: Any) -> bool:
    # True == 1 in Python, not in JSON: compare the encodings when Python calls them equal
    return a == b and canonical(a) == canonical(b)


def _apply(p: Prepared, states: dict[tuple[str, str], State], dev: DeviceCtx, seq: records.Sequence) -> dict:
    entity = ENTITIES.get(p.entity)
    if entity is None:
        raise Rejected("unknown_entity", f"Unknown entity {p.entity!r}.")
    if not entity.can_write(dev.roles):
        raise Rejected("forbidden", f"This device's roles may not write {p.entity}.")
    key = (p.entity, p.entity_id)
    state = states.get(key)
    masked = needs_mask(dev.roles)
    writer = dev.device_id

    if p.kind == "delete":
        if state is None:
            state = states[key] = records.new_state(*key)  # unknown here: a tombstone keeps the id dead
            records.tombstone(state, writer, seq)
        elif not state.deleted:
            records.tombstone(state, writer, seq)
        return _result(p, "applied", state, [])

    if state is None:
        if p.kind == "command":
            raise Rejected("invalid", "A command needs an existing record.")
        state = states[key] = records.new_state(*key)
        records.write(state, p.fields, writer, seq)
        return _result(p, "applied", state, list(p.fields))
    if state.deleted:
        raise Rejected("deleted", "The record has been deleted.")

    if p.kind == "command":
        c = p.command
        if c["field"] != entity.status_field:
            raise Rejected("invalid", f"{p.entity} changes state through {entity.status_field!r}.")
        if not entity.allows(c["from"], c["to"]):
            raise Rejected("illegal_transition", f"{c['from']} → {c['to']} is not allowed for {p.entity}.")
        current = state.fields.get(c["field"])
        if current != c["from"]:
            theirs = mask(current) if masked else current
            return _result(p, "conflict", state, [], {c["field"]: {"theirs": theirs}})
        changes = {k: (unmask(v, state.fields[k]) if masked and k in state.fields else v)
                   for k, v in p.fields.items() if k != c["field"]}
        changes[c["field"]] = c["to"]
        records.write(state, changes, writer, seq)
        return _result(p, "applied", state, list(changes))

    # upsert on an existing record: merge field by field
    status = entity.status_field
    if status and status in p.fields and status in state.fields and not _same(p.fields[status], state.fields[status]):
        raise Rejected("illegal_transition", f"Change {status!r} with a transition command, not a field write.")
    changes, applied, conflicts = {}, [], {}
    for name, value in p.fields.items():
        current = state.fields.get(name, _MISSING)
        if current is not _MISSING:
            if masked:
                value = unmask(value, current)
            if _same(value, current):
                applied.append(name)
                continue
            stamp = state.stamps.get(name)
            if stamp and stamp[0] > p.base_version and stamp[1] != writer:
                conflicts[name] = {"theirs": mask(current) if masked else current}
                continue
        changes[name] = value
        applied.append(name)
    if changes:
        records.write(state, changes, writer, seq)
    return _result(p, "conflict" if conflicts else "applied", state, applied, conflicts or None)


def _result(p: Prepared, status: str, state: State, applied: list[str], conflicts: dict | None = None) -> dict:
    out = {"op_id": p.raw_id, "status": status, "version": state.version, "seq": state.seq, "applied_fields": applied}
    if conflicts:
        out["conflicts"] = conflicts
    return out

"""Anchored audit (docs/SYNC.md, "Audit"): each desk reports the head of its local audit hash chain
with every sync, together with the hash it holds *now* for the record it anchored last time. A desk
that rewrote its history — even recomputing the whole chain so that it verifies locally — cannot
produce the hash the platform already holds, so the next sync is refused and the center's
administrators get an alert."""

from __future__ import annotations

from sqlalchemy import insert, select

from central.centers import DeviceCtx
from central.db import Database
from central.models import audit_alert, audit_anchor, device
from central.problems import Problem
from central.util import utcnow


def latest(db: Database, device_id: str) -> dict | None:
    a = audit_anchor.c
    with db.read() as conn:
        row = conn.execute(select(a.last_id, a.count, a.head_hash, a.received_at).where(a.device_id == device_id)
                           .order_by(a.id.desc()).limit(1)).first()
    if row is None:
        return None
    return {"last_id": row.last_id, "count": row.count, "head_hash": row.head_hash, "received_at": row.received_at}


def anchor(db: Database, dev: DeviceCtx, last_id: int, count: int, head_hash: str, previous: dict | None) -> dict:
    """Store the new head if it extends the last one; else 409 ``audit_rewritten`` and an alert."""
    before = latest(db, dev.device_id)
    problem = _mismatch(before, last_id, count, previous)
    now = utcnow()
    with db.write() as conn:
        if problem:
            conn.execute(insert(audit_alert).values(center_id=dev.center_id, device_id=dev.device_id,
                                                    detail=problem[:500], at=now))
        else:
            conn.execute(insert(audit_anchor).values(device_id=dev.device_id, last_id=last_id, count=count,
                                                     head_hash=head_hash, received_at=now))
    if problem:
        raise Problem(409, "audit_rewritten", problem)
    return {"last_id": last_id, "count": count, "verified_against": before["last_id"] if before else None}


def _mismatch(before: dict | None, last_id: int, count: int, previous: dict | None) -> str:
    if before is None:
        return ""
    if count < before["count"] or last_id < before["last_id"]:
        return f"the audit trail is shorter than anchored (record {last_id}, {count} rows; anchored {before['last_id']}, " \
               f"{before['count']} rows)"
    if not previous or previous.get("id") != before["last_id"]:
        return f"the desk did not prove record {before['last_id']}, the one anchored last"
    if previous.get("hash") != before["head_hash"]:
        return f"record {before['last_id']} no longer has the hash anchored on {before['received_at']:%Y-%m-%d %H:%M}"
    return ""


def alerts(db: Database, center_id: int) -> list[dict]:
    a, d = audit_alert.c, device.c
    with db.read() as conn:
        rows = conn.execute(select(a.device_id, d.name, a.detail, a.at).join(device, d.id == a.device_id, isouter=True)
                            .where(a.center_id == center_id).order_by(a.id)).all()
    return [{"device_id": r.device_id, "device_name": r.name or "", "detail": r.detail, "at": r.at} for r in rows]

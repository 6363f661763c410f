"""Anchored audit: every round sends the head of the desk's audit chain and proves the record it
anchored last still has its hash, so local history rewritten afterwards — even with the whole chain
recomputed so that `verify-audit` passes here — is refused at the next sync and alerted on the platform."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from desk.models.audit import AuditHead, AuditRecord
from desk.services.audit import GENESIS, chain_hash, record_content, verify_chain
from desk.services.permissions import SYSTEM
from desk.services.uow import UnitOfWork
from desk.sync.client import AuditRewritten


def alerts(central):
    return central.admin("GET", "/admin/centers/C001/audit-alerts").json()["alerts"]


def recompute_chain(desk) -> None:
    """What someone editing local.db by hand would do to hide it: rebuild every hash after the edit."""
    with desk.svc.db.writer() as s, s.begin():
        prev = GENESIS
        for rec in s.scalars(select(AuditRecord).order_by(AuditRecord.id)):
            content = record_content(rec.id, rec.at, rec.actor_id, rec.actor_name, rec.action, rec.entity,
                                     rec.entity_id, rec.summary, rec.changes)
            rec.prev_hash, rec.hash = prev, chain_hash(prev, content)
            prev = rec.hash
        last = s.scalar(select(AuditRecord).order_by(AuditRecord.id.desc()).limit(1))
        head = s.get(AuditHead, 1)
        head.last_id, head.last_hash = last.id, last.hash
        head.count = len(list(s.scalars(select(AuditRecord.id))))


def test_a_growing_trail_anchors_quietly(central, make_desk):
    desk = make_desk(central)
    desk.sync()
    with UnitOfWork(desk.svc.db, SYSTEM) as uow:
        uow.audit("test.event", "test", "1", summary="新的一条")
    desk.sync()
    desk.sync()  # unchanged: nothing to send
    assert alerts(central) == []


def test_history_rewritten_and_rechained_is_caught_at_the_next_sync(central, make_desk):
    desk = make_desk(central)
    desk.sync()
    with desk.svc.db.writer() as s, s.begin():
        rec = s.get(AuditRecord, 3)
        rec.summary = "（被改写的记录）"
    recompute_chain(desk)
    with desk.svc.db.reader() as s:
        assert verify_chain(s).ok  # locally the forgery checks out
    with pytest.raises(AuditRewritten):
        desk.sync()
    assert "AuditRewritten" in desk.engine.status().last_error
    [alert] = alerts(central)
    assert alert["device_name"] == "desk-1" and "no longer has the hash" in alert["detail"]


def test_a_trail_cut_short_is_caught(central, make_desk):
    desk = make_desk(central)
    desk.sync()
    with desk.svc.db.writer() as s, s.begin():
        last = s.get(AuditHead, 1).last_id
        s.execute(delete(AuditRecord).where(AuditRecord.id > last - 5))
    recompute_chain(desk)
    with pytest.raises(AuditRewritten):
        desk.sync()
    assert "shorter" in alerts(central)[0]["detail"]

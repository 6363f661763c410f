"""The outbox: every change to a synced row becomes an operation in the same transaction.

Changes are noticed at flush (SQLAlchemy's ``after_flush``, while the attribute history still says
what changed) and written as outbox rows just before the unit of work commits, so no service has to
remember to do it. A change of a record's state field is a command (``from`` → ``to``) the platform
checks against its state machine; other changed fields ride along with it or go as an upsert."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, event, inspect, select
from sqlalchemy.orm import Session

from desk.models.queue import Rating, Ticket
from desk.models.sync import SyncOutbox, SyncRecord, SyncState
from desk.services.sync_entities import BY_ENTITY, BY_MODEL, CHILD_MODELS, RefCodec, Spec, is_platform_copy, snapshot
from desk.timeutil import to_local, utcnow

CAPTURE = "sync_capture"  # session.info: set by UnitOfWork
APPLYING = "sync_applying"  # session.info: set while applying the platform's changes (no echo back)
_MARKS = "sync_marks"


@dataclass
class _Mark:
    created: bool = False
    deleted: bool = False
    fields: set[str] = field(default_factory=set)
    transitions: list[tuple[Any, Any]] = field(default_factory=list)


@event.listens_for(Session, "after_flush")
def _notice(session: Session, _ctx) -> None:
    if not session.info.get(CAPTURE) or session.info.get(APPLYING):
        return
    marks: dict[tuple[str, str], _Mark] = session.info.setdefault(_MARKS, {})
    for state, objs in (("new", session.new), ("dirty", session.dirty), ("deleted", session.deleted)):
        for obj in objs:
            spec = BY_MODEL.get(type(obj))
            if spec is not None:
                _notice_row(marks, spec, obj, state)
                continue
            parent = CHILD_MODELS.get(type(obj))
            if parent is not None:
                parent_spec, ch = parent
                parent_id = _parent_id(obj, ch.parent_key)
                if parent_id is not None:
                    marks.setdefault((parent_spec.entity, parent_id), _Mark()).fields.add(ch.wire)


def _notice_row(marks: dict, spec: Spec, obj: Any, state: str) -> None:
    mark = marks.setdefault((spec.entity, spec.local_id(obj)), _Mark())
    if state == "new":
        mark.created = True
        return
    if state == "deleted":
        mark.deleted = True
        return
    attrs = inspect(obj).attrs
    for attr in spec.columns:
        hist = attrs[attr].history
        if not hist.has_changes():
            continue
        if attr == spec.status and hist.deleted and hist.added:
            mark.transitions.append((hist.deleted[0], hist.added[0]))
        else:
            mark.fields.add(spec.wire_name(attr))


def _parent_id(child: Any, key: str) -> Any:
    value = getattr(child, key, None)
    if value is None:
        hist = inspect(child).attrs[key].history
        value = hist.deleted[0] if hist.deleted else None
    return value


def mark(session: Session, entity: str, local_id: str, fields: set[str], transition: tuple[Any, Any] | None = None) -> None:
    """Note a change made with a Core UPDATE (which leaves no attribute history), e.g. a guarded ticket call."""
    if not session.info.get(CAPTURE) or session.info.get(APPLYING):
        return
    m = session.info.setdefault(_MARKS, {}).setdefault((entity, local_id), _Mark())
    m.fields |= fields
    if transition:
        m.transitions.append(transition)


def sync_enabled(session: Session) -> bool:
    """Only an enrolled desk keeps an outbox (enrolling queues everything that exists then)."""
    return bool(session.scalar(select(SyncState.value).where(SyncState.key == "device_id")))


def write_outbox(session: Session) -> None:
    """Turn the changes noticed in this transaction into outbox rows (called just before commit)."""
    marks: dict[tuple[str, str], _Mark] | None = session.info.pop(_MARKS, None)
    if not marks or session.info.get(APPLYING) or not sync_enabled(session):
        return
    codec = RefCodec(session)
    for (entity, local_id), mark in marks.items():
        spec = BY_ENTITY[entity]
        obj = spec.find(session, local_id)
        link = session.scalar(select(SyncRecord).where(SyncRecord.entity == entity, SyncRecord.local_id == local_id))
        if mark.deleted or obj is None:
            _deleted(session, entity, link)
            continue
        if link is None:
            enqueue_new(session, spec, obj, codec)
            continue
        changed = mark.fields - {spec.wire_name(spec.status)} if spec.status else mark.fields
        if mark.created:
            changed = set(spec.wire_fields)
        transitions = [t for t in mark.transitions if t[0] != t[1]]
        for i, (before, after) in enumerate(transitions):
            last = i == len(transitions) - 1
            _add(session, entity, link.entity_id, "command", link.version,
                 snapshot(spec, obj, codec, only=changed) if last else {},
                 {"name": "transition", "field": spec.status, "from": before, "to": after})
        if changed and not transitions:
            _add(session, entity, link.entity_id, "upsert", link.version, snapshot(spec, obj, codec, only=changed))


def enqueue_new(session: Session, spec: Spec, obj: Any, codec: RefCodec) -> bool:
    """Queue the whole row as a new platform record (a paper copy of a platform record waits instead)."""
    if is_platform_copy(spec, obj):
        return False
    key = spec.local_id(obj)
    session.add(SyncRecord(entity=spec.entity, entity_id=key, local_id=key, version=0))
    _add(session, spec.entity, key, "upsert", None, snapshot(spec, obj, codec))
    return True


def _deleted(session: Session, entity: str, link: SyncRecord | None) -> None:
    if link is None:
        return
    if link.version == 0:  # never reached the platform: forget it, and what was queued for it
        session.execute(delete(SyncOutbox).where(SyncOutbox.entity == entity, SyncOutbox.entity_id == link.entity_id))
        session.delete(link)
        return
    _add(session, entity, link.entity_id, "delete", link.version, {})


def _add(session: Session, entity: str, entity_id: str, kind: str, base: int | None, fields: dict,
         command: dict | None = None) -> None:
    session.add(SyncOutbox(
        op_id=str(uuid.uuid4()), entity=entity, entity_id=entity_id, kind=kind, base_version=base,
        fields=json.dumps(fields, ensure_ascii=False, sort_keys=True),
        command=json.dumps(command, ensure_ascii=False) if command else "", created_at=utcnow()))


def enqueue_all(session: Session) -> int:
    """On enrollment: every synced row not yet known to the platform becomes a new-record operation
    (of the queue only today's: past tickets are this desk's history, not the hall's queue)."""
    codec = RefCodec(session)
    count = 0
    now = utcnow()
    recent = {"ticket": Ticket.day >= to_local(now).date(), "rating": Rating.rated_at >= now - timedelta(days=1)}
    for spec in BY_ENTITY.values():
        known = set(session.scalars(select(SyncRecord.local_id).where(SyncRecord.entity == spec.entity)))
        query = select(spec.model)
        if spec.entity in recent:
            query = query.where(recent[spec.entity])
        for obj in session.scalars(query):
            if spec.local_id(obj) not in known and enqueue_new(session, spec, obj, codec):
                count += 1
    return count

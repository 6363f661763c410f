""""Needs attention": the conflicts and refusals sync could not settle alone, and what a person decides.

A conflict is one field both sides changed: keep mine (pushed again on the platform's latest version)
or take theirs (written locally, nothing pushed). A refused operation can be sent again or dismissed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desk.errors import NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.sync import SyncProblem, SyncRecord
from desk.services.permissions import Actor
from desk.services.sync_entities import BY_ENTITY, RefCodec, apply_fields, snapshot
from desk.services.sync_outbox import APPLYING
from desk.services.sync_outbox import _add as add_op
from desk.services.uow import UnitOfWork
from desk.sync.apply import Applier
from desk.timeutil import utcnow

CHOICES = ("mine", "theirs", "retry", "dismiss")


@dataclass(frozen=True)
class Problem:
    id: int
    kind: str
    entity: str
    entity_id: str
    field: str
    mine: object
    theirs: object
    code: str
    detail: str
    created_at: datetime
    title: str = ""  # the record's number (case, work order, incident): what a clerk recognises


TITLES = {"mediation_case": "number", "work_order": "number",
          "police_referral": "incident_no"}


class Attention:
    def __init__(self, services) -> None:
        self.svc = services
        self.db = services.db

    def open_items(self, limit: int = 500) -> list[Problem]:
        with self.db.reader() as s:
            rows = s.scalars(select(SyncProblem).where(SyncProblem.resolved_at.is_(None))
                             .order_by(SyncProblem.id).limit(limit))
            return [Problem(r.id, r.kind, r.entity, r.entity_id, r.field, _load(r.mine), _load(r.theirs), r.code,
                            r.detail, r.created_at, _title(s, r.entity, r.entity_id)) for r in rows]

    def resolve(self, actor: Actor, problem_id: int, choice: str) -> None:
        if choice not in CHOICES:
            raise ValidationError("choice", QT_TRANSLATE_NOOP("Errors", "Choose mine or theirs."))
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            s.info[APPLYING] = True  # what we write locally here is not a new change to push
            p = s.get(SyncProblem, problem_id)
            if p is None or p.resolved_at is not None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This item has been dealt with already."))
            link = s.get(SyncRecord, (p.entity, p.entity_id))
            spec = BY_ENTITY.get(p.entity)
            if p.kind == "conflict" and choice in ("mine", "theirs"):
                obj = spec.find(s, link.local_id) if spec and link else None
                if obj is None:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "This record no longer exists on this desk."))
                codec = RefCodec(s)
                if choice == "theirs":
                    changed = apply_fields(spec, obj, {p.field: _load(p.theirs)}, codec, set())
                    Applier(self.svc, uow)._after(spec, obj, changed)
                elif p.field == spec.status:
                    add_op(s, p.entity, p.entity_id, "command", p.version, {},
                           {"name": "transition", "field": p.field, "from": _load(p.theirs), "to": getattr(obj, p.field)})
                else:
                    add_op(s, p.entity, p.entity_id, "upsert", p.version, snapshot(spec, obj, codec, only={p.field}))
            elif p.kind == "rejected" and choice == "retry":
                op = json.loads(p.payload or "{}")
                add_op(s, p.entity, p.entity_id, op.get("kind", "upsert"), link.version if link else op.get("base_version"),
                       op.get("fields") or {}, op.get("command"))
            elif choice != "dismiss":
                raise ValidationError("choice", QT_TRANSLATE_NOOP("Errors", "This choice does not apply to this item."))
            p.resolved_at, p.resolution = utcnow(), choice
            uow.audit("sync.attention.resolve", p.entity, p.entity_id, summary=f"{p.kind} {p.field} {choice}")


def _title(s, entity: str, entity_id: str) -> str:
    """The record's number (no personal data, so looking it up is not a view to audit)."""
    spec = BY_ENTITY.get(entity)
    if spec is None or entity not in TITLES:
        return ""
    local_id = s.scalar(select(SyncRecord.local_id).where(SyncRecord.entity == entity, SyncRecord.entity_id == entity_id))
    column = getattr(spec.model, TITLES[entity])
    return s.scalar(select(column).where(spec.model.id == (local_id or entity_id))) or ""


def _load(text: str) -> object:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return text

"""Hash-chained audit trail: append inside a unit of work, verify the whole chain, query pages.

Each record's hash is sha256(previous hash + canonical JSON of its own content, id included),
so editing, deleting or reordering any row breaks the chain at that row; ``audit_head`` keeps
the last id, hash and count so removing the newest rows is detected as well.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.audit import AuditHead, AuditRecord
from desk.services.permissions import Actor
from desk.timeutil import utcnow
from desk.validation import drop_controls, mask_id_number, mask_personal_text, mask_phone

GENESIS = "0" * 64
SECRET_FIELDS = {"password", "password_hash", "token", "secret"}
ID_FIELDS = {"id_number", "credit_code"}
PHONE_FIELDS = {"phone", "mobile"}


def canonical(content: dict[str, Any]) -> bytes:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def record_content(
    rec_id: int, at: datetime, actor_id: int | None, actor_name: str, action: str,
    entity: str, entity_id: str, summary: str, changes: str,
) -> dict[str, Any]:
    return {
        "id": rec_id, "at": at.isoformat(sep=" "), "actor_id": actor_id, "actor_name": actor_name,
        "action": action, "entity": entity, "entity_id": entity_id, "summary": summary,
        "changes": changes,
    }


def chain_hash(prev_hash: str, content: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical(content)).hexdigest()


def _mask_value(key: str, value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    if key in SECRET_FIELDS:
        return "***"
    if key in ID_FIELDS:
        return mask_id_number(text)
    if key in PHONE_FIELDS:
        return mask_phone(text)
    return mask_personal_text(text)


def masked_changes(changes: dict[str, tuple[Any, Any]] | None) -> str:
    """Field changes as JSON ``{field: [old, new]}`` with personal data masked."""
    if not changes:
        return ""
    out = {k: [_mask_value(k, old), _mask_value(k, new)] for k, (old, new) in sorted(changes.items())}
    return json.dumps(out, ensure_ascii=False, sort_keys=True, default=str)


def append(
    session: Session, actor: Actor, action: str, entity: str, entity_id: str | int = "",
    summary: str = "", changes: dict[str, tuple[Any, Any]] | None = None,
) -> AuditRecord:
    """Add one chained record to the session's (write-locked) transaction."""
    head = session.get(AuditHead, 1)
    prev_hash = head.last_hash if head else GENESIS
    rec_id = (head.last_id if head else 0) + 1
    at = utcnow()
    content = record_content(
        rec_id, at, actor.user_id, actor.full_name, action, entity, str(entity_id),
        mask_personal_text(summary), masked_changes(changes),
    )
    rec = AuditRecord(
        id=rec_id, at=at, actor_id=actor.user_id, actor_name=actor.full_name, action=action,
        entity=entity, entity_id=str(entity_id), summary=content["summary"],
        changes=content["changes"], prev_hash=prev_hash, hash=chain_hash(prev_hash, content),
    )
    session.add(rec)
    if head is None:
        session.add(AuditHead(id=1, last_id=rec_id, last_hash=rec.hash, count=1))
    else:
        head.last_id, head.last_hash, head.count = rec_id, rec.hash, head.count + 1
    return rec


CHAIN_TEXT = {
    "ok": QT_TRANSLATE_NOOP("Chain", "{checked} records, chain intact"),
    "empty": QT_TRANSLATE_NOOP("Chain", "the audit trail is empty"),
    "missing": QT_TRANSLATE_NOOP("Chain", "record {id} is missing (deleted)"),
    "order": QT_TRANSLATE_NOOP("Chain", "record {id} does not follow record {prev}"),
    "changed": QT_TRANSLATE_NOOP("Chain", "record {id} was changed after it was written"),
    "truncated": QT_TRANSLATE_NOOP(
        "Chain", "the newest records were removed: the chain ends at {prev}, the head says {head}"),
}


@dataclass(frozen=True)
class ChainReport:
    """Result of a chain check; ``problem`` keys CHAIN_TEXT so each surface words it in its language."""

    ok: bool
    checked: int
    broken_id: int | None = None
    problem: str = "ok"
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, translate: Callable[[str, str], str] = lambda _c, s: s) -> str:
        return translate("Chain", CHAIN_TEXT[self.problem]).format(checked=self.checked, **self.params)

    @property
    def message(self) -> str:
        return self.text()


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain in id order; report the first record that does not fit."""
    cols = (
        AuditRecord.id, AuditRecord.at, AuditRecord.actor_id, AuditRecord.actor_name,
        AuditRecord.action, AuditRecord.entity, AuditRecord.entity_id, AuditRecord.summary,
        AuditRecord.changes, AuditRecord.prev_hash, AuditRecord.hash,
    )
    prev_hash, prev_id, checked = GENESIS, 0, 0
    rows = session.execute(select(*cols).order_by(AuditRecord.id).execution_options(yield_per=5000))
    for row in rows:
        rec_id = row.id
        if rec_id != prev_id + 1:
            return ChainReport(False, checked, prev_id + 1, "missing", {"id": prev_id + 1})
        if row.prev_hash != prev_hash:
            return ChainReport(False, checked, rec_id, "order", {"id": rec_id, "prev": prev_id})
        content = record_content(*row[:9])
        if chain_hash(prev_hash, content) != row.hash:
            return ChainReport(False, checked, rec_id, "changed", {"id": rec_id})
        prev_hash, prev_id, checked = row.hash, rec_id, checked + 1
    head = session.get(AuditHead, 1)
    if head is None and checked == 0:
        return ChainReport(True, 0, None, "empty")
    if head is None or head.last_id != prev_id or head.last_hash != prev_hash or head.count != checked:
        return ChainReport(False, checked, prev_id + 1, "truncated",
                           {"prev": prev_id, "head": head.last_id if head else "?"})
    return ChainReport(True, checked, None, "ok")


@dataclass(frozen=True)
class AuditQuery:
    actor_id: int | None = None
    entity: str | None = None
    entity_id: str | None = None
    action_prefix: str | None = None
    text: str | None = None
    date_from: datetime | None = None  # UTC, inclusive
    date_to: datetime | None = None  # UTC, exclusive

    def apply(self, stmt: Select) -> Select:
        if self.actor_id is not None:
            stmt = stmt.where(AuditRecord.actor_id == self.actor_id)
        if self.entity:
            stmt = stmt.where(AuditRecord.entity == self.entity)
        if self.entity_id:
            stmt = stmt.where(AuditRecord.entity_id == self.entity_id)
        if self.action_prefix:
            stmt = stmt.where(AuditRecord.action.startswith(self.action_prefix, autoescape=True))
        if self.text:
            like = f"%{drop_controls(self.text)}%"  # a lone surrogate cannot be bound
            stmt = stmt.where(or_(AuditRecord.summary.like(like), AuditRecord.actor_name.like(like)))
        if self.date_from is not None:
            stmt = stmt.where(AuditRecord.at >= self.date_from)
        if self.date_to is not None:
            stmt = stmt.where(AuditRecord.at < self.date_to)
        return stmt


def count(session: Session, query: AuditQuery) -> int:
    return session.scalar(query.apply(select(func.count()).select_from(AuditRecord))) or 0


def page(session: Session, query: AuditQuery, offset: int, limit: int) -> list[AuditRecord]:
    # Newest first by time: ix_audit_record_at (which carries the rowid) serves this order without a sort.
    stmt = (query.apply(select(AuditRecord)).order_by(AuditRecord.at.desc(), AuditRecord.id.desc())
            .offset(offset).limit(limit))
    return list(session.scalars(stmt))

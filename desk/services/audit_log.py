"""Reading the audit trail (administrator, center head): pages of records and the chain check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desk.db import Database
from desk.models.accounts import User
from desk.services import audit
from desk.services.audit import AuditQuery, ChainReport
from desk.services.permissions import Actor, Perm
from desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor_name: str
    action: str
    entity: str
    entity_id: str
    summary: str
    changes: str


class AuditLogService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, actor: Actor, query: AuditQuery) -> int:
        actor.require(Perm.AUDIT_VIEW)
        with self.db.reader() as s:
            return audit.count(s, query)

    def page(self, actor: Actor, query: AuditQuery, offset: int, limit: int) -> list[AuditRow]:
        actor.require(Perm.AUDIT_VIEW)
        with self.db.reader() as s:
            return [AuditRow(r.id, r.at, r.actor_name, r.action, r.entity, r.entity_id, r.summary, r.changes)
                    for r in audit.page(s, query, offset, limit)]

    def people(self, actor: Actor) -> list[tuple[int, str]]:
        """(user id, name) of every account, for the person filter."""
        actor.require(Perm.AUDIT_VIEW)
        with self.db.reader() as s:
            return [(u.id, u.full_name) for u in s.scalars(select(User).order_by(User.full_name))]

    def verify(self, actor: Actor) -> ChainReport:
        actor.require(Perm.AUDIT_VIEW)
        with self.db.reader() as s:
            report = audit.verify_chain(s)
        with UnitOfWork(self.db, actor) as uow:
            uow.audit("audit.verify", "audit", "", summary=report.message)
        return report

"""The hash-chained audit trail (全留痕): one row per create, change, transition, login, print, export."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base


class AuditRecord(Base):
    """Each row's ``hash`` covers ``prev_hash`` and its own canonical content (services/audit.py)."""

    __tablename__ = "audit_record"
    __table_args__ = (
        Index("ix_audit_record_entity", "entity", "entity_id"),
        Index("ix_audit_record_at", "at"),
        Index("ix_audit_record_actor", "actor_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor_id: Mapped[int | None]
    actor_name: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's last id, hash and length, so deleting the newest rows is detected too."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int]
    last_hash: Mapped[str] = mapped_column(String(64))
    count: Mapped[int]

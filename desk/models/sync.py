"""What sync keeps in local.db: the outbox of local changes, the platform version of each synced
record, the pull cursor and status, and the items that need a person (conflicts, rejections)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base

PROBLEM_KINDS = ("conflict", "rejected", "apply_failed")


class SyncOutbox(Base):
    """One local change waiting to be pushed, written in the transaction that made it. Rows are pushed
    in ``id`` order and deleted when the platform has answered for them."""

    __tablename__ = "sync_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)  # the idempotency key
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(10))  # upsert, delete, command
    base_version: Mapped[int | None] = mapped_column(default=None)
    fields: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the changed fields' values
    command: Mapped[str] = mapped_column(Text, default="")  # JSON, for kind == "command"
    created_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(default=0)


Index("ix_sync_outbox_entity", SyncOutbox.entity, SyncOutbox.entity_id)


class SyncRecord(Base):
    """A synced record: its platform id, the local row it is (the same id, except a copy typed from
    paper that the platform's record adopted), and the platform version last seen (the base of the next
    change; 0 = not on the platform yet)."""

    __tablename__ = "sync_record"
    __table_args__ = (Index("ix_sync_record_local", "entity", "local_id", unique=True),)

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(default=0)
    deleted: Mapped[bool] = mapped_column(default=False)


class SyncState(Base):
    """Key/value state of the sync engine: cursor, device, last success, last error."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SyncProblem(Base):
    """Something sync could not settle alone: a field both sides changed (mine / theirs), an operation
    the platform refused, or a pulled record that could not be applied. Listed under "needs attention"."""

    __tablename__ = "sync_problem"
    __table_args__ = (Index("ix_sync_problem_open", "resolved_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(60), default="")  # conflicts: one row per field
    mine: Mapped[str] = mapped_column(Text, default="")  # JSON value
    theirs: Mapped[str] = mapped_column(Text, default="")  # JSON value
    version: Mapped[int] = mapped_column(default=0)  # the platform version "theirs" belongs to
    code: Mapped[str] = mapped_column(String(40), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[str] = mapped_column(Text, default="")  # the op or the record, JSON
    created_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[str] = mapped_column(String(20), default="")  # mine, theirs, retried, dismissed

"""Tables of the platform (created with ``Base.metadata.create_all``; the schema is versioned with
the protocol, so there are no migrations yet).

JSON is stored as text: records are written once per change and served verbatim by pull, so the
database never needs to look inside. Timestamps are naive UTC."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Center(Base):
    __tablename__ = "center"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # a new database (or a re-created center) gets a new epoch, which invalidates every cursor
    epoch: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(BigInteger, default=0)  # the last change sequence handed out
    purge_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # cursors below this get 410
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Device(Base):
    __tablename__ = "device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(200))  # comma separated
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 hex; the token is never stored
    client_version: Mapped[str] = mapped_column(String(50), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class EnrollmentCode(Base):
    __tablename__ = "enrollment_code"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    roles: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Record(Base):
    __tablename__ = "record"
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    fields: Mapped[str] = mapped_column(Text)  # JSON object
    # JSON {field: [version, writer]}: who last wrote each field at which version (the merge needs it)
    stamps: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(36))  # device id or "platform"
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_record_center_seq", "center_id", "seq", unique=True),)


class AppliedOp(Base):
    """Idempotency memory: op_id → payload hash and the result first returned."""

    __tablename__ = "applied_op"
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id"), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    payload_hash: Mapped[str] = mapped_column(String(64))
    result: Mapped[str] = mapped_column(Text)  # JSON
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Dictionary(Base):
    __tablename__ = "dictionary"
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    items: Mapped[str] = mapped_column(Text)  # JSON list, served verbatim
    etag: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class QueueCounter(Base):
    """The last queue number handed out per (center, service, day); allocation bumps it in place, so
    the row lock (or SQLite's single writer) keeps concurrent allocations from overlapping."""

    __tablename__ = "queue_counter"
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id"), primary_key=True)
    service: Mapped[str] = mapped_column(String(8), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class AuditAnchor(Base):
    """The head of a device's audit hash chain as it reported it at a sync (docs/SYNC.md, "Audit")."""

    __tablename__ = "audit_anchor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"), index=True)
    last_id: Mapped[int] = mapped_column(BigInteger)
    count: Mapped[int] = mapped_column(BigInteger)
    head_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(DateTime)


class AuditAlert(Base):
    """A device whose audit history no longer matches what it anchored: rewritten or cut short."""

    __tablename__ = "audit_alert"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    center_id: Mapped[int] = mapped_column(ForeignKey("center.id"), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    detail: Mapped[str] = mapped_column(String(500))
    at: Mapped[datetime] = mapped_column(DateTime)


class AdminToken(Base):
    __tablename__ = "admin_token"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


center = Center.__table__
device = Device.__table__
enrollment_code = EnrollmentCode.__table__
record = Record.__table__
applied_op = AppliedOp.__table__
dictionary = Dictionary.__table__
queue_counter = QueueCounter.__table__
admin_token = AdminToken.__table__
audit_anchor = AuditAnchor.__table__
audit_alert = AuditAlert.__table__

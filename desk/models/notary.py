"""Notary-agency point (公证代办): the matters catalogue with its materials, the intakes taken on
behalf of the notary office, and the batches forwarded to it with a signed hand-over list."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base

# received → incomplete (补正) / complete → forwarded → accepted → issued → ready → collected;
# withdrawn while still at the center.
INTAKE_STATES = ("received", "incomplete", "complete", "forwarded", "accepted", "issued", "ready", "collected",
                 "withdrawn")
MATERIAL_STATES = ("missing", "received", "copied")  # copied: a copy kept, the original handed back


class NotaryMatter(Base):
    """A kind of notarisation the point takes in (亲属关系公证 …) with what the applicant must bring."""

    __tablename__ = "notary_matter"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    use_abroad: Mapped[bool] = mapped_column(default=False)  # asks purpose and country of use
    days_expected: Mapped[int] = mapped_column(default=10)  # working days until the certificate is back
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    source: Mapped[str] = mapped_column(String(10), default="local")

    materials: Mapped[list[NotaryMaterial]] = relationship(
        cascade="all, delete-orphan", order_by="NotaryMaterial.position", lazy="selectin")


class NotaryMaterial(Base):
    __tablename__ = "notary_material"

    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("notary_matter.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(100))
    required: Mapped[bool] = mapped_column(default=True)


class NotaryBatch(Base):
    """Intakes handed to the notary office together; the printed 转递清单 is signed by both sides."""

    __tablename__ = "notary_batch"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(30), unique=True)
    office: Mapped[str] = mapped_column(String(100))
    forwarded_on: Mapped[date]
    forwarded_by: Mapped[str] = mapped_column(String(50), default="")
    received_by: Mapped[str] = mapped_column(String(50), default="")  # the office's clerk, once confirmed
    created_at: Mapped[datetime]


class NotaryIntake(Base):
    __tablename__ = "notary_intake"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_notary_intake_state", "state", "received_on"),
        Index("ix_notary_intake_received", "received_on"),
        Index("ix_notary_intake_matter", "matter_id", "received_on"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(30), unique=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("notary_matter.id"))
    matter_name: Mapped[str] = mapped_column(String(50))  # as it was named when taken in
    purpose: Mapped[str] = mapped_column(String(200), default="")  # 用途, e.g. 留学、探亲
    use_country: Mapped[str] = mapped_column(String(50), default="")  # 使用地
    copies: Mapped[int] = mapped_column(default=1)
    notes: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(12), default="received")
    missing_note: Mapped[str] = mapped_column(Text, default="")  # what else is needed, beyond the checklist
    ticket_id: Mapped[str | None] = mapped_column(String(36), default=None)
    received_on: Mapped[date]
    expected_on: Mapped[date]  # when the applicant may come back, on the working-day calendar
    clerk_id: Mapped[int | None] = mapped_column(default=None)
    clerk_name: Mapped[str] = mapped_column(String(50), default="")
    batch_id: Mapped[str | None] = mapped_column(ForeignKey("notary_batch.id"), default=None, index=True)
    forwarded_on: Mapped[date | None] = mapped_column(default=None)
    accepted_on: Mapped[date | None] = mapped_column(default=None)
    office_ref: Mapped[str] = mapped_column(String(40), default="")  # 公证处受理号
    issued_on: Mapped[date | None] = mapped_column(default=None)
    certificate_no: Mapped[str] = mapped_column(String(60), default="")
    ready_on: Mapped[date | None] = mapped_column(default=None)
    collected_on: Mapped[date | None] = mapped_column(default=None)
    collected_by: Mapped[str] = mapped_column(String(100), default="")
    withdraw_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    applicants: Mapped[list[NotaryApplicant]] = relationship(
        cascade="all, delete-orphan", order_by="NotaryApplicant.position", lazy="selectin")
    materials: Mapped[list[IntakeMaterial]] = relationship(
        cascade="all, delete-orphan", order_by="IntakeMaterial.position", lazy="selectin")


class NotaryApplicant(Base):
    __tablename__ = "notary_applicant"
    __table_args__ = (Index("ix_notary_applicant_name", "name"), Index("ix_notary_applicant_phone", "phone"))

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[str] = mapped_column(ForeignKey("notary_intake.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(1), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(200), default="")


class IntakeMaterial(Base):
    """One line of an intake's checklist, copied from the matter when taken in."""

    __tablename__ = "notary_intake_material"

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[str] = mapped_column(ForeignKey("notary_intake.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(100))
    required: Mapped[bool] = mapped_column(default=True)
    status: Mapped[str] = mapped_column(String(10), default="missing")

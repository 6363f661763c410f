"""Hand-overs with deadlines: police referrals (公调对接, both directions) and the platform's work
orders (工单). Due dates are stored when a record arrives (on the working-day calendar of that day),
so the overdue and due-soon lists are index range scans."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base

ORIGINS = ("platform", "paper")  # pulled by sync, or typed in from the paper letter
DIRECTIONS = ("inbound", "outbound")  # police → mediation; mediation → police (art. 25)
INBOUND_STATES = ("received", "accepted", "declined", "mediating", "succeeded", "failed", "feedback_sent")
OUTBOUND_STATES = ("transferred", "acknowledged", "concluded")
ORDER_SOURCES = ("hotline_12345", "grid", "police_110", "other")
ORDER_STATES = ("assigned", "signed", "handling", "return_requested", "returned", "completed")
EXTENSION_STATES = ("", "requested", "granted", "refused")
NOTE_KINDS = ("sign", "note", "return_request", "return_decision", "extension_request", "extension_decision",
              "completion")


class PoliceReferral(Base):
    """A dispute handed over by a police station (inbound) or to one (outbound, art. 25)."""

    __tablename__ = "police_referral"
    __table_args__ = (
        Index("ix_police_referral_state", "direction", "state", "received_on"),
        Index("ix_police_referral_received", "received_on"),
        Index("ix_police_referral_incident", "incident_no"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(10), default="inbound")
    origin: Mapped[str] = mapped_column(String(10), default="paper")
    platform_id: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)  # sync's key
    state: Mapped[str] = mapped_column(String(20))
    incident_no: Mapped[str] = mapped_column(String(40), default="")  # 警情编号
    station: Mapped[str] = mapped_column(String(100), default="")  # 派出所
    officer: Mapped[str] = mapped_column(String(50), default="")
    officer_phone: Mapped[str] = mapped_column(String(20), default="")
    referred_on: Mapped[date]  # the letter's date
    received_on: Mapped[date]  # the day the desk got it (deadlines count from here)
    category_code: Mapped[str] = mapped_column(String(40), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    police_opinion: Mapped[str] = mapped_column(Text, default="")  # inbound: 处理意见; outbound: why transferred
    place: Mapped[str] = mapped_column(String(200), default="")
    ack_due: Mapped[date]  # inbound: we accept by; outbound: police acknowledge by
    feedback_due: Mapped[date]  # inbound: our result letter by; outbound: police feedback by
    case_id: Mapped[str | None] = mapped_column(ForeignKey("mediation_case.id"), default=None, index=True)
    accepted_on: Mapped[date | None] = mapped_column(default=None)
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    result_note: Mapped[str] = mapped_column(Text, default="")  # outcome in words; outbound: police result
    concluded_on: Mapped[date | None] = mapped_column(default=None)  # mediation ended / police concluded
    feedback_on: Mapped[date | None] = mapped_column(default=None)
    feedback_method: Mapped[str] = mapped_column(String(40), default="")
    created_by_id: Mapped[int | None] = mapped_column(default=None)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    parties: Mapped[list[ReferralParty]] = relationship(
        back_populates="referral", cascade="all, delete-orphan", order_by="ReferralParty.position", lazy="selectin")


class ReferralParty(Base):
    """A party as the police letter names it; carried over to the mediation case on acceptance."""

    __tablename__ = "police_referral_party"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("police_referral.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    role: Mapped[str] = mapped_column(String(20), default="applicant")
    kind: Mapped[str] = mapped_column(String(10), default="person")
    name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(1), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(200), default="")

    referral: Mapped[PoliceReferral] = relationship(back_populates="parties")


class WorkOrder(Base):
    """A matter the city platform assigned to the center (12345, grid report, 110 non-emergency)."""

    __tablename__ = "work_order"
    __table_args__ = (
        Index("ix_work_order_state_due", "state", "due_on"),
        Index("ix_work_order_assigned", "assigned_on"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # the platform's order number
    origin: Mapped[str] = mapped_column(String(10), default="platform")
    source: Mapped[str] = mapped_column(String(20))
    order_type: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(String(200), default="")
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid_node.id"), default=None)
    reporter: Mapped[str] = mapped_column(String(50), default="")
    reporter_phone: Mapped[str] = mapped_column(String(20), default="")
    assigned_at: Mapped[datetime]  # local time as the platform states it
    assigned_on: Mapped[date]
    limit_days: Mapped[int] = mapped_column(default=0)  # working days
    sign_due: Mapped[date]
    due_on: Mapped[date]
    state: Mapped[str] = mapped_column(String(20), default="assigned")
    signed_on: Mapped[date | None] = mapped_column(default=None)
    signed_by: Mapped[str] = mapped_column(String(50), default="")
    return_reason: Mapped[str] = mapped_column(Text, default="")
    extension_state: Mapped[str] = mapped_column(String(20), default="")
    extension_days: Mapped[int] = mapped_column(default=0)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date | None] = mapped_column(default=None)
    on_time: Mapped[bool | None] = mapped_column(default=None)
    linked_entity: Mapped[str] = mapped_column(String(30), default="")  # mediation_case (later consultation…)
    linked_id: Mapped[str] = mapped_column(String(36), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    notes: Mapped[list[WorkOrderNote]] = relationship(
        cascade="all, delete-orphan", order_by="WorkOrderNote.at", lazy="select")


class WorkOrderNote(Base):
    """Every step of a work order in words (全留痕): signing, handling notes, requests and decisions."""

    __tablename__ = "work_order_note"
    __table_args__ = (Index("ix_work_order_note_order", "order_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    by_id: Mapped[int | None] = mapped_column(default=None)
    by_name: Mapped[str] = mapped_column(String(50), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class WorkOrderAttachment(Base):
    """A photo or scan handed back with the order; kept in the database so it syncs and backs up with it."""

    __tablename__ = "work_order_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(200))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime]
    added_by: Mapped[str] = mapped_column(String(50), default="")

"""The duty lawyer's consultation log (法律咨询登记): one row per question asked, anonymous or not,
with the advice given, the time spent and where the person was referred."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base

CHANNELS = ("walk_in", "phone", "wechat")  # 现场 / 电话 / 微信
REFERRALS = ("", "legal_aid", "mediation", "litigation", "department")


class Consultation(Base):
    __tablename__ = "consultation"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_consultation_day", "day", "lawyer_id"),
        Index("ix_consultation_category", "category_code", "day"),
        Index("ix_consultation_referral", "referral", "day"),
        Index("ix_consultation_name", "name"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(30), unique=True)
    at: Mapped[datetime]  # UTC
    day: Mapped[date]  # local day, for the lawyer's day list and the figures
    lawyer_id: Mapped[int | None] = mapped_column(default=None)
    lawyer_name: Mapped[str] = mapped_column(String(50), default="")
    channel: Mapped[str] = mapped_column(String(10), default="walk_in")
    anonymous: Mapped[bool] = mapped_column(default=False)
    name: Mapped[str] = mapped_column(String(100), default="")
    sex: Mapped[str] = mapped_column(String(1), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    category_code: Mapped[str] = mapped_column(String(40))
    question: Mapped[str] = mapped_column(Text)
    advice: Mapped[str] = mapped_column(Text)
    minutes: Mapped[int] = mapped_column(default=10)
    referral: Mapped[str] = mapped_column(String(12), default="")
    referral_to: Mapped[str] = mapped_column(String(100), default="")  # department, court, legal-aid centre
    referral_note: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[str | None] = mapped_column(ForeignKey("mediation_case.id"), default=None, index=True)
    ticket_id: Mapped[str | None] = mapped_column(String(36), default=None)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

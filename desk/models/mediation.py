"""People's mediation (人民调解) cases and their parties; the search index that finds them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base

CASE_SOURCES = ("application", "initiative", "police", "court", "government", "work_order")
CASE_STATUSES = ("registered", "investigating", "mediating", "agreed", "terminated", "archived")
PARTY_ROLES = ("applicant", "respondent", "third_party", "agent")


class MediationCase(Base):
    """One dispute. ``number`` is given when the committee accepts the case (受理): per committee and
    year, without gaps, allocated in the same transaction that registers the case."""

    __tablename__ = "mediation_case"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_mediation_case_received", "received_on", "seq"),
        Index("ix_mediation_case_status", "status", "received_on"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="registered")
    source: Mapped[str] = mapped_column(String(20))
    category_code: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(String(200), default="")
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid_node.id"), default=None)
    amount_cents: Mapped[int] = mapped_column(default=0)
    people_count: Mapped[int] = mapped_column(default=2)
    mass_dispute: Mapped[bool] = mapped_column(default=False)
    escalation_risk: Mapped[bool] = mapped_column(default=False)
    escalation_note: Mapped[str] = mapped_column(Text, default="")
    mediator_id: Mapped[int | None] = mapped_column(default=None, index=True)
    received_on: Mapped[date]
    created_at: Mapped[datetime]
    ticket_id: Mapped[str | None] = mapped_column(String(36), default=None)

    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseParty.position", lazy="selectin")


class CaseParty(Base):
    """A party (natural person or organisation) or an agent (代理人) of one."""

    __tablename__ = "mediation_party"
    __table_args__ = (
        Index("ix_mediation_party_id_number", "id_number"),
        Index("ix_mediation_party_phone", "phone"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    role: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10), default="person")  # person, org
    name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(1), default="")
    ethnicity: Mapped[str] = mapped_column(String(20), default="")
    birth_date: Mapped[date | None] = mapped_column(default=None)
    id_number: Mapped[str] = mapped_column(String(18), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    credit_code: Mapped[str] = mapped_column(String(18), default="")
    legal_representative: Mapped[str] = mapped_column(String(50), default="")
    agent_for: Mapped[int | None] = mapped_column(default=None)  # position of the represented party

    case: Mapped[MediationCase] = relationship(back_populates="parties")


class CaseNumberCounter(Base):
    """The last confirmed sequence number per year (one committee per desk database)."""

    __tablename__ = "mediation_number_counter"

    year: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(default=0)


class CaseSearchToken(Base):
    """Search tokens of a case: name bigrams and single characters, pinyin initials, ID numbers,
    phones, the case number. SQLite's trigram index cannot match the 2-character names most Chinese
    people have, so the desk keeps its own token index (see DESIGN.md)."""

    __tablename__ = "mediation_search"
    # The case's date and number ride along, so a page of matches newest-first is one index range scan
    # even for a token a hundred thousand cases share (a common surname).
    __table_args__ = (Index("ix_mediation_search_token", "token", "received_on", "seq"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), primary_key=True)
    token: Mapped[str] = mapped_column(String(40), primary_key=True)
    received_on: Mapped[date]
    seq: Mapped[int]

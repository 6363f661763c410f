"""People's mediation (人民调解) cases and their parties; the search index that finds them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk.models.base import Base

CASE_SOURCES = ("application", "initiative", "police", "court", "government", "work_order")
CASE_STATUSES = ("registered", "investigating", "mediating", "agreed", "terminated", "archived")
PARTY_ROLES = ("applicant", "respondent", "third_party", "agent")
RECORD_KINDS = ("investigation", "session")  # 调查记录, 调解笔录
OUTCOME_KINDS = ("written", "oral", "terminated")  # 调解协议书 (art. 29), 口头协议 (art. 28), 终止调解 (art. 26)
TERMINATION_REASONS = ("no_agreement", "party_refused", "party_ended", "other")  # art. 23 / 26
SIGN_MARKS = ("sign", "seal", "thumb")  # 签名, 盖章, 按指印 (art. 29)
RETENTION_PERIODS = ("permanent", "30y", "10y")  # 永久, 30 年, 10 年
FOLLOW_UP_METHODS = ("visit", "phone", "other")
PERFORMANCE = ("full", "partial", "none")


class MediationCase(Base):
    """One dispute. ``number`` is given when the committee accepts the case (受理): per committee and
    year, without gaps, allocated in the same transaction that registers the case."""

    __tablename__ = "mediation_case"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_mediation_case_received", "received_on", "seq"),
        Index("ix_mediation_case_status", "status", "received_on"),
        Index("ix_mediation_case_mediator", "mediator_id", "received_on", "seq"),
        Index("ix_mediation_case_category", "category_code", "received_on", "seq"),
        Index("ix_mediation_case_grid", "grid_id", "received_on", "seq"),
        # the case list's source and outcome filters (the dashboard's drill-down), the monthly report's closings
        Index("ix_mediation_case_source", "source", "received_on", "seq"),
        Index("ix_mediation_case_outcome", "outcome", "received_on", "seq"),
        Index("ix_mediation_case_closed", "closed_on", "outcome"),
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
    mediator_id: Mapped[int | None] = mapped_column(default=None)
    received_on: Mapped[date]
    created_at: Mapped[datetime]
    ticket_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # Closing (结案): the outcome, the day the agreement took effect or mediation ended.
    outcome: Mapped[str] = mapped_column(String(20), default="")
    closed_on: Mapped[date | None] = mapped_column(default=None)
    # Archive (归档, art. 27): from then on the case is read-only; corrections are addenda.
    archived_on: Mapped[date | None] = mapped_column(default=None)
    retention: Mapped[str] = mapped_column(String(20), default="")
    archived_by: Mapped[str] = mapped_column(String(50), default="")

    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseParty.position", lazy="selectin")
    # sync carries these with the case (desk/services/sync_entities.py)
    follow_ups: Mapped[list[CaseFollowUp]] = relationship(
        cascade="all, delete-orphan", order_by="CaseFollowUp.due_on", lazy="select")
    addenda: Mapped[list[CaseAddendum]] = relationship(
        cascade="all, delete-orphan", order_by="CaseAddendum.at", lazy="select")


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


class CaseRecord(Base):
    """An investigation record (调查记录) or a mediation session (调解笔录). A session may first be
    scheduled (a date in a mediator's diary) and written up when it has been held."""

    __tablename__ = "mediation_record"
    __table_args__ = (Index("ix_mediation_record_case", "case_id", "starts_at"),
                      Index("ix_mediation_record_state", "state", "starts_at"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # investigation | session
    state: Mapped[str] = mapped_column(String(20), default="held")  # scheduled | held
    starts_at: Mapped[datetime]  # local time as the record states it (笔录 carry the local clock)
    place: Mapped[str] = mapped_column(String(200), default="")
    staff: Mapped[str] = mapped_column(String(200), default="")  # mediators / investigators
    recorder: Mapped[str] = mapped_column(String(50), default="")  # 记录人
    attendees: Mapped[str] = mapped_column(Text, default="")  # 参加人 / 被调查人
    public: Mapped[bool] = mapped_column(default=False)  # art. 23: public or private session
    content: Mapped[str] = mapped_column(Text, default="")
    signed_by: Mapped[str] = mapped_column(Text, default="")  # who signed the record
    created_by_id: Mapped[int | None] = mapped_column(default=None)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class CaseOutcome(Base):
    """How the mediation ended: a written agreement (art. 29), an oral agreement (art. 28), or
    termination without agreement (art. 26; also a party refusing or ending mediation, art. 23)."""

    __tablename__ = "mediation_outcome"
    __table_args__ = (Index("ix_mediation_outcome_effective", "kind", "effective_on"),
                      Index("ix_mediation_outcome_judicial", "judicial_applied_on"))

    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    # art. 29 (2): main facts, matters in dispute, each party's responsibility
    facts: Mapped[str] = mapped_column(Text, default="")
    disputed_matters: Mapped[str] = mapped_column(Text, default="")
    responsibility: Mapped[str] = mapped_column(Text, default="")
    # art. 29 (3): what was agreed, how and by when it is performed (also the oral agreement's content)
    terms: Mapped[str] = mapped_column(Text, default="")
    performance_method: Mapped[str] = mapped_column(Text, default="")
    performance_due: Mapped[date | None] = mapped_column(default=None)
    # termination
    termination_reason: Mapped[str] = mapped_column(String(20), default="")
    termination_detail: Mapped[str] = mapped_column(Text, default="")
    ended_by: Mapped[str] = mapped_column(String(100), default="")  # the party who refused / ended it
    # signing (written): JSON {party position: sign|seal|thumb}; effective when all signed + mediator + seal
    signatures: Mapped[str] = mapped_column(Text, default="{}")
    mediator_signed: Mapped[bool] = mapped_column(default=False)
    committee_sealed: Mapped[bool] = mapped_column(default=False)
    # the day a written agreement took effect (all signed + seal), an oral one was reached, or mediation ended
    effective_on: Mapped[date | None] = mapped_column(default=None)
    # art. 33: judicial confirmation within 30 days of taking effect
    judicial_status: Mapped[str] = mapped_column(String(20), default="")  # "" | applied | not_needed
    judicial_applied_on: Mapped[date | None] = mapped_column(default=None)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class CaseFollowUp(Base):
    """A performance follow-up (回访, art. 31): scheduled with a due date, recorded when done."""

    __tablename__ = "mediation_follow_up"
    __table_args__ = (Index("ix_mediation_follow_up_due", "done_on", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[date]
    done_on: Mapped[date | None] = mapped_column(default=None)
    method: Mapped[str] = mapped_column(String(20), default="")
    performance: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    by_id: Mapped[int | None] = mapped_column(default=None)
    by_name: Mapped[str] = mapped_column(String(50), default="")


class CaseAddendum(Base):
    """A correction to an archived case file (补充说明): the file itself stays as archived."""

    __tablename__ = "mediation_addendum"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    by_id: Mapped[int | None] = mapped_column(default=None)
    by_name: Mapped[str] = mapped_column(String(50), default="")
    text: Mapped[str] = mapped_column(Text)


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

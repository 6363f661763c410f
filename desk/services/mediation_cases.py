"""Registering mediation cases (受理登记): one-screen intake with its parties, related open cases,
and the committee's yearly case numbers without duplicates or gaps."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, or_, select
from sqlalchemy import text as sql_text

from desk.db import Database
from desk.errors import NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import DictionaryEntry, GridNode
from desk.models.mediation import (
    CASE_SOURCES,
    PARTY_ROLES,
    CaseNumberCounter,
    CaseOutcome,
    CaseParty,
    CaseSearchToken,
    MediationCase,
)
from desk.services.mediation_query import CaseFilter, CaseQuery, CaseResults, CaseRow, Mediator
from desk.services.mediation_search import case_text, case_tokens
from desk.services.permissions import Actor, Perm
from desk.services.settings import SettingsService
from desk.services.uow import UnitOfWork, apply_changes
from desk.timeutil import to_local, utcnow
from desk.validation import (
    mask_id_number,
    mask_name,
    mask_phone,
    normalize_text,
    parse_id_number,
    parse_mobile,
    parse_uscc,
)

OPEN_STATUSES = ("registered", "investigating", "mediating")


@dataclass
class PartyInput:
    role: str = "applicant"
    kind: str = "person"  # person | org
    name: str = ""
    sex: str = ""
    ethnicity: str = ""
    birth_date: date | None = None
    id_number: str = ""
    address: str = ""
    phone: str = ""
    credit_code: str = ""
    legal_representative: str = ""
    agent_for: int | None = None  # index of the represented party, for agents


@dataclass
class IntakeInput:
    source: str = "application"
    category_code: str = ""
    summary: str = ""
    place: str = ""
    grid_id: int | None = None
    amount: str = ""  # yuan as typed, e.g. "12000" or "3,500.50"
    people_count: int = 2
    escalation_risk: bool = False
    escalation_note: str = ""
    received_on: date | None = None
    parties: list[PartyInput] = field(default_factory=list)


@dataclass(frozen=True)
class RegisteredCase:
    id: str
    number: str


@dataclass(frozen=True)
class RelatedCase:
    id: str
    number: str
    status: str
    summary: str
    matched_on: str  # id_number | phone | address
    party: str  # masked name


def _field(i: int, name: str) -> str:
    return f"parties.{i}.{name}"


def clean_party(i: int, p: PartyInput) -> PartyInput:
    if p.role not in PARTY_ROLES:
        raise ValidationError(_field(i, "role"), QT_TRANSLATE_NOOP("Errors", "Choose the party's role."))
    name = normalize_text(p.name, 100, _field(i, "name"))
    if not name:
        raise ValidationError(_field(i, "name"), QT_TRANSLATE_NOOP("Errors", "Enter the party's name."))
    out = PartyInput(role=p.role, kind=p.kind, name=name, agent_for=p.agent_for,
                     address=normalize_text(p.address, 200, _field(i, "address")),
                     phone=parse_mobile(p.phone, _field(i, "phone")) if p.phone.strip() else "")
    if p.kind == "org":
        out.credit_code = parse_uscc(p.credit_code, _field(i, "credit_code")) if p.credit_code.strip() else ""
        out.legal_representative = normalize_text(p.legal_representative, 50, _field(i, "legal_representative"))
        return out
    out.ethnicity = normalize_text(p.ethnicity, 20, _field(i, "ethnicity"))
    out.sex, out.birth_date = p.sex, p.birth_date
    if p.id_number.strip():
        ident = parse_id_number(p.id_number, _field(i, "id_number"))
        out.id_number, out.sex, out.birth_date = ident.value, ident.sex, ident.birth_date
        if p.sex and p.sex != ident.sex:
            raise ValidationError(_field(i, "sex"), QT_TRANSLATE_NOOP(
                "Errors", "The ID number belongs to a person of the other sex."))
    return out


def parse_amount(raw: str) -> int:
    text = raw.replace(",", "").replace("，", "").replace("元", "").strip()
    if not text:
        return 0
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError("amount", QT_TRANSLATE_NOOP("Errors", "Enter the amount in yuan, e.g. 12000 or 3500.50.")) from None
    if value < 0 or value > Decimal("1e11") or value != value.quantize(Decimal("0.01")):
        raise ValidationError("amount", QT_TRANSLATE_NOOP("Errors", "Enter the amount in yuan, e.g. 12000 or 3500.50."))
    return int(value * 100)


def _party_key(p) -> tuple:
    """What a party is made of, for noticing a change (ORM row or cleaned input alike)."""
    return (p.role, p.kind, p.name, p.sex, p.ethnicity, p.birth_date, p.id_number or p.credit_code, p.address,
            p.phone, p.legal_representative, p.agent_for)


def _party_audit(p) -> str:
    return f"{p.role} {mask_name(p.name)} {mask_id_number(p.id_number or p.credit_code)} {mask_phone(p.phone)}".strip()


class CaseService:
    def __init__(self, db: Database, settings: SettingsService, clock=utcnow) -> None:
        self.db, self.settings, self.clock = db, settings, clock
        self.query = CaseQuery(db)

    def format_number(self, year: int, seq: int) -> str:
        return self.settings.get("mediation.number_format").format(
            year=year, abbr=self.settings.get("mediation.case_abbr"), seq=seq)

    def related_cases(self, actor: Actor, parties: list[PartyInput], limit: int = 20) -> list[RelatedCase]:
        """Open cases sharing an ID number, phone or address with these parties (duplicates, related disputes)."""
        actor.require(Perm.MEDIATION_VIEW)
        ids = {p.id_number.strip().upper() for p in parties if p.id_number.strip()}
        phones = {p.phone.strip() for p in parties if p.phone.strip()}
        addresses = {p.address.strip() for p in parties if len(p.address.strip()) >= 6}
        if not (ids or phones or addresses):
            return []
        with self.db.reader() as s:
            rows = s.execute(select(MediationCase, CaseParty).join(CaseParty).where(
                MediationCase.status.in_(OPEN_STATUSES),
                or_(CaseParty.id_number.in_(ids), CaseParty.phone.in_(phones), CaseParty.address.in_(addresses)),
            ).limit(limit)).all()
        out, seen = [], set()
        for case, party in rows:
            matched = ("id_number" if party.id_number in ids else "phone" if party.phone in phones else "address")
            if (case.id, matched) not in seen:
                seen.add((case.id, matched))
                out.append(RelatedCase(case.id, case.number, case.status, case.summary[:80], matched, mask_name(party.name)))
        return out

    def register(self, actor: Actor, data: IntakeInput, uow: UnitOfWork | None = None) -> RegisteredCase:
        """Validate and register the case; the number is allocated here. Given ``uow``, the case joins
        that unit of work (a referral accepted and its case registered commit together)."""
        actor.require(Perm.MEDIATION_EDIT)
        return self._register_allowed(actor, data, uow)

    def register_referred(self, actor: Actor, data: IntakeInput, uow: UnitOfWork) -> RegisteredCase:
        """A case registered by the duty lawyer referring a consultation to mediation: the lawyer does
        not work cases, but may hand one in (the committee assigns a mediator)."""
        actor.require(Perm.CONSULT_EDIT)
        return self._register_allowed(actor, data, uow)

    def _register_allowed(self, actor: Actor, data: IntakeInput, uow: UnitOfWork | None) -> RegisteredCase:
        summary, parties, amount, people = self._clean(data)
        received = data.received_on or to_local(self.clock()).date()
        if uow is None:
            with UnitOfWork(self.db, actor) as own:
                return self._register(own, data, summary, parties, amount, people, received)
        return self._register(uow, data, summary, parties, amount, people, received)

    @staticmethod
    def _clean(data: IntakeInput) -> tuple[str, list[PartyInput], int, int]:
        if data.source not in CASE_SOURCES:
            raise ValidationError("source", QT_TRANSLATE_NOOP("Errors", "Choose where the case comes from."))
        summary = normalize_text(data.summary, 5000, "summary")
        if len(summary) < 5:
            raise ValidationError("summary", QT_TRANSLATE_NOOP("Errors", "Describe the dispute in a sentence or two."))
        parties = [clean_party(i, p) for i, p in enumerate(data.parties)]
        if not any(p.role == "applicant" for p in parties) or not any(p.role == "respondent" for p in parties):
            raise ValidationError("parties", QT_TRANSLATE_NOOP("Errors", "A dispute needs at least one applicant and one respondent."))
        amount = parse_amount(data.amount)
        people = int(data.people_count or 0)
        if people < 1:
            raise ValidationError("people_count", QT_TRANSLATE_NOOP("Errors", "Enter how many people are involved."))
        return summary, parties, amount, people

    @staticmethod
    def _check_refs(s, data: IntakeInput) -> None:
        if not s.scalar(select(DictionaryEntry.id).where(DictionaryEntry.kind == "dispute_category",
                                                         DictionaryEntry.code == data.category_code)):
            raise ValidationError("category_code", QT_TRANSLATE_NOOP("Errors", "Choose the kind of dispute."))
        if data.grid_id is not None and s.get(GridNode, data.grid_id) is None:
            raise ValidationError("grid_id", QT_TRANSLATE_NOOP("Errors", "The area no longer exists."))

    @staticmethod
    def _party_rows(parties: list[PartyInput]) -> list[CaseParty]:
        return [CaseParty(position=i, role=p.role, kind=p.kind, name=p.name, sex=p.sex, ethnicity=p.ethnicity,
                          birth_date=p.birth_date, id_number=p.id_number or p.credit_code, address=p.address,
                          phone=p.phone, credit_code=p.credit_code, legal_representative=p.legal_representative,
                          agent_for=p.agent_for) for i, p in enumerate(parties)]

    @staticmethod
    def _index(s, case: MediationCase, parties: list[PartyInput], fresh: bool) -> None:
        """The case's search tokens and free-text row (the text row shares the case's rowid)."""
        if not fresh:
            s.execute(delete(CaseSearchToken).where(CaseSearchToken.case_id == case.id))
        for token in case_tokens(case.number, case.seq, [(p.name, p.id_number or p.credit_code, p.phone) for p in parties]):
            s.add(CaseSearchToken(case_id=case.id, token=token, received_on=case.received_on, seq=case.seq))
        body = case_text(case.place, case.summary, [p.address for p in parties])
        if not fresh:
            s.execute(sql_text("DELETE FROM mediation_text WHERE rowid = (SELECT rowid FROM mediation_case WHERE id = :id)"),
                      {"id": case.id})
        s.execute(sql_text("INSERT INTO mediation_text (rowid, case_id, body) "
                           "SELECT rowid, id, :body FROM mediation_case WHERE id = :id"), {"id": case.id, "body": body})

    def update(self, actor: Actor, case_id: str, data: IntakeInput) -> None:
        """Correct an open case's facts and parties (a typo, a particular the agreement needs). The number
        and the day received stay; once mediation has ended the case is no longer edited."""
        actor.require(Perm.MEDIATION_EDIT)
        summary, parties, amount, people = self._clean(data)
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            case = s.get(MediationCase, case_id)
            if case is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This case no longer exists."))
            if case.status not in OPEN_STATUSES:
                raise ValidationError("case", QT_TRANSLATE_NOOP(
                    "Errors", "Mediation of this case has ended; its facts and parties can no longer be changed."))
            self._check_refs(s, data)
            changes = apply_changes(case, {
                "source": data.source, "category_code": data.category_code, "summary": summary,
                "place": normalize_text(data.place, 200, "place"), "grid_id": data.grid_id, "amount_cents": amount,
                "people_count": people, "mass_dispute": people >= self.settings.get("mediation.mass_dispute_threshold"),
                "escalation_risk": data.escalation_risk,
                "escalation_note": normalize_text(data.escalation_note, 2000, "escalation_note")})
            if [_party_key(p) for p in case.parties] != [_party_key(p) for p in parties]:
                before = [_party_audit(p) for p in case.parties]
                after = [_party_audit(p) for p in parties]
                case.parties.clear()
                s.flush()
                case.parties.extend(self._party_rows(parties))
                changes["parties"] = ("; ".join(before), "; ".join(after))
                outcome = s.get(CaseOutcome, case_id)
                if outcome is not None and outcome.signatures not in ("", "{}"):
                    outcome.signatures = "{}"  # signatures were given to the old particulars: record them again
                    changes["signatures"] = ("…", "{}")
            if not changes:
                return
            s.flush()
            self._index(s, case, parties, fresh=False)
            uow.audit("mediation.case.update", "mediation_case", case.id, summary=case.number,
                      changes={k: v for k, v in changes.items() if k != "summary"}
                      | ({"summary": ("…", summary[:60])} if "summary" in changes else {}))

    def _register(self, uow: UnitOfWork, data: IntakeInput, summary: str, parties: list[PartyInput], amount: int,
                  people: int, received: date) -> RegisteredCase:
        actor = uow.actor
        s = uow.session
        self._check_refs(s, data)
        counter = s.get(CaseNumberCounter, received.year) or CaseNumberCounter(year=received.year, last_seq=0)
        s.add(counter)
        counter.last_seq += 1  # same transaction as the case: a rollback leaves no gap
        number = self.format_number(received.year, counter.last_seq)
        case = MediationCase(
            id=str(uuid.uuid4()), year=received.year, seq=counter.last_seq, number=number, source=data.source,
            category_code=data.category_code, summary=summary, place=normalize_text(data.place, 200, "place"),
            grid_id=data.grid_id, amount_cents=amount, people_count=people,
            mass_dispute=people >= self.settings.get("mediation.mass_dispute_threshold"),
            escalation_risk=data.escalation_risk,
            escalation_note=normalize_text(data.escalation_note, 2000, "escalation_note"),
            mediator_id=actor.user_id, received_on=received, created_at=self.clock(),
            parties=self._party_rows(parties))
        s.add(case)
        s.flush()
        self._index(s, case, parties, fresh=True)
        uow.audit("mediation.case.register", "mediation_case", case.id, summary=f"{number} {summary[:60]}",
                  changes={f"party{i}": (None, f"{p.role} {mask_name(p.name)} {mask_id_number(p.id_number)} "
                                               f"{mask_phone(p.phone)}".strip()) for i, p in enumerate(parties)})
        return RegisteredCase(case.id, number)

    def search(self, actor: Actor, text: str = "", filters: CaseFilter | None = None, offset: int = 0,
               limit: int = 100, count: bool = True) -> CaseResults:
        """``total, rows``: one page of the cases matching every term of ``text`` and ``filters``, newest
        first (see desk/services/mediation_query.py)."""
        return self.query.search(actor, text, filters, offset, limit, count)

    def mediators(self, actor: Actor) -> list[Mediator]:
        """The choices of the mediator filter."""
        return self.query.mediators(actor)

    def get(self, actor: Actor, case_id: str) -> MediationCase:
        """The case with its parties (detached). Viewing personal data is audited."""
        actor.require(Perm.MEDIATION_VIEW)
        with UnitOfWork(self.db, actor) as uow:
            case = uow.session.get(MediationCase, case_id)
            if case is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This case no longer exists."))
            _ = list(case.parties)
            uow.audit("mediation.case.view", "mediation_case", case.id, summary=case.number)
            return case

    def numbers_in_year(self, year: int) -> list[int]:
        with self.db.reader() as s:
            return list(s.scalars(select(MediationCase.seq).where(MediationCase.year == year).order_by(MediationCase.seq)))


__all__ = ["CaseFilter", "CaseResults", "CaseRow", "CaseService", "IntakeInput", "PartyInput", "RegisteredCase",
           "RelatedCase"]

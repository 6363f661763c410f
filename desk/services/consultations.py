"""The duty lawyer's consultation log (法律咨询登记) and its referrals: to legal aid (the application
form is printed pre-filled), to mediation (the case is registered with the person's data in the same
transaction), to litigation or to another department.

An entry must be quick: a walk-in queue is waiting. Only the category, the question and the advice
are required; the person may stay anonymous (then nothing about them is kept)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, or_, select

from desk.db import Database
from desk.errors import ConflictError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import DictionaryEntry
from desk.models.consultation import CHANNELS, REFERRALS, Consultation
from desk.models.mediation import MediationCase
from desk.models.queue import Ticket
from desk.services.lookup import by_ref
from desk.services.mediation_cases import CaseService, IntakeInput, PartyInput
from desk.services.permissions import Actor, Perm
from desk.services.uow import UnitOfWork, apply_changes
from desk.timeutil import to_local, utcnow
from desk.validation import (
    drop_controls,
    mask_id_number,
    mask_name,
    mask_phone,
    normalize_text,
    parse_id_number,
    parse_mobile,
)

_LANDLINE = re.compile(r"^(0[0-9]{2,3}-?)?[0-9]{7,8}(-[0-9]{1,6})?$")


def parse_phone(raw: str, field: str = "phone") -> str:
    """A mobile number (checked strictly) or a landline such as 0371-67881234 (people call from both)."""
    value = re.sub(r"[\s()（）]", "", raw or "")
    if not value:
        return ""
    if value.startswith(("1", "+86", "0086")) and not value.startswith("0371"):
        return parse_mobile(value, field)
    if _LANDLINE.match(value):
        return value
    raise ValidationError(field, QT_TRANSLATE_NOOP(
        "Errors", "Enter an 11-digit mobile number or a landline such as 0371-67881234."))


@dataclass
class MediationReferral:
    """What a mediation intake needs beyond the person who consulted: the other side and the kind."""

    respondent_name: str = ""
    respondent_phone: str = ""
    respondent_address: str = ""
    category_code: str = ""  # a dispute category
    summary: str = ""  # defaults to the question


@dataclass
class ConsultationInput:
    channel: str = "walk_in"
    anonymous: bool = False
    name: str = ""
    sex: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""
    category_code: str = ""
    question: str = ""
    advice: str = ""
    minutes: int = 10
    referral: str = ""  # "" | legal_aid | mediation | litigation | department
    referral_to: str = ""
    referral_note: str = ""
    ticket_id: str | None = None
    mediation: MediationReferral | None = None  # required when referral == "mediation"


@dataclass(frozen=True)
class RegisteredConsultation:
    id: str
    number: str
    case_id: str | None = None
    case_number: str = ""


@dataclass(frozen=True)
class ConsultationRow:
    id: str
    number: str
    at: datetime  # local
    lawyer_name: str
    channel: str
    person: str  # masked name, or "" when anonymous
    category: str
    question: str
    minutes: int
    referral: str
    case_number: str
    referral_to: str = ""


@dataclass(frozen=True)
class ConsultationDetail:
    row: ConsultationRow
    anonymous: bool
    name: str
    sex: str
    id_number: str  # masked unless revealed
    phone: str
    address: str
    category_code: str
    advice: str
    referral_to: str
    referral_note: str
    case_id: str | None
    ticket_number: str
    revealed: bool


@dataclass(frozen=True)
class DayList:
    day: date
    rows: list[ConsultationRow]
    minutes: int
    referred: int


class ConsultationService:
    def __init__(self, db: Database, cases: CaseService, clock=utcnow) -> None:
        self.db, self.cases, self.clock = db, cases, clock

    def today(self) -> date:
        return to_local(self.clock()).date()

    def categories(self) -> list[tuple[str, str]]:
        with self.db.reader() as s:
            return list(s.execute(select(DictionaryEntry.code, DictionaryEntry.label).where(
                DictionaryEntry.kind == "consultation_category", DictionaryEntry.active.is_(True))
                .order_by(DictionaryEntry.sort_order, DictionaryEntry.code)).all())

    # --- recording ----------------------------------------------------------------------------
    def _clean(self, s, data: ConsultationInput) -> ConsultationInput:
        if data.channel not in CHANNELS:
            raise ValidationError("channel", QT_TRANSLATE_NOOP("Errors", "Choose how the person asked (in person, phone, WeChat)."))
        if not s.scalar(select(DictionaryEntry.id).where(DictionaryEntry.kind == "consultation_category",
                                                          DictionaryEntry.code == data.category_code)):
            raise ValidationError("category_code", QT_TRANSLATE_NOOP("Errors", "Choose what the question is about."))
        question = normalize_text(data.question, 5000, "question")
        if len(question) < 2:
            raise ValidationError("question", QT_TRANSLATE_NOOP("Errors", "Enter the question in a few words."))
        advice = normalize_text(data.advice, 5000, "advice")
        if len(advice) < 2:
            raise ValidationError("advice", QT_TRANSLATE_NOOP("Errors", "Enter the advice given in a few words."))
        try:
            minutes = int(data.minutes)
        except (TypeError, ValueError):
            minutes = 0
        if not 1 <= minutes <= 480:
            raise ValidationError("minutes", QT_TRANSLATE_NOOP("Errors", "Minutes spent must be between 1 and 480."))
        if data.referral not in REFERRALS:
            raise ValidationError("referral", QT_TRANSLATE_NOOP("Errors", "Choose where the person was referred."))
        referral_to = normalize_text(data.referral_to, 100, "referral_to")
        if data.referral == "department" and not referral_to:
            raise ValidationError("referral_to", QT_TRANSLATE_NOOP("Errors", "Enter the department the person was sent to."))
        clean = replace(data, question=question, advice=advice, minutes=minutes, referral_to=referral_to,
                        referral_note=normalize_text(data.referral_note, 2000, "referral_note"))
        if data.anonymous:
            return replace(clean, name="", sex="", id_number="", phone="", address="")
        name = normalize_text(data.name, 100, "name")
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP(
                "Errors", "Enter the person's name, or tick \"anonymous\" if they prefer not to say."))
        sex = data.sex if data.sex in ("M", "F") else ""
        ident = ""
        if data.id_number.strip():
            parsed = parse_id_number(data.id_number, "id_number")
            if sex and sex != parsed.sex:
                raise ValidationError("sex", QT_TRANSLATE_NOOP("Errors", "The ID number belongs to a person of the other sex."))
            ident, sex = parsed.value, parsed.sex
        return replace(clean, name=name, sex=sex, id_number=ident, phone=parse_phone(data.phone),
                       address=normalize_text(data.address, 200, "address"))

    def record(self, actor: Actor, data: ConsultationInput) -> RegisteredConsultation:
        """Log a consultation (and, referred to mediation, register the case with it)."""
        actor.require(Perm.CONSULT_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            clean = self._clean(s, data)
            if clean.ticket_id and s.get(Ticket, clean.ticket_id) is None:
                raise ValidationError("ticket_id", QT_TRANSLATE_NOOP("Errors", "The queue ticket no longer exists."))
            now = self.clock()
            day = to_local(now).date()
            seq = (s.scalar(select(func.max(Consultation.seq)).where(Consultation.year == day.year)) or 0) + 1
            c = Consultation(
                id=str(uuid.uuid4()), year=day.year, seq=seq, number=f"ZX{day.year}-{seq:05d}", at=now, day=day,
                lawyer_id=actor.user_id, lawyer_name=actor.full_name, channel=clean.channel, anonymous=clean.anonymous,
                name=clean.name, sex=clean.sex, id_number=clean.id_number, phone=clean.phone, address=clean.address,
                category_code=clean.category_code, question=clean.question, advice=clean.advice, minutes=clean.minutes,
                referral="", referral_to="", referral_note="", ticket_id=clean.ticket_id or None,
                created_at=now, updated_at=now)
            s.add(c)
            s.flush()
            uow.audit("consultation.record", "consultation", c.id,
                      summary=f"{c.number} {clean.channel} {mask_name(clean.name) if clean.name else '匿名'}")
            case = self._refer(uow, c, clean.referral, clean.referral_to, clean.referral_note, clean.mediation)
            return RegisteredConsultation(c.id, c.number, case.id if case else None, case.number if case else "")

    def refer(self, actor: Actor, consultation_id: str, referral: str, referral_to: str = "", note: str = "",
              mediation: MediationReferral | None = None) -> RegisteredConsultation:
        """Refer a logged consultation afterwards (the person came back, or the lawyer decided later)."""
        actor.require(Perm.CONSULT_EDIT)
        if referral not in REFERRALS or not referral:
            raise ValidationError("referral", QT_TRANSLATE_NOOP("Errors", "Choose where the person was referred."))
        referral_to = normalize_text(referral_to, 100, "referral_to")
        if referral == "department" and not referral_to:
            raise ValidationError("referral_to", QT_TRANSLATE_NOOP("Errors", "Enter the department the person was sent to."))
        with UnitOfWork(self.db, actor) as uow:
            c = self._get(uow.session, consultation_id)
            case = self._refer(uow, c, referral, referral_to, normalize_text(note, 2000, "referral_note"), mediation)
            return RegisteredConsultation(c.id, c.number, case.id if case else None, case.number if case else "")

    def _refer(self, uow: UnitOfWork, c: Consultation, referral: str, referral_to: str, note: str,
               mediation: MediationReferral | None):
        if not referral:
            return None
        if c.case_id is not None:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Errors", "This consultation has already been referred to mediation; the case carries on there."))
        case = None
        if referral == "mediation":
            case = self._mediation_case(uow, c, mediation or MediationReferral())
        changes = apply_changes(c, {"referral": referral, "referral_to": referral_to, "referral_note": note,
                                    "case_id": case.id if case else c.case_id})
        c.updated_at = self.clock()
        uow.audit("consultation.refer", "consultation", c.id, summary=f"{c.number} → {referral} {referral_to}".strip(),
                  changes={k: v for k, v in changes.items() if k != "referral_note"})
        return case

    def _mediation_case(self, uow: UnitOfWork, c: Consultation, m: MediationReferral):
        if c.anonymous or not c.name:
            raise ValidationError("referral", QT_TRANSLATE_NOOP(
                "Errors", "Mediation needs to know who applies: record the person's name before referring to mediation."))
        if not m.respondent_name.strip():
            raise ValidationError("respondent_name", QT_TRANSLATE_NOOP(
                "Errors", "Enter the other party of the dispute: mediation needs someone to mediate with."))
        landline = f"，申请人固定电话{c.phone}" if c.phone and not c.phone.startswith("1") else ""
        summary = (m.summary.strip() or c.question) + f"（法律咨询转入，咨询编号{c.number}{landline}）"
        intake = IntakeInput(
            source="application", category_code=m.category_code, summary=summary[:5000], received_on=c.day,
            parties=[PartyInput(role="applicant", name=c.name, sex=c.sex, id_number=c.id_number,
                                phone=c.phone if c.phone.startswith("1") else "", address=c.address),
                     PartyInput(role="respondent", name=m.respondent_name, phone=m.respondent_phone,
                                address=m.respondent_address)])
        if not intake.category_code:
            raise ValidationError("category_code", QT_TRANSLATE_NOOP("Errors", "Choose the kind of dispute."))
        case = self.cases.register_referred(uow.actor, intake, uow)
        row = uow.session.get(MediationCase, case.id)
        if row is not None and c.ticket_id and row.ticket_id is None:
            row.ticket_id = c.ticket_id
        return case

    def update(self, actor: Actor, consultation_id: str, data: ConsultationInput) -> None:
        """Correct an entry (the referral is changed with ``refer``, never silently)."""
        actor.require(Perm.CONSULT_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            c = self._get(s, consultation_id)
            clean = self._clean(s, data)
            changes = apply_changes(c, {
                "channel": clean.channel, "anonymous": clean.anonymous, "name": clean.name, "sex": clean.sex,
                "id_number": clean.id_number, "phone": clean.phone, "address": clean.address,
                "category_code": clean.category_code, "question": clean.question, "advice": clean.advice,
                "minutes": clean.minutes})
            if changes:
                c.updated_at = self.clock()
                for key in ("name", "id_number", "phone", "address", "question", "advice"):
                    if key in changes:
                        changes[key] = ("…", "…")  # personal data and free text stay out of the audit trail
                uow.audit("consultation.update", "consultation", c.id, summary=c.number, changes=changes)

    @staticmethod
    def _get(s, consultation_id: str) -> Consultation:
        return by_ref(s, Consultation, consultation_id,
                      QT_TRANSLATE_NOOP("Errors", "This consultation no longer exists."))

    # --- reading ------------------------------------------------------------------------------
    def _labels(self, s) -> dict[str, str]:
        return dict(s.execute(select(DictionaryEntry.code, DictionaryEntry.label).where(
            DictionaryEntry.kind == "consultation_category")).all())

    def _rows(self, s, consultations: list[Consultation]) -> list[ConsultationRow]:
        labels = self._labels(s)
        case_ids = {c.case_id for c in consultations if c.case_id}
        numbers = dict(s.execute(select(MediationCase.id, MediationCase.number).where(
            MediationCase.id.in_(case_ids))).all()) if case_ids else {}
        return [ConsultationRow(c.id, c.number, to_local(c.at), c.lawyer_name, c.channel,
                                mask_name(c.name) if c.name else "", labels.get(c.category_code, c.category_code),
                                c.question, c.minutes, c.referral, numbers.get(c.case_id or "", ""), c.referral_to)
                for c in consultations]

    def day_list(self, actor: Actor, day: date | None = None, lawyer_id: int | None = None,
                 everyone: bool = False) -> DayList:
        """The consultations of a day, oldest first: the signed-in lawyer's own unless ``everyone``."""
        actor.require(Perm.CONSULT_VIEW)
        day = day or self.today()
        with self.db.reader() as s:
            q = select(Consultation).where(Consultation.day == day).order_by(Consultation.at, Consultation.seq)
            if not everyone:
                q = q.where(Consultation.lawyer_id == (lawyer_id if lawyer_id is not None else actor.user_id))
            items = list(s.scalars(q))
            rows = self._rows(s, items)
        return DayList(day, rows, sum(r.minutes for r in rows), sum(1 for r in rows if r.referral))

    def search(self, actor: Actor, term: str = "", start: date | None = None, end: date | None = None,
               category_code: str = "", referral: str | None = None, limit: int = 500) -> list[ConsultationRow]:
        actor.require(Perm.CONSULT_VIEW)
        with self.db.reader() as s:
            q = select(Consultation).order_by(Consultation.at.desc()).limit(limit)
            if start:
                q = q.where(Consultation.day >= start)
            if end:
                q = q.where(Consultation.day <= end)
            if category_code:
                q = q.where(Consultation.category_code == category_code)
            if referral is not None:
                q = q.where(Consultation.referral == referral)
            term = drop_controls(term).strip()  # a NUL or a lone surrogate cannot be bound
            if term:
                like = f"%{term}%"
                matches = [Consultation.number.like(like), Consultation.name.like(like), Consultation.phone == term,
                           Consultation.id_number == term.upper()]
                if len(term) >= 2:  # one character inside a question matches nearly everything
                    matches.append(Consultation.question.like(like))
                q = q.where(or_(*matches))
            return self._rows(s, list(s.scalars(q)))

    def detail(self, actor: Actor, consultation_id: str, reveal: bool = False) -> ConsultationDetail:
        actor.require(Perm.CONSULT_VIEW)
        if reveal:
            actor.require(Perm.PERSONAL_DATA_UNMASK)
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            c = self._get(s, consultation_id)
            ticket = s.get(Ticket, c.ticket_id) if c.ticket_id else None
            row = self._rows(s, [c])[0]
            uow.audit("consultation.reveal" if reveal else "consultation.view", "consultation", c.id,
                      summary=c.number + (" (ID numbers and phones shown)" if reveal else ""))
            return ConsultationDetail(
                row=replace(row, person=c.name if reveal else row.person), anonymous=c.anonymous, name=c.name,
                sex=c.sex, id_number=c.id_number if reveal else mask_id_number(c.id_number),
                phone=c.phone if reveal else mask_phone(c.phone), address=c.address, category_code=c.category_code,
                advice=c.advice, referral_to=c.referral_to, referral_note=c.referral_note, case_id=c.case_id,
                ticket_number=ticket.number if ticket else "", revealed=reveal)

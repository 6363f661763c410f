"""Notary-agency intake (公证代办): applications taken in on behalf of the notary office.

received → incomplete (补正: the checklist names what is missing) / complete → forwarded to the office
in a batch (转递清单, signed by both sides) → accepted by the office → certificate issued → ready for
pickup (领取通知) → collected. The office may hand an application back for more materials (→ incomplete);
while still at the center an application may be withdrawn. Each step is one command that refuses a move
the present state does not allow, with what has to happen first.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, or_, select

from desk.db import Database
from desk.errors import ConflictError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.notary import (
    MATERIAL_STATES,
    IntakeMaterial,
    NotaryApplicant,
    NotaryBatch,
    NotaryIntake,
    NotaryMatter,
)
from desk.models.queue import Ticket
from desk.services.lookup import by_ref
from desk.services.permissions import Actor, Perm
from desk.services.settings import SettingsService
from desk.services.uow import UnitOfWork
from desk.services.workdays import CalendarService
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

OPEN_STATES = ("received", "incomplete", "complete", "forwarded", "accepted", "issued", "ready")
AT_CENTER = ("received", "incomplete", "complete")  # not yet handed to the office
TRANSITIONS = {
    "received": {"incomplete", "complete", "withdrawn"},
    "incomplete": {"incomplete", "complete", "withdrawn"},
    "complete": {"incomplete", "complete", "forwarded", "withdrawn"},
    "forwarded": {"accepted", "incomplete"},
    "accepted": {"issued", "incomplete"},
    "issued": {"ready"},
    "ready": {"collected"},
}
REFUSALS = {
    "incomplete": QT_TRANSLATE_NOOP("Errors", "The materials can be changed only before the certificate is issued."),
    "complete": QT_TRANSLATE_NOOP("Errors", "The materials can be changed only before the application is forwarded."),
    "forwarded": QT_TRANSLATE_NOOP("Errors", "Only an application with complete materials can be forwarded to the notary office."),
    "accepted": QT_TRANSLATE_NOOP("Errors", "The office can accept an application only after it has been forwarded."),
    "issued": QT_TRANSLATE_NOOP("Errors", "A certificate can be recorded only for an application the office has accepted."),
    "ready": QT_TRANSLATE_NOOP("Errors", "Only an issued certificate can be made ready for pickup."),
    "collected": QT_TRANSLATE_NOOP("Errors", "Only a certificate ready for pickup can be handed over."),
    "withdrawn": QT_TRANSLATE_NOOP("Errors", "An application can be withdrawn only before it goes to the notary office."),
}
PRESENT = ("received", "copied")


@dataclass
class ApplicantInput:
    name: str = ""
    sex: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""


@dataclass
class NotaryIntakeInput:
    matter_id: int | None = None
    applicants: list[ApplicantInput] = field(default_factory=list)
    purpose: str = ""
    use_country: str = ""
    copies: int = 1
    materials: dict[str, str] = field(default_factory=dict)  # material name → missing | received | copied
    missing_note: str = ""  # anything else the applicant must bring, in words
    notes: str = ""
    ticket_id: str | None = None
    received_on: date | None = None
    checked: bool = True  # False: the materials are left to be checked later (stays "received")


@dataclass(frozen=True)
class RegisteredIntake:
    id: str
    number: str
    state: str


@dataclass(frozen=True)
class MaterialLine:
    name: str
    required: bool
    status: str


@dataclass(frozen=True)
class ApplicantView:
    name: str
    sex: str
    id_number: str  # masked unless revealed
    phone: str
    address: str


@dataclass(frozen=True)
class IntakeRow:
    id: str
    number: str
    matter_name: str
    applicants: str
    state: str
    received_on: date
    expected_on: date
    ready_on: date | None
    missing: int  # required materials still missing
    batch_number: str


@dataclass(frozen=True)
class IntakeDetail:
    row: IntakeRow
    matter_id: int
    purpose: str
    use_country: str
    copies: int
    notes: str
    missing_note: str
    applicants: list[ApplicantView]
    materials: list[MaterialLine]
    clerk_name: str
    ticket_number: str
    forwarded_on: date | None
    office: str
    accepted_on: date | None
    office_ref: str
    issued_on: date | None
    certificate_no: str
    pickup_until: date | None
    collected_on: date | None
    collected_by: str
    withdraw_reason: str
    revealed: bool

    @property
    def missing_materials(self) -> list[str]:
        return [m.name for m in self.materials if m.required and m.status not in PRESENT]


@dataclass(frozen=True)
class BatchInfo:
    id: str
    number: str
    office: str
    forwarded_on: date
    forwarded_by: str
    received_by: str
    count: int


def missing_required(materials) -> list[str]:
    return [m.name for m in materials if m.required and m.status not in PRESENT]


class NotaryService:
    def __init__(self, db: Database, settings: SettingsService, calendar: CalendarService, clock=utcnow) -> None:
        self.db, self.settings, self.calendar, self.clock = db, settings, calendar, clock

    def today(self) -> date:
        return to_local(self.clock()).date()

    # --- taking in ----------------------------------------------------------------------------
    def receive(self, actor: Actor, data: NotaryIntakeInput) -> RegisteredIntake:
        """Take an application in; the checklist decides complete or 补正 (unless left unchecked)."""
        actor.require(Perm.NOTARY_EDIT)
        applicants = self._clean_applicants(data.applicants)
        copies = int(data.copies or 0)
        if not 1 <= copies <= 50:
            raise ValidationError("copies", QT_TRANSLATE_NOOP("Errors", "The number of copies must be between 1 and 50."))
        today = self.today()
        received = data.received_on or today
        if received > today:
            raise ValidationError("received_on", QT_TRANSLATE_NOOP("Errors", "The day received cannot be in the future."))
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            matter = s.get(NotaryMatter, data.matter_id) if data.matter_id is not None else None
            if matter is None or not matter.active:
                raise ValidationError("matter_id", QT_TRANSLATE_NOOP("Errors", "Choose the notary matter."))
            purpose = normalize_text(data.purpose, 200, "purpose")
            country = normalize_text(data.use_country, 50, "use_country")
            if matter.use_abroad and not (purpose and country):
                raise ValidationError("use_country" if purpose else "purpose", QT_TRANSLATE_NOOP(
                    "Errors", "For this matter enter what the certificate is for and the country where it will be used."))
            ticket_id = data.ticket_id or None
            if ticket_id is not None and s.get(Ticket, ticket_id) is None:
                raise ValidationError("ticket_id", QT_TRANSLATE_NOOP("Errors", "The queue ticket no longer exists."))
            lines = self._lines(matter, data.materials)
            missing = missing_required(lines)
            missing_note = normalize_text(data.missing_note, 1000, "missing_note")
            state = "received" if not data.checked else ("incomplete" if missing or missing_note else "complete")
            year = received.year
            seq = (s.scalar(select(func.max(NotaryIntake.seq)).where(NotaryIntake.year == year)) or 0) + 1
            now = self.clock()
            intake = NotaryIntake(
                id=str(uuid.uuid4()), year=year, seq=seq, number=f"GZ{year}-{seq:04d}", matter_id=matter.id,
                matter_name=matter.name, purpose=purpose, use_country=country, copies=copies,
                notes=normalize_text(data.notes, 2000, "notes"), state=state,
                missing_note=missing_note, ticket_id=ticket_id,
                received_on=received, expected_on=self._expected(received, matter.days_expected),
                clerk_id=actor.user_id, clerk_name=actor.full_name, created_at=now, updated_at=now,
                applicants=[NotaryApplicant(position=i, name=a.name, sex=a.sex, id_number=a.id_number, phone=a.phone,
                                            address=a.address) for i, a in enumerate(applicants)],
                materials=[IntakeMaterial(position=i, name=m.name, required=m.required, status=m.status)
                           for i, m in enumerate(lines)])
            s.add(intake)
            uow.audit("notary.intake.receive", "notary_intake", intake.id,
                      summary=f"{intake.number} {matter.name} {mask_name(applicants[0].name)}",
                      changes={"state": (None, state), "missing": (None, "；".join(missing))})
            return RegisteredIntake(intake.id, intake.number, state)

    def _expected(self, start: date, days: int) -> date:
        return self.calendar.calendar().add_working_days(start, days)

    @staticmethod
    def _lines(matter: NotaryMatter, statuses: dict[str, str]) -> list[MaterialLine]:
        known = {m.name for m in matter.materials}
        for name, status in statuses.items():
            if name not in known:
                raise ValidationError("materials", QT_TRANSLATE_NOOP(
                    "Errors", "\"{name}\" is not on this matter's list of materials."), name=name)
            if status not in MATERIAL_STATES:
                raise ValidationError("materials", QT_TRANSLATE_NOOP("Errors", "Unknown state of a material."))
        return [MaterialLine(m.name, m.required, statuses.get(m.name, "missing")) for m in matter.materials]

    @staticmethod
    def _clean_applicants(raw: list[ApplicantInput]) -> list[ApplicantInput]:
        out = []
        for i, a in enumerate(raw):
            if not (a.name.strip() or a.id_number.strip() or a.phone.strip()):
                continue  # an empty row of the form
            name = normalize_text(a.name, 100, f"applicants.{i}.name")
            if not name:
                raise ValidationError(f"applicants.{i}.name", QT_TRANSLATE_NOOP("Errors", "Enter the applicant's name."))
            if not a.id_number.strip():
                raise ValidationError(f"applicants.{i}.id_number", QT_TRANSLATE_NOOP(
                    "Errors", "Enter the applicant's ID number: the notary office identifies every applicant."))
            ident = parse_id_number(a.id_number, f"applicants.{i}.id_number")
            if a.sex and a.sex != ident.sex:
                raise ValidationError(f"applicants.{i}.sex", QT_TRANSLATE_NOOP(
                    "Errors", "The ID number belongs to a person of the other sex."))
            phone = parse_mobile(a.phone, f"applicants.{i}.phone") if a.phone.strip() else ""
            out.append(ApplicantInput(name, ident.sex, ident.value, phone,
                                      normalize_text(a.address, 200, f"applicants.{i}.address")))
        if not out:
            raise ValidationError("applicants", QT_TRANSLATE_NOOP("Errors", "Enter at least one applicant."))
        if not out[0].phone:
            raise ValidationError("applicants.0.phone", QT_TRANSLATE_NOOP(
                "Errors", "Enter the applicant's mobile number: the pickup notice is sent to it."))
        return out

    # --- checklist and state ------------------------------------------------------------------
    def update_materials(self, actor: Actor, intake_id: str, materials: dict[str, str],
                         missing_note: str | None = None) -> str:
        """Record the checklist again (补正: materials brought later); returns the new state."""
        actor.require(Perm.NOTARY_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            intake = self._get(uow.session, intake_id)
            if intake.state not in ("received", "incomplete", "complete"):
                raise ConflictError(REFUSALS["complete"])
            matter = uow.session.get(NotaryMatter, intake.matter_id)
            by_name = {m.name: m for m in intake.materials}
            for name, status in materials.items():
                if name not in by_name:
                    raise ValidationError("materials", QT_TRANSLATE_NOOP(
                        "Errors", "\"{name}\" is not on this matter's list of materials."), name=name)
                if status not in MATERIAL_STATES:
                    raise ValidationError("materials", QT_TRANSLATE_NOOP("Errors", "Unknown state of a material."))
            before = {m.name: m.status for m in intake.materials}
            for m in intake.materials:
                m.status = materials.get(m.name, m.status)
            if missing_note is not None:
                intake.missing_note = normalize_text(missing_note, 1000, "missing_note")
            missing = missing_required(intake.materials)
            state = "incomplete" if missing or intake.missing_note else "complete"
            old = intake.state
            intake.state = state
            if state == "complete" and old != "complete":
                intake.expected_on = self._expected(self.today(), matter.days_expected if matter else 10)
            intake.updated_at = self.clock()
            changed = {n: (before[n], s) for n, s in ((m.name, m.status) for m in intake.materials) if before[n] != s}
            uow.audit("notary.intake.materials", "notary_intake", intake.id, summary=intake.number,
                      changes={"state": (old, state), **changed})
            return state

    def forward(self, actor: Actor, intake_ids: list[str], office: str | None = None) -> BatchInfo:
        """Hand complete applications to the notary office in one batch (its 转递清单 is printed)."""
        actor.require(Perm.NOTARY_EDIT)
        if not intake_ids:
            raise ValidationError("intakes", QT_TRANSLATE_NOOP("Errors", "Choose the applications to forward."))
        office = normalize_text(office if office is not None else self.settings.get("notary.office_name"), 100, "office")
        if not office:
            raise ValidationError("office", QT_TRANSLATE_NOOP("Errors", "Enter the notary office."))
        today = self.today()
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            intakes = [self._get(s, i) for i in dict.fromkeys(intake_ids)]
            for intake in intakes:
                if intake.state != "complete":
                    raise ConflictError(QT_TRANSLATE_NOOP(
                        "Errors", "{number} cannot be forwarded: only applications with complete materials go to "
                        "the notary office."), number=intake.number)
            seq = (s.scalar(select(func.max(NotaryBatch.seq)).where(NotaryBatch.year == today.year)) or 0) + 1
            batch = NotaryBatch(id=str(uuid.uuid4()), year=today.year, seq=seq, number=f"ZD{today.year}-{seq:03d}",
                                office=office, forwarded_on=today, forwarded_by=actor.full_name,
                                created_at=self.clock())
            s.add(batch)
            s.flush()
            for intake in intakes:
                self._move(intake, "forwarded", batch_id=batch.id, forwarded_on=today)
            uow.audit("notary.batch.forward", "notary_batch", batch.id,
                      summary=f"{batch.number} {office}: " + " ".join(i.number for i in intakes))
            return BatchInfo(batch.id, batch.number, office, today, actor.full_name, "", len(intakes))

    def confirm_handover(self, actor: Actor, batch_id: str, received_by: str) -> None:
        """The office's clerk signed the hand-over list: note who received the batch."""
        actor.require(Perm.NOTARY_EDIT)
        name = normalize_text(received_by, 50, "received_by")
        if not name:
            raise ValidationError("received_by", QT_TRANSLATE_NOOP(
                "Errors", "Enter who received the batch at the notary office."))
        with UnitOfWork(self.db, actor) as uow:
            batch = uow.session.get(NotaryBatch, batch_id)
            if batch is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This batch no longer exists."))
            old, batch.received_by = batch.received_by, name
            uow.audit("notary.batch.handover", "notary_batch", batch.id, summary=batch.number,
                      changes={"received_by": (old, name)})

    def office_accept(self, actor: Actor, intake_id: str, office_ref: str = "", on: date | None = None) -> None:
        self._step(actor, intake_id, "accepted", "notary.intake.accept",
                   accepted_on=self._day(on), office_ref=normalize_text(office_ref, 40, "office_ref"))

    def office_return(self, actor: Actor, intake_id: str, what: str) -> None:
        """The office needs more (补正 after forwarding): back to incomplete, with what it asked for."""
        what = normalize_text(what, 1000, "missing_note")
        if not what:
            raise ValidationError("missing_note", QT_TRANSLATE_NOOP(
                "Errors", "Enter what the notary office asked the applicant to bring."))
        self._step(actor, intake_id, "incomplete", "notary.intake.office_return", missing_note=what)

    def certificate_issued(self, actor: Actor, intake_id: str, certificate_no: str, on: date | None = None) -> None:
        number = normalize_text(certificate_no, 60, "certificate_no")
        if not number:
            raise ValidationError("certificate_no", QT_TRANSLATE_NOOP("Errors", "Enter the certificate number."))
        self._step(actor, intake_id, "issued", "notary.intake.issue", certificate_no=number, issued_on=self._day(on))

    def ready_for_pickup(self, actor: Actor, intake_id: str, on: date | None = None) -> None:
        self._step(actor, intake_id, "ready", "notary.intake.ready", ready_on=self._day(on))

    def collect(self, actor: Actor, intake_id: str, collected_by: str, on: date | None = None) -> None:
        name = normalize_text(collected_by, 100, "collected_by")
        if not name:
            raise ValidationError("collected_by", QT_TRANSLATE_NOOP(
                "Errors", "Enter who collected the certificate (after checking their ID card)."))
        self._step(actor, intake_id, "collected", "notary.intake.collect", collected_by=name,
                   collected_on=self._day(on))

    def withdraw(self, actor: Actor, intake_id: str, reason: str) -> None:
        reason = normalize_text(reason, 1000, "withdraw_reason")
        if not reason:
            raise ValidationError("withdraw_reason", QT_TRANSLATE_NOOP("Errors", "Enter why the application is withdrawn."))
        self._step(actor, intake_id, "withdrawn", "notary.intake.withdraw", withdraw_reason=reason)

    def _day(self, on: date | None) -> date:
        day = on or self.today()
        if day > self.today():
            raise ValidationError("date", QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future."))
        return day

    def _step(self, actor: Actor, intake_id: str, state: str, action: str, **values) -> None:
        actor.require(Perm.NOTARY_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            intake = self._get(uow.session, intake_id)
            changes = self._move(intake, state, **values)
            uow.audit(action, "notary_intake", intake.id, summary=intake.number, changes=changes)

    def _move(self, intake: NotaryIntake, state: str, **values) -> dict:
        if state not in TRANSITIONS.get(intake.state, set()):
            raise ConflictError(REFUSALS[state])
        for key, value in values.items():
            if isinstance(value, date) and key.endswith("_on") and key != "collected_on" and value < intake.received_on:
                raise ValidationError(key, QT_TRANSLATE_NOOP(
                    "Errors", "The date cannot be before the application was received."))
        changes = {"state": (intake.state, state)}
        for key, value in values.items():
            old = getattr(intake, key)
            if old != value:
                setattr(intake, key, value)
                changes[key] = (old.isoformat() if isinstance(old, date) else old,
                                value.isoformat() if isinstance(value, date) else value)
        intake.state = state
        intake.updated_at = self.clock()
        return changes

    @staticmethod
    def _get(s, intake_id: str) -> NotaryIntake:
        return by_ref(s, NotaryIntake, intake_id,
                      QT_TRANSLATE_NOOP("Errors", "This notary application no longer exists."))

    # --- reading ------------------------------------------------------------------------------
    def list(self, actor: Actor, states: tuple[str, ...] = (), term: str = "", matter_id: int | None = None,
             limit: int = 500) -> list[IntakeRow]:
        """Newest first; ``term`` matches the number, an applicant's name or phone, the certificate number."""
        actor.require(Perm.NOTARY_VIEW)
        with self.db.reader() as s:
            q = select(NotaryIntake).order_by(NotaryIntake.received_on.desc(), NotaryIntake.seq.desc()).limit(limit)
            if states:
                q = q.where(NotaryIntake.state.in_(states))
            if matter_id is not None:
                q = q.where(NotaryIntake.matter_id == matter_id)
            term = drop_controls(term).strip()  # a NUL or a lone surrogate cannot be bound
            if term:
                like = f"%{term}%"
                q = q.where(or_(NotaryIntake.number.like(like), NotaryIntake.certificate_no.like(like),
                                NotaryIntake.id.in_(select(NotaryApplicant.intake_id).where(or_(
                                    NotaryApplicant.name.like(like), NotaryApplicant.phone == term,
                                    NotaryApplicant.id_number == term.upper())))))
            intakes = list(s.scalars(q))
            batches = self._batch_numbers(s, {i.batch_id for i in intakes if i.batch_id})
            return [self._row(i, batches) for i in intakes]

    @staticmethod
    def _batch_numbers(s, ids: set[str]) -> dict[str, str]:
        if not ids:
            return {}
        return dict(s.execute(select(NotaryBatch.id, NotaryBatch.number).where(NotaryBatch.id.in_(ids))).all())

    @staticmethod
    def _row(i: NotaryIntake, batches: dict[str, str]) -> IntakeRow:
        return IntakeRow(i.id, i.number, i.matter_name, "、".join(a.name for a in i.applicants), i.state,
                         i.received_on, i.expected_on, i.ready_on, len(missing_required(i.materials)),
                         batches.get(i.batch_id or "", ""))

    def batches(self, actor: Actor, limit: int = 50) -> list[BatchInfo]:
        actor.require(Perm.NOTARY_VIEW)
        with self.db.reader() as s:
            counts = (select(NotaryIntake.batch_id, func.count().label("n")).group_by(NotaryIntake.batch_id).subquery())
            rows = s.execute(select(NotaryBatch, counts.c.n).outerjoin(counts, counts.c.batch_id == NotaryBatch.id)
                             .order_by(NotaryBatch.forwarded_on.desc(), NotaryBatch.seq.desc()).limit(limit)).all()
            return [BatchInfo(b.id, b.number, b.office, b.forwarded_on, b.forwarded_by, b.received_by, n or 0)
                    for b, n in rows]

    def detail(self, actor: Actor, intake_id: str, reveal: bool = False) -> IntakeDetail:
        """One application; ID numbers and phones masked unless ``reveal`` (audited either way)."""
        actor.require(Perm.NOTARY_VIEW)
        if reveal:
            actor.require(Perm.PERSONAL_DATA_UNMASK)
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            i = self._get(s, intake_id)
            batch = s.get(NotaryBatch, i.batch_id) if i.batch_id else None
            ticket = s.get(Ticket, i.ticket_id) if i.ticket_id else None
            keep = self.settings.get("notary.pickup_keep_days")
            uow.audit("notary.intake.reveal" if reveal else "notary.intake.view", "notary_intake", i.id,
                      summary=i.number + (" (ID numbers and phones shown)" if reveal else ""))
            return IntakeDetail(
                row=self._row(i, {batch.id: batch.number} if batch else {}), matter_id=i.matter_id, purpose=i.purpose,
                use_country=i.use_country, copies=i.copies, notes=i.notes, missing_note=i.missing_note,
                applicants=[ApplicantView(a.name, a.sex, a.id_number if reveal else mask_id_number(a.id_number),
                                          a.phone if reveal else mask_phone(a.phone), a.address) for a in i.applicants],
                materials=[MaterialLine(m.name, m.required, m.status) for m in i.materials],
                clerk_name=i.clerk_name, ticket_number=ticket.number if ticket else "", forwarded_on=i.forwarded_on,
                office=batch.office if batch else "", accepted_on=i.accepted_on, office_ref=i.office_ref,
                issued_on=i.issued_on, certificate_no=i.certificate_no,
                pickup_until=i.ready_on + timedelta(days=keep) if i.ready_on else None,
                collected_on=i.collected_on, collected_by=i.collected_by, withdraw_reason=i.withdraw_reason,
                revealed=reveal)

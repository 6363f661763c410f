"""Police–mediation linkage (公调对接): referrals from police stations and transfers to them (art. 25).

Inbound: received → accepted (签收; the mediation case is registered from the referral's data) or
declined with a reason → mediating → succeeded / failed (returned to police for handling) →
feedback sent. Outbound: transferred (移送公安函) → acknowledged by the station → concluded (its result
recorded). Each step is one command that refuses a transition the state does not allow.

Sync (another issue) calls ``receive_referral`` with the platform's data and id: receiving the same
platform id again changes nothing, and a referral typed in earlier from the paper letter (same
incident number) is adopted instead of duplicated.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from desk.db import Database
from desk.errors import ConflictError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import DictionaryEntry
from desk.models.linkage import ORIGINS, PoliceReferral, ReferralParty
from desk.models.mediation import MediationCase
from desk.services.linkage_deadlines import Due, due_dates, referral_due
from desk.services.mediation_cases import CaseService, IntakeInput, PartyInput, clean_party
from desk.services.permissions import Actor, Perm
from desk.services.settings import SettingsService
from desk.services.uow import UnitOfWork, joined
from desk.services.workdays import CalendarService
from desk.timeutil import to_local, utcnow
from desk.validation import mask_id_number, mask_phone, normalize_text

# allowed moves, and the message refusing any other (what the step needs, in the clerk's words)
TRANSITIONS = {
    "received": {"accepted", "declined"},
    "accepted": {"mediating"},
    "mediating": {"succeeded", "failed"},
    "succeeded": {"feedback_sent"},
    "failed": {"feedback_sent"},
    "transferred": {"acknowledged"},
    "acknowledged": {"concluded"},
}
REFUSALS = {
    "accepted": QT_TRANSLATE_NOOP("Errors", "Only a referral just received can be accepted."),
    "declined": QT_TRANSLATE_NOOP("Errors", "Only a referral just received can be declined."),
    "mediating": QT_TRANSLATE_NOOP("Errors", "Mediation can start only after the referral has been accepted."),
    "succeeded": QT_TRANSLATE_NOOP("Errors", "The result can be recorded only while the referral is being mediated."),
    "failed": QT_TRANSLATE_NOOP("Errors", "The result can be recorded only while the referral is being mediated."),
    "feedback_sent": QT_TRANSLATE_NOOP("Errors", "Feedback can be sent only once the mediation has a result."),
    "acknowledged": QT_TRANSLATE_NOOP("Errors", "Only a transfer awaiting the station's receipt can be acknowledged."),
    "concluded": QT_TRANSLATE_NOOP("Errors", "The police result can be recorded only after the station acknowledged the transfer."),
}


@dataclass
class ReferralPartyInput:
    role: str = "applicant"  # applicant | respondent | third_party
    name: str = ""
    kind: str = "person"
    sex: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""


@dataclass
class ReferralInput:
    """A police letter (移交/委托调解函) as typed from paper or pulled from the platform."""

    incident_no: str = ""
    station: str = ""
    officer: str = ""
    officer_phone: str = ""
    referred_on: date | None = None
    received_on: date | None = None
    category_code: str = ""
    summary: str = ""
    police_opinion: str = ""
    place: str = ""
    parties: list[ReferralPartyInput] = field(default_factory=list)


@dataclass
class TransferInput:
    """A mediation case sent to police (art. 25)."""

    station: str = ""
    officer: str = ""
    officer_phone: str = ""
    reason: str = ""
    transferred_on: date | None = None


@dataclass(frozen=True)
class ReferralRow:
    id: str
    direction: str
    origin: str
    state: str
    incident_no: str
    station: str
    parties: str
    summary: str
    received_on: date
    case_id: str | None
    case_number: str
    due: Due | None


@dataclass(frozen=True)
class ReferralDetail:
    row: ReferralRow
    officer: str
    officer_phone: str
    referred_on: date
    category_code: str
    police_opinion: str
    place: str
    parties: list[ReferralPartyInput]
    ack_due: date
    feedback_due: date
    accepted_on: date | None
    decline_reason: str
    result_note: str
    concluded_on: date | None
    feedback_on: date | None
    feedback_method: str


class ReferralService:
    def __init__(self, db: Database, settings: SettingsService, calendar: CalendarService, cases: CaseService,
                 clock=utcnow) -> None:
        self.db, self.settings, self.calendar, self.cases, self.clock = db, settings, calendar, cases, clock

    def today(self) -> date:
        return to_local(self.clock()).date()

    # --- arriving ---------------------------------------------------------------------------
    def receive_referral(self, actor: Actor, data: ReferralInput, origin: str = "paper",
                         platform_id: str | None = None, *, uow: UnitOfWork | None = None) -> str:
        """Register a police referral; returns its id. From the platform, idempotent on ``platform_id``
        (sync passes its unit of work; the platform's record id becomes the local id)."""
        actor.require(Perm.LINKAGE_RECEIVE)
        if origin not in ORIGINS:
            raise ValidationError("origin", QT_TRANSLATE_NOOP("Errors", "Unknown origin of a hand-over."))
        clean = self._clean(data)
        with joined(self.db, actor, uow) as uow:
            s = uow.session
            if platform_id:
                existing = s.scalar(select(PoliceReferral.id).where(PoliceReferral.platform_id == platform_id))
                if existing:
                    return existing
            same = s.scalar(select(PoliceReferral).where(
                PoliceReferral.direction == "inbound", PoliceReferral.incident_no == clean.incident_no))
            if same is not None:
                if origin == "platform" and same.platform_id is None:
                    same.platform_id = platform_id  # the paper copy typed in while offline is this one
                    uow.audit("linkage.referral.adopt", "police_referral", same.id, summary=clean.incident_no)
                    return same.id
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "Errors", "A referral with incident number {number} has been registered already."),
                    number=clean.incident_no)
            if clean.category_code and not s.scalar(select(DictionaryEntry.id).where(
                    DictionaryEntry.kind == "dispute_category", DictionaryEntry.code == clean.category_code)):
                raise ValidationError("category_code", QT_TRANSLATE_NOOP("Errors", "Choose the kind of dispute."))
            received = clean.received_on
            ack, feedback = due_dates(self.calendar.calendar(), received, self.settings.get("linkage.accept_days"),
                                      self.settings.get("linkage.feedback_days"))
            now = self.clock()
            ref = PoliceReferral(
                id=platform_id or str(uuid.uuid4()), direction="inbound", origin=origin, platform_id=platform_id or None,
                state="received", incident_no=clean.incident_no, station=clean.station, officer=clean.officer,
                officer_phone=clean.officer_phone, referred_on=clean.referred_on, received_on=received,
                category_code=clean.category_code, summary=clean.summary, police_opinion=clean.police_opinion,
                place=clean.place, ack_due=ack, feedback_due=feedback, created_by_id=actor.user_id,
                created_at=now, updated_at=now,
                parties=[ReferralParty(position=i, role=p.role, kind=p.kind, name=p.name, sex=p.sex,
                                       id_number=p.id_number, phone=p.phone, address=p.address)
                         for i, p in enumerate(clean.parties)])
            s.add(ref)
            uow.audit("linkage.referral.receive", "police_referral", ref.id,
                      summary=f"{origin} {clean.incident_no} {clean.station}",
                      changes={"ack_due": (None, ack.isoformat()), "feedback_due": (None, feedback.isoformat())})
            return ref.id

    def _clean(self, data: ReferralInput) -> ReferralInput:
        incident = normalize_text(data.incident_no, 40, "incident_no").upper()
        if not incident:
            raise ValidationError("incident_no", QT_TRANSLATE_NOOP("Errors", "Enter the police incident number."))
        station = normalize_text(data.station, 100, "station")
        if not station:
            raise ValidationError("station", QT_TRANSLATE_NOOP("Errors", "Enter the police station."))
        summary = normalize_text(data.summary, 5000, "summary")
        if len(summary) < 5:
            raise ValidationError("summary", QT_TRANSLATE_NOOP("Errors", "Describe the dispute in a sentence or two."))
        today = self.today()
        received = data.received_on or today
        referred = data.referred_on or received
        if referred > received or received > today:
            raise ValidationError("referred_on", QT_TRANSLATE_NOOP(
                "Errors", "The letter's date must not be after the day it was received, nor that day after today."))
        parties = []
        for i, p in enumerate(data.parties):
            if not p.name.strip() and not p.phone.strip() and not p.id_number.strip():
                continue  # an empty row of the form
            c = clean_party(i, PartyInput(role=p.role, kind=p.kind, name=p.name, sex=p.sex, id_number=p.id_number,
                                          phone=p.phone, address=p.address))
            parties.append(ReferralPartyInput(c.role, c.name, c.kind, c.sex, c.id_number or c.credit_code, c.phone,
                                              c.address))
        if not parties:
            raise ValidationError("parties", QT_TRANSLATE_NOOP("Errors", "Enter at least one party."))
        return ReferralInput(
            incident_no=incident, station=station, officer=normalize_text(data.officer, 50, "officer"),
            officer_phone=normalize_text(data.officer_phone, 20, "officer_phone"), referred_on=referred,
            received_on=received, category_code=data.category_code.strip(), summary=summary,
            police_opinion=normalize_text(data.police_opinion, 5000, "police_opinion"),
            place=normalize_text(data.place, 200, "place"), parties=parties)

    # --- inbound steps ----------------------------------------------------------------------
    def accept(self, actor: Actor, referral_id: str, category_code: str = "") -> str:
        """签收: register the mediation case from the referral (parties carried over); returns the case id."""
        actor.require(Perm.LINKAGE_EDIT)
        with self.db.reader() as s:
            ref = self._get(s, referral_id)
            self._check(ref, "accepted")
            intake = IntakeInput(
                source="police", category_code=category_code or ref.category_code,
                summary=f"{ref.summary}（{ref.station}移交，警情编号{ref.incident_no}）",
                place=ref.place, received_on=max(self.today(), ref.received_on),
                people_count=max(2, len(ref.parties)),
                parties=[PartyInput(role=p.role, kind=p.kind, name=p.name, sex=p.sex, id_number=p.id_number,
                                    phone=p.phone, address=p.address) for p in ref.parties])
        if not intake.category_code:
            raise ValidationError("category_code", QT_TRANSLATE_NOOP("Errors", "Choose the kind of dispute."))
        # One unit of work: the case (with its yearly number) and the link commit together or not at all;
        # the state is checked again under the write lock, so a double click cannot register twice.
        with UnitOfWork(self.db, actor) as uow:
            ref = self._get(uow.session, referral_id)
            self._check(ref, "accepted")
            case = self.cases.register(actor, intake, uow)
            changes = self._move(ref, "accepted", case_id=case.id, accepted_on=intake.received_on,
                                 category_code=intake.category_code)
            uow.audit("linkage.referral.accept", "police_referral", ref.id,
                      summary=f"{ref.incident_no} → {case.number}", changes=changes)
        return case.id

    def decline(self, actor: Actor, referral_id: str, reason: str) -> None:
        """Not suitable for mediation: back to the police with the reason (退回公安函)."""
        actor.require(Perm.LINKAGE_EDIT)
        reason = normalize_text(reason, 2000, "reason")
        if len(reason) < 2:
            raise ValidationError("reason", QT_TRANSLATE_NOOP("Errors", "Give the reason for declining the referral."))
        with UnitOfWork(self.db, actor) as uow:
            ref = self._get(uow.session, referral_id)
            changes = self._move(ref, "declined", decline_reason=reason, concluded_on=self.today())
            uow.audit("linkage.referral.decline", "police_referral", ref.id, summary=ref.incident_no, changes=changes)

    def start_mediation(self, actor: Actor, referral_id: str) -> None:
        actor.require(Perm.LINKAGE_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            ref = self._get(uow.session, referral_id)
            changes = self._move(ref, "mediating")
            uow.audit("linkage.referral.mediating", "police_referral", ref.id, summary=ref.incident_no,
                      changes=changes)

    def record_result(self, actor: Actor, referral_id: str, note: str = "") -> str:
        """The mediation case's outcome decides: agreed → succeeded, terminated → failed (returned to police)."""
        actor.require(Perm.LINKAGE_EDIT)
        note = normalize_text(note, 2000, "note")
        with UnitOfWork(self.db, actor) as uow:
            ref = self._get(uow.session, referral_id)
            self._check(ref, "succeeded")
            case = uow.session.get(MediationCase, ref.case_id) if ref.case_id else None
            outcome = case.outcome if case is not None else ""  # written | oral | terminated; "" while open
            if not outcome:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "Errors", "The mediation case has not ended yet: record the agreement or the termination first."))
            result = "failed" if outcome == "terminated" else "succeeded"
            changes = self._move(ref, result, result_note=note, concluded_on=case.closed_on or self.today())
            uow.audit("linkage.referral.result", "police_referral", ref.id, summary=f"{ref.incident_no} {result}",
                      changes=changes)
            return result

    def send_feedback(self, actor: Actor, referral_id: str, on: date | None = None, method: str = "") -> None:
        """The result letter (调解结果反馈函 / 退回公安函) went to the station."""
        actor.require(Perm.LINKAGE_EDIT)
        on = on or self.today()
        with UnitOfWork(self.db, actor) as uow:
            ref = self._get(uow.session, referral_id)
            if ref.concluded_on and on < ref.concluded_on or on > self.today():
                raise ValidationError("on", QT_TRANSLATE_NOOP(
                    "Errors", "The feedback date must lie between the result and today."))
            changes = self._move(ref, "feedback_sent", feedback_on=on,
                                 feedback_method=normalize_text(method, 40, "method"))
            uow.audit("linkage.referral.feedback", "police_referral", ref.id, summary=ref.incident_no, changes=changes)

    # --- outbound (art. 25) -----------------------------------------------------------------
    def transfer_to_police(self, actor: Actor, case_id: str, data: TransferInput) -> str:
        """Record a case sent to police with a transfer letter; tracked like a referral."""
        actor.require(Perm.LINKAGE_EDIT)
        station = normalize_text(data.station, 100, "station")
        if not station:
            raise ValidationError("station", QT_TRANSLATE_NOOP("Errors", "Enter the police station."))
        reason = normalize_text(data.reason, 5000, "reason")
        if len(reason) < 5:
            raise ValidationError("reason", QT_TRANSLATE_NOOP(
                "Errors", "Explain why the dispute may turn into a public-order or criminal case."))
        on = data.transferred_on or self.today()
        if on > self.today():
            raise ValidationError("transferred_on", QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future."))
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            case = s.get(MediationCase, case_id)
            if case is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This case no longer exists."))
            if s.scalar(select(PoliceReferral.id).where(PoliceReferral.direction == "outbound",
                                                        PoliceReferral.case_id == case_id,
                                                        PoliceReferral.state != "concluded")):
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This case has been transferred to police already."))
            ack, feedback = due_dates(self.calendar.calendar(), on, self.settings.get("linkage.accept_days"),
                                      self.settings.get("linkage.feedback_days"))
            now = self.clock()
            ref = PoliceReferral(
                id=str(uuid.uuid4()), direction="outbound", origin="paper", state="transferred", station=station,
                officer=normalize_text(data.officer, 50, "officer"),
                officer_phone=normalize_text(data.officer_phone, 20, "officer_phone"), referred_on=on, received_on=on,
                category_code=case.category_code, summary=case.summary, police_opinion=reason, place=case.place,
                ack_due=ack, feedback_due=feedback, case_id=case.id, created_by_id=actor.user_id, created_at=now,
                updated_at=now,
                parties=[ReferralParty(position=p.position, role=p.role, kind=p.kind, name=p.name, sex=p.sex,
                                       id_number=p.id_number, phone=p.phone, address=p.address)
                         for p in case.parties if p.role != "agent"])
            s.add(ref)
            uow.audit("linkage.transfer.create", "police_referral", ref.id, summary=f"{case.number} → {station}")
            return ref.id

    def police_acknowledged(self, actor: Actor, referral_id: str, incident_no: str = "", officer: str = "") -> None:
        """The station signed for the transfer (and may have given its incident number)."""
        actor.require(Perm.LINKAGE_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            ref = self._get(uow.session, referral_id)
            values = {"accepted_on": self.today()}
            if incident_no.strip():
                values["incident_no"] = normalize_text(incident_no, 40, "incident_no").upper()
            if officer.strip():
                values["officer"] = normalize_text(officer, 50, "officer")
            changes = self._move(ref, "acknowledged", **values)
            uow.audit("linkage.transfer.acknowledged", "police_referral", ref.id, summary=ref.station, changes=changes)

    def police_concluded(self, actor: Actor, referral_id: str, result: str) -> None:
        """What the police did with the transferred matter."""
        actor.require(Perm.LINKAGE_EDIT)
        result = normalize_text(result, 2000, "result")
        if len(result) < 2:
            raise ValidationError("result", QT_TRANSLATE_NOOP("Errors", "Write down what the police did."))
        with UnitOfWork(self.db, actor) as uow:
            ref = self._get(uow.session, referral_id)
            changes = self._move(ref, "concluded", result_note=result, concluded_on=self.today(),
                                 feedback_on=self.today())
            uow.audit("linkage.transfer.concluded", "police_referral", ref.id, summary=ref.station, changes=changes)

    # --- reading ----------------------------------------------------------------------------
    def list(self, actor: Actor, direction: str | None = None, open_only: bool = False,
             limit: int = 500) -> list[ReferralRow]:
        """Referrals newest first (at most ``limit``); ``open_only`` keeps those with a deadline running."""
        actor.require(Perm.LINKAGE_VIEW)
        with self.db.reader() as s:
            stmt = select(PoliceReferral, MediationCase.number).outerjoin(
                MediationCase, MediationCase.id == PoliceReferral.case_id)
            if direction:
                stmt = stmt.where(PoliceReferral.direction == direction)
            if open_only:
                stmt = stmt.where(PoliceReferral.state.not_in(("declined", "feedback_sent", "concluded")))
            rows = s.execute(stmt.order_by(PoliceReferral.received_on.desc(), PoliceReferral.created_at.desc())
                             .limit(limit)).all()
            return [self._row(ref, number) for ref, number in rows]

    def get(self, actor: Actor, referral_id: str) -> ReferralDetail:
        """One referral; full ID numbers and phones only for roles that may see them (and then audited)."""
        actor.require(Perm.LINKAGE_VIEW)
        full = actor.can(Perm.PERSONAL_DATA_UNMASK)
        with UnitOfWork(self.db, actor) as uow:
            ref = self._get(uow.session, referral_id)
            case = uow.session.get(MediationCase, ref.case_id) if ref.case_id else None
            if full:
                uow.audit("linkage.referral.view", "police_referral", ref.id, summary=ref.incident_no)
            parties = [ReferralPartyInput(p.role, p.name, p.kind, p.sex,
                                          p.id_number if full else mask_id_number(p.id_number),
                                          p.phone if full else mask_phone(p.phone), p.address)
                       for p in ref.parties]
            return ReferralDetail(
                self._row(ref, case.number if case else ""), ref.officer,
                ref.officer_phone if full else mask_phone(ref.officer_phone), ref.referred_on, ref.category_code,
                ref.police_opinion, ref.place, parties, ref.ack_due, ref.feedback_due, ref.accepted_on,
                ref.decline_reason, ref.result_note, ref.concluded_on, ref.feedback_on, ref.feedback_method)

    def referral_for_case(self, actor: Actor, case_id: str) -> ReferralRow | None:
        """The referral a case came from (inbound), else the newest transfer of it to police."""
        actor.require(Perm.LINKAGE_VIEW)
        with self.db.reader() as s:
            rows = s.execute(select(PoliceReferral, MediationCase.number).join(
                MediationCase, MediationCase.id == PoliceReferral.case_id).where(PoliceReferral.case_id == case_id)
                .order_by(PoliceReferral.direction, PoliceReferral.created_at.desc())).all()
            return self._row(*rows[0]) if rows else None

    # --- helpers ----------------------------------------------------------------------------
    def _row(self, ref: PoliceReferral, case_number: str | None) -> ReferralRow:
        due = referral_due(self.calendar.calendar(), self.today(), ref.direction, ref.state, ref.ack_due,
                           ref.feedback_due, self.settings.get("linkage.due_soon_days"))
        names = "、".join(p.name for p in ref.parties)
        return ReferralRow(ref.id, ref.direction, ref.origin, ref.state, ref.incident_no, ref.station, names,
                           ref.summary, ref.received_on, ref.case_id, case_number or "", due)

    @staticmethod
    def _get(s, referral_id: str) -> PoliceReferral:
        ref = s.get(PoliceReferral, referral_id)
        if ref is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This referral no longer exists."))
        return ref

    @staticmethod
    def _check(ref: PoliceReferral, target: str) -> None:
        if target not in TRANSITIONS.get(ref.state, ()):
            raise ConflictError(REFUSALS[target])

    def _move(self, ref: PoliceReferral, target: str, **values) -> dict:
        self._check(ref, target)
        changes = {"state": (ref.state, target)}
        ref.state = target
        for key, value in values.items():
            if getattr(ref, key) != value:
                changes[key] = (getattr(ref, key), value)
                setattr(ref, key, value)
        ref.updated_at = self.clock()
        return {k: (str(a) if isinstance(a, date) else a, str(b) if isinstance(b, date) else b)
                for k, (a, b) in changes.items()}

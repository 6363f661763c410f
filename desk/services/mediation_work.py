"""Working a mediation case after intake: investigation records and sessions, the outcome
(written agreement, oral agreement, termination), follow-ups, judicial confirmation, archive.

Status moves forward only: registered → investigating (first investigation written up) → mediating
(first session written up) → agreed (written agreement fully signed, or oral agreement) or
terminated (no agreement; a party refused or ended mediation, arts. 17/23/26) → archived.
An archived case is read-only; corrections are addenda (补充说明), each audited.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from desk.db import Database
from desk.errors import NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.accounts import User
from desk.models.mediation import (
    FOLLOW_UP_METHODS,
    PERFORMANCE,
    RECORD_KINDS,
    RETENTION_PERIODS,
    SIGN_MARKS,
    TERMINATION_REASONS,
    CaseAddendum,
    CaseFollowUp,
    CaseOutcome,
    CaseRecord,
    MediationCase,
)
from desk.services.mediation_file import FileItem, file_items
from desk.services.mediation_rules import PartyParticulars, agreement_gaps
from desk.services.permissions import Actor, Perm
from desk.services.settings import SettingsService
from desk.services.uow import UnitOfWork, apply_changes
from desk.timeutil import to_local, utcnow
from desk.validation import normalize_text

OPEN = ("registered", "investigating", "mediating")
CLOSED = ("agreed", "terminated")
MAX_RECORD = 50_000  # a long session record is a few thousand characters


@dataclass
class RecordInput:
    kind: str = "session"  # investigation | session
    state: str = "held"  # scheduled | held
    starts_at: datetime | None = None  # local time
    place: str = ""
    staff: str = ""
    recorder: str = ""
    attendees: str = ""
    public: bool = False
    content: str = ""
    signed_by: str = ""


@dataclass
class AgreementInput:
    """A written agreement's text (art. 29); signing is recorded separately."""

    facts: str = ""
    disputed_matters: str = ""
    responsibility: str = ""
    terms: str = ""
    performance_method: str = ""
    performance_due: date | None = None


@dataclass
class SigningInput:
    signatures: dict[int, str]  # party position -> sign | seal | thumb
    mediator_signed: bool = False
    committee_sealed: bool = False
    signed_on: date | None = None


@dataclass
class FollowUpInput:
    done_on: date | None = None
    method: str = "visit"
    performance: str = "full"
    notes: str = ""


@dataclass(frozen=True)
class Deadline:
    kind: str  # session | investigation (planned) | follow_up | judicial | open_too_long
    case_id: str
    number: str
    due_on: date
    level: str  # overdue | soon | later
    detail: str  # what is due (record place, performance terms...), plain text
    ref: str = ""
    mediator: str = ""  # the case's mediator (filled in the list of everyone's deadlines)


@dataclass(frozen=True)
class WorkSummary:
    """What the case view shows beside the registration facts."""

    status: str
    records: list[CaseRecord]
    outcome: CaseOutcome | None
    follow_ups: list[CaseFollowUp]
    addenda: list[CaseAddendum]
    file: list[FileItem]
    agreement_missing: list[str]  # art. 29 items a written agreement still lacks
    unsigned: list[str]  # names of parties who have not signed a written agreement yet
    mediator_id: int | None
    mediator_name: str
    archived_on: date | None
    retention: str


def _case(s, case_id: str) -> MediationCase:
    case = s.get(MediationCase, case_id)
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This case no longer exists."))
    return case


def _writable(case: MediationCase) -> None:
    if case.archived_on is not None:
        raise ValidationError("case", QT_TRANSLATE_NOOP(
            "Errors", "This case is archived and can no longer be changed; add an addendum instead."))


def _open(case: MediationCase) -> None:
    _writable(case)
    if case.status not in OPEN:
        raise ValidationError("case", QT_TRANSLATE_NOOP(
            "Errors", "Mediation of this case has ended; its records can no longer be added to."))


def _text(value: str, limit: int, field: str) -> str:
    return normalize_text(value, limit, field)


def _parties(case: MediationCase) -> list:
    return [p for p in case.parties if p.role != "agent"]


def particulars(case: MediationCase) -> list[PartyParticulars]:
    return [PartyParticulars(p.kind, p.name, p.sex, p.birth_date, p.id_number, p.address, p.legal_representative)
            for p in _parties(case)]


class CaseWorkService:
    def __init__(self, db: Database, settings: SettingsService, clock=utcnow) -> None:
        self.db, self.settings, self.clock = db, settings, clock

    def today(self) -> date:
        return to_local(self.clock()).date()

    # --- reading --------------------------------------------------------------------------
    def summary(self, actor: Actor, case_id: str) -> WorkSummary:
        actor.require(Perm.MEDIATION_VIEW)
        with self.db.reader() as s:
            case = _case(s, case_id)
            records = list(s.scalars(select(CaseRecord).where(CaseRecord.case_id == case_id)
                                     .order_by(CaseRecord.starts_at)))
            outcome = s.get(CaseOutcome, case_id)
            follow_ups = list(s.scalars(select(CaseFollowUp).where(CaseFollowUp.case_id == case_id)
                                        .order_by(CaseFollowUp.due_on, CaseFollowUp.id)))
            addenda = list(s.scalars(select(CaseAddendum).where(CaseAddendum.case_id == case_id)
                                     .order_by(CaseAddendum.at)))
            missing, unsigned = [], []
            if outcome is not None and outcome.kind == "written":
                missing = agreement_gaps(particulars(case), outcome.facts, outcome.disputed_matters,
                                         outcome.responsibility, outcome.terms, outcome.performance_method,
                                         outcome.performance_due)
                signed = json.loads(outcome.signatures or "{}")
                unsigned = [p.name for p in _parties(case) if str(p.position) not in signed]
            mediator = s.get(User, case.mediator_id) if case.mediator_id else None
            return WorkSummary(case.status, records, outcome, follow_ups, addenda,
                               file_items(case, records, outcome, follow_ups, addenda), missing, unsigned,
                               case.mediator_id, mediator.full_name if mediator else "", case.archived_on,
                               case.retention)

    def heading(self, actor: Actor, case_id: str) -> tuple[str, list[str]]:
        """The case number and the parties' names, for a form's title (no particulars: nothing to audit)."""
        actor.require(Perm.MEDIATION_VIEW)
        with self.db.reader() as s:
            case = _case(s, case_id)
            return case.number, [p.name for p in _parties(case)]

    # --- mediator (art. 23: the parties may choose or accept the mediator) ----------------------
    def assign_mediator(self, actor: Actor, case_id: str, user_id: int) -> None:
        actor.require(Perm.MEDIATION_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            case = _case(uow.session, case_id)
            _open(case)
            user = uow.session.get(User, user_id)
            if user is None or not user.active:
                raise ValidationError("mediator", QT_TRANSLATE_NOOP("Errors", "Choose an active mediator."))
            changes = apply_changes(case, {"mediator_id": user_id})
            if changes:
                uow.audit("mediation.case.assign", "mediation_case", case.id, summary=f"{case.number} → {user.full_name}",
                          changes=changes)

    # --- investigation records and sessions ------------------------------------------------------
    def save_record(self, actor: Actor, case_id: str, data: RecordInput, record_id: str | None = None) -> str:
        """Write up (or schedule) an investigation or a session; returns the record id."""
        actor.require(Perm.MEDIATION_EDIT)
        if data.kind not in RECORD_KINDS:
            raise ValidationError("kind", QT_TRANSLATE_NOOP("Errors", "Choose investigation or mediation session."))
        if data.state not in ("scheduled", "held"):
            raise ValidationError("state", QT_TRANSLATE_NOOP("Errors", "Choose whether it is planned or has been held."))
        if data.starts_at is None:
            raise ValidationError("starts_at", QT_TRANSLATE_NOOP("Errors", "Enter the date and time."))
        values = {
            "kind": data.kind, "state": data.state, "starts_at": data.starts_at.replace(second=0, microsecond=0),
            "place": _text(data.place, 200, "place"), "staff": _text(data.staff, 200, "staff"),
            "recorder": _text(data.recorder, 50, "recorder"), "attendees": _text(data.attendees, 2000, "attendees"),
            "public": bool(data.public), "content": _text(data.content, MAX_RECORD, "content"),
            "signed_by": _text(data.signed_by, 2000, "signed_by"),
        }
        if data.state == "held":
            if not values["staff"]:
                raise ValidationError("staff", QT_TRANSLATE_NOOP("Errors", "Enter who conducted it."))
            if not values["attendees"]:
                raise ValidationError("attendees", QT_TRANSLATE_NOOP("Errors", "Enter who attended."))
            if len(values["content"]) < 5:
                raise ValidationError("content", QT_TRANSLATE_NOOP("Errors", "Write down what was said and done."))
            if data.starts_at > to_local(self.clock()) + timedelta(minutes=5):
                raise ValidationError("starts_at", QT_TRANSLATE_NOOP(
                    "Errors", "A record that has been held cannot be dated in the future."))
        now = self.clock()
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            case = _case(s, case_id)
            _open(case)
            if record_id:
                record = s.get(CaseRecord, record_id)
                if record is None or record.case_id != case_id:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "This record no longer exists."))
                changes = apply_changes(record, values)
                if changes:
                    record.updated_at = now
                    uow.audit("mediation.record.update", "mediation_case", case.id,
                              summary=f"{case.number} {record.kind} {record.starts_at:%Y-%m-%d %H:%M}",
                              changes={k: v for k, v in changes.items() if k != "content"}
                              | ({"content": ("…", f"{len(values['content'])} chars")} if "content" in changes else {}))
            else:
                record = CaseRecord(id=str(uuid.uuid4()), case_id=case_id, created_by_id=actor.user_id,
                                    created_at=now, updated_at=now, **values)
                s.add(record)
                uow.audit("mediation.record.add", "mediation_case", case.id,
                          summary=f"{case.number} {record.kind} {record.state} {record.starts_at:%Y-%m-%d %H:%M}")
            if record.state == "held":
                target = "mediating" if record.kind == "session" else "investigating"
                if OPEN.index(target) > OPEN.index(case.status):
                    uow.audit("mediation.case.status", "mediation_case", case.id, summary=case.number,
                              changes=apply_changes(case, {"status": target}))
            return record.id

    def cancel_scheduled(self, actor: Actor, record_id: str) -> None:
        """Take a planned session out of the diary (a record that was held cannot be deleted)."""
        actor.require(Perm.MEDIATION_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            record = uow.session.get(CaseRecord, record_id)
            if record is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This record no longer exists."))
            case = _case(uow.session, record.case_id)
            _open(case)
            if record.state != "scheduled":
                raise ValidationError("state", QT_TRANSLATE_NOOP(
                    "Errors", "A record of something that took place cannot be deleted."))
            uow.session.delete(record)
            uow.audit("mediation.record.cancel", "mediation_case", case.id,
                      summary=f"{case.number} {record.kind} {record.starts_at:%Y-%m-%d %H:%M}")

    # --- outcomes ----------------------------------------------------------------------------------
    def _outcome(self, s, case: MediationCase, kind: str) -> CaseOutcome:
        outcome = s.get(CaseOutcome, case.id)
        now = self.clock()
        if outcome is None:
            outcome = CaseOutcome(case_id=case.id, kind=kind, created_at=now, updated_at=now, signatures="{}")
            s.add(outcome)
        elif outcome.effective_on is not None:
            raise ValidationError("outcome", QT_TRANSLATE_NOOP("Errors", "The outcome of this case is already final."))
        outcome.kind, outcome.updated_at = kind, now
        return outcome

    def save_agreement(self, actor: Actor, case_id: str, data: AgreementInput) -> list[str]:
        """Save the written agreement's text (a draft until signed); returns the art. 29 items still missing."""
        actor.require(Perm.MEDIATION_EDIT)
        values = {k: _text(getattr(data, k), 20_000, k) for k in
                  ("facts", "disputed_matters", "responsibility", "terms", "performance_method")}
        values["performance_due"] = data.performance_due
        with UnitOfWork(self.db, actor) as uow:
            case = _case(uow.session, case_id)
            _open(case)
            if data.performance_due is not None and data.performance_due < case.received_on:
                raise ValidationError("performance_due", QT_TRANSLATE_NOOP(
                    "Errors", "The performance deadline is before the case was received."))
            outcome = self._outcome(uow.session, case, "written")
            changes = apply_changes(outcome, values)
            uow.audit("mediation.agreement.save", "mediation_case", case.id, summary=case.number,
                      changes={k: ("…", "…") if isinstance(v[1], str) and len(v[1]) > 60 else v for k, v in changes.items()})
            return agreement_gaps(particulars(case), *(values[k] for k in (
                "facts", "disputed_matters", "responsibility", "terms", "performance_method")), data.performance_due)

    def record_signing(self, actor: Actor, case_id: str, data: SigningInput) -> date | None:
        """Record who has signed, sealed or thumb-printed. Once every party has, the mediator has signed
        and the seal is applied, the agreement takes effect that day (art. 29) and the case is agreed;
        returns the effective date (None while signatures are still missing)."""
        actor.require(Perm.MEDIATION_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            case = _case(uow.session, case_id)
            _open(case)
            outcome = uow.session.get(CaseOutcome, case_id)
            if outcome is None or outcome.kind != "written":
                raise ValidationError("outcome", QT_TRANSLATE_NOOP("Errors", "Write the agreement first."))
            if outcome.effective_on is not None:
                raise ValidationError("outcome", QT_TRANSLATE_NOOP("Errors", "The outcome of this case is already final."))
            positions = {p.position for p in _parties(case)}
            marks = {}
            for pos, mark in data.signatures.items():
                if int(pos) not in positions or mark not in SIGN_MARKS:
                    raise ValidationError("signatures", QT_TRANSLATE_NOOP("Errors", "Mark how each party signed."))
                marks[str(int(pos))] = mark
            complete = set(marks) == {str(p) for p in positions} and data.mediator_signed and data.committee_sealed
            if complete:
                missing = agreement_gaps(particulars(case), outcome.facts, outcome.disputed_matters,
                                         outcome.responsibility, outcome.terms, outcome.performance_method,
                                         outcome.performance_due)
                if missing:
                    raise ValidationError("outcome", QT_TRANSLATE_NOOP(
                        "Errors", "The agreement lacks items the law requires; complete it before it is signed."))
            signed_on = data.signed_on or self.today()
            if signed_on > self.today() or signed_on < case.received_on:
                raise ValidationError("signed_on", QT_TRANSLATE_NOOP(
                    "Errors", "The signing date must lie between the day the case was received and today."))
            changes = apply_changes(outcome, {
                "signatures": json.dumps(marks, sort_keys=True), "mediator_signed": bool(data.mediator_signed),
                "committee_sealed": bool(data.committee_sealed), "effective_on": signed_on if complete else None})
            outcome.updated_at = self.clock()
            uow.audit("mediation.agreement.sign", "mediation_case", case.id, summary=case.number, changes=changes)
            if complete:
                self._close(uow, case, "written", signed_on)
                self._schedule_default_follow_up(uow, case, outcome)
            return signed_on if complete else None

    def record_oral_agreement(self, actor: Actor, case_id: str, terms: str, agreed_on: date | None = None,
                              performance_method: str = "", performance_due: date | None = None) -> None:
        """An oral agreement (art. 28): the mediator records its content; it binds from that day."""
        actor.require(Perm.MEDIATION_EDIT)
        text = _text(terms, 20_000, "terms")
        if len(text) < 5:
            raise ValidationError("terms", QT_TRANSLATE_NOOP("Errors", "Write down what the parties agreed."))
        with UnitOfWork(self.db, actor) as uow:
            case = _case(uow.session, case_id)
            _open(case)
            on = self._day(agreed_on, case)
            outcome = self._outcome(uow.session, case, "oral")
            apply_changes(outcome, {"terms": text, "performance_method": _text(performance_method, 5000, "performance_method"),
                                    "performance_due": performance_due, "effective_on": on, "signatures": "{}"})
            uow.audit("mediation.agreement.oral", "mediation_case", case.id, summary=f"{case.number} {text[:60]}")
            self._close(uow, case, "oral", on)
            self._schedule_default_follow_up(uow, case, outcome)

    def terminate(self, actor: Actor, case_id: str, reason: str, detail: str = "", ended_by: str = "",
                  on: date | None = None) -> None:
        """End mediation without agreement (art. 26), or because a party refused or ended it (arts. 17, 23).
        The parties are then told of the other routes (the termination notice)."""
        actor.require(Perm.MEDIATION_EDIT)
        if reason not in TERMINATION_REASONS:
            raise ValidationError("reason", QT_TRANSLATE_NOOP("Errors", "Choose why mediation ends."))
        detail = _text(detail, 5000, "detail")
        ended_by = _text(ended_by, 100, "ended_by")
        if reason in ("party_refused", "party_ended") and not ended_by:
            raise ValidationError("ended_by", QT_TRANSLATE_NOOP("Errors", "Choose the party who refused or ended mediation."))
        if reason == "other" and not detail:
            raise ValidationError("detail", QT_TRANSLATE_NOOP("Errors", "Explain why mediation ends."))
        with UnitOfWork(self.db, actor) as uow:
            case = _case(uow.session, case_id)
            _open(case)
            on = self._day(on, case)
            outcome = self._outcome(uow.session, case, "terminated")
            apply_changes(outcome, {"termination_reason": reason, "termination_detail": detail, "ended_by": ended_by,
                                    "effective_on": on, "signatures": "{}"})
            uow.audit("mediation.case.terminate", "mediation_case", case.id, summary=f"{case.number} {reason}")
            self._close(uow, case, "terminated", on)

    def _day(self, on: date | None, case: MediationCase) -> date:
        on = on or self.today()
        if on > self.today() or on < case.received_on:
            raise ValidationError("on", QT_TRANSLATE_NOOP(
                "Errors", "The date must lie between the day the case was received and today."))
        return on

    def _close(self, uow: UnitOfWork, case: MediationCase, outcome: str, on: date) -> None:
        status = "terminated" if outcome == "terminated" else "agreed"
        uow.audit("mediation.case.status", "mediation_case", case.id, summary=case.number,
                  changes=apply_changes(case, {"status": status, "outcome": outcome, "closed_on": on}))
        # planned sessions of a closed case leave the diary
        for record in uow.session.scalars(select(CaseRecord).where(CaseRecord.case_id == case.id,
                                                                   CaseRecord.state == "scheduled")):
            uow.session.delete(record)

    def _schedule_default_follow_up(self, uow: UnitOfWork, case: MediationCase, outcome: CaseOutcome) -> None:
        """Art. 31: the committee checks performance. A follow-up is due when performance is due
        (or a configured number of days after the agreement)."""
        days = self.settings.get("mediation.follow_up_days")
        due = outcome.performance_due or (outcome.effective_on + timedelta(days=days))
        due = max(due, outcome.effective_on)
        uow.session.add(CaseFollowUp(case_id=case.id, due_on=due))
        uow.audit("mediation.follow_up.schedule", "mediation_case", case.id, summary=f"{case.number} {due}")

    def set_judicial_confirmation(self, actor: Actor, case_id: str, status: str, applied_on: date | None = None) -> None:
        """Art. 33: whether the parties applied to the court for judicial confirmation."""
        actor.require(Perm.MEDIATION_EDIT)
        if status not in ("", "applied", "not_needed"):
            raise ValidationError("judicial_status", QT_TRANSLATE_NOOP("Errors", "Choose applied or not needed."))
        with UnitOfWork(self.db, actor) as uow:
            case = _case(uow.session, case_id)
            _writable(case)
            outcome = uow.session.get(CaseOutcome, case_id)
            if outcome is None or outcome.kind != "written" or outcome.effective_on is None:
                raise ValidationError("judicial_status", QT_TRANSLATE_NOOP(
                    "Errors", "Judicial confirmation applies to a written agreement that has taken effect."))
            if status == "applied":
                applied_on = applied_on or self.today()
                if applied_on < outcome.effective_on or applied_on > self.today():
                    raise ValidationError("judicial_applied_on", QT_TRANSLATE_NOOP(
                        "Errors", "The application date must lie between the day the agreement took effect and today."))
            else:
                applied_on = None
            changes = apply_changes(outcome, {"judicial_status": status, "judicial_applied_on": applied_on})
            uow.audit("mediation.judicial", "mediation_case", case.id, summary=case.number, changes=changes)

    # --- follow-ups (art. 31) ---------------------------------------------------------------------
    def schedule_follow_up(self, actor: Actor, case_id: str, due_on: date) -> int:
        actor.require(Perm.MEDIATION_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            case = _case(uow.session, case_id)
            _writable(case)
            if case.status != "agreed":
                raise ValidationError("due_on", QT_TRANSLATE_NOOP(
                    "Errors", "Follow-ups check how an agreement is performed; this case has none."))
            if due_on < (case.closed_on or case.received_on):
                raise ValidationError("due_on", QT_TRANSLATE_NOOP("Errors", "The follow-up date is before the agreement."))
            follow_up = CaseFollowUp(case_id=case_id, due_on=due_on)
            uow.session.add(follow_up)
            uow.audit("mediation.follow_up.schedule", "mediation_case", case.id, summary=f"{case.number} {due_on}")
            uow.session.flush()
            return follow_up.id

    def record_follow_up(self, actor: Actor, follow_up_id: int, data: FollowUpInput) -> None:
        actor.require(Perm.MEDIATION_EDIT)
        if data.method not in FOLLOW_UP_METHODS:
            raise ValidationError("method", QT_TRANSLATE_NOOP("Errors", "Choose how the follow-up was made."))
        if data.performance not in PERFORMANCE:
            raise ValidationError("performance", QT_TRANSLATE_NOOP("Errors", "Choose how far the agreement is performed."))
        notes = _text(data.notes, 10_000, "notes")
        if data.performance != "full" and len(notes) < 2:
            raise ValidationError("notes", QT_TRANSLATE_NOOP(
                "Errors", "Note what is still outstanding and what was done about it."))
        with UnitOfWork(self.db, actor) as uow:
            follow_up = uow.session.get(CaseFollowUp, follow_up_id)
            if follow_up is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This follow-up no longer exists."))
            case = _case(uow.session, follow_up.case_id)
            _writable(case)
            done_on = self._day(data.done_on, case)
            if case.closed_on and done_on < case.closed_on:
                raise ValidationError("done_on", QT_TRANSLATE_NOOP("Errors", "The follow-up date is before the agreement."))
            changes = apply_changes(follow_up, {"done_on": done_on, "method": data.method,
                                                "performance": data.performance, "notes": notes})
            follow_up.by_id, follow_up.by_name = actor.user_id, actor.full_name
            uow.audit("mediation.follow_up.record", "mediation_case", case.id,
                      summary=f"{case.number} {data.performance}", changes={k: v for k, v in changes.items() if k != "notes"})

    # --- archive (art. 27) ----------------------------------------------------------------------
    def archive(self, actor: Actor, case_id: str, retention: str, on: date | None = None) -> None:
        """File the case: every required item of the file must be there; then it is read-only."""
        actor.require(Perm.MEDIATION_EDIT)
        if retention not in RETENTION_PERIODS:
            raise ValidationError("retention", QT_TRANSLATE_NOOP("Errors", "Choose the retention period."))
        with UnitOfWork(self.db, actor) as uow:
            s = uow.session
            case = _case(s, case_id)
            _writable(case)
            if case.status not in CLOSED:
                raise ValidationError("case", QT_TRANSLATE_NOOP(
                    "Errors", "Only a case whose mediation has ended can be archived."))
            records = list(s.scalars(select(CaseRecord).where(CaseRecord.case_id == case_id)))
            follow_ups = list(s.scalars(select(CaseFollowUp).where(CaseFollowUp.case_id == case_id)))
            missing = [i.title for i in file_items(case, records, s.get(CaseOutcome, case_id), follow_ups, [])
                       if i.required and not i.present]
            if missing:
                raise ValidationError("file", QT_TRANSLATE_NOOP(
                    "Errors", "The case file is not complete: {items}."), items="、".join(missing))
            on = self._day(on, case)
            changes = apply_changes(case, {"status": "archived", "archived_on": on, "retention": retention,
                                           "archived_by": actor.full_name})
            uow.audit("mediation.case.archive", "mediation_case", case.id, summary=f"{case.number} {retention}",
                      changes=changes)

    def add_addendum(self, actor: Actor, case_id: str, text: str) -> int:
        """A correction or later fact for an archived file; the archived content stays as it was."""
        actor.require(Perm.MEDIATION_EDIT)
        text = _text(text, 10_000, "text")
        if len(text) < 5:
            raise ValidationError("text", QT_TRANSLATE_NOOP("Errors", "Write what is to be added or corrected."))
        with UnitOfWork(self.db, actor) as uow:
            case = _case(uow.session, case_id)
            if case.archived_on is None:
                raise ValidationError("text", QT_TRANSLATE_NOOP(
                    "Errors", "Addenda are for archived cases; change an open case directly."))
            addendum = CaseAddendum(case_id=case_id, at=self.clock(), by_id=actor.user_id, by_name=actor.full_name,
                                    text=text)
            uow.session.add(addendum)
            uow.audit("mediation.case.addendum", "mediation_case", case.id, summary=f"{case.number} {text[:80]}")
            uow.session.flush()
            return addendum.id


__all__ = ["AgreementInput", "CaseWorkService", "Deadline", "FollowUpInput", "RecordInput", "SigningInput",
           "WorkSummary"]

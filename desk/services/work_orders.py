"""Work orders from the city platform (工单: 交办、处置、反馈、监督): 12345 hotline, grid reports, 110
non-emergency matters.

assigned → signed (签收) → handling (first note) → completed (办结反馈, on time or late); a return (退单)
may be asked with a reason from any open state and the platform approves (returned) or refuses
(back to signed). An extension (延期) is a request beside the state: granted, it moves the due date
by working days. Every step also leaves a note on the order (全留痕) besides its audit record.

Sync (another issue) calls ``receive_work_order`` (idempotent on the order number) and the
``decide_*`` methods with the platform's answers; offline, a clerk types them from paper.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Integer, func, select

from desk.db import Database
from desk.errors import ConflictError, NotFound, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import GridNode
from desk.models.linkage import ORDER_SOURCES, ORIGINS, WorkOrder, WorkOrderAttachment, WorkOrderNote
from desk.models.mediation import MediationCase
from desk.services.linkage_deadlines import Due, order_due
from desk.services.mediation_cases import CaseService, IntakeInput
from desk.services.permissions import Actor, Perm
from desk.services.settings import SettingsService
from desk.services.uow import UnitOfWork, joined
from desk.services.workdays import CalendarService, WorkCalendar
from desk.timeutil import to_local, utcnow
from desk.validation import mask_phone, normalize_text, parse_mobile

OPEN_STATES = ("assigned", "signed", "handling", "return_requested")
MAX_ATTACHMENT = 10 * 1024 * 1024
LINKABLE = ("mediation_case",)  # consultation and notary intake join when they exist

TRANSITIONS = {
    "assigned": {"signed", "return_requested"},
    "signed": {"handling", "completed", "return_requested"},
    "handling": {"handling", "completed", "return_requested"},
    "return_requested": {"returned", "signed"},
}
REFUSALS = {
    "signed": QT_TRANSLATE_NOOP("Errors", "Only a newly assigned work order can be signed for."),
    "handling": QT_TRANSLATE_NOOP("Errors", "Sign for the work order before recording how it is handled."),
    "completed": QT_TRANSLATE_NOOP("Errors", "Only a work order signed for and not yet finished can be reported complete."),
    "return_requested": QT_TRANSLATE_NOOP("Errors", "A return can be asked only for an open work order."),
    "returned": QT_TRANSLATE_NOOP("Errors", "No return of this work order is waiting for a decision."),
}


@dataclass
class WorkOrderInput:
    number: str = ""
    source: str = "hotline_12345"
    order_type: str = ""
    description: str = ""
    place: str = ""
    grid_id: int | None = None
    reporter: str = ""
    reporter_phone: str = ""
    assigned_at: datetime | None = None  # local time
    limit_days: int | None = None  # working days; None: the center's default
    due_on: date | None = None  # when the platform states a date instead


@dataclass(frozen=True)
class OrderRow:
    id: str
    number: str
    origin: str
    source: str
    order_type: str
    description: str
    place: str
    state: str
    assigned_on: date
    due_on: date
    extension_state: str
    completed_on: date | None
    on_time: bool | None
    linked_entity: str
    linked_id: str
    due: Due | None


@dataclass(frozen=True)
class OrderNote:
    kind: str
    at: datetime  # local
    by_name: str
    text: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    size: int
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class OrderDetail:
    row: OrderRow
    grid_name: str
    reporter: str
    reporter_phone: str
    assigned_at: datetime
    limit_days: int
    sign_due: date
    signed_on: date | None
    signed_by: str
    return_reason: str
    extension_days: int
    extension_reason: str
    result: str
    linked_number: str
    notes: list[OrderNote]
    attachments: list[AttachmentInfo]


@dataclass(frozen=True)
class Supervision:
    overdue: list[OrderRow]
    soon: list[OrderRow]
    returned: list[OrderRow]  # asked or granted, in the period
    completed: int
    on_time: int

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.completed if self.completed else None


class WorkOrderService:
    def __init__(self, db: Database, settings: SettingsService, calendar: CalendarService, cases: CaseService,
                 clock=utcnow) -> None:
        self.db, self.settings, self.calendar, self.cases, self.clock = db, settings, calendar, cases, clock

    def today(self) -> date:
        return to_local(self.clock()).date()

    # --- arriving ---------------------------------------------------------------------------
    def receive_work_order(self, actor: Actor, data: WorkOrderInput, origin: str = "platform", *,
                           uow: UnitOfWork | None = None, order_id: str | None = None) -> str:
        """Register an order; returns its id. The platform's order number is its key: received again from
        the platform it changes nothing (and adopts a copy typed from paper); typed twice it is refused.
        Sync passes its unit of work and the platform's record id."""
        actor.require(Perm.LINKAGE_RECEIVE)
        values = self.prepare(data, origin)
        number = values["number"]
        with joined(self.db, actor, uow) as uow:
            s = uow.session
            same = s.scalar(select(WorkOrder).where(WorkOrder.number == number))
            if same is not None:
                if origin == "platform":
                    if same.origin == "paper":
                        same.origin = "platform"
                        uow.audit("linkage.order.adopt", "work_order", same.id, summary=number)
                    return same.id
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "Errors", "Work order {number} has been registered already."), number=number)
            if data.grid_id is not None and s.get(GridNode, data.grid_id) is None:
                raise ValidationError("grid_id", QT_TRANSLATE_NOOP("Errors", "The area no longer exists."))
            order = WorkOrder(id=order_id or str(uuid.uuid4()), **values)
            s.add(order)
            uow.audit("linkage.order.receive", "work_order", order.id, summary=f"{origin} {number}",
                      changes={"due_on": (None, order.due_on.isoformat()),
                               "reporter_phone": (None, mask_phone(order.reporter_phone))})
            return order.id

    def prepare(self, data: WorkOrderInput, origin: str, calendar: WorkCalendar | None = None,
                limits: tuple[int, int] | None = None) -> dict:
        """The checked column values of a new order, its deadlines counted on the working-day calendar (no
        database work when ``calendar`` and ``limits`` (default limit, sign days) are given: sync
        prepares a whole page of arriving orders with one calendar)."""
        if origin not in ORIGINS:
            raise ValidationError("origin", QT_TRANSLATE_NOOP("Errors", "Unknown origin of a hand-over."))
        number = normalize_text(data.number, 40, "number").upper()
        if not number:
            raise ValidationError("number", QT_TRANSLATE_NOOP("Errors", "Enter the work order number."))
        if data.source not in ORDER_SOURCES:
            raise ValidationError("source", QT_TRANSLATE_NOOP("Errors", "Choose where the work order comes from."))
        description = normalize_text(data.description, 5000, "description")
        if len(description) < 5:
            raise ValidationError("description", QT_TRANSLATE_NOOP("Errors", "Describe the matter in a sentence or two."))
        phone = data.reporter_phone.strip()
        phone = parse_mobile(phone, "reporter_phone") if phone and phone[:1] == "1" else normalize_text(
            phone, 20, "reporter_phone")
        assigned_at = data.assigned_at or to_local(self.clock())
        assigned_on = assigned_at.date()
        if origin == "paper" and assigned_on > self.today():  # the platform's clock is the platform's
            raise ValidationError("assigned_at", QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future."))
        calendar = calendar or self.calendar.calendar()
        default_limit, sign_days = limits or (self.settings.get("linkage.order_limit_days"),
                                              self.settings.get("linkage.order_sign_days"))
        limit = data.limit_days if data.limit_days is not None else default_limit
        if data.due_on is None and not 1 <= int(limit) <= 365:
            raise ValidationError("limit_days", QT_TRANSLATE_NOOP("Errors", "Enter a number from {minimum} to {maximum}."),
                                  minimum=1, maximum=365)
        due = data.due_on or calendar.add_working_days(assigned_on, int(limit))
        if due < assigned_on:
            raise ValidationError("due_on", QT_TRANSLATE_NOOP("Errors", "The time limit ends before the order was assigned."))
        sign_due = min(due, calendar.add_working_days(assigned_on, sign_days))
        now = self.clock()
        return dict(
            number=number, origin=origin, source=data.source,
            order_type=normalize_text(data.order_type, 60, "order_type"), description=description,
            place=normalize_text(data.place, 200, "place"), grid_id=data.grid_id,
            reporter=normalize_text(data.reporter, 50, "reporter"), reporter_phone=phone,
            assigned_at=assigned_at, assigned_on=assigned_on, limit_days=calendar.working_days_between(assigned_on, due),
            sign_due=sign_due, due_on=due, created_at=now, updated_at=now)

    # --- handling ---------------------------------------------------------------------------
    def sign(self, actor: Actor, order_id: str) -> None:
        actor.require(Perm.LINKAGE_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            order = self._get(uow.session, order_id)
            changes = self._move(uow, order, "signed", "sign", "", signed_on=self.today(), signed_by=actor.full_name)
            uow.audit("linkage.order.sign", "work_order", order.id, summary=order.number, changes=changes)

    def add_note(self, actor: Actor, order_id: str, text: str,
                 attachments: list[tuple[str, bytes]] | None = None) -> None:
        """A handling note (处置), with photos or scans; the first moves the order to 'handling'."""
        actor.require(Perm.LINKAGE_EDIT)
        text = normalize_text(text, 5000, "text")
        if not text and not attachments:
            raise ValidationError("text", QT_TRANSLATE_NOOP("Errors", "Write down what was done."))
        with UnitOfWork(self.db, actor) as uow:
            order = self._get(uow.session, order_id)
            changes = self._move(uow, order, "handling", "note", text)
            for name, data in attachments or []:
                self._attach(uow, order, name, data)
            uow.audit("linkage.order.note", "work_order", order.id, summary=f"{order.number} {text[:60]}",
                      changes=changes)

    def request_return(self, actor: Actor, order_id: str, reason: str) -> None:
        """退单: the matter is not the center's; the platform decides."""
        actor.require(Perm.LINKAGE_EDIT)
        reason = normalize_text(reason, 2000, "reason")
        if len(reason) < 2:
            raise ValidationError("reason", QT_TRANSLATE_NOOP("Errors", "Give the reason for returning the work order."))
        with UnitOfWork(self.db, actor) as uow:
            order = self._get(uow.session, order_id)
            changes = self._move(uow, order, "return_requested", "return_request", reason, return_reason=reason)
            uow.audit("linkage.order.return_request", "work_order", order.id, summary=order.number, changes=changes)

    def decide_return(self, actor: Actor, order_id: str, approved: bool, note: str = "") -> None:
        """The platform's answer to a return: approved, the order leaves the center; refused, it is handled."""
        actor.require(Perm.LINKAGE_EDIT)
        note = normalize_text(note, 2000, "note")
        with UnitOfWork(self.db, actor) as uow:
            order = self._get(uow.session, order_id)
            if order.state != "return_requested":
                raise ConflictError(REFUSALS["returned"])
            target = "returned" if approved else "signed"
            extra = {} if approved or order.signed_on else {"signed_on": self.today(), "signed_by": actor.full_name}
            changes = self._move(uow, order, target, "return_decision", note, **extra)
            uow.audit("linkage.order.return_decision", "work_order", order.id,
                      summary=f"{order.number} {'approved' if approved else 'refused'}", changes=changes)

    def request_extension(self, actor: Actor, order_id: str, days: int, reason: str) -> None:
        """延期: more working days, with the reason; the platform decides."""
        actor.require(Perm.LINKAGE_EDIT)
        reason = normalize_text(reason, 2000, "reason")
        if not 1 <= int(days) <= 90:
            raise ValidationError("days", QT_TRANSLATE_NOOP("Errors", "Enter a number from {minimum} to {maximum}."),
                                  minimum=1, maximum=90)
        if len(reason) < 2:
            raise ValidationError("reason", QT_TRANSLATE_NOOP("Errors", "Give the reason for the extension."))
        with UnitOfWork(self.db, actor) as uow:
            order = self._get(uow.session, order_id)
            if order.state not in ("signed", "handling"):
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "Errors", "An extension can be asked only for a work order being handled."))
            if order.extension_state == "requested":
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "An extension has been asked already."))
            changes = self._note(uow, order, "extension_request", f"{days}: {reason}", extension_state="requested",
                                 extension_days=int(days), extension_reason=reason)
            uow.audit("linkage.order.extension_request", "work_order", order.id, summary=order.number, changes=changes)

    def decide_extension(self, actor: Actor, order_id: str, approved: bool, days: int | None = None) -> None:
        """The platform's answer; granted, the due date moves by the working days granted."""
        actor.require(Perm.LINKAGE_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            order = self._get(uow.session, order_id)
            if order.extension_state != "requested" or order.state not in OPEN_STATES:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "No extension of this work order is waiting for a decision."))
            values: dict = {"extension_state": "granted" if approved else "refused"}
            if approved:
                granted = int(days or order.extension_days)
                values |= {"extension_days": granted,
                           "due_on": self.calendar.calendar().add_working_days(order.due_on, granted)}
            changes = self._note(uow, order, "extension_decision", values["extension_state"], **values)
            uow.audit("linkage.order.extension_decision", "work_order", order.id, summary=order.number, changes=changes)

    def complete(self, actor: Actor, order_id: str, result: str, on: date | None = None) -> bool:
        """办结反馈: the result as reported to the platform; returns whether it was on time."""
        actor.require(Perm.LINKAGE_EDIT)
        result = normalize_text(result, 5000, "result")
        if len(result) < 5:
            raise ValidationError("result", QT_TRANSLATE_NOOP("Errors", "Describe how the matter was resolved."))
        on = on or self.today()
        with UnitOfWork(self.db, actor) as uow:
            order = self._get(uow.session, order_id)
            if on > self.today() or on < order.assigned_on:
                raise ValidationError("on", QT_TRANSLATE_NOOP(
                    "Errors", "The date must lie between the day the order was assigned and today."))
            on_time = on <= order.due_on
            changes = self._move(uow, order, "completed", "completion", result, result=result, completed_on=on,
                                 on_time=on_time)
            uow.audit("linkage.order.complete", "work_order", order.id,
                      summary=f"{order.number} {'on time' if on_time else 'late'}", changes=changes)
            return on_time

    def add_attachment(self, actor: Actor, order_id: str, file_name: str, data: bytes) -> int:
        actor.require(Perm.LINKAGE_EDIT)
        with UnitOfWork(self.db, actor) as uow:
            order = self._get(uow.session, order_id)
            if order.state not in OPEN_STATES:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This work order is closed."))
            att = self._attach(uow, order, file_name, data)
            uow.audit("linkage.order.attach", "work_order", order.id, summary=f"{order.number} {att.file_name}")
            return att.id

    def attachment(self, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
        actor.require(Perm.LINKAGE_VIEW)
        with self.db.reader() as s:
            att = s.get(WorkOrderAttachment, attachment_id)
            if att is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This attachment no longer exists."))
            return att.file_name, att.data

    # --- linking ----------------------------------------------------------------------------
    def link(self, actor: Actor, order_id: str, entity: str, entity_id: str) -> None:
        """The record that handled the order (a mediation case; later consultations, notary intakes)."""
        actor.require(Perm.LINKAGE_EDIT)
        if entity not in LINKABLE:
            raise ValidationError("entity", QT_TRANSLATE_NOOP("Errors", "This kind of record cannot be linked."))
        with UnitOfWork(self.db, actor) as uow:
            self._link(uow, order_id, entity, entity_id)

    def _link(self, uow: UnitOfWork, order_id: str, entity: str, entity_id: str) -> None:
        order = self._get(uow.session, order_id)
        case = uow.session.get(MediationCase, entity_id)
        if case is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This case no longer exists."))
        changes = self._note(uow, order, "note", f"→ {case.number}", linked_entity=entity, linked_id=case.id)
        uow.audit("linkage.order.link", "work_order", order.id, summary=f"{order.number} → {case.number}",
                  changes=changes)

    def start_case(self, actor: Actor, order_id: str, intake: IntakeInput) -> str:
        """Register a mediation case for the order (source 'work_order') and link it; returns the case id."""
        actor.require(Perm.LINKAGE_EDIT)
        with self.db.reader() as s:
            order = self._get(s, order_id)
            if order.state not in ("signed", "handling"):
                raise ConflictError(REFUSALS["handling"])
            if order.linked_id:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This work order is linked to a record already."))
        intake.source = "work_order"
        intake.summary = intake.summary or f"{order.description}（工单{order.number}）"
        intake.place = intake.place or order.place
        intake.grid_id = intake.grid_id if intake.grid_id is not None else order.grid_id
        with UnitOfWork(self.db, actor) as uow:  # the case and the link commit together
            order = self._get(uow.session, order_id)
            if order.state not in ("signed", "handling") or order.linked_id:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "This work order is linked to a record already.")
                                    if order.linked_id else REFUSALS["handling"])
            case = self.cases.register(actor, intake, uow)
            self._link(uow, order_id, "mediation_case", case.id)
        return case.id

    def order_for_case(self, actor: Actor, case_id: str) -> OrderRow | None:
        actor.require(Perm.LINKAGE_VIEW)
        with self.db.reader() as s:
            order = s.scalar(select(WorkOrder).where(WorkOrder.linked_entity == "mediation_case",
                                                     WorkOrder.linked_id == case_id))
            return self._row(order) if order else None

    # --- reading ----------------------------------------------------------------------------
    def list(self, actor: Actor, states: tuple[str, ...] = (), limit: int = 500) -> list[OrderRow]:
        """Orders newest first (at most ``limit``), optionally only in ``states``."""
        actor.require(Perm.LINKAGE_VIEW)
        with self.db.reader() as s:
            stmt = select(WorkOrder)
            if states:
                stmt = stmt.where(WorkOrder.state.in_(states))
            return [self._row(o) for o in s.scalars(stmt.order_by(WorkOrder.assigned_at.desc()).limit(limit))]

    def get(self, actor: Actor, order_id: str) -> OrderDetail:
        actor.require(Perm.LINKAGE_VIEW)
        full = actor.can(Perm.PERSONAL_DATA_UNMASK)
        with self.db.reader() as s:
            o = self._get(s, order_id)
            grid = s.get(GridNode, o.grid_id) if o.grid_id else None
            case = s.get(MediationCase, o.linked_id) if o.linked_entity == "mediation_case" else None
            notes = [OrderNote(n.kind, to_local(n.at), n.by_name, n.text) for n in s.scalars(
                select(WorkOrderNote).where(WorkOrderNote.order_id == o.id).order_by(WorkOrderNote.at, WorkOrderNote.id))]
            atts = [AttachmentInfo(*r) for r in s.execute(select(
                WorkOrderAttachment.id, WorkOrderAttachment.file_name, WorkOrderAttachment.size,
                WorkOrderAttachment.added_at, WorkOrderAttachment.added_by).where(
                WorkOrderAttachment.order_id == o.id).order_by(WorkOrderAttachment.id))]
            return OrderDetail(
                self._row(o), grid.name if grid else "", o.reporter,
                o.reporter_phone if full else mask_phone(o.reporter_phone), o.assigned_at, o.limit_days, o.sign_due,
                o.signed_on, o.signed_by, o.return_reason, o.extension_days, o.extension_reason, o.result,
                case.number if case else "", notes, atts)

    def supervision(self, actor: Actor, date_from: date, date_to: date) -> Supervision:
        """For the center head: open orders overdue and due soon (now), returns and on-time completion in
        the period (by the day asked for / the day completed)."""
        actor.require(Perm.LINKAGE_SUPERVISE)
        with self.db.reader() as s:
            open_rows = [self._row(o) for o in s.scalars(
                select(WorkOrder).where(WorkOrder.state.in_(OPEN_STATES)).order_by(WorkOrder.due_on))]
            returned = [self._row(o) for o in s.scalars(select(WorkOrder).where(
                WorkOrder.state.in_(("return_requested", "returned")), WorkOrder.assigned_on <= date_to,
                WorkOrder.updated_at >= datetime.combine(date_from, datetime.min.time())).order_by(
                WorkOrder.assigned_at.desc()))]
            # type_: a sum of a Boolean column would come back as a bool (True for any count)
            on_time_sum = func.coalesce(func.sum(WorkOrder.on_time, type_=Integer), 0)
            completed, on_time = s.execute(select(func.count(), on_time_sum).where(
                WorkOrder.state == "completed", WorkOrder.completed_on >= date_from,
                WorkOrder.completed_on <= date_to)).one()
        return Supervision([r for r in open_rows if r.due and r.due.level == "overdue"],
                           [r for r in open_rows if r.due and r.due.level == "soon"], returned, completed, int(on_time))

    # --- helpers ----------------------------------------------------------------------------
    def _row(self, o: WorkOrder) -> OrderRow:
        due = order_due(self.calendar.calendar(), self.today(), o.state, o.sign_due, o.due_on,
                        self.settings.get("linkage.due_soon_days"))
        return OrderRow(o.id, o.number, o.origin, o.source, o.order_type, o.description, o.place, o.state,
                        o.assigned_on, o.due_on, o.extension_state, o.completed_on, o.on_time, o.linked_entity,
                        o.linked_id, due)

    @staticmethod
    def _get(s, order_id: str) -> WorkOrder:
        order = s.get(WorkOrder, order_id)
        if order is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This work order no longer exists."))
        return order

    def _move(self, uow: UnitOfWork, order: WorkOrder, target: str, kind: str, text: str, **values) -> dict:
        if target not in TRANSITIONS.get(order.state, ()):
            raise ConflictError(REFUSALS[target])
        return self._note(uow, order, kind, text, state=target, **values)

    def _note(self, uow: UnitOfWork, order: WorkOrder, kind: str, text: str, **values) -> dict:
        """Apply ``values`` and leave the step on the order; returns the audit changes."""
        changes = {}
        for key, value in values.items():
            old = getattr(order, key)
            if old != value:
                changes[key] = (str(old) if isinstance(old, date) else old, str(value) if isinstance(value, date) else value)
                setattr(order, key, value)
        now = self.clock()
        order.updated_at = now
        uow.session.add(WorkOrderNote(order_id=order.id, kind=kind, at=now, by_id=uow.actor.user_id,
                                      by_name=uow.actor.full_name, text=text))
        return changes

    def _attach(self, uow: UnitOfWork, order: WorkOrder, name: str, data: bytes) -> WorkOrderAttachment:
        name = normalize_text(name.replace("\\", "/").rsplit("/", 1)[-1], 200, "file_name") or "attachment"
        if not data or len(data) > MAX_ATTACHMENT:
            raise ValidationError("attachment", QT_TRANSLATE_NOOP(
                "Errors", "An attachment must hold something and be at most {limit} MB."), limit=MAX_ATTACHMENT >> 20)
        att = WorkOrderAttachment(order_id=order.id, file_name=name, size=len(data),
                                  sha256=hashlib.sha256(data).hexdigest(), data=data, added_at=self.clock(),
                                  added_by=uow.actor.full_name)
        uow.session.add(att)
        uow.session.flush()
        return att

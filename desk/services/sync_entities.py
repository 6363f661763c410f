"""Which local tables sync with the platform, and how a row looks on the wire (docs/SYNC.md).

A synced record is one row plus, optionally, one list of child rows (a case's parties) carried as a
single field. Local integer references become codes on the wire (``grid_id`` → ``grid_code``,
``mediator_id`` → ``mediator`` username): another desk's integers mean nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, select
from sqlalchemy.orm import Session

from desk.models.accounts import User
from desk.models.center import GridNode
from desk.models.linkage import PoliceReferral, ReferralParty, WorkOrder, WorkOrderNote
from desk.models.mediation import CaseAddendum, CaseFollowUp, CaseOutcome, CaseParty, CaseRecord, MediationCase
from desk.models.queue import QueueService, QueueWindow, Rating, Ticket


@dataclass(frozen=True)
class Children:
    """A list of child rows carried as one wire field."""

    wire: str  # the field name on the wire, e.g. "parties"
    relation: str  # the parent's relationship attribute
    model: type
    parent_key: str  # the child's column pointing at the parent
    columns: tuple[str, ...]
    order: str = "position"


@dataclass(frozen=True)
class Spec:
    entity: str
    model: type
    columns: tuple[str, ...]  # synced columns, same name on the wire
    status: str | None = None  # the state field: its changes are pushed as commands
    refs: dict[str, str] = field(default_factory=dict)  # local column -> wire name (grid_id -> grid_code)
    children: tuple[Children, ...] = ()
    # Rows the platform creates (work orders, police letters): a copy typed from paper is not pushed as a
    # new record; it waits for the platform's record to adopt it.
    platform_born: bool = False
    key: str = "id"  # the column that identifies a row across desks (a UUID string)

    def local_id(self, obj: Any) -> str:
        return getattr(obj, self.key)

    def find(self, session: Session, local_id: str) -> Any:
        if self.key == "id":
            return session.get(self.model, local_id)
        return session.scalar(select(self.model).where(getattr(self.model, self.key) == local_id))

    def wire_name(self, attr: str) -> str:
        return self.refs.get(attr, attr)

    @property
    def wire_fields(self) -> tuple[str, ...]:
        names = tuple(self.wire_name(c) for c in self.columns)
        return names + tuple(ch.wire for ch in self.children)


_PARTY = ("position", "role", "kind", "name", "sex", "id_number", "phone", "address")

SPECS: tuple[Spec, ...] = (
    Spec("mediation_case", MediationCase, (
        "year", "seq", "number", "status", "source", "category_code", "summary", "place", "grid_id",
        "amount_cents", "people_count", "mass_dispute", "escalation_risk", "escalation_note", "mediator_id",
        "received_on", "created_at", "outcome", "closed_on", "archived_on", "retention", "archived_by"),
        status="status", refs={"grid_id": "grid_code", "mediator_id": "mediator"},
        children=(Children("parties", "parties", CaseParty, "case_id", _PARTY + (
            "ethnicity", "birth_date", "credit_code", "legal_representative", "agent_for")),
                  Children("follow_ups", "follow_ups", CaseFollowUp, "case_id",
                           ("due_on", "done_on", "method", "performance", "notes", "by_name"), order="due_on"),
                  Children("addenda", "addenda", CaseAddendum, "case_id", ("at", "by_name", "text"), order="at"))),
    # A case's records (调查记录 / 调解笔录, also planned sessions) and its outcome (agreement, signing,
    # termination, judicial confirmation): records of their own, so two desks writing different sessions
    # of one case never touch the same record.
    Spec("mediation_record", CaseRecord, (
        "case_id", "kind", "state", "starts_at", "place", "staff", "recorder", "attendees", "public", "content",
        "signed_by", "created_at", "updated_at")),
    Spec("mediation_outcome", CaseOutcome, (
        "case_id", "kind", "facts", "disputed_matters", "responsibility", "terms", "performance_method",
        "performance_due", "termination_reason", "termination_detail", "ended_by", "signatures", "mediator_signed",
        "committee_sealed", "effective_on", "judicial_status", "judicial_applied_on", "created_at", "updated_at"),
         key="case_id"),
    Spec("police_referral", PoliceReferral, (
        "direction", "state", "incident_no", "station", "officer", "officer_phone", "referred_on", "received_on",
        "category_code", "summary", "police_opinion", "place", "case_id", "accepted_on", "decline_reason",
        "result_note", "concluded_on", "feedback_on", "feedback_method"),
        status="state", children=(Children("parties", "parties", ReferralParty, "referral_id", _PARTY),),
        platform_born=True),
    Spec("work_order", WorkOrder, (
        "number", "source", "order_type", "description", "place", "grid_id", "reporter", "reporter_phone",
        "assigned_at", "limit_days", "state", "signed_on", "signed_by", "return_reason", "extension_state",
        "extension_days", "extension_reason", "result", "completed_on", "on_time", "linked_entity", "linked_id"),
        status="state", refs={"grid_id": "grid_code"},
        children=(Children("notes", "notes", WorkOrderNote, "order_id", ("kind", "at", "by_name", "text"), order="at"),),
        platform_born=True),
    # The reception queue, shared by the desks of a center: numbers and windows are center-wide.
    Spec("ticket", Ticket, (
        "service_id", "issued_service_id", "day", "seq", "number", "priority", "priority_reason", "state",
        "arrived_at", "queued_at", "called_at", "serving_at", "finished_at", "call_count", "window_id",
        "target_window_id", "transferred_from", "outcome"),
        status="state", refs={"service_id": "service", "issued_service_id": "issued_service", "window_id": "window",
                              "target_window_id": "target_window"}),
    Spec("rating", Rating, ("ticket_id", "level", "comment", "rated_at", "window_id"), refs={"window_id": "window"},
         key="ticket_id"),  # one rating per ticket: the ticket's id is the rating's id on every desk
)
BY_ENTITY = {s.entity: s for s in SPECS}
BY_MODEL = {s.model: s for s in SPECS}
CHILD_MODELS = {ch.model: (s, ch) for s in SPECS for ch in s.children}


def is_platform_copy(spec: Spec, obj: Any) -> bool:
    """A hand-over typed from the paper letter: the platform has its own record of it."""
    if not spec.platform_born:
        return False
    if getattr(obj, "origin", "") != "paper":
        return False
    return getattr(obj, "direction", "inbound") == "inbound"


# --- values on the wire -------------------------------------------------------------------

def to_wire(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_wire(model: type, attr: str, value: Any) -> Any:
    """A wire value as the column's Python type (dates come as ISO strings)."""
    if value is None or value == "":
        column_type = model.__table__.c[attr].type
        if isinstance(column_type, (Date, DateTime)):
            return None
        return value
    column_type = model.__table__.c[attr].type
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value).replace(tzinfo=None)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    return value


# local reference column -> (id column, code column) of the table it points at
_REF_COLUMNS = {
    "grid_id": (GridNode.id, GridNode.code),
    "mediator_id": (User.id, User.username),
    "service_id": (QueueService.id, QueueService.prefix),
    "issued_service_id": (QueueService.id, QueueService.prefix),
    "window_id": (QueueWindow.id, QueueWindow.number),  # the window's number
    "target_window_id": (QueueWindow.id, QueueWindow.number),
}


class RefCodec:
    """Local integer references <-> codes, each table read once per sync page or commit."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self._maps: dict[str, tuple[dict, dict]] = {}  # table name -> (id -> code, code -> id)

    def _maps_for(self, attr: str) -> tuple[dict, dict]:
        id_col, code_col = _REF_COLUMNS[attr]
        key = id_col.class_.__tablename__
        if key not in self._maps:
            forward = dict(self.s.execute(select(id_col, code_col)).all())
            self._maps[key] = (forward, {code: i for i, code in forward.items()})
        return self._maps[key]

    def encode(self, attr: str, value: Any) -> Any:
        if value is None:
            return None
        return self._maps_for(attr)[0].get(value)

    def decode(self, attr: str, value: Any) -> Any:
        if value in (None, ""):
            return None
        found = self._maps_for(attr)[1].get(value)
        if found is None and attr not in ("grid_id", "mediator_id"):
            raise ValueError(f"{attr}: {value!r} is not configured on this desk")  # a queue must match its center
        return found


def snapshot(spec: Spec, obj: Any, codec: RefCodec, only: set[str] | None = None) -> dict[str, Any]:
    """The row's wire fields (all, or those named in ``only``)."""
    out: dict[str, Any] = {}
    for attr in spec.columns:
        name = spec.wire_name(attr)
        if only is not None and name not in only:
            continue
        value = getattr(obj, attr)
        out[name] = to_wire(codec.encode(attr, value) if attr in spec.refs else value)
    for ch in spec.children:
        if only is None or ch.wire in only:
            rows = sorted(getattr(obj, ch.relation), key=lambda r: _order_key(getattr(r, ch.order)))
            out[ch.wire] = [{c: to_wire(getattr(r, c)) for c in ch.columns} for r in rows]
    return out


def apply_fields(spec: Spec, obj: Any, fields: dict[str, Any], codec: RefCodec, skip: set[str]) -> set[str]:
    """Write platform values onto a local row, leaving out ``skip`` (fields with local changes still
    unpushed or in conflict). Returns the wire names that really changed."""
    changed: set[str] = set()
    for attr in spec.columns:
        name = spec.wire_name(attr)
        if name not in fields or name in skip:
            continue
        value = fields[name]
        value = codec.decode(attr, value) if attr in spec.refs else from_wire(spec.model, attr, value)
        if value is None and not spec.model.__table__.c[attr].nullable:
            continue  # the platform left out something this desk requires: keep ours
        if getattr(obj, attr) != value:
            setattr(obj, attr, value)
            changed.add(name)
    for ch in spec.children:
        if ch.wire not in fields or ch.wire in skip:
            continue
        wanted = [{c: from_wire(ch.model, c, item.get(c)) for c in ch.columns if c in item}
                  for item in fields[ch.wire] or []]
        current = [{c: getattr(r, c) for c in ch.columns} for r in getattr(obj, ch.relation)]
        if _comparable(wanted, ch.columns) != _comparable(current, ch.columns):
            rows = getattr(obj, ch.relation)
            rows.clear()
            for i, item in enumerate(wanted):
                values = {k: v for k, v in item.items() if v is not None}
                if "position" in ch.columns:
                    values.setdefault("position", i)
                rows.append(ch.model(**values))
            changed.add(ch.wire)
    return changed


def _order_key(value: Any) -> tuple:
    return (value is None, to_wire(value) if value is not None else 0)


def _comparable(rows: list[dict], columns: tuple[str, ...]) -> list[tuple]:
    return [tuple(to_wire(r.get(c)) for c in columns) for r in rows]

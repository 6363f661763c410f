"""Applying the platform's records to local.db. Fields with a local change not yet pushed, or in an
open conflict, are left alone (the push or the person decides them); a new platform record arrives
through the same service a clerk typing it in would use, so it gets the same checks and deadlines;
one bad record becomes a "needs attention" item and never stops the page."""

from __future__ import annotations

import json
from collections import deque
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.models.linkage import PoliceReferral, WorkOrder, WorkOrderNote
from desk.models.mediation import CaseNumberCounter
from desk.models.sync import SyncOutbox, SyncProblem, SyncRecord
from desk.services.linkage_deadlines import due_dates
from desk.services.mediation_cases import CaseService
from desk.services.permissions import SYSTEM
from desk.services.queue_tickets import TicketService
from desk.services.referrals import TRANSITIONS as REFERRAL_MOVES
from desk.services.referrals import ReferralInput, ReferralPartyInput
from desk.services.sync_entities import BY_ENTITY, RefCodec, Spec, apply_fields, from_wire, snapshot
from desk.services.sync_outbox import _add as add_op
from desk.services.uow import UnitOfWork
from desk.services.work_orders import TRANSITIONS as ORDER_MOVES
from desk.services.work_orders import WorkOrderInput
from desk.timeutil import to_local, utcnow

MOVES = {"police_referral": REFERRAL_MOVES, "work_order": ORDER_MOVES}
RANK = {"mediation_case": 0, "work_order": 0, "ticket": 0}  # parents before the records that point at them


class Applier:
    """Applies one pulled page inside the caller's unit of work (which also stores the cursor)."""

    def __init__(self, services, uow: UnitOfWork) -> None:
        self.svc = services
        self.uow = uow
        self.s: Session = uow.session
        self.codec = RefCodec(self.s)

    def page(self, records: list[dict]) -> int:
        # The feed holds each record's latest state at its latest position, so a case changed after its
        # session was written comes after it: parents first within the page; a child whose parent is in
        # a later page waits in "needs attention" and is retried after the pull (retry_failed).
        records = sorted(records, key=lambda r: RANK.get(r.get("entity"), 1))
        pending = self._pending(records)
        fast = self._bulk_new_orders(records)
        applied = len(fast)
        for rec in records:
            if rec.get("id") in fast:
                continue
            spec = BY_ENTITY.get(rec.get("entity"))
            if spec is None:
                continue  # an entity this version does not know (a newer platform): skip, never fail
            key = (rec["entity"], rec["id"])
            nested = self.s.begin_nested()
            try:
                self._record(spec, rec, pending.get(key, set()))
                nested.commit()
                applied += 1
            except (DeskError, SQLAlchemyError, ValueError, TypeError, KeyError) as exc:
                nested.rollback()
                self.s.add(SyncProblem(kind="apply_failed", entity=rec["entity"], entity_id=str(rec["id"]),
                                       version=int(rec.get("version") or 0), code=type(exc).__name__,
                                       detail=_reason(exc),
                                       payload=json.dumps(rec, ensure_ascii=False)[:100_000], created_at=utcnow()))
        return applied

    def retry_failed(self) -> int:
        """Apply again the pulled records that could not be applied (a parent arriving later, a list
        entry added since); those that now apply leave "needs attention". Returns how many did."""
        done = 0
        problems = list(self.s.scalars(select(SyncProblem).where(
            SyncProblem.kind == "apply_failed", SyncProblem.resolved_at.is_(None), SyncProblem.payload != "")))
        for p in sorted(problems, key=lambda p: RANK.get(p.entity, 1)):
            try:
                rec = json.loads(p.payload)
            except ValueError:
                continue
            spec = BY_ENTITY.get(rec.get("entity"))
            link = self.s.get(SyncRecord, (p.entity, p.entity_id))
            if spec is None or (link is not None and link.version >= int(rec.get("version") or 0) and not link.deleted
                                and spec.find(self.s, link.local_id) is not None):
                p.resolved_at, p.resolution = utcnow(), "superseded"  # a newer version arrived and applied
                continue
            nested = self.s.begin_nested()
            try:
                self._record(spec, rec, self._pending([rec]).get((p.entity, p.entity_id), set()))
                nested.commit()
            except (DeskError, SQLAlchemyError, ValueError, TypeError, KeyError):
                nested.rollback()
                continue
            p.resolved_at, p.resolution = utcnow(), "applied"
            done += 1
        return done

    def _pending(self, records: list[dict]) -> dict[tuple[str, str], set[str]]:
        """Fields this desk changed and has not pushed yet, or that are in an open conflict."""
        ids = {str(r.get("id")) for r in records}
        entities = {str(r.get("entity")) for r in records}
        out: dict[tuple[str, str], set[str]] = {}
        for entity, entity_id, fields, command in self.s.execute(
                select(SyncOutbox.entity, SyncOutbox.entity_id, SyncOutbox.fields, SyncOutbox.command)
                .where(SyncOutbox.entity.in_(entities), SyncOutbox.entity_id.in_(ids))):
            if entity_id in ids:
                names = out.setdefault((entity, entity_id), set())
                names |= set(json.loads(fields or "{}"))
                if command:
                    names.add(json.loads(command).get("field", ""))
        for entity, entity_id, field in self.s.execute(
                select(SyncProblem.entity, SyncProblem.entity_id, SyncProblem.field)
                .where(SyncProblem.kind == "conflict", SyncProblem.resolved_at.is_(None))):
            if entity_id in ids:
                out.setdefault((entity, entity_id), set()).add(field)
        return out

    def _record(self, spec: Spec, rec: dict, skip: set[str]) -> None:
        rec_id, version, fields = str(rec["id"]), int(rec["version"]), rec.get("fields") or {}
        link = self.s.get(SyncRecord, (spec.entity, rec_id))
        if rec.get("deleted"):
            self._tombstone(spec, link, rec_id, version, skip)
            return
        obj = spec.find(self.s, link.local_id) if link else None
        if obj is None:
            obj = self._create(spec, rec_id, fields)
            if link is None:
                link = SyncRecord(entity=spec.entity, entity_id=rec_id, local_id=spec.local_id(obj), version=0)
                self.s.add(link)
            if spec.local_id(obj) != rec_id:  # a copy typed from paper: adopt it, then tell the platform what we did
                self._adopt(spec, obj, rec_id, version, fields)
                link.version = version
                return
        changed = apply_fields(spec, obj, fields, self.codec, skip)
        self._after(spec, obj, changed)
        link.version = version
        link.deleted = False

    # --- arriving records -------------------------------------------------------------------
    def _bulk_new_orders(self, records: list[dict]) -> set[str]:
        """New work orders (the bulk of an initial pull) inserted in one statement, with one audit
        record for the page; anything unusual (known, adopted, invalid) takes the one-by-one path."""
        spec = BY_ENTITY["work_order"]
        candidates = [r for r in records if r.get("entity") == "work_order" and not r.get("deleted")
                      and isinstance(r.get("fields"), dict) and r.get("fields", {}).get("number")]
        if len(candidates) < 20:
            return set()
        ids = [str(r["id"]) for r in candidates]
        known = set(self.s.scalars(select(SyncRecord.entity_id).where(
            SyncRecord.entity == "work_order", SyncRecord.entity_id.in_(ids))))
        numbers = set(self.s.scalars(select(WorkOrder.number).where(
            WorkOrder.number.in_([str(r["fields"]["number"]).strip().upper() for r in candidates]))))
        orders = self.svc.work_orders
        calendar = self.svc.calendar.calendar()
        limits = (self.svc.settings.get("linkage.order_limit_days"), self.svc.settings.get("linkage.order_sign_days"))
        rows, links, notes = [], [], []
        for rec in candidates:
            rec_id, f = str(rec["id"]), rec["fields"]
            try:
                values = orders.prepare(self._order_input(f), "platform", calendar, limits)
                if rec_id in known or values["number"] in numbers:
                    continue
                for attr in spec.columns:  # what other desks of the center did with it already
                    name = spec.wire_name(attr)
                    if name in f and attr not in ("number", "grid_id", "assigned_at", "limit_days"):
                        values[attr] = from_wire(WorkOrder, attr, f[name]) if f[name] is not None else values.get(attr)
                note_rows = [{"order_id": rec_id, "kind": n["kind"], "at": from_wire(WorkOrderNote, "at", n["at"]),
                              "by_name": n.get("by_name", ""), "text": n.get("text", "")} for n in f.get("notes") or []]
            except (DeskError, ValueError, TypeError, KeyError):
                continue  # the one-by-one path records why
            numbers.add(values["number"])
            rows.append(values | {"id": rec_id})
            links.append({"entity": "work_order", "entity_id": rec_id, "local_id": rec_id,
                          "version": int(rec["version"]), "deleted": False})
            notes.extend(note_rows)
        if rows:
            self.s.execute(insert(WorkOrder), rows)
            self.s.execute(insert(SyncRecord), links)
            if notes:
                self.s.execute(insert(WorkOrderNote), notes)
            self.uow.audit("linkage.order.receive", "work_order", "", summary=f"platform: {len(rows)}",
                           changes={"orders": (None, len(rows))})
        return {r["id"] for r in rows}

    def _order_input(self, f: dict) -> WorkOrderInput:
        return WorkOrderInput(
            number=f.get("number", ""), source=f.get("source", "other"), order_type=f.get("order_type", ""),
            description=f.get("description", ""), place=f.get("place", ""),
            grid_id=self.codec.decode("grid_id", f.get("grid_code")), reporter=f.get("reporter", ""),
            reporter_phone=f.get("reporter_phone", ""),
            assigned_at=datetime.fromisoformat(f["assigned_at"]).replace(tzinfo=None) if f.get("assigned_at") else None,
            limit_days=f.get("limit_days") or None)

    def _create(self, spec: Spec, rec_id: str, fields: dict) -> Any:
        if spec.entity == "work_order":
            return self._new_order(rec_id, fields)
        if spec.entity == "police_referral" and fields.get("direction", "inbound") == "inbound":
            return self._new_referral(rec_id, fields)
        obj = spec.model(**{spec.key: rec_id})
        apply_fields(spec, obj, fields, self.codec, set())
        now = utcnow()
        if spec.entity in ("ticket", "rating"):
            self.s.add(obj)
            TicketService._bump(self.s)
        elif spec.entity == "mediation_case":
            obj.created_at = obj.created_at or now
            self.s.add(obj)
            self.s.flush()
            CaseService._index(self.s, obj, obj.parties, fresh=True)
            counter = self.s.get(CaseNumberCounter, obj.year) or CaseNumberCounter(year=obj.year, last_seq=0)
            counter.last_seq = max(counter.last_seq, obj.seq)  # the next local number follows it
            self.s.add(counter)
        elif spec.entity != "police_referral":  # a case's record or outcome
            self.s.add(obj)
        else:  # an outbound referral another desk of this center made
            start = obj.received_on or to_local(now).date()
            obj.received_on = start
            obj.referred_on = obj.referred_on or start
            obj.origin = "platform"
            obj.ack_due, obj.feedback_due = due_dates(
                self.svc.calendar.calendar(), start, self.svc.settings.get("linkage.accept_days"),
                self.svc.settings.get("linkage.feedback_days"))
            obj.created_at = obj.updated_at = now
            self.s.add(obj)
        self.s.flush()
        return obj

    def _new_order(self, rec_id: str, f: dict) -> Any:
        local_id = self.svc.work_orders.receive_work_order(SYSTEM, self._order_input(f), "platform", uow=self.uow,
                                                           order_id=rec_id)
        return self.s.get(BY_ENTITY["work_order"].model, local_id)

    def _new_referral(self, rec_id: str, f: dict) -> Any:
        referred = from_wire(PoliceReferral, "referred_on", f.get("referred_on"))
        today = to_local(utcnow()).date()
        data = ReferralInput(
            incident_no=f.get("incident_no", ""), station=f.get("station", ""), officer=f.get("officer", ""),
            officer_phone=f.get("officer_phone", ""), referred_on=referred,
            received_on=max(today, referred) if referred else today,  # a desk clock behind must not refuse it
            category_code=f.get("category_code", ""), summary=f.get("summary", ""),
            police_opinion=f.get("police_opinion", ""), place=f.get("place", ""),
            parties=[ReferralPartyInput(**_party(p)) for p in f.get("parties") or []])
        local_id = self.svc.referrals.receive_referral(SYSTEM, data, "platform", rec_id, uow=self.uow)
        return self.s.get(PoliceReferral, local_id)

    def _adopt(self, spec: Spec, obj: Any, rec_id: str, version: int, fields: dict) -> None:
        """The paper copy becomes the platform's record: the platform's values fill what the desk left
        empty; the desk's own progress (signed, accepted, …) goes back as commands along the state machine."""
        mine = snapshot(spec, obj, self.codec)
        ours = {k for k, v in mine.items() if v not in (None, "", [], 0, False) and fields.get(k) in (None, "", [], 0)}
        status = spec.status
        ours.discard(status)
        apply_fields(spec, obj, fields, self.codec, ours | {status})
        local_state, platform_state = getattr(obj, status), fields.get(status)
        path = _path(MOVES.get(spec.entity, {}), platform_state, local_state) if platform_state else []
        extra = {k: mine[k] for k in ours}
        for i, (a, b) in enumerate(path):
            last = i == len(path) - 1
            add_op(self.s, spec.entity, rec_id, "command", version, extra if last else {},
                   {"name": "transition", "field": status, "from": a, "to": b})
        if extra and not path:
            add_op(self.s, spec.entity, rec_id, "upsert", version, extra)

    def _tombstone(self, spec: Spec, link: SyncRecord | None, rec_id: str, version: int, skip: set[str]) -> None:
        """The platform withdrew a record: an untouched local copy goes; one with local work stays, listed."""
        if link is None:
            self.s.add(SyncRecord(entity=spec.entity, entity_id=rec_id, local_id=rec_id, version=version, deleted=True))
            return
        link.version, link.deleted = version, True
        obj = spec.find(self.s, link.local_id)
        if obj is None:
            return
        if skip:
            self.s.add(SyncProblem(kind="apply_failed", entity=spec.entity, entity_id=rec_id, version=version,
                                   code="deleted_with_local_changes",
                                   detail="The platform withdrew this record while it has local changes.",
                                   created_at=utcnow()))
            return
        self.s.delete(obj)

    def _after(self, spec: Spec, obj: Any, changed: set[str]) -> None:
        if spec.entity in ("ticket", "rating") and changed:
            TicketService._bump(self.s)  # hall displays and callers refresh on the queue's version
        if spec.entity == "mediation_case" and changed & {"parties", "summary", "place", "number"}:
            self.s.flush()
            CaseService._index(self.s, obj, obj.parties, fresh=False)
        if spec.entity == "mediation_case" and "seq" in changed:
            counter = self.s.get(CaseNumberCounter, obj.year) or CaseNumberCounter(year=obj.year, last_seq=0)
            counter.last_seq = max(counter.last_seq, obj.seq)
            self.s.add(counter)
        if hasattr(obj, "updated_at") and changed:
            obj.updated_at = utcnow()


def _reason(exc: Exception) -> str:
    """Why a record could not be applied, without the values (a database error's text would carry the
    row's names and ID numbers into the needs-attention list)."""
    if isinstance(exc, DeskError):
        return str(getattr(exc, "message", "") or type(exc).__name__)[:500]
    if isinstance(exc, SQLAlchemyError) and getattr(exc, "orig", None) is not None:
        return str(exc.orig).splitlines()[0][:200]  # e.g. "FOREIGN KEY constraint failed"
    return type(exc).__name__


def _party(p: dict) -> dict:
    values = {k: p.get(k) for k in ("role", "name", "kind", "sex", "id_number", "phone", "address") if p.get(k) is not None}
    if "*" in (values.get("id_number") or ""):
        values["id_number"] = ""  # masked for this device's roles: the desk keeps no half number
    return values


def _path(moves: dict[str, set[str]], start: str, goal: str) -> list[tuple[str, str]]:
    """The shortest chain of allowed moves from the platform's state to ours (empty if none or equal)."""
    if start == goal:
        return []
    prev: dict[str, str] = {}
    todo = deque([start])
    while todo:
        state = todo.popleft()
        for nxt in sorted(moves.get(state, ())):
            if nxt not in prev and nxt != start:
                prev[nxt] = state
                if nxt == goal:
                    chain = [nxt]
                    while chain[-1] != start:
                        chain.append(prev[chain[-1]])
                    chain.reverse()
                    return list(zip(chain, chain[1:]))
                todo.append(nxt)
    return []


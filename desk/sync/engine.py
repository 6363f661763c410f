"""The sync engine: push the outbox in batches, pull the platform's changes by cursor, refresh the
dictionaries. No widgets: the GUI runs it in a worker, ``main.py sync --once`` runs it headless."""

from __future__ import annotations

import json
import socket
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, delete, func, insert, select, update

from desk.models.audit import AuditHead, AuditRecord
from desk.models.queue import QueueService
from desk.models.sync import SyncOutbox, SyncProblem, SyncRecord, SyncState
from desk.services.permissions import SYSTEM
from desk.services.sync_outbox import APPLYING, enqueue_all
from desk.services.uow import UnitOfWork
from desk.sync import credentials
from desk.sync.apply import Applier
from desk.sync.client import CursorExpired, NotEnrolled, PlatformClient, SyncError
from desk.sync.dictionaries import refresh_dictionaries
from desk.sync.lock import SyncLock
from desk.sync.numbers import BLOCK_SIZE, block_key, blocks_to_refill
from desk.timeutil import to_local, utcnow

PUSH_BATCH = 500  # the platform's limit per request
ROUND_WAIT = 30.0  # a round waits this long for the live loop's push or pull to finish
PULL_PAGE = 1000


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    resynced: bool = False
    dictionaries: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    url: str
    center: str
    device_name: str
    last_success: datetime | None
    last_attempt: datetime | None
    last_error: str
    pending: int
    problems: int


class SyncEngine:
    def __init__(self, services, client_factory=PlatformClient) -> None:
        self.svc = services
        self.db = services.db
        self.client_factory = client_factory

    # --- state ------------------------------------------------------------------------------
    def state(self, key: str, default: str = "") -> str:
        with self.db.reader() as s:
            return s.scalar(select(SyncState.value).where(SyncState.key == key)) or default

    def _set(self, session, **values: str) -> None:
        for key, value in values.items():
            row = session.get(SyncState, key) or SyncState(key=key)
            row.value = value
            session.add(row)

    def status(self) -> SyncStatus:
        with self.db.reader() as s:
            st = dict(s.execute(select(SyncState.key, SyncState.value)).all())
            pending = s.scalar(select(func.count()).select_from(SyncOutbox)) or 0
            problems = s.scalar(select(func.count()).select_from(SyncProblem).where(SyncProblem.resolved_at.is_(None))) or 0
        when = {k: datetime.fromisoformat(st[k]) if st.get(k) else None for k in ("last_success", "last_attempt")}
        return SyncStatus(bool(st.get("device_id")), st.get("url", ""), st.get("center_name", ""),
                          st.get("device_name", ""), when["last_success"], when["last_attempt"],
                          st.get("last_error", ""), pending, problems)

    def client(self) -> PlatformClient:
        device_id = self.state("device_id")
        if not device_id:
            raise NotEnrolled()
        token = credentials.load_token(device_id)
        if not token:
            raise NotEnrolled()
        ca = self.svc.settings.get("sync.ca_bundle") or None
        return self.client_factory(self.state("url"), token, ca_bundle=ca)

    # --- enrollment -------------------------------------------------------------------------
    def enroll(self, actor, url: str, code: str, device_name: str | None = None) -> dict:
        """Exchange an enrollment code for a device token (kept in the keyring), then queue every record
        this desk holds so the platform gets them on the first push."""
        client = self.client_factory(url)
        try:
            answer = client.enroll(code, device_name or socket.gethostname())
        finally:
            client.close()
        device_id = str(answer["device_id"])
        credentials.store_token(device_id, answer["token"])  # raises NoKeyring before anything is saved
        with UnitOfWork(self.db, actor) as uow:
            self._set(uow.session, url=client.url, device_id=device_id, device_name=device_name or socket.gethostname(),
                      center_code=answer["center"]["code"], center_name=answer["center"]["name"],
                      roles=",".join(answer.get("roles", [])), cursor="", last_error="")
            queued = enqueue_all(uow.session)
            uow.audit("sync.enroll", "sync", device_id, summary=f"{client.url} {answer['center']['code']}",
                      changes={"queued": (None, queued)})
        return answer

    # --- one round ----------------------------------------------------------------------------
    def sync_once(self, batch: int = PUSH_BATCH, exchange: bool = True) -> SyncReport:
        """Push everything queued, pull everything new, refresh dictionaries and the queue-number blocks.
        One push and one pull at a time per desk (lock files beside the database): two windows, or the
        live loop and a round, never push the same outbox."""
        with ExitStack() as locks:
            if exchange:
                locks.enter_context(SyncLock(self.db.path, "push", ROUND_WAIT))
                locks.enter_context(SyncLock(self.db.path, "pull", ROUND_WAIT))
            report = SyncReport()
            self._mark(last_attempt=utcnow().isoformat(timespec="seconds"))
            client = self.client()
            try:
                if exchange:  # without: the live lane pushes and pulls; the round keeps the rest fresh
                    self.push(client, report, batch)
                    self.pull(client, report)
                report.dictionaries = refresh_dictionaries(self, client)
                self.refill_number_blocks(client)
                self.anchor_audit(client)
            except SyncError as exc:
                self._mark(last_error=f"{type(exc).__name__}: {exc.detail or exc.message}"[:500])
                raise
            finally:
                client.close()
            self._mark(last_success=utcnow().isoformat(timespec="seconds"), last_error="")
            return report

    def _mark(self, **values: str) -> None:
        with UnitOfWork(self.db, SYSTEM) as uow:
            self._set(uow.session, **values)

    # --- push -------------------------------------------------------------------------------
    def push(self, client: PlatformClient, report: SyncReport, batch: int = PUSH_BATCH) -> None:
        after = 0
        cols = (SyncOutbox.id, SyncOutbox.op_id, SyncOutbox.entity, SyncOutbox.entity_id, SyncOutbox.kind,
                SyncOutbox.base_version, SyncOutbox.fields, SyncOutbox.command)
        while True:
            with self.db.reader() as s:
                rows = s.execute(select(*cols).where(SyncOutbox.id > after).order_by(SyncOutbox.id).limit(batch)).all()
            if not rows:
                return
            ops = [_op(r) for r in rows]
            results = client.push(ops)
            self._settle(rows, ops, results, report)
            after = rows[-1].id

    def _settle(self, rows, ops: list[dict], results: list[dict], report: SyncReport) -> None:
        """Record the platform's answers and drop the answered operations, in one transaction."""
        now = utcnow()
        answered: list[int] = []
        versions: dict[tuple[str, str], int] = {}
        with UnitOfWork(self.db, SYSTEM) as uow:
            s = uow.session
            s.info[APPLYING] = True
            for row, op, res in zip(rows, ops, results):
                status = res.get("status") if isinstance(res, dict) else None
                if status not in ("applied", "duplicate", "conflict", "rejected") or res.get("op_id") != row.op_id:
                    continue  # an answer we cannot read: keep the operation, it is idempotent
                report.pushed += 1
                answered.append(row.id)
                if status != "rejected":
                    key = (row.entity, row.entity_id)
                    versions[key] = max(versions.get(key, 0), int(res.get("version") or 0))
                if status == "applied":
                    report.applied += 1
                elif status == "duplicate":
                    report.duplicates += 1
                elif status == "conflict" and row.entity == "ticket":
                    report.conflicts += 1  # another window was first: the next pull shows the platform's state
                elif status == "conflict":
                    report.conflicts += 1
                    for name, info in (res.get("conflicts") or {}).items():
                        mine = op["fields"].get(name, (op.get("command") or {}).get("to"))
                        s.add(SyncProblem(kind="conflict", entity=row.entity, entity_id=row.entity_id, field=name,
                                          mine=json.dumps(mine, ensure_ascii=False),
                                          theirs=json.dumps((info or {}).get("theirs"), ensure_ascii=False),
                                          version=int(res.get("version") or 0), payload=json.dumps(op, ensure_ascii=False),
                                          created_at=now))
                else:
                    report.rejected += 1
                    s.add(SyncProblem(kind="rejected", entity=row.entity, entity_id=row.entity_id,
                                      code=str(res.get("code") or "")[:40], detail=str(res.get("detail") or "")[:500],
                                      payload=json.dumps(op, ensure_ascii=False), created_at=now))
            self._versions(s, versions)
            if answered:
                s.execute(delete(SyncOutbox).where(SyncOutbox.id.in_(answered)))

    @staticmethod
    def _versions(s, versions: dict[tuple[str, str], int]) -> None:
        """Remember the platform version of every record answered for (the base of the next change)."""
        by_entity: dict[str, list[str]] = {}
        for entity, entity_id in versions:
            by_entity.setdefault(entity, []).append(entity_id)
        known: dict[tuple[str, str], int] = {}
        for entity, ids in by_entity.items():
            for i in range(0, len(ids), 900):
                known.update(((entity, eid), v) for eid, v in s.execute(
                    select(SyncRecord.entity_id, SyncRecord.version).where(
                        SyncRecord.entity == entity, SyncRecord.entity_id.in_(ids[i:i + 900]))))
        new = [{"entity": e, "entity_id": i, "local_id": i, "version": v, "deleted": False}
               for (e, i), v in versions.items() if (e, i) not in known]
        newer = [{"e": e, "i": i, "v": v} for (e, i), v in versions.items() if (e, i) in known and v > known[(e, i)]]
        if new:
            s.execute(insert(SyncRecord), new)
        if newer:
            t = SyncRecord.__table__  # a Core executemany (the ORM would want primary-key bulk rows)
            s.connection().execute(update(t).where(t.c.entity == bindparam("e"), t.c.entity_id == bindparam("i"))
                                   .values(version=bindparam("v")), newer)

    # --- pull -------------------------------------------------------------------------------
    def pull(self, client: PlatformClient, report: SyncReport, page: int = PULL_PAGE, wait: float = 0) -> None:
        cursor = self.state("cursor")
        while True:
            try:
                body = client.pull(cursor or None, page, wait)
            except CursorExpired:
                if report.resynced:
                    raise
                report.resynced = True  # start over; the outbox stays and pushes as usual
                cursor = ""
                continue
            records = body["records"]
            with UnitOfWork(self.db, SYSTEM) as uow:
                uow.session.info[APPLYING] = True
                report.pulled += Applier(self.svc, uow).page(records)
                cursor = str(body["cursor"])
                self._set(uow.session, cursor=cursor)  # the page and its cursor commit together
            if not body.get("has_more"):
                break
        with UnitOfWork(self.db, SYSTEM) as uow:  # children whose parent came in a later page
            uow.session.info[APPLYING] = True
            report.pulled += Applier(self.svc, uow).retry_failed()

    # --- anchored audit ------------------------------------------------------------------------
    def anchor_audit(self, client: PlatformClient) -> None:
        """Send the head of the local audit chain, proving the record anchored last still has the hash
        the platform holds: a history rewritten here (even with a recomputed chain) is caught."""
        before = client.audit_anchor()
        with self.db.reader() as s:
            head = s.get(AuditHead, 1)
            previous = None
            if before is not None:
                held = s.scalar(select(AuditRecord.hash).where(AuditRecord.id == int(before["last_id"])))
                previous = {"id": int(before["last_id"]), "hash": held or ""}
        last_id, count, head_hash = (head.last_id, head.count, head.last_hash) if head else (0, 0, "")
        if before is not None and (before["last_id"], before["count"]) == (last_id, count) \
                and before["head_hash"] == head_hash:
            return  # nothing new since the last anchor
        client.anchor_audit(last_id, count, head_hash, previous)

    # --- queue numbers for offline hours ----------------------------------------------------
    def refill_number_blocks(self, client: PlatformClient) -> None:
        """Keep a block of today's numbers per queue service, reserved on the platform for this desk."""
        today = to_local(utcnow()).date()
        with self.db.reader() as s:
            prefixes = list(s.scalars(select(QueueService.prefix).where(QueueService.active)))
            low = blocks_to_refill(s, prefixes, today)
        for prefix in low:
            first, last = client.numbers(prefix, today, BLOCK_SIZE)
            with UnitOfWork(self.db, SYSTEM) as uow:
                self._set(uow.session, **{block_key(prefix, today): f"{first},{last}"})

    # --- needs attention --------------------------------------------------------------------
    def pending(self) -> int:
        with self.db.reader() as s:
            return s.scalar(select(func.count()).select_from(SyncOutbox)) or 0


def _op(row) -> dict:
    return {"op_id": row.op_id, "entity": row.entity, "entity_id": row.entity_id, "kind": row.kind,
            "base_version": row.base_version, "fields": json.loads(row.fields or "{}"),
            "command": json.loads(row.command) if row.command else None}

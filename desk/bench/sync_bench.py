"""Sync throughput against the reference platform on loopback (SQLite): the initial pull of N work
orders into an empty desk and the push of M queued case operations, each in a child process (its
peak memory measured), beside the floor: raw HTTP of the same requests (GET the same pages; POST
same-sized batches to a fresh center), with no desk work around them."""

from __future__ import annotations

import json
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests
from sqlalchemy import delete, select

from desk.bench.harness import Figure

HEADERS = {"Desk-Protocol": "1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Platform:
    def __init__(self, tmp: Path) -> None:
        self.token = secrets.token_urlsafe(24)  # may start with "-": passed as --admin-token=…
        self.url = f"http://127.0.0.1:{_free_port()}"
        self.log = open(tmp / "central.log", "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "central", "--db", f"sqlite:///{tmp / 'central.db'}", "--host", "127.0.0.1",
             "--port", self.url.rsplit(":", 1)[1], f"--admin-token={self.token}"],
            stdout=self.log, stderr=subprocess.STDOUT)
        self.http = requests.Session()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                if self.http.get(f"{self.url}/api/v1/health", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.1)
        self.proc.kill()
        self.log.close()
        tail = (tmp / "central.log").read_text(encoding="utf-8", errors="replace")[-2000:]
        raise RuntimeError(f"the reference platform did not start; its log ends:\n{tail}")

    def admin(self, method: str, path: str, body=None) -> dict:
        r = self.http.request(method, f"{self.url}/api/v1{path}", json=body, timeout=300,
                              headers={"Authorization": f"Bearer {self.token}"})
        r.raise_for_status()
        return r.json()

    def center_device(self, code: str) -> dict:
        self.admin("POST", "/admin/centers", {"code": code, "name": "基准测试中心"})
        enrollment = self.admin("POST", f"/admin/centers/{code}/enrollment-codes", {"roles": ["mediator"], "label": "bench"})
        r = self.http.post(f"{self.url}/api/v1/enroll", headers=HEADERS, timeout=30,
                           json={"code": enrollment["code"], "device_name": "bench", "client_version": "bench"})
        r.raise_for_status()
        return r.json()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(20)
        self.log.close()


def _desk_db(path: Path, url: str, device_id: str) -> None:
    from desk.db import open_database
    from desk.models.sync import SyncState
    from desk.services.permissions import SYSTEM
    from desk.services.uow import UnitOfWork

    db = open_database(path)
    with UnitOfWork(db, SYSTEM) as uow:
        for key, value in (("url", url), ("device_id", device_id), ("device_name", "bench"), ("cursor", "")):
            uow.session.add(SyncState(key=key, value=value))
    db.dispose()


def _child(mode: str, db: Path, token: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "desk.bench.sync_probe", mode, str(db)], capture_output=True,
                         text=True, env=os.environ | {"DESK_BENCH_TOKEN": token}, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _case_fields(i: int) -> dict:
    return {"year": 2026, "seq": i, "number": f"(2026)金调字第{i:06d}号", "status": "registered", "source": "application",
            "category_code": "02", "summary": f"第{i}件：邻里之间因楼上漏水发生纠纷，双方多次争吵，申请调解。",
            "place": "金水区纬五路12号院3号楼", "grid_code": None, "amount_cents": 350050, "people_count": 2,
            "mass_dispute": False, "escalation_risk": False, "escalation_note": "", "mediator": "sunli",
            "received_on": "2026-11-20", "created_at": "2026-11-20T09:00:00", "outcome": "", "closed_on": None,
            "archived_on": None, "retention": "", "archived_by": "",
            "parties": [{"position": 0, "role": "applicant", "kind": "person", "name": "张三明", "sex": "M",
                         "id_number": "11010519491231002X", "phone": "13812345678", "address": "纬五路12号院3号楼"},
                        {"position": 1, "role": "respondent", "kind": "person", "name": "王芳", "sex": "F",
                         "id_number": "", "phone": "13987654321", "address": "纬五路12号院4号楼"}]}


def run(quick: bool) -> list[Figure]:
    from desk.sync.engine import PULL_PAGE, PUSH_BATCH

    pulls = 10_000 if quick else 200_000
    pushes = 5_000 if quick else 100_000
    tmp = Path(tempfile.mkdtemp(prefix="desk-sync-bench-"))
    platform = _Platform(tmp)
    try:
        # --- pull ---------------------------------------------------------------------------
        dev = platform.center_device("PULL")
        for start in range(0, pulls, 5_000):
            items = [{"number": f"GD{i:08d}", "source": "hotline_12345", "order_type": "噪音扰民",
                      "description": f"市民反映第{i}号楼夜间装修噪音扰民，请核实处理。", "place": "纬五路12号院",
                      "reporter": "张先生", "reporter_phone": "13812345678", "assigned_at": "2026-11-20T09:30:00",
                      "limit_days": 5, "state": "assigned"} for i in range(start, min(pulls, start + 5_000))]
            platform.admin("POST", "/admin/centers/PULL/records:bulk", {"entity": "work_order", "items": items})
        raw = requests.Session()
        raw.headers.update(HEADERS | {"Authorization": f"Bearer {dev['token']}"})
        t0, cursor, rows = time.perf_counter(), "", 0
        while True:
            r = raw.get(f"{platform.url}/api/v1/pull", params={"limit": PULL_PAGE} | ({"cursor": cursor} if cursor else {}),
                        timeout=120)
            body = r.json()
            rows += len(body["records"])
            cursor = body["cursor"]
            if not body["has_more"]:
                break
        floor_pull = rows / (time.perf_counter() - t0)
        db = tmp / "pull.db"
        _desk_db(db, platform.url, dev["device_id"])
        pulled = _child("pull", db, dev["token"])
        # --- push ---------------------------------------------------------------------------
        dev = platform.center_device("PUSH")
        db = tmp / "push.db"
        _desk_db(db, platform.url, dev["device_id"])
        con = sqlite3.connect(db)
        con.executemany(
            "INSERT INTO sync_outbox (op_id, entity, entity_id, kind, base_version, fields, command, created_at, attempts)"
            " VALUES (?, 'mediation_case', ?, 'upsert', NULL, ?, '', '2026-11-25 09:00:00', 0)",
            ((str(uuid.uuid4()), str(uuid.uuid4()), json.dumps(_case_fields(i), ensure_ascii=False))
             for i in range(pushes)))
        con.commit()
        con.close()
        pushed = _child("push", db, dev["token"])
        floor_dev = platform.center_device("FLOOR")
        raw.headers["Authorization"] = f"Bearer {floor_dev['token']}"
        bodies = [json.dumps({"ops": [{"op_id": str(uuid.uuid4()), "entity": "mediation_case",
                                       "entity_id": str(uuid.uuid4()), "kind": "upsert", "base_version": None,
                                       "fields": _case_fields(i), "command": None}
                                      for i in range(start, min(pushes, start + PUSH_BATCH))]}, ensure_ascii=False)
                  .encode() for start in range(0, pushes, PUSH_BATCH)]
        t0 = time.perf_counter()
        for body in bodies:
            raw.post(f"{platform.url}/api/v1/push", data=body, headers={"Content-Type": "application/json"},
                     timeout=120).raise_for_status()
        floor_push = pushes / (time.perf_counter() - t0)
    finally:
        platform.stop()
    return [
        Figure("sync: initial pull into an empty desk", "rows/s", [pulled["count"] / pulled["seconds"]], target=5_000,
               higher_is_better=True, floor_name="raw HTTP GET of the same pages", floor_samples=[floor_pull],
               note=f"{pulled['count']:,} work orders, pages of {PULL_PAGE}, each page applied with its cursor in one "
                    f"transaction; platform on SQLite, loopback"),
        Figure("sync: resident memory during the initial pull", "MB", [pulled["rss_mb"]], target=300,
               note="peak RSS of the pulling process"),
        Figure("sync: push of queued operations", "ops/s", [pushed["count"] / pushed["seconds"]], target=2_000,
               higher_is_better=True, floor_name="raw HTTP POST of same-sized batches", floor_samples=[floor_push],
               note=f"{pushes:,} new mediation cases (≈1 KB each) in batches of {PUSH_BATCH}; "
                    f"every answer recorded locally in one transaction per batch"),
    ]


def call_latency(quick: bool) -> list[Figure]:
    """A call at desk A's window until desk B's database (what its hall display reads) shows it: A's live
    lane pushes, the platform answers B's long-poll, B applies the page. Both desks in this process."""
    import keyring

    from desk.bench.memory_keyring import MemoryKeyring
    from desk.db import open_database
    from desk.models.queue import Rating, Rectification, Ticket
    from desk.services.container import Services
    from desk.services.demo import seed_demo
    from desk.services.permissions import SYSTEM
    from desk.services.uow import UnitOfWork
    from desk.sync import credentials
    from desk.sync.engine import SyncEngine
    from desk.sync.live import LiveSync
    from desk.sync.numbers import PlatformNumbers

    calls = 10 if quick else 40
    keyring.set_keyring(MemoryKeyring())
    tmp = Path(tempfile.mkdtemp(prefix="desk-call-bench-"))
    platform = _Platform(tmp)
    desks, lanes = [], []
    try:
        platform.admin("POST", "/admin/centers", {"code": "HALL", "name": "基准测试中心"})
        for name in ("a", "b"):
            services = Services(open_database(tmp / f"{name}.db"))
            seed_demo(services, demo_cases=0)
            with UnitOfWork(services.db, SYSTEM) as uow:
                for model in (Rectification, Rating, Ticket):
                    uow.session.execute(delete(model))
            code = platform.admin("POST", "/admin/centers/HALL/enrollment-codes", {"roles": ["reception"]})["code"]
            engine = SyncEngine(services)
            engine.enroll(SYSTEM, platform.url, code, f"desk-{name}")
            services.tickets.check_hours = False
            services.tickets.numbers = PlatformNumbers()
            desks.append((services, engine))
        (a, ea), (b, eb) = desks
        clerk = a.auth.login("liuyang", "demo1234")
        service = a.queue_config.services()[0]
        window = next(w for w in a.queue_config.windows() if service.id in w.service_ids)
        for _ in range(calls):
            a.tickets.issue(clerk, service.id)
        ea.sync_once(), eb.sync_once()
        lanes = [LiveSync(ea, wait=10), LiveSync(eb, wait=10)]
        for lane in lanes:
            lane.start()
        time.sleep(0.5)
        samples = []
        for _ in range(calls):
            called = a.tickets.call_next(clerk, window.id)
            t0 = time.perf_counter()
            while time.perf_counter() - t0 < 10:
                with b.db.reader() as s:
                    if s.scalar(select(Ticket.state).where(Ticket.number == called.number)) == "called":
                        break
                time.sleep(0.005)
            samples.append(time.perf_counter() - t0)
            a.tickets.finish(clerk, window.id)
        assert credentials  # the tokens live in this process's in-memory keyring
    finally:
        for lane in lanes:
            lane.stop(timeout=0.2)
        for services, _ in desks:
            services.db.dispose()
        platform.stop()
    return [Figure("a call at one desk shown on another desk (via the platform)", "s", samples, target=1.0,
                   note=f"{calls} calls; until the other desk's database shows it (its hall display polls the "
                        f"queue version every 300 ms on top); loopback, platform on SQLite")]

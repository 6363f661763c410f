"""The real central platform (``python -m central``) as a subprocess on a free loopback port, for
tests that talk HTTP to it: tests/central and tests/sync.

    server = start_central(tmp_path=tmp_path)        # SQLite file in tmp_path
    server.create_center("C001")
    device = server.enroll("C001", roles=("mediator",))
    api = server.device_session(device["token"])      # a requests.Session with token and protocol headers
    api.get(server.api + "/pull").json()
    server.stop()

Fixtures (register them in a conftest): ``central_fixture`` gives each test a fresh database and
server; ``shared_central_fixture`` one per module (tests then use their own center codes). Both take
the backend from ``request.param``: "sqlite", or "postgresql" from ``DESK_TEST_PG_URL`` (see
scripts/setup-test-postgres.sh), skipped when that is not set."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[1]
PROTOCOL_HEADERS = {"Desk-Protocol": "1"}
PG_ENV = "DESK_TEST_PG_URL"
START_TIMEOUT = 20.0


def make_op(entity: str, entity_id: str, kind: str = "upsert", fields: dict | None = None,
            base_version: int | None = None, command: dict | None = None, op_id: str | None = None) -> dict:
    """One push operation (docs/SYNC.md); a new op_id unless given."""
    return {"op_id": op_id or str(uuid.uuid4()), "entity": entity, "entity_id": entity_id, "kind": kind,
            "base_version": base_version, "fields": fields or {}, "command": command}


def transition(field_name: str, old: str, new: str) -> dict:
    return {"name": "transition", "field": field_name, "from": old, "to": new}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class CentralServer:
    url: str  # "http://127.0.0.1:PORT"
    admin_token: str
    db_url: str
    process: subprocess.Popen
    log_path: Path | None = None
    session: requests.Session = field(default_factory=requests.Session, repr=False)

    @property
    def api(self) -> str:
        return self.url + "/api/v1"

    def admin(self, method: str, path: str, json=None) -> requests.Response:
        """An admin request; ``path`` is relative to /api/v1 (e.g. "/admin/centers")."""
        return self.session.request(method, self.api + path, json=json, timeout=60,
                                    headers={"Authorization": f"Bearer {self.admin_token}"})

    def create_center(self, code: str = "C001", name: str = "测试综治中心") -> None:
        r = self.admin("POST", "/admin/centers", {"code": code, "name": name})
        assert r.status_code == 201, r.text

    def enrollment_code(self, center: str = "C001", roles=("mediator",)) -> str:
        r = self.admin("POST", f"/admin/centers/{center}/enrollment-codes", {"roles": list(roles), "label": "test"})
        assert r.status_code == 201, r.text
        return r.json()["code"]

    def enroll(self, center: str = "C001", roles=("mediator",), device_name: str = "desk-1") -> dict:
        """A new device: ``{device_id, token, center, roles}``."""
        code = self.enrollment_code(center, roles)
        r = self.session.post(self.api + "/enroll", headers=PROTOCOL_HEADERS, timeout=30,
                              json={"code": code, "device_name": device_name, "client_version": "test"})
        assert r.status_code == 201, r.text
        return r.json()

    def device_session(self, token: str) -> requests.Session:
        s = requests.Session()
        s.headers.update({**PROTOCOL_HEADERS, "Authorization": f"Bearer {token}"})
        return s

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path and self.log_path.exists() else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.session.close()


def start_central(db_url: str | None = None, tmp_path: Path | None = None, port: int | None = None,
                  extra_env: dict | None = None) -> CentralServer:
    """Start ``python -m central`` and wait until /api/v1/health answers."""
    tmp_path = Path(tmp_path or tempfile.mkdtemp(prefix="central-"))
    db_url = db_url or f"sqlite:///{tmp_path / 'central.db'}"
    env = {**os.environ, **(extra_env or {})}
    token = secrets.token_urlsafe(24)  # may start with "-": passed as --admin-token=…
    for _attempt in range(3):  # a free port can be taken between probing and binding
        chosen = port or free_port()
        log_path = tmp_path / f"central-{chosen}.log"
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "central", "--db", db_url, "--host", "127.0.0.1", "--port", str(chosen),
                 f"--admin-token={token}"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        server = CentralServer(f"http://127.0.0.1:{chosen}", token, db_url, process, log_path)
        if _wait_healthy(server):
            return server
        server.stop()
        if port or "address already in use" not in server.log().lower():
            break
    raise RuntimeError(f"the central server did not start:\n{server.log()}")


def _wait_healthy(server: CentralServer) -> bool:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            return False
        try:
            if requests.get(server.api + "/health", timeout=1).status_code == 200:
                return True
        except requests.ConnectionError:
            pass
        time.sleep(0.05)
    return False


@contextmanager
def fresh_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """A database URL for an empty database: a SQLite file, or a new PostgreSQL database (dropped after)."""
    if backend == "sqlite":
        yield f"sqlite:///{Path(tmp_path) / f'central-{uuid.uuid4().hex[:8]}.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: run `eval $(sudo scripts/setup-test-postgres.sh)` for PostgreSQL tests")
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base)
    name = f"desk_t_{uuid.uuid4().hex[:12]}"
    admin_dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def central_fixture(request, tmp_path: Path) -> Iterator[CentralServer]:
    """A server on a fresh database of backend ``request.param`` (for a function-scoped fixture)."""
    with fresh_database(request.param, tmp_path) as db_url:
        server = start_central(db_url, tmp_path)
        try:
            yield server
        finally:
            server.stop()


def shared_central_fixture(request, tmp_path_factory) -> Iterator[CentralServer]:
    """One server per module (for a module-scoped fixture); tests use their own center codes."""
    tmp_path = tmp_path_factory.mktemp("central")
    yield from central_fixture(request, tmp_path)

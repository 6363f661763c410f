"""Sync tests run against the real reference platform (central/) started on loopback, on SQLite and
on PostgreSQL (when DESK_TEST_PG_URL is set, as `make test` does)."""

from __future__ import annotations

import pytest
from central_server import central_fixture, start_central
from sqlalchemy import delete

from desk.db import open_database
from desk.models.queue import Rating, Rectification, Ticket
from desk.services.container import Services
from desk.services.demo import seed_demo
from desk.services.permissions import SYSTEM
from desk.services.uow import UnitOfWork
from desk.sync.client import PlatformClient, RetryPolicy
from desk.sync.engine import SyncEngine


@pytest.fixture(params=["sqlite", "postgresql"])
def central(request, tmp_path):
    for server in central_fixture(request, tmp_path):
        server.create_center("C001")
        yield server


@pytest.fixture
def sqlite_central(tmp_path):
    """Only the SQLite platform: for tests about the desk side alone."""
    server = start_central(tmp_path=tmp_path)
    server.create_center()
    yield server
    server.stop()


def quick_client(url, token=None, ca_bundle=None):
    """Retries without the real waits, so a platform that is down fails the round quickly."""
    return PlatformClient(url, token, ca_bundle=ca_bundle, retry=RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.05))


class Desk:
    """One desk: its own local.db, enrolled with the platform."""

    def __init__(self, services: Services, engine: SyncEngine) -> None:
        self.svc, self.engine = services, engine

    def sync(self):
        return self.engine.sync_once()


@pytest.fixture
def make_desk(tmp_path):
    made: list[Services] = []

    def make(central, name="desk-1", roles=("mediator", "head"), center="C001", enroll=True) -> Desk:
        services = Services(open_database(tmp_path / f"{name}.db"))
        seed_demo(services, demo_cases=0)
        with UnitOfWork(services.db, SYSTEM) as uow:  # each demo desk has its own queue morning: not the hall's
            for model in (Rectification, Rating, Ticket):
                uow.session.execute(delete(model))
        made.append(services)
        engine = SyncEngine(services, client_factory=quick_client)
        if enroll:
            code = central.enrollment_code(center, roles)
            engine.enroll(SYSTEM, central.url, code, name)
        return Desk(services, engine)

    yield make
    for services in made:
        services.db.dispose()

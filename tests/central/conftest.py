"""The real central server on each database backend (PostgreSQL skipped without DESK_TEST_PG_URL)."""

import uuid

import pytest
from central_server import central_fixture, shared_central_fixture

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def central(request, tmp_path):
    """A server on a fresh database, per test."""
    yield from central_fixture(request, tmp_path)


@pytest.fixture(scope="module", params=BACKENDS)
def shared_central(request, tmp_path_factory):
    """One server per module and backend: tests create their own center (see ``center``)."""
    yield from shared_central_fixture(request, tmp_path_factory)


@pytest.fixture
def center(shared_central) -> str:
    """A new center on the shared server; returns its code."""
    code = "T" + uuid.uuid4().hex[:10].upper()
    shared_central.create_center(code, "测试综治中心")
    return code

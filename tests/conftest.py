"""Shared fixtures: offscreen Qt, a temporary database per test, an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402

from desk.bench.memory_keyring import MemoryKeyring  # noqa: E402
from desk.db import open_database  # noqa: E402
from desk.services.container import Services  # noqa: E402
from desk.services.demo import DEMO_PASSWORD, seed_demo  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def memory_keyring():
    keyring.set_keyring(MemoryKeyring())
    yield


@pytest.fixture(scope="session")
def qapp_zh():
    """The QApplication with the bundled font, Chinese translation and style (created once)."""
    from desk.views.qt_setup import make_app

    return make_app(lang="zh_CN")


@pytest.fixture
def gui(qapp_zh, qtbot):
    """Qt in Chinese, with background operations run inline so tests are deterministic."""
    from desk.views import operations
    from desk.views.qt_setup import install_language

    install_language(qapp_zh, "zh_CN")
    operations.set_synchronous(True)
    yield qtbot
    operations.set_synchronous(False)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "local.db"


class DatabaseTemplates:
    """Databases built once per session and copied per test: migrating a new file and seeding the demo
    center cost seconds, a copy milliseconds. Keyed by the local day too, because the demo's queue
    morning is today's: a run that crosses midnight builds a fresh one."""

    def __init__(self, folder) -> None:
        self.folder, self.built = folder, {}

    def copy_to(self, target, key: str, build=None) -> None:
        import sqlite3
        from datetime import date

        k = (key, date.today())
        if k not in self.built:
            path = self.folder / f"{key}-{len(self.built)}.db"
            svc = Services(open_database(path))
            if build is not None:
                build(svc)
            svc.db.dispose()
            self.built[k] = path
        src, dst = sqlite3.connect(self.built[k]), sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()


@pytest.fixture(scope="session")
def db_templates(tmp_path_factory):
    return DatabaseTemplates(tmp_path_factory.mktemp("templates"))


@pytest.fixture
def services(db_path, request, db_templates):
    if "demo" in request.fixturenames:  # the same database, seeded: see ``demo``
        db_templates.copy_to(db_path, "demo", lambda svc: seed_demo(svc, demo_cases=0))
    else:
        db_templates.copy_to(db_path, "empty")
    svc = Services(open_database(db_path))
    yield svc
    svc.db.dispose()


@pytest.fixture
def demo(services):
    """Services over a database holding the demo center, grid tree, staff and a queue morning (no
    mediation cases: tests register their own and count on the numbering starting at 1). Seeded once
    per session (``services`` copies the seeded template when a test asks for ``demo``)."""
    return services


@pytest.fixture
def admin(demo):
    return demo.auth.login("admin", DEMO_PASSWORD)


@pytest.fixture
def clerk(demo):
    return demo.auth.login("liuyang", DEMO_PASSWORD)

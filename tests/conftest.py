"""Shared fixtures: offscreen Qt, a temporary database per test, an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from desk.db import open_database  # noqa: E402
from desk.services.container import Services  # noqa: E402
from desk.services.demo import DEMO_PASSWORD, seed_demo  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """Secrets kept in a dict: tests never touch (or need) an OS keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


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


@pytest.fixture
def services(db_path):
    svc = Services(open_database(db_path))
    yield svc
    svc.db.dispose()


@pytest.fixture
def demo(services):
    """Services over a database holding the demo center, grid tree, staff and a queue morning (no
    mediation cases: tests register their own and count on the numbering starting at 1)."""
    seed_demo(services, demo_cases=0)
    return services


@pytest.fixture
def admin(demo):
    return demo.auth.login("admin", DEMO_PASSWORD)


@pytest.fixture
def clerk(demo):
    return demo.auth.login("liuyang", DEMO_PASSWORD)

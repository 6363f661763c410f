"""Issue #11: every role against every service action, allowed or refused as ``ROLE_PERMISSIONS`` says.

The table of actions and what each needs is tests/matrix_actions.py (read from the services' checks).
Each role works in its own copy of one seeded template database; every call is made as an account
holding exactly that one role. An allowed call must run through (its builder gives valid arguments);
a refused one must raise PermissionDenied and leave no row and no audit record behind.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import shutil
import typing

import pytest
from matrix_actions import ACTIONS, NOT_USER_ACTIONS, Need, World, seed_matrix_accounts
from sqlalchemy import event

import desk.services
from desk.db import open_database
from desk.errors import PermissionDenied
from desk.models.accounts import Role
from desk.services.container import Services
from desk.services.demo import DEMO_PASSWORD, seed_demo
from desk.services.passwords import hash_password
from desk.services.permissions import ROLE_PERMISSIONS, Actor, Perm

PAIRS = [(role, action) for action in ACTIONS for role in Role]

# Permissions no service action checks (yet): each with the reason, so a new one is noticed.
UNGUARDED_PERMISSIONS: dict[Perm, str] = {}


def _open(path) -> Services:
    """Services over ``path``, without the fsync of every commit: these copies are thrown away."""
    db = open_database(path)
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda conn, _record: conn.execute("PRAGMA synchronous=OFF"))
    return Services(db)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The demo center (no cases) plus one account per role, seeded once and copied per role."""
    path = tmp_path_factory.mktemp("matrix-template") / "local.db"
    svc = _open(path)
    one_hash = hash_password(DEMO_PASSWORD)  # every account of the template has the demo password
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("desk.services.demo_queue.seed_queue_day", lambda services: None)  # no morning of tickets
        for module in ("accounts", "center"):
            mp.setattr(f"desk.services.{module}.hash_password", lambda password: one_hash)
        seed_demo(svc, demo_cases=0)
        seed_matrix_accounts(svc)
    svc.db.dispose()
    return path


@pytest.fixture(scope="module")
def worlds(template, tmp_path_factory):
    opened: dict[Role, World] = {}

    def world(role: Role) -> World:
        if role not in opened:
            path = tmp_path_factory.mktemp(f"matrix-{role.value}") / "local.db"
            shutil.copy(template, path)
            svc = _open(path)
            svc.tickets.check_hours = False  # the queue works at any hour the tests run
            opened[role] = World(svc, role)
        return opened[role]

    yield world
    for w in opened.values():
        w.svc.db.dispose()


@pytest.mark.parametrize("role, action", PAIRS, ids=[f"{r.value}-{a.id}" for r, a in PAIRS])
def test_role_against_action(worlds, role, action):
    w = worlds(role)
    assert w.actor.roles == {role}
    allowed = action.need.allows(ROLE_PERMISSIONS[role])
    # a call to be refused (or one that only reads) may get the records set up for an earlier such call
    w.reuse = action.keeps or not allowed
    try:
        call = action.build(w)
    finally:
        w.reuse = False
    if allowed:
        call(w.actor)  # PermissionDenied here: the service checks more than the table says
    else:
        before = w.fingerprint()
        with pytest.raises(PermissionDenied):  # not raised: the service lacks (or loosened) its check
            call(w.actor)
        assert w.fingerprint() == before, "a refused call left rows or audit records behind"


def test_need_semantics():
    both, either = Need(all_of=frozenset({Perm.NOTARY_VIEW, Perm.PERSONAL_DATA_UNMASK})), \
        Need(any_of=frozenset({Perm.NOTARY_VIEW, Perm.CONSULT_VIEW}))
    assert both.allows(ROLE_PERMISSIONS[Role.NOTARY]) and not both.allows(ROLE_PERMISSIONS[Role.LAWYER])
    assert either.allows(ROLE_PERMISSIONS[Role.LAWYER]) and not either.allows(ROLE_PERMISSIONS[Role.MEDIATOR])
    assert Need().allows(frozenset())


def test_every_role_is_refused_something_and_allowed_something():
    """The matrix really separates the roles: nobody may do everything, everybody may do something guarded."""
    for role in Role:
        perms = ROLE_PERMISSIONS[role]
        guarded = [a for a in ACTIONS if a.need.perms]
        assert any(a.need.allows(perms) for a in guarded), role
        assert any(not a.need.allows(perms) for a in guarded), role


# --- the table is complete -----------------------------------------------------------------------

def _container_actions() -> set[str]:
    """``attribute.method`` of every public method taking ``actor`` of every service in the container."""
    hints = typing.get_type_hints(Services)
    found = set()
    for f in dataclasses.fields(Services):
        if f.name == "db":
            continue
        for name, fn in inspect.getmembers(hints[f.name], inspect.isfunction):
            if not name.startswith("_") and "actor" in inspect.signature(fn).parameters:
                found.add(f"{f.name}.{name}")
    return found


def _module_actions() -> set[str]:
    """``module.function`` of every public module-level function taking ``actor`` in desk/services."""
    found = set()
    for info in pkgutil.iter_modules(desk.services.__path__):
        module = importlib.import_module(f"desk.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not name.startswith("_") \
                    and "actor" in inspect.signature(fn).parameters:
                found.add(f"{info.name}.{name}")
    return found


def _printed_kinds() -> set[str]:
    from desk.services.case_documents import DOCUMENT_BUILDERS
    from desk.services.legal_documents import LEGAL_BUILDERS
    from desk.services.linkage_documents import LINKAGE_BUILDERS

    return set(DOCUMENT_BUILDERS) | set(LINKAGE_BUILDERS) | set(LEGAL_BUILDERS)


def test_every_service_action_of_the_container_has_a_row():
    rows = {a.method for a in ACTIONS} | set(NOT_USER_ACTIONS)
    missing = _container_actions() - rows
    assert not missing, f"add these to tests/matrix_actions.py ACTIONS (or NOT_USER_ACTIONS): {sorted(missing)}"


def test_every_module_level_action_and_printed_document_has_a_row():
    from desk.services.case_documents import DOCUMENT_BUILDERS
    from desk.services.legal_documents import LEGAL_BUILDERS
    from desk.services.linkage_documents import LINKAGE_BUILDERS

    builders = {f"{fn.__module__.rsplit('.', 1)[1]}.{fn.__name__}"
                for fn in (DOCUMENT_BUILDERS | LINKAGE_BUILDERS | LEGAL_BUILDERS).values()}
    rows = {a.method for a in ACTIONS}
    missing = _module_actions() - builders - rows - set(NOT_USER_ACTIONS)
    assert not missing, f"add these to tests/matrix_actions.py ACTIONS: {sorted(missing)}"
    assert {m.removeprefix("print.") for m in rows if m.startswith("print.")} == _printed_kinds()


def test_no_row_is_stale_or_repeated():
    ids = [a.id for a in ACTIONS]
    assert len(ids) == len(set(ids))
    known = _container_actions() | _module_actions()
    stale = {a.method for a in ACTIONS if not a.method.startswith("print.")} - known
    assert not stale, f"these rows name no service action any more: {sorted(stale)}"
    assert set(NOT_USER_ACTIONS) <= known


def test_every_permission_guards_some_action():
    used = set().union(*(a.need.perms for a in ACTIONS))
    assert set(Perm) - used == set(UNGUARDED_PERMISSIONS), \
        "a permission no action needs: give it a row, or say in UNGUARDED_PERMISSIONS why none checks it"


def test_matrix_accounts_sign_in_with_their_one_role(worlds):
    w = worlds(Role.RECEPTION)
    actor = w.svc.auth.login("only_reception", w.passwords[w.actor.user_id])
    assert isinstance(actor, Actor) and actor.roles == {Role.RECEPTION} and actor.user_id == w.actor.user_id

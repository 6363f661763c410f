"""Sign-in, lockout, passwords and permissions enforced in the services."""

import pytest

from desk.errors import AuthError, PermissionDenied, ValidationError
from desk.models.accounts import Role
from desk.services.passwords import hash_password, verify_password


def test_password_hash_is_salted_scrypt():
    a, b = hash_password("abc12345"), hash_password("abc12345")
    assert a != b and a.startswith("scrypt$")
    assert verify_password("abc12345", a) and not verify_password("abc12346", a)
    assert not verify_password("abc12345", "garbage")


def test_login(demo):
    actor = demo.auth.login("  Admin ", "demo1234")
    assert actor.username == "admin" and {Role.ADMIN, Role.HEAD} <= actor.roles


def test_wrong_password_says_how_many_attempts_are_left(demo):
    with pytest.raises(AuthError, match="4 attempts left"):
        demo.auth.login("sunli", "nope12345")


def test_unknown_user_gets_the_same_message(demo):
    with pytest.raises(AuthError, match="^Wrong username or password.$"):
        demo.auth.login("nobody", "demo1234")


def test_lockout_after_repeated_failures(demo, admin):
    for _ in range(4):
        with pytest.raises(AuthError):
            demo.auth.login("sunli", "nope12345")
    with pytest.raises(AuthError, match="locked until"):
        demo.auth.login("sunli", "nope12345")
    with pytest.raises(AuthError, match="locked until"):
        demo.auth.login("sunli", "demo1234")  # even the right password, while locked
    sunli = [u for u in demo.accounts.list_users(admin) if u.username == "sunli"][0]
    assert sunli.locked
    demo.accounts.unlock(admin, sunli.id)
    assert demo.auth.login("sunli", "demo1234").username == "sunli"


def test_disabled_account_cannot_sign_in(demo, admin):
    user = [u for u in demo.accounts.list_users(admin) if u.username == "wuhao"][0]
    demo.accounts.set_active(admin, user.id, False)
    with pytest.raises(AuthError, match="disabled"):
        demo.auth.login("wuhao", "demo1234")


def test_change_password_policy(demo, clerk):
    with pytest.raises(ValidationError) as e:
        demo.auth.change_password(clerk, "demo1234", "short1")
    assert e.value.field == "new_password"
    with pytest.raises(ValidationError) as e:
        demo.auth.change_password(clerk, "wrong", "longer123")
    assert e.value.field == "old_password"
    demo.auth.change_password(clerk, "demo1234", "newpass123")
    assert demo.auth.login("liuyang", "newpass123")


def test_unlock_needs_the_users_own_password(demo, clerk):
    with pytest.raises(AuthError):
        demo.auth.unlock(clerk, "demo12345")
    assert demo.auth.unlock(clerk, "demo1234").user_id == clerk.user_id


def test_reset_password_forces_a_change(demo, admin):
    user = [u for u in demo.accounts.list_users(admin) if u.username == "sunli"][0]
    demo.accounts.reset_password(admin, user.id, "temp12345")
    actor = demo.auth.login("sunli", "temp12345")
    assert demo.auth.must_change_password(actor)


# --- permissions ----------------------------------------------------------------------------
# Every role against every service action: tests/test_permission_matrix.py (table in tests/matrix_actions.py).

def test_reception_clerk_cannot_manage_accounts(demo, clerk):
    with pytest.raises(PermissionDenied):
        demo.accounts.create_user(clerk, "evil", "坏人", ["admin"], "abc12345")

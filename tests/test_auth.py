"""Sign-in, lockout, passwords and permissions enforced in the services."""

import pytest

from desk.errors import AuthError, PermissionDenied, ValidationError
from desk.models.accounts import Role
from desk.services.passwords import hash_password, verify_password
from desk.services.permissions import ROLE_PERMISSIONS, SYSTEM, Actor, Perm


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


# --- permissions: every guarded service action, called as every role -----------------------

def _calls(svc):
    from datetime import date

    from desk.services.audit import AuditQuery
    from desk.services.center import ProfileData

    return {
        Perm.ACCOUNTS_MANAGE: lambda a: svc.accounts.list_users(a),
        Perm.CENTER_EDIT: lambda a: svc.center.update_profile(a, ProfileData("中心", "调委会", "地址")),
        Perm.DICTIONARIES_EDIT: lambda a: svc.dictionaries.add(a, "dispute_category", "99", f"新类型{a.username}"),
        Perm.SETTINGS_EDIT: lambda a: svc.settings.set(a, "security.idle_lock_minutes", 5),
        Perm.AUDIT_VIEW: lambda a: svc.audit_log.count(a, AuditQuery()),
        Perm.AUDIT_EXPORT: lambda a: svc.documents.audit_report(a, date.today(), date.today()),
        Perm.DOCUMENTS_VERIFY: lambda a: svc.documents.verify(a, "ABCD-EFGH"),
        Perm.LINKAGE_VIEW: lambda a: svc.referrals.list(a),
        Perm.LINKAGE_RECEIVE: lambda a: svc.work_orders.receive_work_order(a, _order(f"P-{a.username}"), "paper"),
        Perm.LINKAGE_EDIT: lambda a: svc.work_orders.sign(
            a, svc.work_orders.receive_work_order(SYSTEM, _order(f"E-{a.username}"))),
        Perm.LINKAGE_SUPERVISE: lambda a: svc.work_orders.supervision(a, date.today(), date.today()),
        Perm.NOTARY_VIEW: lambda a: svc.notary.list(a),
        Perm.NOTARY_EDIT: lambda a: svc.notary.receive(a, _intake(svc)),
        Perm.NOTARY_CONFIGURE: lambda a: svc.notary_catalogue.save(a, _matter(a.username)),
        Perm.CONSULT_VIEW: lambda a: svc.consultations.day_list(a, everyone=True),
        Perm.CONSULT_EDIT: lambda a: svc.consultations.record(a, _consultation()),
    }


def _intake(svc):
    from desk.services.notary_intakes import ApplicantInput, NotaryIntakeInput
    from desk.validation import id_check_char

    matter = next(m for m in svc.notary_catalogue.matters() if not m.use_abroad)
    body = "41010519850312123"
    return NotaryIntakeInput(matter_id=matter.id, applicants=[
        ApplicantInput("张伟", "", body + id_check_char(body), "13800138000")])


def _matter(username):
    from desk.services.notary_catalogue import MaterialSpec, MatterInput

    return MatterInput(f"T{abs(hash(username)) % 1000}", f"测试事项{username}", False, 5, True,
                       [MaterialSpec("身份证", True)])


def _consultation():
    from desk.services.consultations import ConsultationInput

    return ConsultationInput(anonymous=True, category_code="03", question="单位拖欠工资怎么办", advice="可申请劳动仲裁")


def _order(number):
    from desk.services.work_orders import WorkOrderInput

    return WorkOrderInput(number=number, source="grid", description="网格员上报占道经营问题，请处理。")


@pytest.mark.parametrize("role", list(Role))
def test_permission_matrix(demo, role):
    actor = Actor(user_id=None, username=role.value, full_name=role.value, roles=frozenset({role}))
    for perm, call in _calls(demo).items():
        allowed = perm in ROLE_PERMISSIONS[role]
        if allowed:
            call(actor)
        else:
            with pytest.raises(PermissionDenied):
                call(actor)


def test_reception_clerk_cannot_manage_accounts(demo, clerk):
    with pytest.raises(PermissionDenied):
        demo.accounts.create_user(clerk, "evil", "坏人", ["admin"], "abc12345")

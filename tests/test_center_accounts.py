"""First-run setup, the center profile, settings, grid codes and staff accounts."""

import pytest

from desk.errors import ConflictError, SetupRequired, ValidationError
from desk.services.center import AdminData, AreaData, ProfileData

PROFILE = ProfileData("测试街道综治中心", "测试街道人民调解委员会", "测试路1号")
AREA = AreaData("410105002", "测试街道", (("410105002001", "一社区"), ("410105002002", "二社区")))
ADMIN = AdminData("boss", "张主任", "start1234")


def test_nothing_opens_before_setup(services):
    assert not services.center.is_set_up()
    with pytest.raises(SetupRequired):
        services.center.profile()


def test_setup_creates_profile_area_lists_and_admin(services):
    actor = services.center.setup(PROFILE, AREA, ADMIN)
    assert services.center.is_set_up()
    assert services.center.profile().area_code == "410105002000"
    tree = services.grid.tree()
    assert [(g.level, g.name) for g in tree] == [(1, "测试街道"), (2, "一社区"), (2, "二社区")]
    assert len(services.dictionaries.entries("dispute_category")) == 16
    assert len(services.dictionaries.entries("ethnicity")) == 56
    assert services.auth.login("boss", "start1234").roles == actor.roles
    with pytest.raises(ConflictError):
        services.center.setup(PROFILE, AREA, AdminData("boss2", "李", "start1234"))


@pytest.mark.parametrize("area, field", [
    (AreaData("4101050", "街道"), "street_code"),
    (AreaData("410105002", "街道", (("410105003001", "外社区"),)), "communities"),
    (AreaData("410105002", "街道", (("410105002001", "甲"), ("410105002001", "乙"))), "communities"),
    (AreaData("410105002", "  "), "street_name"),
])
def test_setup_rejects_bad_area(services, area, field):
    with pytest.raises(ValidationError) as e:
        services.center.setup(PROFILE, area, ADMIN)
    assert e.value.field == field
    assert not services.center.is_set_up()


def test_setup_rejects_weak_admin_password(services):
    with pytest.raises(ValidationError) as e:
        services.center.setup(PROFILE, AREA, AdminData("boss", "张主任", "password"))
    assert e.value.field == "password"


def test_update_profile_keeps_odd_text(demo, admin):
    odd = "中心 😀 <b>&amp;</b> \u202eRTL"
    demo.center.update_profile(admin, ProfileData(odd, "委员会", "地址"))
    assert demo.center.profile().name == odd


def test_settings_are_validated(demo, admin):
    with pytest.raises(ValidationError, match="from 1 to 240"):
        demo.settings.set(admin, "security.idle_lock_minutes", 999)
    demo.settings.set(admin, "security.idle_lock_minutes", 3)
    assert demo.settings.get("security.idle_lock_minutes") == 3
    with pytest.raises(ValidationError):
        demo.settings.set(admin, "demo", False)


def test_grid_codes(demo, admin):
    community = [g for g in demo.grid.tree() if g.level == 2][0]
    with pytest.raises(ValidationError, match="begin with its community"):
        demo.grid.add(admin, community.id, "41010599900101", "错网格")
    node = demo.grid.add(admin, community.id, f"{community.code}09", "第九网格")
    assert node.level == 3
    with pytest.raises(ConflictError):
        demo.grid.add(admin, community.id, f"{community.code}09", "重复")
    with pytest.raises(ValidationError):
        demo.grid.add(admin, node.id, f"{node.code}1", "网格下不能再有")


def test_platform_replaces_a_dictionary(demo, admin):
    changed = demo.dictionaries.replace(admin, "dispute_category", [("01", "婚姻家庭纠纷"), ("17", "网络纠纷")])
    labels = [e.label for e in demo.dictionaries.entries("dispute_category")]
    assert labels == ["婚姻家庭纠纷", "网络纠纷"] and changed == 17  # 1 relabelled, 1 added, 15 deactivated
    assert len(demo.dictionaries.entries("dispute_category", include_inactive=True)) == 17


def test_platform_replaces_the_grid_tree(demo, admin):
    demo.grid.replace_tree(admin, [("410105001000", "经八路街道", None),
                                   ("410105001001", "纬五路社区（新）", "410105001000")])
    active = [g.name for g in demo.grid.tree(include_inactive=False)]
    assert active == ["经八路街道", "纬五路社区（新）"]


def test_accounts(demo, admin):
    user = demo.accounts.create_user(admin, "XiaoLi", "李晓", ["mediator"], "abc12345")
    assert user.username == "xiaoli" and user.must_change_password
    with pytest.raises(ConflictError):
        demo.accounts.create_user(admin, "xiaoli", "李晓", ["mediator"], "abc12345")
    with pytest.raises(ValidationError) as e:
        demo.accounts.create_user(admin, "x y", "李晓", ["mediator"], "abc12345")
    assert e.value.field == "username"
    with pytest.raises(ValidationError) as e:
        demo.accounts.create_user(admin, "xy", "李晓", [], "abc12345")
    assert e.value.field == "roles"
    with pytest.raises(ValidationError) as e:
        demo.accounts.create_user(admin, "xy", "李晓", ["mediator"], "abc12345", phone="12345")
    assert e.value.field == "phone"


def test_the_last_administrator_stays(demo, admin):
    with pytest.raises(ConflictError):
        demo.accounts.update_user(admin, admin.user_id, "王建国", "", ["head"])
    with pytest.raises(ConflictError):
        demo.accounts.set_active(admin, admin.user_id, False)

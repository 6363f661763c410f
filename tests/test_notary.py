"""Notary-agency intake: the catalogue, the state machine with 补正 and batch forwarding, masking."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk.errors import ConflictError, PermissionDenied, ValidationError
from desk.models.audit import AuditRecord
from desk.services.demo import DEMO_PASSWORD
from desk.services.notary_catalogue import MaterialSpec, MatterInput
from desk.services.notary_intakes import ApplicantInput, NotaryIntakeInput
from desk.validation import id_check_char

ID = "41010519850312123" + id_check_char("41010519850312123")
ID2 = "41010519900101002" + id_check_char("41010519900101002")


@pytest.fixture
def notary(demo):
    return demo.auth.login("zhengxue", DEMO_PASSWORD)


def matter(services, name="亲属关系公证"):
    return next(m for m in services.notary_catalogue.matters() if m.name == name)


def intake(services, actor, matter_name="委托书公证", present=(), **kw):
    m = matter(services, matter_name)
    statuses = {name: "received" for name in present}
    data = NotaryIntakeInput(matter_id=m.id, applicants=[ApplicantInput("张伟", "", ID, "13800138000", "经八路1号")],
                             materials=statuses, **kw)
    return services.notary.receive(actor, data)


def test_new_center_has_the_common_matters_with_materials(demo):
    names = [m.name for m in demo.notary_catalogue.matters()]
    for expected in ("亲属关系公证", "出生公证", "婚姻状况公证", "委托书公证", "声明书公证", "学历学位公证",
                     "无犯罪记录公证", "驾驶证公证", "继承公证"):
        assert expected in names
    inherit = matter(demo, "继承公证")
    required = [x.name for x in inherit.materials if x.required]
    assert "申请人居民身份证" in required and "被继承人死亡证明" in required
    assert any(not x.required for x in inherit.materials)


def test_state_machine_with_correction_and_batch_forwarding(demo, notary):
    m = matter(demo, "委托书公证")
    required = [x.name for x in m.materials if x.required]
    # one required material left at home: 补正
    got = intake(demo, notary, present=required[:-1])
    assert got.state == "incomplete" and got.number.startswith(f"GZ{date.today().year}-0001")
    detail = demo.notary.detail(notary, got.id)
    assert detail.missing_materials == [required[-1]]
    # it cannot go to the office like this
    with pytest.raises(ConflictError):
        demo.notary.forward(notary, [got.id])
    # the applicant brings it: complete
    assert demo.notary.update_materials(notary, got.id, {required[-1]: "copied"}) == "complete"
    other = intake(demo, notary, present=required)
    assert other.state == "complete"
    batch = demo.notary.forward(notary, [got.id, other.id])
    assert batch.count == 2 and batch.number.startswith("ZD")
    assert [r.state for r in demo.notary.list(notary, ("forwarded",))] == ["forwarded", "forwarded"]
    # forwarded applications leave the center's hands: no withdrawal, no second forwarding
    with pytest.raises(ConflictError):
        demo.notary.withdraw(notary, got.id, "不办了")
    with pytest.raises(ConflictError):
        demo.notary.forward(notary, [got.id])
    demo.notary.confirm_handover(notary, batch.id, "公证处李明")
    assert demo.notary.batches(notary)[0].received_by == "公证处李明"
    # the office asks for more: back to 补正 with what it asked for, then complete and forwarded again
    demo.notary.office_return(notary, other.id, "受托人身份证原件")
    back = demo.notary.detail(notary, other.id)
    assert back.row.state == "incomplete" and back.missing_note == "受托人身份证原件"
    assert demo.notary.update_materials(notary, other.id, {}, missing_note="") == "complete"
    demo.notary.forward(notary, [other.id])
    # the rest of the way to the applicant
    with pytest.raises(ConflictError):
        demo.notary.certificate_issued(notary, got.id, "(2026)豫郑证字第1号")  # not accepted yet
    demo.notary.office_accept(notary, got.id, "SL-2026-88")
    demo.notary.certificate_issued(notary, got.id, "(2026)豫郑证字第1号")
    with pytest.raises(ConflictError):
        demo.notary.collect(notary, got.id, "张伟")  # not back at the center yet
    demo.notary.ready_for_pickup(notary, got.id)
    with pytest.raises(ValidationError):
        demo.notary.collect(notary, got.id, "  ")
    demo.notary.collect(notary, got.id, "张伟")
    done = demo.notary.detail(notary, got.id)
    assert done.row.state == "collected" and done.certificate_no == "(2026)豫郑证字第1号"
    assert done.office_ref == "SL-2026-88" and done.collected_by == "张伟"
    with demo.db.reader() as s:
        actions = list(a for a in s.scalars(select(AuditRecord.action).where(AuditRecord.entity_id == got.id)
                                 .order_by(AuditRecord.id)) if not a.endswith(".view"))
    assert actions[:2] == ["notary.intake.receive", "notary.intake.materials"]
    assert "notary.intake.collect" in actions


def test_unchecked_intake_stays_received_and_can_be_withdrawn(demo, notary):
    got = intake(demo, notary, checked=False)
    assert got.state == "received"
    demo.notary.withdraw(notary, got.id, "申请人决定暂不办理")
    assert demo.notary.detail(notary, got.id).row.state == "withdrawn"
    with pytest.raises(ConflictError):
        demo.notary.update_materials(notary, got.id, {})


def test_bad_input_is_refused_with_the_field(demo, notary):
    m = matter(demo, "亲属关系公证")  # used abroad: purpose and country required
    base = dict(matter_id=m.id, applicants=[ApplicantInput("张伟", "", ID, "13800138000")])
    with pytest.raises(ValidationError) as err:
        demo.notary.receive(notary, NotaryIntakeInput(**base))
    assert err.value.field == "purpose"
    with pytest.raises(ValidationError) as err:
        demo.notary.receive(notary, NotaryIntakeInput(**{**base, "applicants": [
            ApplicantInput("张伟", "", ID[:-1] + ("0" if ID[-1] != "0" else "1"), "13800138000")]}, purpose="留学",
            use_country="德国"))
    assert err.value.field == "applicants.0.id_number"
    with pytest.raises(ValidationError) as err:
        demo.notary.receive(notary, NotaryIntakeInput(**{**base, "applicants": [ApplicantInput("张伟", "", ID, "")]},
                                                      purpose="留学", use_country="德国"))
    assert err.value.field == "applicants.0.phone"
    with pytest.raises(ValidationError) as err:
        demo.notary.receive(notary, NotaryIntakeInput(**base, purpose="留学", use_country="德国",
                                                      materials={"不存在的材料": "received"}))
    assert err.value.field == "materials"
    with pytest.raises(ValidationError):
        demo.notary.receive(notary, NotaryIntakeInput(**base, purpose="留学", use_country="德国", copies=0))


def test_detail_masks_unless_revealed_and_roles_are_enforced(demo, notary):
    got = intake(demo, notary)
    masked = demo.notary.detail(notary, got.id)
    assert masked.applicants[0].id_number == ID[:6] + "********" + ID[-4:]
    assert masked.applicants[0].phone == "138****8000"
    shown = demo.notary.detail(notary, got.id, reveal=True)
    assert shown.applicants[0].id_number == ID
    with demo.db.reader() as s:
        assert s.scalar(select(AuditRecord.action).where(AuditRecord.entity_id == got.id)
                        .order_by(AuditRecord.id.desc())) == "notary.intake.reveal"
    lawyer = demo.auth.login("wuhao", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        demo.notary.list(lawyer)
    head = demo.auth.login("zhaomin", DEMO_PASSWORD)
    assert [r.number for r in demo.notary.list(head)] == [got.number]
    with pytest.raises(PermissionDenied):
        intake(demo, head)


def test_search_by_name_phone_and_number(demo, notary):
    got = intake(demo, notary)
    assert [r.id for r in demo.notary.list(notary, term="张伟")] == [got.id]
    assert [r.id for r in demo.notary.list(notary, term="13800138000")] == [got.id]
    assert [r.id for r in demo.notary.list(notary, term=got.number)] == [got.id]
    assert demo.notary.list(notary, term="李四") == []


def test_catalogue_is_configurable_and_intakes_keep_their_checklist(demo, notary):
    admin = demo.auth.login("admin", DEMO_PASSWORD)
    got = intake(demo, notary)
    m = matter(demo, "委托书公证")
    demo.notary_catalogue.save(admin, MatterInput(m.code, m.name, m.use_abroad, m.days_expected, True,
                                                  [MaterialSpec("新增材料", True), *m.materials]), m.id)
    assert matter(demo, "委托书公证").materials[0].name == "新增材料"
    assert "新增材料" not in [x.name for x in demo.notary.detail(notary, got.id).materials]
    new_id = demo.notary_catalogue.save(admin, MatterInput("CJ", "未成年人出境委托公证", True, 10, True,
                                                           [MaterialSpec("监护人身份证", True)]))
    assert demo.notary_catalogue.matter(new_id).use_abroad
    with pytest.raises(ConflictError):
        demo.notary_catalogue.save(admin, MatterInput("CJ", "重复", False, 5, True, [MaterialSpec("身份证", True)]))
    with pytest.raises(ValidationError):
        demo.notary_catalogue.save(admin, MatterInput("XX", "无必需材料", False, 5, True, [MaterialSpec("可选", False)]))
    with pytest.raises(PermissionDenied):
        demo.notary_catalogue.save(notary, MatterInput("YY", "公证员改目录", False, 5, True, [MaterialSpec("a", True)]))

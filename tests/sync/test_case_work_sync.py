"""A case worked at one desk reads the same at another: its sessions, written agreement and signing,
follow-up and addendum travel through the platform (the records and the outcome as records of their
own, follow-ups and addenda with the case)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.mediation_work import AgreementInput, FollowUpInput, RecordInput, SigningInput
from desk.sync.attention import Attention

TODAY = date.today()


def test_a_case_worked_at_one_desk_reads_the_same_at_another(central, make_desk):
    a, b = make_desk(central, "desk-a"), make_desk(central, "desk-b")
    sunli = a.svc.auth.login("sunli", "demo1234")
    case_id = a.svc.cases.register(sunli, IntakeInput(
        source="application", category_code="02", summary="楼上卫生间漏水，楼下天花板受损，双方协商未果。",
        place="纬五路12号院", received_on=TODAY - timedelta(days=5),
        parties=[PartyInput(role="applicant", name="张三明", id_number="11010519491231002X", phone="13812345678",
                            address="纬五路12号院3号楼201"),
                 PartyInput(role="respondent", name="王芳", id_number="410105199001011233", phone="13987654321",
                            address="纬五路12号院3号楼301")])).id
    work = a.svc.case_work
    work.save_record(sunli, case_id, RecordInput(
        kind="session", state="held", starts_at=datetime.combine(TODAY - timedelta(days=2), datetime.min.time()),
        place="社区调解室", staff="孙丽", recorder="周刚", attendees="张三明、王芳",
        content="双方陈述漏水经过，同意由王芳承担维修费用。", signed_by="张三明、王芳"))
    work.save_agreement(sunli, case_id, AgreementInput(
        facts="王芳家卫生间防水层破损，漏水致张三明家天花板受损。", disputed_matters="维修费用由谁承担。",
        responsibility="王芳对漏水负全部责任。", terms="王芳赔偿张三明维修费3500元。", performance_method="现金一次性支付",
        performance_due=TODAY + timedelta(days=10)))
    work.record_signing(sunli, case_id, SigningInput({0: "sign", 1: "thumb"}, True, True))
    a.sync()
    b.sync()
    assert Attention(b.svc).open_items() == []  # the session came before its (later changed) case: retried

    zhougang = b.svc.auth.login("zhougang", "demo1234")
    seen = b.svc.case_work.summary(zhougang, case_id)
    assert seen.status == "agreed" and seen.outcome.kind == "written" and seen.outcome.effective_on == TODAY
    assert [f.due_on for f in seen.follow_ups] == [TODAY + timedelta(days=10)]
    assert [i.code for i in seen.file][:3] == ["application", "registration", "session"]
    # the other desk records the follow-up; it comes back to the first
    b.svc.case_work.record_follow_up(zhougang, seen.follow_ups[0].id, FollowUpInput(
        method="phone", performance="full", notes="已履行完毕"))
    b.sync()
    a.sync()
    back = work.summary(sunli, case_id)
    assert back.follow_ups[0].done_on is not None and back.follow_ups[0].notes == "已履行完毕"
    assert [(r.kind, r.content) for r in seen.records] == [("session", "双方陈述漏水经过，同意由王芳承担维修费用。")]


def test_a_record_that_cannot_be_applied_is_listed_without_its_personal_data(central, make_desk):
    from sqlalchemy import select

    from desk.models.sync import SyncProblem

    desk = make_desk(central)
    # a session of a case this desk will never see (its case was withdrawn on the platform)
    resp = central.admin("POST", "/admin/centers/C001/records", json={"entity": "mediation_record", "fields": {
        "case_id": "00000000-0000-0000-0000-000000000000", "kind": "session", "state": "held",
        "starts_at": "2026-11-20T09:00:00", "attendees": "张三明（身份证11010519491231002X）", "content": "……",
        "created_at": "2026-11-20T09:00:00", "updated_at": "2026-11-20T09:00:00"}})
    assert resp.status_code == 201, resp.text
    desk.sync()
    [item] = Attention(desk.svc).open_items()
    assert item.kind == "apply_failed" and item.entity == "mediation_record"
    assert "11010519491231002X" not in item.detail and "FOREIGN KEY" in item.detail
    with desk.svc.db.reader() as s:
        assert s.scalar(select(SyncProblem.resolved_at)) is None  # retried each pull, still listed

"""Desks and the platform agree: first push after enrollment, platform records arriving and the desk's
handling going back, two desks editing one case offline (merge, conflict), refusals that do not block,
a platform that is down, a full resync, a client too old — all against the real server on loopback."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desk.models.linkage import PoliceReferral, WorkOrder
from desk.models.mediation import MediationCase
from desk.models.sync import SyncProblem
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.sync import client as client_module
from desk.sync.attention import Attention
from desk.sync.client import ClientTooOld, PlatformUnavailable


def intake(summary="邻里之间因漏水问题发生纠纷，双方多次争吵。") -> IntakeInput:
    return IntakeInput(source="application", category_code="02", summary=summary, place="纬五路12号院",
                       received_on=date(2026, 11, 20),
                       parties=[PartyInput(role="applicant", name="张三明", phone="13812345678"),
                                PartyInput(role="respondent", name="王芳", phone="13987654321")])


def records(central, entity):
    resp = central.admin("GET", f"/admin/centers/C001/records?entity={entity}&include_deleted=1")
    assert resp.status_code == 200, resp.text
    return resp.json()["records"]


def login(desk, username="sunli"):
    return desk.svc.auth.login(username, "demo1234")


def new_order(central, number="GD202611250001", **extra):
    fields = {"number": number, "source": "hotline_12345", "order_type": "噪音扰民",
              "description": "市民反映纬五路12号院夜间装修噪音扰民，请核实处理。", "place": "纬五路12号院",
              "reporter": "张先生", "reporter_phone": "13812345678", "assigned_at": "2026-11-20T09:30:00",
              "limit_days": 5, "state": "assigned"} | extra
    resp = central.admin("POST", "/admin/centers/C001/records", json={"entity": "work_order", "fields": fields})
    assert resp.status_code == 201, resp.text
    return resp.json()["id"]


def test_cases_made_before_enrollment_reach_the_platform_once(central, make_desk):
    desk = make_desk(central, enroll=False)
    mediator = login(desk)
    case_id = desk.svc.cases.register(mediator, intake()).id
    code = central.enrollment_code("C001", ("mediator",))
    from desk.services.permissions import SYSTEM
    desk.engine.enroll(SYSTEM, central.url, code, "desk-1")
    report = desk.sync()
    assert report.applied == 1 and desk.engine.pending() == 0
    desk.sync()  # nothing twice
    [rec] = records(central, "mediation_case")
    assert rec["id"] == case_id and rec["version"] == 1
    assert [p["name"] for p in rec["fields"]["parties"]] == ["张三明", "王芳"]


def test_a_work_order_arrives_and_its_handling_goes_back(central, make_desk):
    desk = make_desk(central)
    order_id = new_order(central)
    assert desk.sync().pulled >= 1
    with desk.svc.db.reader() as s:
        order = s.get(WorkOrder, order_id)
        assert order.number == "GD202611250001" and order.origin == "platform" and order.due_on is not None
    mediator = login(desk)
    desk.svc.work_orders.sign(mediator, order_id)
    desk.svc.work_orders.complete(mediator, order_id, "已上门核实，施工方承诺夜间停工，住户满意。")
    desk.sync()
    [rec] = records(central, "work_order")
    assert rec["fields"]["state"] == "completed"
    assert "住户满意" in rec["fields"]["result"] and rec["fields"]["completed_on"]
    assert [n["kind"] for n in rec["fields"]["notes"]] == ["sign", "completion"]


def test_a_referral_accepted_becomes_a_case_on_the_platform_too(central, make_desk):
    desk = make_desk(central)
    resp = central.admin("POST", "/admin/centers/C001/records", json={"entity": "police_referral", "fields": {
        "direction": "inbound", "state": "received", "incident_no": "JQ20261120001", "station": "金水路派出所",
        "officer": "李警官", "officer_phone": "13700001111", "referred_on": "2026-11-20", "category_code": "02",
        "summary": "两户邻居因噪音发生口角，民警到场后建议调解。", "police_opinion": "建议人民调解",
        "place": "纬五路12号院", "parties": [
            {"role": "applicant", "kind": "person", "name": "张三明", "sex": "", "id_number": "", "phone": "13812345678",
             "address": ""},
            {"role": "respondent", "kind": "person", "name": "王芳", "sex": "", "id_number": "", "phone": "13987654321",
             "address": ""}]}})
    ref_id = resp.json()["id"]
    desk.sync()
    mediator = login(desk)
    case = desk.svc.referrals.accept(mediator, ref_id)
    desk.sync()
    [rec] = records(central, "police_referral")
    assert rec["fields"]["state"] == "accepted" and rec["fields"]["case_id"]
    [case_rec] = records(central, "mediation_case")
    assert case_rec["id"] == rec["fields"]["case_id"] == (case.id if hasattr(case, "id") else case)
    assert [p["name"] for p in case_rec["fields"]["parties"]] == ["张三明", "王芳"]


def test_two_desks_offline_merge_different_fields_and_conflict_on_the_same(central, make_desk):
    a, b = make_desk(central, "desk-a"), make_desk(central, "desk-b")
    case_id = a.svc.cases.register(login(a), intake()).id
    a.sync()
    b.sync()
    # offline: A corrects the summary, B the place
    data_a = intake(summary="邻里之间因楼上漏水发生纠纷，已多次协商未果。")
    a.svc.cases.update(login(a), case_id, data_a)
    data_b = intake()
    data_b.place = "纬五路12号院3号楼"
    b.svc.cases.update(login(b, "zhougang"), case_id, data_b)
    a.sync()
    assert b.sync().conflicts == 0
    a.sync()
    for desk in (a, b):
        with desk.svc.db.reader() as s:
            case = s.get(MediationCase, case_id)
            assert (case.summary, case.place) == ("邻里之间因楼上漏水发生纠纷，已多次协商未果。", "纬五路12号院3号楼")
    # both change the summary: the second to push gets a conflict, nothing is overwritten
    a.svc.cases.update(login(a), case_id, intake(summary="A：双方同意先修复漏水再谈赔偿。") | _keep_place())
    b.svc.cases.update(login(b, "zhougang"), case_id, intake(summary="B：申请人要求赔偿装修损失。") | _keep_place())
    a.sync()
    assert b.sync().conflicts == 1
    [item] = Attention(b.svc).open_items()
    assert (item.kind, item.field, item.mine, item.theirs) == (
        "conflict", "summary", "B：申请人要求赔偿装修损失。", "A：双方同意先修复漏水再谈赔偿。")
    b.sync()  # pulling again does not overwrite the local value while the conflict is open
    with b.svc.db.reader() as s:
        assert s.get(MediationCase, case_id).summary == "B：申请人要求赔偿装修损失。"
    Attention(b.svc).resolve(login(b, "zhougang"), item.id, "mine")
    b.sync()
    a.sync()
    with a.svc.db.reader() as s:
        assert s.get(MediationCase, case_id).summary == "B：申请人要求赔偿装修损失。"


def _keep_place():
    return _Patch(place="纬五路12号院3号楼")


class _Patch(dict):
    def __ror__(self, data):
        for k, v in self.items():
            setattr(data, k, v)
        return data


def test_a_refused_operation_does_not_block_the_ones_behind_it(central, make_desk):
    desk = make_desk(central, roles=("reception",))
    order_id = new_order(central)
    desk.sync()
    mediator = login(desk)
    desk.svc.cases.register(mediator, intake())  # this device may not write mediation cases
    desk.svc.work_orders.sign(mediator, order_id)
    report = desk.sync()
    assert report.rejected == 1 and report.applied == 1
    assert records(central, "work_order")[0]["fields"]["state"] == "signed"
    [item] = Attention(desk.svc).open_items()
    assert item.kind == "rejected" and item.entity == "mediation_case" and item.code == "forbidden"
    assert desk.engine.pending() == 0


def test_platform_down_the_desk_keeps_working_and_catches_up(sqlite_central, make_desk):
    from central_server import start_central

    central = sqlite_central
    desk = make_desk(central)
    central.stop()
    mediator = login(desk)
    ids = [desk.svc.cases.register(mediator, intake(summary=f"第{i}件：邻里漏水纠纷，双方多次争吵。")).id for i in range(3)]
    with pytest.raises(PlatformUnavailable):
        desk.sync()
    assert desk.engine.pending() == 3 and "PlatformUnavailable" in desk.engine.status().last_error
    back = start_central(db_url=central.db_url, port=int(central.url.rsplit(":", 1)[1]))
    try:
        desk.sync()
        assert sorted(r["id"] for r in records(back, "mediation_case")) == sorted(ids)
        assert desk.engine.status().last_error == ""
    finally:
        back.stop()


def test_an_expired_cursor_resyncs_and_keeps_the_outbox(central, make_desk):
    desk = make_desk(central)
    new_order(central, "GD1")
    desk.sync()
    desk.svc.cases.register(login(desk), intake())
    new_order(central, "GD2")  # after the desk's cursor, then purged past it: the cursor has expired
    assert central.admin("POST", "/admin/centers/C001/purge", json={}).status_code == 200
    report = desk.sync()
    assert report.resynced and report.applied == 1
    with desk.svc.db.reader() as s:
        assert sorted(s.scalars(select(WorkOrder.number))) == ["GD1", "GD2"]


def test_a_client_too_old_keeps_its_outbox(central, make_desk, monkeypatch):
    desk = make_desk(central)
    desk.svc.cases.register(login(desk), intake())
    monkeypatch.setattr(client_module, "PROTOCOL", 0)
    with pytest.raises(ClientTooOld):
        desk.sync()
    assert desk.engine.pending() == 1


def test_1000_changes_in_one_instant_page_through_and_a_wrong_desk_clock_misses_nothing(central, make_desk):
    desk = make_desk(central)
    year_off = lambda: __import__("datetime").datetime(2025, 11, 20, 12, 0)  # noqa: E731
    for svc in (desk.svc.work_orders, desk.svc.referrals, desk.svc.cases):
        svc.clock = year_off
    items = [{"number": f"GD{i:06d}", "source": "grid", "description": f"网格上报第{i}号：楼道堆放杂物，请处理。",
              "assigned_at": "2026-11-20T09:30:00", "limit_days": 5, "state": "assigned"} for i in range(1000)]
    resp = central.admin("POST", "/admin/centers/C001/records:bulk", json={"entity": "work_order", "items": items})
    assert resp.status_code == 201, resp.text
    from desk.sync.client import PlatformClient
    report = desk.engine.sync_once()
    assert report.pulled == 1000
    with desk.svc.db.reader() as s:
        assert len(set(s.scalars(select(WorkOrder.number)))) == 1000
        assert not list(s.scalars(select(SyncProblem)))
    assert PlatformClient  # the engine pages at 500; the server test pages the same data at 100


def test_the_platform_withdrawing_an_untouched_record_removes_it(central, make_desk):
    desk = make_desk(central)
    order_id = new_order(central)
    desk.sync()
    assert central.admin("DELETE", f"/admin/centers/C001/records/work_order/{order_id}").status_code == 200
    desk.sync()
    with desk.svc.db.reader() as s:
        assert s.get(WorkOrder, order_id) is None


def test_reception_sees_masked_id_numbers(central, make_desk):
    central.admin("POST", "/admin/centers/C001/records", json={"entity": "police_referral", "fields": {
        "direction": "inbound", "state": "received", "incident_no": "JQ1", "station": "金水路派出所",
        "referred_on": "2026-11-20", "summary": "两户邻居因噪音发生口角。", "parties": [
            {"role": "applicant", "name": "张三明", "id_number": "11010519491231002X", "phone": "13812345678"}]}})
    desk = make_desk(central, roles=("reception",))
    desk.sync()
    with desk.svc.db.reader() as s:
        [ref] = s.scalars(select(PoliceReferral))
        assert "11010519491231002X" not in json.dumps([p.id_number for p in ref.parties])


def test_a_work_order_typed_from_paper_offline_is_adopted_by_the_platform_record(central, make_desk):
    from datetime import datetime

    from desk.services.work_orders import WorkOrderInput

    desk = make_desk(central)
    mediator = login(desk)
    paper_id = desk.svc.work_orders.receive_work_order(mediator, WorkOrderInput(
        number="GD202611250001", source="hotline_12345", description="市民反映纬五路12号院夜间装修噪音扰民，请核实处理。",
        assigned_at=datetime(2026, 11, 20, 9, 30), limit_days=5), origin="paper")
    desk.svc.work_orders.sign(mediator, paper_id)
    desk.svc.work_orders.add_note(mediator, paper_id, "已电话联系施工方。")
    assert desk.engine.pending() == 0  # the platform has its own record of it: nothing is pushed yet
    platform_id = new_order(central)
    desk.sync()
    with desk.svc.db.reader() as s:
        assert list(s.scalars(select(WorkOrder.id))) == [paper_id]  # adopted, not duplicated
        assert s.get(WorkOrder, paper_id).state == "handling"
    desk.sync()
    [rec] = records(central, "work_order")
    assert rec["id"] == platform_id and rec["fields"]["state"] == "handling"
    assert [n["kind"] for n in rec["fields"]["notes"]] == ["sign", "note"]
    desk.svc.work_orders.complete(mediator, paper_id, "已协调施工方夜间停工，住户满意。")
    desk.sync()
    assert records(central, "work_order")[0]["fields"]["state"] == "completed"


def test_a_declined_referral_goes_back_with_its_reason(central, make_desk):
    desk = make_desk(central)
    ref_id = central.admin("POST", "/admin/centers/C001/records", json={"entity": "police_referral", "fields": {
        "direction": "inbound", "state": "received", "incident_no": "JQ2", "station": "金水路派出所",
        "referred_on": "2026-11-20", "summary": "一方当事人涉嫌故意伤害，已立案侦查。",
        "parties": [{"role": "applicant", "name": "赵某", "phone": "13812345678"}]}}).json()["id"]
    desk.sync()
    desk.svc.referrals.decline(login(desk), ref_id, "已进入刑事程序，不属于人民调解范围。")
    desk.sync()
    [rec] = records(central, "police_referral")
    assert rec["fields"]["state"] == "declined" and "刑事程序" in rec["fields"]["decline_reason"]


def test_dictionaries_arrive_once_and_are_not_fetched_again_unchanged(central, make_desk):
    from desk.models.center import DictionaryEntry, GridNode

    assert central.admin("PUT", "/admin/centers/C001/dictionaries/dispute_categories", json={"items": [
        {"code": "02", "name": "邻里纠纷（平台）"}, {"code": "P9", "name": "物业服务纠纷"}]}).status_code == 200
    assert central.admin("PUT", "/admin/centers/C001/dictionaries/grid", json={"items": [
        {"code": "P1", "name": "平台街道", "parent_code": None},
        {"code": "P1-01", "name": "平台社区", "parent_code": "P1"}]}).status_code == 200
    desk = make_desk(central)
    assert set(desk.sync().dictionaries) >= {"dispute_categories", "grid"}
    with desk.svc.db.reader() as s:
        labels = dict(s.execute(select(DictionaryEntry.code, DictionaryEntry.label)
                                .where(DictionaryEntry.kind == "dispute_category")).all())
        assert labels["P9"] == "物业服务纠纷" and labels["02"] == "邻里纠纷（平台）"
        community = s.scalar(select(GridNode).where(GridNode.code == "P1-01"))
        assert community.level == 2 and s.get(GridNode, community.parent_id).code == "P1"
    assert desk.sync().dictionaries == []  # 304: unchanged lists are not fetched again


def test_platform_notary_matters_join_the_catalogue(central, make_desk):
    assert central.admin("PUT", "/admin/centers/C001/dictionaries/notary_matters", json={"items": [
        {"code": "QS", "name": "亲属关系公证（平台）"},
        {"code": "PX", "name": "未成年人出境委托公证", "required": ["监护人身份证"], "optional": ["出生医学证明"]},
        {"code": "PY", "name": "合同公证"}]}).status_code == 200
    desk = make_desk(central)
    assert "notary_matters" in desk.sync().dictionaries
    matters = {m.code: m for m in desk.svc.notary_catalogue.matters()}
    assert matters["QS"].name == "亲属关系公证（平台）" and len(matters["QS"].materials) == 4  # local list kept
    assert [(m.name, m.required) for m in matters["PX"].materials] == [("监护人身份证", True), ("出生医学证明", False)]
    assert [m.name for m in matters["PY"].materials] == ["申请人居民身份证"]

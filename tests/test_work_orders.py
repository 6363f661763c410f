"""Platform work orders: time limits in working days, signing, handling with notes and attachments,
return and extension requests, completion on time or late, the link to a mediation case and the
head's supervision figures."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desk.errors import ConflictError, PermissionDenied, ValidationError
from desk.services.linkage_deadlines import order_due
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.permissions import SYSTEM
from desk.services.work_orders import WorkOrderInput


def order(number="GD202611200001", assigned=datetime(2026, 11, 20, 9, 30), **kw) -> WorkOrderInput:
    data = WorkOrderInput(number=number, source="hotline_12345", order_type="噪音扰民",
                          description="市民反映纬五路12号院夜间装修噪音扰民，请核实处理。", place="纬五路12号院",
                          reporter="张先生", reporter_phone="13812345678", assigned_at=assigned, limit_days=5)
    for key, value in kw.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def mediator(demo):
    return demo.auth.login("sunli", "demo1234")


@pytest.fixture
def today(demo):
    def set_today(day: date):
        for svc in (demo.work_orders, demo.referrals, demo.cases, demo.case_work):
            svc.clock = lambda: datetime(day.year, day.month, day.day, 12, 0)
    set_today(date(2026, 11, 20))
    return set_today


@pytest.mark.parametrize("assigned, limit, sign_due, due", [
    (date(2026, 11, 20), 5, date(2026, 11, 23), date(2026, 11, 27)),  # Friday: across a weekend
    (date(2026, 9, 30), 3, date(2026, 10, 8), date(2026, 10, 10)),  # National Day, then the worked Saturday
    (date(2026, 2, 13), 2, date(2026, 2, 14), date(2026, 2, 24)),  # worked Saturday, Spring Festival
])
def test_time_limits_in_working_days(demo, today, assigned, limit, sign_due, due):
    today(date(2026, 11, 25))
    order_id = demo.work_orders.receive_work_order(SYSTEM, order(assigned=datetime.combine(assigned, datetime.min.time()),
                                                                 limit_days=limit))
    detail = demo.work_orders.get(SYSTEM, order_id)
    assert (detail.sign_due, detail.row.due_on, detail.limit_days) == (sign_due, due, limit)


def test_a_stated_due_date_and_the_default_limit(demo, admin, today):
    demo.settings.set(admin, "linkage.order_limit_days", 3)
    a = demo.work_orders.receive_work_order(SYSTEM, order(limit_days=None))
    b = demo.work_orders.receive_work_order(SYSTEM, order(number="GD2", due_on=date(2026, 11, 30), limit_days=None))
    assert demo.work_orders.get(SYSTEM, a).row.due_on == date(2026, 11, 25)
    assert demo.work_orders.get(SYSTEM, b).limit_days == 6


def test_the_whole_way_and_illegal_steps(demo, mediator, today):
    order_id = demo.work_orders.receive_work_order(SYSTEM, order())
    with pytest.raises(ConflictError, match="Sign for the work order before"):
        demo.work_orders.add_note(mediator, order_id, "已电话联系反映人")
    with pytest.raises(ConflictError, match="signed for and not yet finished"):
        demo.work_orders.complete(mediator, order_id, "已协调施工方停止夜间施工。")
    with pytest.raises(ConflictError, match="being handled"):
        demo.work_orders.request_extension(mediator, order_id, 3, "需要协调物业")
    demo.work_orders.sign(mediator, order_id)
    with pytest.raises(ConflictError, match="Only a newly assigned work order"):
        demo.work_orders.sign(mediator, order_id)
    demo.work_orders.add_note(mediator, order_id, "已到现场核实，施工方承诺整改。", [("现场照片.jpg", b"\xff\xd8jpeg")])
    demo.work_orders.request_extension(mediator, order_id, 3, "需等待物业公司答复")
    with pytest.raises(ConflictError, match="asked already"):
        demo.work_orders.request_extension(mediator, order_id, 3, "再次申请")
    demo.work_orders.decide_extension(SYSTEM, order_id, approved=True, days=2)
    with pytest.raises(ConflictError, match="waiting for a decision"):
        demo.work_orders.decide_extension(SYSTEM, order_id, approved=True)
    today(date(2026, 12, 1))  # past the original due day (27th), inside the extension (Tue 1st)
    assert demo.work_orders.complete(mediator, order_id, "已协调施工方停止夜间施工，反映人表示满意。") is True
    detail = demo.work_orders.get(mediator, order_id)
    assert (detail.row.state, detail.row.due_on, detail.row.extension_state, detail.row.due) == (
        "completed", date(2026, 12, 1), "granted", None)
    assert [n.kind for n in detail.notes] == ["sign", "note", "extension_request", "extension_decision", "completion"]
    assert [a.file_name for a in detail.attachments] == ["现场照片.jpg"]
    assert demo.work_orders.attachment(mediator, detail.attachments[0].id) == ("现场照片.jpg", b"\xff\xd8jpeg")
    with pytest.raises(ConflictError):
        demo.work_orders.request_return(mediator, order_id, "不属于本中心")
    with pytest.raises(ConflictError, match="closed"):
        demo.work_orders.add_attachment(mediator, order_id, "x.pdf", b"x")


def test_late_completion_counts_against_the_rate(demo, mediator, today):
    order_id = demo.work_orders.receive_work_order(SYSTEM, order(limit_days=1))
    demo.work_orders.sign(mediator, order_id)
    today(date(2026, 11, 24))
    assert demo.work_orders.complete(mediator, order_id, "已处理完毕，告知反映人。") is False


def test_return_asked_then_approved_or_refused(demo, mediator, today):
    a = demo.work_orders.receive_work_order(SYSTEM, order())
    b = demo.work_orders.receive_work_order(SYSTEM, order(number="GD2"))
    with pytest.raises(ValidationError):
        demo.work_orders.request_return(mediator, a, "")
    with pytest.raises(ConflictError, match="No return"):
        demo.work_orders.decide_return(SYSTEM, a, True)
    demo.work_orders.request_return(mediator, a, "属于城管执法事项，不属于本中心职责")
    demo.work_orders.request_return(mediator, b, "地址不在本街道辖区")
    demo.work_orders.decide_return(SYSTEM, a, approved=True)
    demo.work_orders.decide_return(SYSTEM, b, approved=False, note="经核实属于本辖区")
    assert demo.work_orders.get(mediator, a).row.state == "returned"
    refused = demo.work_orders.get(mediator, b)
    assert refused.row.state == "signed" and refused.signed_on == date(2026, 11, 20)
    with pytest.raises(ConflictError):
        demo.work_orders.sign(mediator, a)


def test_receiving_validates_and_is_idempotent_for_the_platform(demo, mediator, clerk, today):
    for field, change in (("number", {"number": ""}), ("source", {"source": "x"}),
                          ("description", {"description": "噪音"}), ("reporter_phone", {"reporter_phone": "1381234"})):
        with pytest.raises(ValidationError) as err:
            demo.work_orders.receive_work_order(SYSTEM, order(**change))
        assert err.value.field == field
    # a date after today is a typing mistake on paper; from the platform it is the platform's clock
    with pytest.raises(ValidationError) as err:
        demo.work_orders.receive_work_order(clerk, order(number="GD9", assigned_at=datetime(2026, 11, 21, 9)), origin="paper")
    assert err.value.field == "assigned_at"
    paper = demo.work_orders.receive_work_order(clerk, order(), origin="paper")
    with pytest.raises(ConflictError, match="registered already"):
        demo.work_orders.receive_work_order(mediator, order(), origin="paper")
    assert demo.work_orders.receive_work_order(SYSTEM, order()) == paper
    assert demo.work_orders.get(mediator, paper).row.origin == "platform"
    with pytest.raises(PermissionDenied):
        demo.work_orders.sign(clerk, paper)


def test_a_case_handles_the_order(demo, mediator, today):
    order_id = demo.work_orders.receive_work_order(SYSTEM, order(source="grid", order_type="邻里纠纷"))
    intake = IntakeInput(category_code="02", parties=[PartyInput(role="applicant", name="张三明"),
                                                       PartyInput(role="respondent", name="王芳")])
    with pytest.raises(ConflictError):
        demo.work_orders.start_case(mediator, order_id, intake)
    demo.work_orders.sign(mediator, order_id)
    case_id = demo.work_orders.start_case(mediator, order_id, intake)
    case = demo.cases.get(mediator, case_id)
    assert case.source == "work_order" and "GD202611200001" in case.summary
    row = demo.work_orders.order_for_case(mediator, case_id)
    assert (row.id, row.linked_entity) == (order_id, "mediation_case")
    assert demo.work_orders.get(mediator, order_id).linked_number == case.number


def test_supervision_and_figures(demo, mediator, today):
    head = demo.auth.login("zhaomin", "demo1234")
    late = demo.work_orders.receive_work_order(SYSTEM, order(number="GD1", limit_days=1))
    soon = demo.work_orders.receive_work_order(SYSTEM, order(number="GD2", limit_days=2))
    done = demo.work_orders.receive_work_order(SYSTEM, order(number="GD3", limit_days=5))
    back = demo.work_orders.receive_work_order(SYSTEM, order(number="GD4"))
    for order_id in (late, soon, done):
        demo.work_orders.sign(mediator, order_id)
    demo.work_orders.complete(mediator, done, "已处理完毕，反映人满意。")
    demo.work_orders.request_return(mediator, back, "不属于本中心")
    today(date(2026, 11, 24))  # GD1 was due Mon 23rd, GD2 is due today
    sup = demo.work_orders.supervision(head, date(2026, 11, 1), date(2026, 11, 30))
    assert [r.number for r in sup.overdue] == ["GD1"] and [r.number for r in sup.soon] == ["GD2"]
    assert [r.number for r in sup.returned] == ["GD4"]
    assert (sup.completed, sup.on_time, sup.on_time_rate) == (1, 1, 1.0)
    with pytest.raises(PermissionDenied):
        demo.work_orders.supervision(mediator, date(2026, 11, 1), date(2026, 11, 30))
    f = demo.linkage_figures.figures(head, date(2026, 11, 1), date(2026, 11, 30))
    assert (f.orders_received, f.orders_completed, f.orders_on_time, f.on_time_rate) == (4, 1, 1, 1.0)


def test_order_due_applies_to_open_states_only(demo):
    cal = demo.calendar.calendar()
    assert order_due(cal, date(2026, 11, 20), "assigned", date(2026, 11, 23), date(2026, 11, 27), 2).kind == "sign"
    assert order_due(cal, date(2026, 11, 20), "handling", date(2026, 11, 23), date(2026, 11, 27), 2).level == "later"
    assert order_due(cal, date(2026, 11, 20), "returned", date(2026, 11, 23), date(2026, 11, 27), 2) is None

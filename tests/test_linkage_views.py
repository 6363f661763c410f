"""Screens of police referrals and work orders: lists with red/yellow deadlines and words, the paper
form keeping input on errors, detail dialogs offering only the steps the state allows, supervision."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from test_referrals import letter

from desk.services.permissions import SYSTEM
from desk.services.work_orders import WorkOrderInput
from desk.views.referral_detail import ReferralDetailDialog
from desk.views.referral_form import ReferralFormDialog
from desk.views.referral_list import ReferralListPage
from desk.views.work_order_detail import WorkOrderDetailDialog
from desk.views.work_order_list import WorkOrderListPage
from desk.views.work_order_supervision import SupervisionPage

TODAY = date(2026, 11, 24)


@pytest.fixture
def mediator(demo):
    for svc in (demo.referrals, demo.work_orders, demo.cases, demo.case_work):
        svc.clock = lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 12, 0)
    return demo.auth.login("sunli", "demo1234")


def test_referral_list_marks_overdue_in_red_and_words(qtmodeltester, gui, demo, mediator):
    demo.referrals.receive_referral(mediator, letter())  # received Fri 20th: accept by Mon 23rd, now overdue
    demo.referrals.receive_referral(mediator, letter(incident="JQ2", received=TODAY))
    page = ReferralListPage(demo, mediator)
    gui.addWidget(page)
    qtmodeltester.check(page.model)
    texts = {page.model.item(r).incident_no: page.model.data(page.model.index(r, 0)) for r in range(2)}
    assert texts["JQ20261120001"] == "签收期限 11-23 · 已逾期 1 个工作日"
    assert texts["JQ2"] == "签收期限 11-25 · 还有 1 个工作日"
    row = page.model.row_of(demo.referrals.list(mediator)[1].id)
    assert page.model.data(page.model.index(row, 0), Qt.BackgroundRole).color().name() == "#fdecea"
    assert page.model.data(page.model.index(row, 1)) == "已接收"
    assert "已逾期：1" in page.counts.text()


def test_paper_form_keeps_input_on_errors(gui, demo, mediator):
    dialog = ReferralFormDialog(demo, mediator)
    gui.addWidget(dialog)
    dialog.station.setText("经八路派出所")
    dialog.summary.setPlainText("楼上楼下因漏水发生争执，民警建议调解。")
    role, name, phone, ident, address = dialog.parties[0]
    name.setText("张三明")
    phone.setText("1381234")
    assert not dialog.save()
    assert "警情编号" in dialog.errors.error_label("incident_no").text()
    dialog.incident_no.setText("JQ77")
    assert not dialog.save()
    assert "手机" in dialog.party_error.text() and dialog.station.text() == "经八路派出所"
    phone.setText("13812345678")
    assert dialog.save()
    assert demo.referrals.get(mediator, dialog.result_id).row.origin == "paper"


def test_detail_offers_the_steps_of_the_state(gui, demo, mediator, monkeypatch):
    ref_id = demo.referrals.receive_referral(mediator, letter())
    dialog = ReferralDetailDialog(demo, mediator, ref_id)
    gui.addWidget(dialog)
    assert set(dialog.buttons) == {"accept", "decline", "referral-receipt"}
    assert dialog.accept_referral()
    assert set(dialog.buttons) == {"start", "referral-receipt"} and "(2026)金调字第001号" in _form_text(dialog)
    assert dialog.start_mediation()
    errors = []
    monkeypatch.setattr("desk.views.referral_detail.show_error", lambda parent, exc: errors.append(str(exc)))
    assert not dialog.record_result()  # the case is still open
    assert "has not ended yet" in errors[0]
    head = demo.auth.login("zhaomin", "demo1234")
    read_only = ReferralDetailDialog(demo, head, ref_id)
    gui.addWidget(read_only)
    assert set(read_only.buttons) == {"referral-receipt"}


def test_work_order_screens(qtmodeltester, gui, demo, mediator):
    order_id = demo.work_orders.receive_work_order(SYSTEM, WorkOrderInput(
        number="GD1", source="hotline_12345", order_type="噪音扰民", description="市民反映夜间装修噪音扰民，请核实处理。",
        assigned_at=datetime(2026, 11, 20, 9), limit_days=2))
    page = WorkOrderListPage(demo, mediator)
    gui.addWidget(page)
    qtmodeltester.check(page.model)
    assert page.model.data(page.model.index(0, 0)) == "签收期限 11-23 · 已逾期 1 个工作日"
    assert page.model.data(page.model.index(0, 3)) == "12345热线"
    dialog = WorkOrderDetailDialog(demo, mediator, order_id)
    gui.addWidget(dialog)
    assert set(dialog.buttons) == {"sign", "return"}
    assert dialog.sign() and dialog.add_note("已到现场核实。")
    assert {"note", "attach", "complete", "extension", "return"} <= set(dialog.buttons)
    assert dialog.notes.count() == 2 and "已到现场核实" in dialog.notes.item(1).text()
    assert dialog.complete("已协调施工方停止夜间施工。")
    assert set(dialog.buttons) == {"print"}
    page.reload()
    assert page.model.rowCount() == 0  # the default filter shows open orders
    page.state.setCurrentIndex(1)
    assert page.model.data(page.model.index(0, 1)) == "已办结 · 按期"  # Fri 20th + 2 working days: due today


def test_supervision_page(gui, demo, mediator):
    late = demo.work_orders.receive_work_order(SYSTEM, WorkOrderInput(
        number="GD1", source="grid", description="网格员上报占道经营问题。", assigned_at=datetime(2026, 11, 18, 9),
        limit_days=2))
    demo.work_orders.sign(mediator, late)
    head = demo.auth.login("zhaomin", "demo1234")
    page = SupervisionPage(demo, head)
    gui.addWidget(page)
    assert page.figure_labels["overdue"].text() == "1" and page.sections["overdue"].rowCount() == 1
    assert page.figure_labels["rate"].text() == "—"
    demo.work_orders.complete(mediator, late, "已清理占道摊点。")
    page.reload()
    assert page.figure_labels["rate"].text() == "0.0%（1 件中 0 件）"


def _form_text(dialog) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in dialog.findChildren(QLabel))

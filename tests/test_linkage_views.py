"""Screens of police referrals and work orders: lists with red/yellow deadlines and words, the paper
form keeping input on errors, detail dialogs offering only the steps the state allows, supervision."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from test_referrals import letter

from desk.errors import ConflictError
from desk.services.permissions import SYSTEM
from desk.services.work_orders import WorkOrderInput
from desk.views.referral_detail import ReferralDetailDialog
from desk.views.referral_form import ReferralFormDialog
from desk.views.referral_list import ReferralListPage
from desk.views.work_order_case_dialog import WorkOrderCaseDialog
from desk.views.work_order_detail import WorkOrderDetailDialog
from desk.views.work_order_form import WorkOrderForm
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


def test_paper_work_order_form(gui, demo, mediator):
    clerk = demo.auth.login("liuyang", "demo1234")  # reception types orders in
    dialog = WorkOrderForm(demo, clerk)
    gui.addWidget(dialog)
    assert [dialog.source.itemData(i) for i in range(dialog.source.count())] == [
        "hotline_12345", "grid", "police_110", "other"]
    dialog.source.setCurrentIndex(1)
    dialog.order_type.setText("噪音扰民")
    dialog.description.setPlainText("市民反映小区楼上住户夜间装修噪音扰民，请核实处理。")
    dialog.reporter.setText("陈女士")
    dialog.reporter_phone.setText("1381234")
    assert not dialog.save()
    assert dialog.errors.error_label("number").text() and dialog.result_id is None
    dialog.number.setText("gd-paper-1")
    assert not dialog.save()
    assert "手机" in dialog.errors.error_label("reporter_phone").text()
    assert dialog.errors.error_label("number").isHidden()
    assert dialog.reporter_phone.text() == "1381234" and dialog.reporter.text() == "陈女士"  # nothing lost
    dialog.reporter_phone.setText("13812345678")
    dialog.by_date.setChecked(True)
    dialog.due_on.setDate(date(2026, 11, 20))  # before the order was assigned (today)
    assert not dialog.save()
    assert dialog.errors.error_label("limit_days").text() and dialog.description.toPlainText().startswith("市民")
    dialog.due_on.setDate(date(2026, 11, 30))
    assert dialog.save()
    detail = demo.work_orders.get(mediator, dialog.result_id)
    assert (detail.row.number, detail.row.origin, detail.row.source) == ("GD-PAPER-1", "paper", "grid")
    assert detail.row.due_on == date(2026, 11, 30) and detail.reporter == "陈女士"
    again = WorkOrderForm(demo, clerk)
    gui.addWidget(again)
    again.number.setText("GD-PAPER-1")
    again.description.setPlainText("同一张工单又录了一遍。")
    assert not again.save()
    assert "GD-PAPER-1" in again.errors.error_label("number").text()  # typed twice: said under the number


def test_work_order_list_registers_paper_orders(gui, demo, mediator):
    demo.work_orders.receive_work_order(SYSTEM, WorkOrderInput(number="GD1", description="网格员上报占道经营问题。"))

    class Typed(WorkOrderForm):
        def exec(self):
            self.number.setText("GD2")
            self.description.setPlainText("市民来电反映邻里纠纷，请调处。")
            return self.save()

    page = WorkOrderListPage(demo, mediator)
    gui.addWidget(page)
    assert not page.new_btn.isHidden()
    page.state.setCurrentIndex(2)  # completed: the new order would be hidden
    page.form_dialog = Typed
    order_id = page.register()
    assert page.state.currentIndex() == 0 and page.model.rowCount() == 2
    assert page.model.item(page.table.currentIndex().row()).id == order_id
    assert page.model.data(page.model.index(page.table.currentIndex().row(), 7)) == "纸质"
    head = WorkOrderListPage(demo, demo.auth.login("zhaomin", "demo1234"))
    gui.addWidget(head)
    assert head.new_btn.isHidden()
    reception = WorkOrderListPage(demo, demo.auth.login("liuyang", "demo1234"))
    gui.addWidget(reception)
    assert not reception.new_btn.isHidden()


def test_work_order_starts_a_case(gui, demo, mediator, monkeypatch):
    order_id = demo.work_orders.receive_work_order(SYSTEM, WorkOrderInput(
        number="GD7", order_type="物业纠纷", description="业主反映小区物业擅自提高停车费，要求协调。", place="纬五路12号院",
        reporter="陈女士", reporter_phone="13812345678"))
    dialog = WorkOrderDetailDialog(demo, mediator, order_id)
    gui.addWidget(dialog)
    assert "case" not in dialog.buttons  # not signed for yet
    assert dialog.sign() and "case" in dialog.buttons
    head = WorkOrderDetailDialog(demo, demo.auth.login("zhaomin", "demo1234"), order_id)
    gui.addWidget(head)
    assert "case" not in head.buttons

    shown: dict = {}

    class Filled(WorkOrderCaseDialog):
        def exec(self):
            shown.update(summary=self.summary.toPlainText(), place=self.place.text())
            self.category.setCurrentIndex(self.category.findData("02"))
            applicant, respondent = self.parties
            applicant.phone.setText("13812345678")
            respondent.kind.setCurrentIndex(1)
            respondent.name.setText("纬五路物业服务有限公司")
            assert not self.save()  # the applicant has no name
            shown["error"] = self.errors.error_label("parties.0.name").text()
            shown["kept"] = (applicant.phone.text(), respondent.name.text(), self.category.currentData())
            applicant.name.setText("陈秀英")
            return self.save()

    opened = []

    class CaseView:
        def __init__(self, services, actor, case_id, parent):
            opened.append(case_id)

        def exec(self):
            return 0

    monkeypatch.setattr(WorkOrderDetailDialog, "case_form", Filled)
    monkeypatch.setattr(WorkOrderDetailDialog, "case_dialog", CaseView)
    monkeypatch.setattr(WorkOrderDetailDialog, "ask_open_case", lambda self, number: bool(number))
    assert dialog.start_case()
    assert shown["summary"] == "业主反映小区物业擅自提高停车费，要求协调。" and shown["place"] == "纬五路12号院"
    assert "姓名" in shown["error"]
    assert shown["kept"] == ("13812345678", "纬五路物业服务有限公司", "02")
    detail = demo.work_orders.get(mediator, order_id)
    case = demo.cases.get(mediator, detail.row.linked_id)
    assert opened == [case.id] and case.source == "work_order" and case.category_code == "02"
    assert sorted((p.role, p.kind, p.name) for p in case.parties) == [
        ("applicant", "person", "陈秀英"), ("respondent", "org", "纬五路物业服务有限公司")]
    assert "case" not in dialog.buttons and "open_case" in dialog.buttons
    assert case.number in _form_text(dialog)
    dialog.buttons["open_case"].click()
    assert opened == [case.id, case.id]


def test_case_dialog_shows_refusals(gui, demo, mediator):
    order_id = demo.work_orders.receive_work_order(SYSTEM, WorkOrderInput(
        number="GD8", description="市民反映邻里因噪音发生争执。"))
    demo.work_orders.sign(mediator, order_id)
    dialog = WorkOrderCaseDialog(demo, mediator, order_id)
    gui.addWidget(dialog)
    reported = []
    dialog.report = reported.append
    for box, who in zip(dialog.parties, ("张三明", "王芳")):
        box.name.setText(who)
    assert not dialog.save()
    assert dialog.errors.error_label("category_code").text()  # the kind of dispute is not chosen
    dialog.category.setCurrentIndex(1)
    dialog.parties[1].ident.setText("123")
    assert not dialog.save() and dialog.errors.error_label("parties.1.id_number").text()
    dialog.parties[1].ident.setText("")
    demo.work_orders.start_case(mediator, order_id, dialog.data())  # someone else was quicker
    assert not dialog.save() and len(reported) == 1  # already linked: a message, not under a field
    assert isinstance(reported[0], ConflictError)


def _form_text(dialog) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in dialog.findChildren(QLabel))

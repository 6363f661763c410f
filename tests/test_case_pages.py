"""Mediation case pages: one-screen intake and the searchable case list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desk.services.demo import DEMO_PASSWORD
from desk.validation import id_check_char
from desk.views.case_intake import CaseIntakePage
from desk.views.case_list import CaseListPage


def valid_id(body17: str = "41010519850312123") -> str:
    return body17 + id_check_char(body17)


@pytest.fixture
def mediator(demo):
    return demo.auth.login("sunli", DEMO_PASSWORD)


def fill(page: CaseIntakePage, applicant: str = "张三明", respondent: str = "李四", phone: str = "13812345678",
         id_number: str = "") -> None:
    page.category.setCurrentIndex(page.category.findData("02"))
    page.summary.setPlainText("楼上漏水，双方协商赔偿未果。")
    page.place.setText("纬五路3号院")
    first, second = page.parties()
    first.name.setText(applicant)
    first.phone.setText(phone)
    first.id_number.setText(id_number)
    second.name.setText(respondent)


def test_intake_registers_a_case(gui, demo, mediator):
    page = CaseIntakePage(demo, mediator)
    gui.addWidget(page)
    assert [f.role.currentData() for f in page.parties()] == ["applicant", "respondent"]
    fill(page, id_number=valid_id())
    page.amount.setText("3,500.50")
    page.grid.setCurrentIndex(2)
    case_id = page.save()
    assert case_id
    total, rows = demo.cases.search(mediator, "张三明")
    assert total == 1 and rows[0].id == case_id
    assert rows[0].number == f"({date.today().year})金调字第001号"
    assert rows[0].number in page.banner.text() and not page.banner.isHidden()
    # cleared for the next case
    assert page.summary.toPlainText() == "" and page.tabs.count() == 2
    assert page.parties()[0].name.text() == ""
    case = demo.cases.get(mediator, case_id)
    assert case.amount_cents == 350050 and case.parties[0].sex == "M"


def test_ctrl_s_saves(gui, demo, mediator):
    page = CaseIntakePage(demo, mediator)
    gui.addWidget(page)
    with gui.waitActive(page):
        page.show()
        page.activateWindow()
    fill(page)
    page.place.setFocus()
    gui.keyClick(page.place, Qt.Key_S, Qt.ControlModifier)
    assert demo.cases.search(mediator, "zsm")[0] == 1


def test_bad_id_number_shows_under_that_party(gui, demo, mediator):
    page = CaseIntakePage(demo, mediator)
    gui.addWidget(page)
    fill(page)
    page.tabs.setCurrentIndex(0)
    second = page.parties()[1]
    second.id_number.setText("410105198503121230")  # wrong check character
    assert page.save() is None
    assert page.tabs.currentIndex() == 1
    label = second.errors.error_label("id_number")
    assert not label.isHidden() and label.text()
    assert second.name.text() == "李四" and page.parties()[0].name.text() == "张三明"
    assert demo.cases.search(mediator, "")[0] == 0


def test_missing_respondent_is_shown(gui, demo, mediator):
    page = CaseIntakePage(demo, mediator)
    gui.addWidget(page)
    fill(page)
    page.tabs.setCurrentIndex(1)
    page.remove_party()
    assert page.tabs.count() == 1
    assert page.save() is None
    assert not page.parties_error.isHidden() and page.parties_error.text()
    assert page.summary.toPlainText()


def test_case_field_error_and_no_category(gui, demo, mediator):
    page = CaseIntakePage(demo, mediator)
    gui.addWidget(page)
    fill(page)
    page.category.setCurrentIndex(0)
    assert page.save() is None
    assert not page.errors.error_label("category_code").isHidden()


def test_related_case_warning_then_save_anyway(gui, demo, mediator):
    page = CaseIntakePage(demo, mediator)
    gui.addWidget(page)
    fill(page, applicant="王五", phone="13900001111")
    assert page.save()
    fill(page, applicant="赵六", respondent="钱七", phone="13900001111")
    assert page.save() is None
    assert not page.related_box.isHidden() and page.related.rowCount() == 1
    assert page.related.item(0, 0).text().endswith("第001号")
    assert page.related.item(0, 3).text() == "王*"
    assert page.parties()[0].name.text() == "赵六"
    assert page.save()
    assert demo.cases.search(mediator, "")[0] == 2
    assert page.related_box.isHidden()


def test_list_page_searches(gui, demo, mediator, qtmodeltester):
    intake = CaseIntakePage(demo, mediator)
    gui.addWidget(intake)
    fill(intake, applicant="张三明", respondent="李四")
    assert intake.save()
    fill(intake, applicant="王五", respondent="赵六", phone="13700000000")
    assert intake.save()
    page = CaseListPage(demo, mediator)
    gui.addWidget(page)
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)
    page.search_box.setText("三明")
    page.search_box.returnPressed.emit()
    assert page.model.rowCount() == 1 and page.model.case(0).parties.startswith("张*明")
    page.search_box.setText("zsm")
    gui.waitUntil(lambda: page.model.rowCount() == 1 and page.model.total == 1, timeout=2000)
    assert "1" in page.count.text()
    page.search_box.setText("王五")
    page.search()
    assert page.model.rowCount() == 1
    page.status.setCurrentIndex(page.status.findData("archived"))
    assert page.model.rowCount() == 0
    qtmodeltester.check(page.model)


def test_list_model_fetches_in_pages(gui):
    from desk.services.mediation_cases import CaseRow
    from desk.views.case_list_model import CaseListModel

    rows = [CaseRow(str(i), f"N{i}", date(2026, 1, 1), "邻里", "张*", "registered", i % 2 == 0, i % 3 == 0)
            for i in range(450)]
    model = CaseListModel()
    model.reset(lambda offset, limit: rows[offset:offset + limit], len(rows))
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == CaseListModel.PAGE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    assert model.data(model.index(0, 5))


def test_case_detail_dialog_reveals_on_request(gui, demo):
    from desk.services.mediation_cases import IntakeInput, PartyInput
    from desk.views.case_detail import CaseDetailDialog

    mediator = demo.auth.login("sunli", "demo1234")
    case = demo.cases.register(mediator, IntakeInput(
        category_code="02", summary="邻里之间因噪音问题发生纠纷。", received_on=date(2026, 5, 1),
        parties=[PartyInput(role="applicant", name="周一鸣", id_number="11010519491231002X", phone="13812345678"),
                 PartyInput(role="respondent", name="吴二")]))
    dialog = CaseDetailDialog(demo, mediator, case.id)
    gui.addWidget(dialog)
    assert dialog.table.item(0, 6).text() == "110105********002X" and dialog.table.item(0, 7).text() == "138****5678"
    assert dialog.reveal_btn.isVisibleTo(dialog)
    dialog.reveal_btn.click()
    assert dialog.table.item(0, 6).text() == "11010519491231002X" and not dialog.reveal_btn.isEnabled()

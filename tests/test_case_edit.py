"""Correcting an open case's facts and parties (CaseEditDialog) and its button on the overview tab."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog

from desk.services.demo import DEMO_PASSWORD
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.views.case_detail import CaseDetailDialog
from desk.views.case_edit_dialog import CaseEditDialog

RECEIVED = date.today() - timedelta(days=10)


@pytest.fixture
def mediator(demo):
    return demo.auth.login("sunli", DEMO_PASSWORD)


@pytest.fixture
def head(demo):
    return demo.auth.login("zhaomin", DEMO_PASSWORD)


@pytest.fixture
def case_id(demo, mediator):
    return demo.cases.register(mediator, IntakeInput(
        source="application", category_code="02", summary="楼上卫生间漏水，楼下天花板受损，双方协商未果。",
        place="纬五路12号院", amount="3500.50", people_count=3, received_on=RECEIVED,
        parties=[PartyInput(role="applicant", name="张三明", id_number="11010519491231002X", phone="13812345678",
                            address="纬五路12号院3号楼201", ethnicity="汉族"),
                 PartyInput(role="respondent", name="王芳", phone="13987654321")])).id


def test_the_dialog_shows_the_case_with_full_id_numbers(gui, demo, mediator, case_id):
    dialog = CaseEditDialog(demo, mediator, case_id)
    gui.addWidget(dialog)
    assert dialog.facts.category.currentData() == "02" and dialog.facts.source.currentData() == "application"
    assert dialog.facts.summary.toPlainText() == "楼上卫生间漏水，楼下天花板受损，双方协商未果。"
    assert dialog.facts.place.text() == "纬五路12号院" and dialog.facts.amount.text() == "3500.50"
    assert dialog.facts.people.value() == 3 and not dialog.facts.risk.isChecked()
    first, second = dialog.parties()
    assert (first.role.currentData(), first.name.text(), first.id_number.text(), first.phone.text()) == (
        "applicant", "张三明", "11010519491231002X", "13812345678")
    assert first.sex.currentData() == "F" and first.ethnicity.currentData() == "汉族"
    assert first.birth_date.value() == date(1949, 12, 31)
    assert (second.role.currentData(), second.name.text(), second.id_number.text()) == ("respondent", "王芳", "")
    assert second.birth_date.value() is None
    assert "第001号" in dialog.windowTitle()
    # nothing changed: saving writes nothing and the case stays as it was
    assert dialog.save() and dialog.result() == QDialog.Accepted
    assert demo.cases.get(mediator, case_id).amount_cents == 350050


def test_correcting_the_respondent_updates_the_case_and_search(gui, demo, mediator, case_id):
    dialog = CaseEditDialog(demo, mediator, case_id)
    gui.addWidget(dialog)
    respondent = dialog.parties()[1]
    respondent.name.setText("王芳芳")
    respondent.address.setText("经三路88号院2号楼")
    respondent.sex.setCurrentIndex(respondent.sex.findData("F"))
    respondent.ethnicity.setCurrentIndex(respondent.ethnicity.findData("回族"))
    respondent.birth_date.set_value(date(1990, 1, 1))
    assert dialog.save()
    case = demo.cases.get(mediator, case_id)
    party = case.parties[1]
    assert (party.name, party.address, party.sex, party.ethnicity, party.birth_date) == (
        "王芳芳", "经三路88号院2号楼", "F", "回族", date(1990, 1, 1))
    assert case.number.endswith("第001号") and case.received_on == RECEIVED and case.amount_cents == 350050
    assert demo.cases.search(mediator, "王芳芳")[0] == 1
    assert demo.cases.search(mediator, "经三路88号")[0] == 1


def test_a_bad_id_number_shows_under_that_party_and_saves_nothing(gui, demo, mediator, case_id):
    dialog = CaseEditDialog(demo, mediator, case_id)
    gui.addWidget(dialog)
    dialog.tabs.setCurrentIndex(0)
    respondent = dialog.parties()[1]
    respondent.name.setText("王芳芳")
    respondent.id_number.setText("410105198503121230")  # wrong check character
    assert not dialog.save()
    assert dialog.result() != QDialog.Accepted and dialog.tabs.currentIndex() == 1
    label = respondent.errors.error_label("id_number")
    assert not label.isHidden() and label.text()
    assert respondent.name.text() == "王芳芳"  # nothing typed is lost
    assert demo.cases.get(mediator, case_id).parties[1].name == "王芳"
    assert demo.cases.search(mediator, "王芳芳")[0] == 0
    # a fact error goes under its field
    respondent.id_number.setText("")
    dialog.facts.summary.setPlainText("漏水")
    assert not dialog.save()
    assert not dialog.errors.error_label("summary").isHidden() and label.isHidden()


def test_the_overview_button_opens_the_dialog_and_reloads(gui, demo, mediator, case_id):
    view = CaseDetailDialog(demo, mediator, case_id)
    gui.addWidget(view)
    errors = []
    view.error = errors.append

    def run(sub: QDialog) -> bool:
        assert isinstance(sub, CaseEditDialog)
        sub.parties()[1].name.setText("王芳芳")
        return sub.save()

    view.run_dialog = run
    button = view.overview.edit_btn
    assert not button.isHidden() and button.isEnabled() and button.text() == "更正案情与当事人…"
    button.click()
    assert errors == [] and view.table.item(1, 2).text() == "王芳芳"


def test_the_button_is_off_once_mediation_ended_and_hidden_from_the_head(gui, demo, mediator, head, case_id):
    demo.case_work.terminate(mediator, case_id, "no_agreement", "分歧较大")
    view = CaseDetailDialog(demo, mediator, case_id)
    gui.addWidget(view)
    assert not view.overview.edit_btn.isHidden() and not view.overview.edit_btn.isEnabled()
    dialog = CaseEditDialog(demo, mediator, case_id)  # the service refuses even if it were opened
    gui.addWidget(dialog)
    shown = []
    dialog.error = shown.append
    assert not dialog.save() and shown and shown[0].field == "case"
    ruled = CaseDetailDialog(demo, head, case_id)
    gui.addWidget(ruled)
    assert ruled.overview.edit_btn.isHidden()

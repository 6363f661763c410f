"""Drafts: what was typed comes back after a crash (the form was never closed), and is gone once saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desk.services.demo import DEMO_PASSWORD
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.views.case_intake import CaseIntakePage
from desk.views.case_record_editor import CaseRecordDialog
from desk.views.drafts import DELAY_MS

LONG_RECORD = "\n".join(f"问：第{i}个问题？\n答：第{i}个回答。" for i in range(1, 40))


@pytest.fixture
def mediator(demo):
    return demo.auth.login("sunli", DEMO_PASSWORD)


@pytest.fixture
def case_id(demo, mediator):
    return demo.cases.register(mediator, IntakeInput(
        source="application", category_code="02", summary="楼上漏水。", received_on=date.today() - timedelta(days=5),
        parties=[PartyInput(role="applicant", name="张三明"), PartyInput(role="respondent", name="王芳")])).id


def test_a_record_comes_back_after_a_crash_and_goes_after_saving(gui, demo, mediator, case_id):
    key = f"case-record:{case_id}:session:new"
    dialog = CaseRecordDialog(demo, mediator, case_id, "session")
    gui.addWidget(dialog)
    assert dialog.drafts.banner.isHidden()
    dialog.place.setText("社区调解室")
    dialog.text.set_text(LONG_RECORD)
    # the pause in typing writes the draft: nothing is closed or saved (the desk then "crashes")
    gui.waitUntil(lambda: demo.drafts.load(mediator, key) is not None, timeout=DELAY_MS + 2000)
    assert [d.key for d in demo.drafts.pending(mediator)] == [key]

    again = CaseRecordDialog(demo, mediator, case_id, "session")
    gui.addWidget(again)
    assert again.text.toPlainText() == LONG_RECORD and again.place.text() == "社区调解室"
    assert not again.drafts.banner.isHidden() and "已恢复" in again.drafts.banner.label.text()
    assert again.save()
    assert demo.drafts.load(mediator, key) is None and demo.drafts.pending(mediator) == []
    # the record is saved; a new one starts empty
    third = CaseRecordDialog(demo, mediator, case_id, "session")
    gui.addWidget(third)
    assert third.text.toPlainText() == "" and third.drafts.banner.isHidden()


def test_closing_keeps_the_draft_at_once_and_discard_throws_it_away(gui, demo, mediator, case_id):
    dialog = CaseRecordDialog(demo, mediator, case_id, "investigation")
    gui.addWidget(dialog)
    dialog.show()
    dialog.text.set_text("问：漏水多久了？")
    dialog.reject()  # closed before the pause: the draft is written on close
    key = f"case-record:{case_id}:investigation:new"
    assert demo.drafts.load(mediator, key)["content"] == "问：漏水多久了？"
    again = CaseRecordDialog(demo, mediator, case_id, "investigation")
    gui.addWidget(again)
    assert again.text.toPlainText() == "问：漏水多久了？"
    again.drafts.banner.button.click()
    assert again.text.toPlainText() == "" and again.drafts.banner.isHidden()
    assert demo.drafts.load(mediator, key) is None


def test_an_edited_record_keeps_its_own_draft(gui, demo, mediator, case_id):
    new = CaseRecordDialog(demo, mediator, case_id, "session")
    gui.addWidget(new)
    new.place.setText("社区调解室")
    new.text.set_text("双方陈述了意见。")
    record_id = new.save()
    [record] = demo.case_work.summary(mediator, case_id).records
    editor = CaseRecordDialog(demo, mediator, case_id, "session", record)
    gui.addWidget(editor)
    editor.drafts.flush()  # nothing changed: no draft
    assert demo.drafts.pending(mediator) == []
    editor.text.set_text("双方陈述了意见。王芳同意先行维修。")
    editor.drafts.flush()
    assert [d.key for d in demo.drafts.pending(mediator)] == [f"case-record:{case_id}:session:{record_id}"]
    # typing it back to what was saved drops the draft again
    editor.text.set_text("双方陈述了意见。")
    editor.drafts.flush()
    assert demo.drafts.pending(mediator) == []


def fill_intake(page: CaseIntakePage) -> None:
    page.category.setCurrentIndex(page.category.findData("02"))
    page.summary.setPlainText("楼上漏水，双方协商赔偿未果。")
    page.place.setText("纬五路3号院")
    page.amount.setText("3500")
    page.people.setValue(3)
    page.risk.setChecked(True)
    page.risk_note.setPlainText("双方曾发生推搡。")
    first, second = page.parties()
    first.name.setText("张三明")
    first.phone.setText("13812345678")
    first.ethnicity.setCurrentIndex(first.ethnicity.findData("汉族"))
    second.name.setText("李四")
    third = page.add_party("third_party")
    third.kind.setCurrentIndex(third.kind.findData("org"))
    third.name.setText("金水物业公司")
    third.legal_representative.setText("王经理")


def test_the_intake_form_comes_back_after_a_crash_and_goes_after_saving(gui, demo, mediator):
    page = CaseIntakePage(demo, mediator)
    gui.addWidget(page)
    fill_intake(page)
    gui.waitUntil(lambda: demo.drafts.load(mediator, "case-intake") is not None, timeout=DELAY_MS + 2000)
    assert demo.drafts.pending(mediator)[0].title == "纠纷受理登记"

    again = CaseIntakePage(demo, mediator)  # the first page was never closed
    gui.addWidget(again)
    assert not again.drafts.banner.isHidden()
    assert again.category.currentData() == "02" and again.summary.toPlainText() == "楼上漏水，双方协商赔偿未果。"
    assert (again.place.text(), again.amount.text(), again.people.value()) == ("纬五路3号院", "3500", 3)
    assert again.risk.isChecked() and again.risk_note.isEnabled() and again.risk_note.toPlainText() == "双方曾发生推搡。"
    parties = again.parties()
    assert [(p.role.currentData(), p.kind.currentData(), p.name.text()) for p in parties] == [
        ("applicant", "person", "张三明"), ("respondent", "person", "李四"), ("third_party", "org", "金水物业公司")]
    assert parties[0].phone.text() == "13812345678" and parties[0].ethnicity.currentData() == "汉族"
    assert parties[2].legal_representative.text() == "王经理"
    assert again.tabs.tabText(2).endswith("金水物业公司")

    assert again.save()
    assert demo.drafts.load(mediator, "case-intake") is None
    # the form is empty for the next case, and keeps no draft of the emptiness
    again.drafts.flush()
    assert demo.drafts.pending(mediator) == []
    third = CaseIntakePage(demo, mediator)
    gui.addWidget(third)
    assert third.drafts.banner.isHidden() and third.summary.toPlainText() == "" and third.tabs.count() == 2


def test_clearing_the_intake_form_drops_its_draft(gui, demo, mediator):
    page = CaseIntakePage(demo, mediator)
    gui.addWidget(page)
    page.summary.setPlainText("邻里噪音纠纷。")
    page.drafts.flush()
    assert demo.drafts.load(mediator, "case-intake")["summary"] == "邻里噪音纠纷。"
    page.clear_btn.click()
    page.drafts.flush()
    assert demo.drafts.load(mediator, "case-intake") is None


def test_discarding_a_restored_intake_goes_back_to_an_empty_form(gui, demo, mediator):
    page = CaseIntakePage(demo, mediator)
    gui.addWidget(page)
    fill_intake(page)
    page.grid.setCurrentIndex(2)
    page.drafts.flush()
    again = CaseIntakePage(demo, mediator)
    gui.addWidget(again)
    assert again.grid.currentIndex() == 2 and again.tabs.count() == 3
    again.drafts.banner.button.click()
    assert again.grid.currentData() is None and again.category.currentData() == ""
    assert again.tabs.count() == 2 and again.parties()[0].name.text() == "" and not again.risk.isChecked()
    assert demo.drafts.load(mediator, "case-intake") is None and again.drafts.banner.isHidden()

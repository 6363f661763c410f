"""The record editor: writing up a held session, planning one, field errors, editing a record."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog

from desk.services.demo import DEMO_PASSWORD
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.views.case_record_editor import RIGHTS_NOTICE, CaseRecordDialog

RECEIVED = date.today() - timedelta(days=10)


@pytest.fixture
def mediator(demo):
    return demo.auth.login("sunli", DEMO_PASSWORD)


@pytest.fixture
def case_id(demo, mediator):
    return demo.cases.register(mediator, IntakeInput(
        source="application", category_code="02", summary="楼上卫生间漏水，楼下天花板受损。", place="纬五路12号院",
        received_on=RECEIVED,
        parties=[PartyInput(role="applicant", name="张三明", phone="13812345678"),
                 PartyInput(role="respondent", name="王芳", phone="13987654321")])).id


def records(demo, actor, case_id):
    return demo.case_work.summary(actor, case_id).records


def test_a_held_session_is_saved_and_moves_the_case(gui, demo, mediator, case_id):
    dialog = CaseRecordDialog(demo, mediator, case_id, "session")
    gui.addWidget(dialog)
    assert "金调字第001号" in dialog.windowTitle()
    # defaults: held, now, the signed-in mediator, the parties present
    assert dialog.held.isChecked() and dialog.staff.text() == "孙丽"
    assert dialog.attendees.text() == "张三明、王芳"
    assert abs(dialog.starts_at.dateTime().toPython() - datetime.now()) < timedelta(minutes=6)
    dialog.place.setText("社区调解室")
    dialog.recorder.setText("周刚")
    dialog.public.setChecked(True)
    dialog.text.setFocus()
    dialog.insert_buttons[RIGHTS_NOTICE].click()
    dialog.text.insert_line("申请人：楼上漏水三个月了。")
    dialog.signed_by.setText("张三明、王芳")
    record_id = dialog.save()
    assert record_id and dialog.result() == QDialog.Accepted
    [record] = records(demo, mediator, case_id)
    assert (record.kind, record.state, record.place, record.recorder, record.public) == (
        "session", "held", "社区调解室", "周刚", True)
    assert record.content.startswith("调解员告知当事人") and record.content.endswith("申请人：楼上漏水三个月了。")
    assert "答：听清楚了。\n申请人" in record.content  # the insert starts a new line
    assert demo.case_work.summary(mediator, case_id).status == "mediating"


def test_a_planned_investigation_needs_only_time_and_place(gui, demo, mediator, case_id):
    dialog = CaseRecordDialog(demo, mediator, case_id, "investigation")
    gui.addWidget(dialog)
    assert dialog.public.parentWidget().isHidden()  # art. 23 applies to sessions
    dialog.planned.setChecked(True)
    assert dialog.record_box.isHidden() and not dialog.planned_note.isHidden()
    when = datetime.combine(date.today() + timedelta(days=2), datetime.min.time()).replace(hour=14, minute=30)
    dialog.starts_at.setDateTime(QDateTime(when))
    dialog.place.setText("王芳家中")
    dialog.attendees.setText("")
    assert dialog.save()
    [record] = records(demo, mediator, case_id)
    assert (record.kind, record.state, record.starts_at, record.place) == ("investigation", "scheduled", when, "王芳家中")
    assert demo.case_work.summary(mediator, case_id).status == "registered"


def test_empty_content_is_shown_beside_the_text(gui, demo, mediator, case_id):
    dialog = CaseRecordDialog(demo, mediator, case_id, "session")
    gui.addWidget(dialog)
    dialog.place.setText("社区调解室")
    assert dialog.save() is None
    label = dialog.errors.error_label("content")
    assert not label.isHidden() and label.text()
    assert dialog.place.text() == "社区调解室" and dialog.result() == 0
    assert records(demo, mediator, case_id) == []
    # a held record cannot be dated in the future: shown beside the date
    dialog.text.set_text("双方陈述了意见。")
    dialog.starts_at.setDateTime(QDateTime(datetime.now() + timedelta(days=1)))
    assert dialog.save() is None
    assert not dialog.errors.error_label("starts_at").isHidden()
    assert dialog.errors.error_label("content").isHidden()


def test_ctrl_s_saves(gui, demo, mediator, case_id):
    dialog = CaseRecordDialog(demo, mediator, case_id, "investigation")
    gui.addWidget(dialog)
    with gui.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.attendees.setText("王芳")
    dialog.place.setText("物业办公室")
    dialog.text.set_text("问：漏水是什么时候开始的？\n答：大概三个月前。")
    gui.keyClick(dialog.text, Qt.Key_S, Qt.ControlModifier)
    assert [r.kind for r in records(demo, mediator, case_id)] == ["investigation"]
    assert demo.case_work.summary(mediator, case_id).status == "investigating"


def test_an_existing_record_is_edited_and_a_planned_one_written_up(gui, demo, mediator, case_id):
    first = CaseRecordDialog(demo, mediator, case_id, "session")
    gui.addWidget(first)
    first.planned.setChecked(True)
    first.place.setText("社区调解室")
    first.starts_at.setDateTime(QDateTime(datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)))
    record_id = first.save()
    [record] = records(demo, mediator, case_id)
    dialog = CaseRecordDialog(demo, mediator, case_id, "session", record)
    gui.addWidget(dialog)
    assert dialog.planned.isChecked() and dialog.place.text() == "社区调解室"
    assert dialog.starts_at.dateTime().toPython() == record.starts_at
    dialog.held.setChecked(True)
    assert not dialog.record_box.isHidden()
    dialog.text.set_text("调解员主持调解，双方同意维修后再议赔偿。")
    assert dialog.save() == record_id
    [record] = records(demo, mediator, case_id)
    assert record.state == "held" and record.content == "调解员主持调解，双方同意维修后再议赔偿。"
    # and once more: the text of a held record can be corrected
    again = CaseRecordDialog(demo, mediator, case_id, "session", record)
    gui.addWidget(again)
    assert again.held.isChecked() and again.text.toPlainText() == record.content
    again.text.set_text(record.content + "\n以上笔录已经本人阅读。")
    assert again.save() == record_id
    assert records(demo, mediator, case_id)[0].content.endswith("以上笔录已经本人阅读。")

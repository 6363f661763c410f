"""The case workspace (CaseDetailDialog): header and tabs over CaseWorkService — records, the written
agreement's missing art. 29 items and signing, ending mediation, follow-ups, the archive and addenda,
and the center head's read-only view. Modal parts (confirmations, sub-dialogs, message boxes, the
print preview) are replaced on the dialog so nothing blocks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDialog

from desk.services.demo import DEMO_PASSWORD
from desk.services.mediation_cases import IntakeInput, PartyInput
from desk.services.mediation_work import AgreementInput, RecordInput
from desk.views.case_detail import CaseDetailDialog
from desk.views.case_labels import agreement_item_name

TODAY = date.today()
RECEIVED = TODAY - timedelta(days=10)


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
        place="纬五路12号院", received_on=RECEIVED,
        parties=[PartyInput(role="applicant", name="张三明", id_number="11010519491231002X", phone="13812345678",
                            address="纬五路12号院3号楼201", ethnicity="汉族"),
                 PartyInput(role="respondent", name="王芳", id_number="410105199001011233", phone="13987654321",
                            address="纬五路12号院3号楼301", ethnicity="汉族")])).id


def held(kind: str = "session", days: int = 2, **kw) -> RecordInput:
    values = dict(kind=kind, state="held", starts_at=datetime.combine(RECEIVED + timedelta(days=days),
                                                                      datetime.min.time()).replace(hour=9),
                  place="社区调解室", staff="孙丽", recorder="周刚", attendees="张三明、王芳",
                  content="调解员告知双方权利义务。双方陈述漏水经过。", signed_by="张三明、王芳")
    values.update(kw)
    return RecordInput(**values)


class StubEditor(QDialog):
    """Stands in for the record editor: 'saving' writes a record through the service."""

    opened: list = []

    def __init__(self, services, actor, case_id, kind, record=None, parent=None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case_id, self.kind, self.record = services, actor, case_id, kind, record
        self.planned = QCheckBox()
        StubEditor.opened.append((kind, record.id if record is not None else None))

    def exec(self) -> int:
        state = "scheduled" if self.planned.isChecked() else "held"
        when = datetime.combine(TODAY + timedelta(days=3) if state == "scheduled" else RECEIVED + timedelta(days=4),
                                datetime.min.time()).replace(hour=10)
        self.services.case_work.save_record(self.actor, self.case_id, held(self.kind, state=state, starts_at=when),
                                            self.record.id if self.record is not None else None)
        return QDialog.Accepted


class Opened:
    """A workspace whose modal parts (confirmations, sub-dialogs, message boxes, preview) are replaced."""

    def __init__(self, gui, services, actor, case_id) -> None:
        StubEditor.opened = []
        self.errors, self.previews, self.confirms = [], [], []
        self.answer = True
        self.fill = None  # what a sub-dialog "types" before it saves
        # replaced on the instance: a subclass would change the translation context of self.tr()
        dialog = CaseDetailDialog(services, actor, case_id)
        dialog.record_dialog = StubEditor
        dialog.error = self.errors.append
        dialog.open_preview = self.previews.append
        dialog.confirm = self._confirm
        dialog.run_dialog = self._run
        gui.addWidget(dialog)
        self.dialog = dialog

    def _confirm(self, text: str) -> bool:
        self.confirms.append(text)
        return self.answer

    def _run(self, sub: QDialog) -> bool:
        if isinstance(sub, StubEditor):
            return sub.exec() == QDialog.Accepted
        self.last = sub
        if self.fill:
            self.fill(sub)
        return sub.save()


def open_case(gui, services, actor, case_id) -> Opened:
    return Opened(gui, services, actor, case_id)


def test_opens_a_registered_case_and_assigns_a_mediator(gui, demo, mediator, case_id):
    view = open_case(gui, demo, mediator, case_id)
    d = view.dialog
    assert d.title.text().endswith("第001号") and d.status_chip.text() == "已受理"
    assert d.tabs.count() == 5 and d.tabs.tabText(0) == "概况"
    assert d.table.item(0, 6).text() == "110105********002X"  # masked until revealed
    assert "孙丽" in d.facts_line.text()
    assert d.records.table.rowCount() == 0 and d.records.new_session_btn.isEnabled()
    combo = d.overview.mediator
    assert {combo.itemText(i) for i in range(combo.count())} >= {"孙丽", "周刚"}
    combo.setCurrentIndex(combo.findText("周刚"))
    d.overview.assign_btn.click()
    assert demo.case_work.summary(mediator, case_id).mediator_name == "周刚"
    assert "周刚" in d.facts_line.text() and view.errors == []
    # the old entry points of the dialog still work
    d.reveal_btn.click()
    assert d.table.item(0, 6).text() == "11010519491231002X"
    from desk.views.case_record_editor import CaseRecordDialog

    plain = CaseDetailDialog(demo, mediator, case_id)
    gui.addWidget(plain)
    assert plain.record_dialog_class() is CaseRecordDialog  # imported on first use


def test_records_are_listed_written_up_planned_and_cancelled(gui, demo, mediator, case_id):
    work = demo.case_work
    work.save_record(mediator, case_id, held("investigation", days=1, attendees="王芳"))
    planned_at = datetime.combine(TODAY + timedelta(days=1), datetime.min.time()).replace(hour=14, minute=30)
    planned = work.save_record(mediator, case_id, RecordInput(kind="session", state="scheduled", starts_at=planned_at,
                                                              place="社区调解室"))
    view = open_case(gui, demo, mediator, case_id)
    tab = view.dialog.records
    assert tab.table.rowCount() == 2
    assert [tab.table.item(r, 2).text() for r in range(2)] == ["已举行", "计划"]
    assert tab.table.item(1, 0).text() == f"{planned_at:%Y-%m-%d %H:%M}"
    assert view.dialog.status_chip.text() == "调查中"
    assert "计划调解" in view.dialog.soon_chip.text() and view.dialog.soon_chip.isVisibleTo(view.dialog)

    tab.table.selectRow(0)  # a held record: printable, not cancellable
    assert tab.print_btn.isEnabled() and not tab.cancel_btn.isEnabled()
    assert "王芳" in tab.content.toPlainText()
    tab.print_btn.click()
    assert view.previews and view.previews[0].title.startswith("调查记录")

    tab.new_session_btn.click()  # the editor (stubbed) writes a session up
    assert StubEditor.opened[-1] == ("session", None)
    assert tab.table.rowCount() == 3 and view.dialog.status_chip.text() == "调解中"
    tab.plan_btn.click()
    assert tab.table.rowCount() == 4
    tab.table.selectRow(1)
    tab.table.doubleClicked.emit(tab.table.currentIndex())
    assert StubEditor.opened[-1][1] is not None

    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == f"{planned_at:%Y-%m-%d %H:%M}")
    tab.table.selectRow(row)
    assert tab.cancel_btn.isEnabled() and not tab.print_btn.isEnabled()
    view.answer = False
    tab.cancel_btn.click()
    assert tab.table.rowCount() == 4
    view.answer = True
    tab.cancel_btn.click()
    assert tab.table.rowCount() == 3 and planned not in {r.id for r in work.summary(mediator, case_id).records}


def test_a_written_agreement_names_the_missing_art29_items(gui, demo, mediator, case_id):
    demo.case_work.save_record(mediator, case_id, held())
    view = open_case(gui, demo, mediator, case_id)
    outcome = view.dialog.outcome
    assert outcome.editor.isVisibleTo(outcome) and outcome.stack.currentWidget() is outcome.agreement
    panel = outcome.agreement
    assert "先保存协议内容" in panel.sign_status.text()  # nothing saved yet
    panel.facts.setPlainText("王芳家卫生间漏水致张三明家天花板受损。")
    panel.terms.setPlainText("王芳赔偿张三明维修费3500元。")
    missing = panel.missing.text()  # live, while typing
    assert missing.startswith("尚缺")
    for item in ("disputed_matters", "responsibility", "performance_method", "performance_due"):
        assert agreement_item_name(item) in missing
    assert agreement_item_name("facts") not in missing and agreement_item_name("terms") not in missing
    assert panel.save() == ["disputed_matters", "responsibility", "performance_method", "performance_due"]
    assert demo.case_work.summary(mediator, case_id).outcome.terms == "王芳赔偿张三明维修费3500元。"
    assert agreement_item_name("responsibility") in panel.missing.text() and "尚待签署" in panel.sign_status.text()
    # printing is refused by the documents service, which names what is missing
    panel.print_btn.click()
    assert view.previews == []
    label = panel.errors.error_label("disputed_matters")
    assert not label.isHidden() and "争议事项" in label.text()


def test_signatures_until_the_agreement_takes_effect(gui, demo, mediator, case_id):
    demo.case_work.save_record(mediator, case_id, held())
    view = open_case(gui, demo, mediator, case_id)
    panel = view.dialog.outcome.agreement
    due = TODAY + timedelta(days=10)
    panel.facts.setPlainText("王芳家卫生间防水层破损，漏水致张三明家天花板受损。")
    panel.disputed_matters.setPlainText("维修费用由谁承担。")
    panel.responsibility.setPlainText("王芳对漏水负全部责任。")
    panel.terms.setPlainText("王芳赔偿张三明维修费3500元。")
    panel.performance_method.setText("现金一次性支付")
    panel.performance_due.set_value(due)
    assert panel.missing.text() == "已具备第二十九条要求的全部内容。"
    # one party signs: not in effect; the line says who is still to sign
    positions = sorted(panel.sign_combos)
    first, second = (panel.sign_combos[p] for p in positions)
    first.setCurrentIndex(first.findData("sign"))
    panel.mediator_signed.setChecked(True)
    panel.sign_btn.click()  # saves the text first, then records the signatures
    assert view.errors == []
    summary = demo.case_work.summary(mediator, case_id)
    assert summary.status == "mediating" and summary.unsigned == ["王芳"]
    assert "王芳" in panel.sign_status.text() and "印章" in panel.sign_status.text()
    assert first.currentData() == "sign" and panel.mediator_signed.isChecked()  # reloaded as recorded
    second.setCurrentIndex(second.findData("thumb"))
    panel.committee_sealed.setChecked(True)
    panel.sign_btn.click()
    assert view.errors == []
    d = view.dialog
    assert d.status_chip.text() == "已达成协议"
    assert not d.outcome.editor.isVisibleTo(d.outcome) and d.outcome.final.isVisibleTo(d.outcome)
    assert TODAY.isoformat() in d.outcome.final.state.text()
    assert d.outcome.final.print_agreement_btn.isVisibleTo(d.outcome.final)
    # art. 31: the follow-up is listed, due when performance is due; art. 33: the 30-day window
    assert d.follow_up.table.rowCount() == 1 and d.follow_up.table.item(0, 0).text() == due.isoformat()
    assert (TODAY + timedelta(days=30)).isoformat() in d.follow_up.window_label.text()
    d.follow_up.set_judicial("not_needed")
    assert demo.case_work.summary(mediator, case_id).outcome.judicial_status == "not_needed"
    assert "不需要" in d.follow_up.judicial_state.text()


def test_a_party_refusing_ends_mediation(gui, demo, mediator, case_id):
    view = open_case(gui, demo, mediator, case_id)
    outcome = view.dialog.outcome
    outcome.choice.button(2).click()
    end = outcome.end
    assert outcome.stack.currentWidget() is end
    end.reason.setCurrentIndex(end.reason.findData("party_refused"))
    assert end.ended_by.isEnabled()
    end.end_btn.click()  # no party chosen: shown beside the field, nothing ended
    assert not end.errors.error_label("ended_by").isHidden()
    assert demo.case_work.summary(mediator, case_id).status == "registered"
    end.ended_by.setCurrentIndex(end.ended_by.findData("王芳"))
    end.detail.setPlainText("被申请人明确表示不接受调解。")
    view.answer = False
    end.end_btn.click()
    assert demo.case_work.summary(mediator, case_id).status == "registered" and "王芳" not in view.confirms[-1]
    view.answer = True
    end.end_btn.click()
    summary = demo.case_work.summary(mediator, case_id)
    assert (summary.status, summary.outcome.termination_reason, summary.outcome.ended_by) == (
        "terminated", "party_refused", "王芳")
    final = outcome.final
    assert final.isVisibleTo(outcome) and final.print_notice_btn.isVisibleTo(final)
    final.print_notice_btn.click()
    assert view.previews[-1].title.startswith("终止人民调解告知书")
    assert not view.dialog.records.new_session_btn.isEnabled()
    assert "没有需要回访" in view.dialog.follow_up.note.text()


def test_archive_a_complete_case_then_add_an_addendum(gui, demo, mediator, case_id):
    work = demo.case_work
    work.save_record(mediator, case_id, held())
    work.record_oral_agreement(mediator, case_id, "王芳当场支付维修费3500元，双方和好。")
    view = open_case(gui, demo, mediator, case_id)
    d, file_tab, follow = view.dialog, view.dialog.file, view.dialog.follow_up
    file_tab.archive_btn.click()  # the follow-up is not in the file yet
    assert "回访记录" in file_tab.archive_error.text() and not file_tab.archive_error.isHidden()
    assert work.summary(mediator, case_id).archived_on is None
    # record the follow-up through its dialog
    assert follow.record_btn.isEnabled()

    def fill_follow_up(sub):
        sub.method.setCurrentIndex(sub.method.findData("phone"))
        sub.notes.setPlainText("已履行完毕")
    view.fill = fill_follow_up
    follow.record_btn.click()
    assert follow.table.item(0, 1).text() == TODAY.isoformat() and follow.table.item(0, 4).text() == "已履行完毕"
    follow.table.selectRow(0)
    follow.print_btn.click()
    assert view.previews[-1].title.startswith("人民调解回访记录")

    file_tab.retention.setCurrentIndex(file_tab.retention.findData("30y"))
    file_tab.archive_btn.click()
    summary = work.summary(mediator, case_id)
    assert (summary.status, summary.retention) == ("archived", "30y")
    assert "已归档，只读；更正请添加补充说明" in file_tab.banner.text()
    assert d.status_chip.text() == "已归档"
    assert all(file_tab.table.item(r, 1).text().startswith("✓") for r in range(file_tab.table.rowCount()))
    # read-only now: edit buttons disabled, print buttons not
    for button in (d.records.new_session_btn, d.records.new_investigation_btn, d.records.plan_btn,
                   follow.record_btn, follow.schedule_btn, file_tab.archive_btn, d.overview.assign_btn):
        assert not button.isEnabled()
    assert file_tab.cover_btn.isEnabled() and file_tab.contents_btn.isEnabled()
    assert d.outcome.final.isVisibleTo(d.outcome)
    file_tab.contents_btn.click()
    assert view.previews[-1].title.startswith("卷内目录")

    assert file_tab.addendum_btn.isEnabled()
    view.fill = lambda sub: sub.text.setPlainText("更正：维修费实际支付日期为次日。")
    file_tab.addendum_btn.click()
    assert file_tab.addenda.toPlainText().endswith("孙丽】\n更正：维修费实际支付日期为次日。")
    last = file_tab.table.rowCount() - 1
    assert file_tab.table.item(last, 0).text() == "补充说明"
    view.fill = lambda sub: sub.text.setPlainText("短")  # too short: shown under the field, dialog stays
    file_tab.addendum_btn.click()
    assert file_tab.addenda.toPlainText().count("【") == 1 and view.errors == []
    assert not view.last.errors.error_label("text").isHidden()


def test_the_center_head_sees_everything_read_only(gui, demo, mediator, head, case_id):
    work = demo.case_work
    work.save_record(mediator, case_id, held())
    work.save_agreement(mediator, case_id, AgreementInput(facts="漏水", terms="赔偿3500元"))
    view = open_case(gui, demo, head, case_id)
    d = view.dialog
    assert d.records.table.rowCount() == 1
    hidden = (d.overview.assign_btn, d.records.new_investigation_btn, d.records.new_session_btn, d.records.plan_btn,
              d.records.edit_btn, d.records.cancel_btn, d.follow_up.record_btn, d.follow_up.schedule_btn,
              d.file.archive_btn, d.file.retention, d.file.addendum_btn)
    assert all(w.isHidden() for w in hidden)
    assert not d.overview.mediator.isEnabled()
    # the outcome is shown, not edited: the draft and what it lacks
    assert not d.outcome.editor.isVisibleTo(d.outcome) and d.outcome.final.isVisibleTo(d.outcome)
    assert "草稿" in d.outcome.final.state.text()
    # reading and printing stay available
    d.tabs.setCurrentWidget(d.records)
    d.records.table.selectRow(0)
    assert d.records.print_btn.isEnabled() and "漏水" in d.records.content.toPlainText()
    d.records.table.doubleClicked.emit(d.records.table.currentIndex())
    assert StubEditor.opened == []
    assert not d.file.cover_btn.isHidden() and not d.print_btn.isHidden() and not d.follow_up.print_btn.isHidden()


def test_optional_date_can_be_empty(gui):
    from desk.views.case_tab import OptionalDateEdit

    edit = OptionalDateEdit()
    gui.addWidget(edit)
    assert edit.value() is None and not edit.edit.isEnabled()
    edit.set_value(date(2026, 5, 1))
    assert edit.value() == date(2026, 5, 1) and edit.edit.isEnabled()
    edit.check.setChecked(False)
    assert edit.value() is None
    edit.check.setChecked(True)  # back to the date it had
    assert edit.edit.date() == QDate(2026, 5, 1)

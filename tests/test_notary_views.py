"""Notary-agency screens: the intake form by keyboard with its checklist, ticket and ID-number check;
the applications list (filters, search, 补正, batch forwarding, the steps each state allows); the
matters catalogue; a role that may only look."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desk.models.notary import NotaryIntake
from desk.models.queue import Ticket
from desk.services.demo import DEMO_PASSWORD
from desk.services.notary_intakes import ApplicantInput, NotaryIntakeInput
from desk.validation import id_check_char
from desk.views.notary_catalogue_page import MatterDialog, NotaryCataloguePage
from desk.views.notary_dialogs import ForwardDialog, MaterialsDialog
from desk.views.notary_intake_page import NotaryIntakePage
from desk.views.notary_list import NotaryListPage

ID = "41010519850312123" + id_check_char("41010519850312123")  # a man born 1985-03-12
ID2 = "41010519900101002" + id_check_char("41010519900101002")
WT = "委托书公证"  # materials: ID card, draft, agent's ID copy (required), property papers (optional)


@pytest.fixture(autouse=True)
def errors(monkeypatch):
    """Messages that would pop up in a box (a box would block the test), as text."""
    shown: list[str] = []

    def record(_parent, exc):
        shown.append(str(exc))

    for module in ("messages", "forms", "notary_list", "notary_dialogs", "notary_intake_page",
                   "notary_catalogue_page"):
        monkeypatch.setattr(f"desk.views.{module}.show_error", record)
    return shown


@pytest.fixture
def clerk(demo):
    return demo.auth.login("zhengxue", DEMO_PASSWORD)


def matter(services, name=WT):
    return next(m for m in services.notary_catalogue.matters() if m.name == name)


def required(services, name=WT) -> list[str]:
    return [m.name for m in matter(services, name).materials if m.required]


def take_in(services, actor, name="张伟", phone="13800138000", matter_name=WT, present=None, id_number=ID):
    """An intake through the service; ``present`` None: every required material received."""
    names = required(services, matter_name) if present is None else present
    return services.notary.receive(actor, NotaryIntakeInput(
        matter_id=matter(services, matter_name).id, applicants=[ApplicantInput(name, "", id_number, phone)],
        materials={n: "received" for n in names}))


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest maps only ASCII characters to keys: Chinese goes as key text)."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, char, Qt.NoModifier)


def show(gui, widget):
    gui.addWidget(widget)
    with gui.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


# --- the intake form ----------------------------------------------------------------------------


def test_intake_by_keyboard_saves_the_checklist(gui, demo, clerk):
    page = show(gui, NotaryIntakePage(demo, clerk))
    page.matter.setFocus()
    for _ in range(page.matter.count()):
        if page.matter.currentText() == WT:
            break
        gui.keyClick(page.matter, Qt.Key_Down)
    assert page.matter.currentText() == WT
    QApplication.processEvents()  # the new checklist lines are shown
    assert not page.purpose.isVisible() and not page.use_country.isVisible()  # not used abroad
    form = page.applicants.forms[0]

    def tab(expected) -> None:
        gui.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() is expected

    tab(page.copies)
    tab(form.name)
    type_text(form.name, "张伟")
    tab(form.id_number)
    type_text(form.id_number, ID)
    assert form.sex == "M" and form.born == "1985-03-12"
    tab(form.phone)
    type_text(form.phone, "13800138000")
    first, second, third = required(demo)
    # on past the address and "Add applicant" to the first material's answer; the arrow keys choose,
    # Tab goes on to the next material
    tab(form.address)
    tab(page.applicants.add_btn)
    tab(page.checklist.lines[0].buttons["missing"])
    gui.keyClick(QApplication.focusWidget(), Qt.Key_Right)  # missing → original
    gui.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    gui.keyClick(QApplication.focusWidget(), Qt.Key_Right)
    gui.keyClick(QApplication.focusWidget(), Qt.Key_Right)  # missing → original → copy
    assert page.checklist.statuses()[first] == "received" and page.checklist.statuses()[second] == "copied"
    assert page.summary.state == "incomplete" and third in page.summary.text()
    gui.keyClick(QApplication.focusWidget(), Qt.Key_S, Qt.ControlModifier)

    rows = demo.notary.list(clerk, term="张伟")
    assert len(rows) == 1 and rows[0].state == "incomplete"
    detail = demo.notary.detail(clerk, rows[0].id)
    assert {m.name: m.status for m in detail.materials}[first] == "received"
    assert {m.name: m.status for m in detail.materials}[second] == "copied"
    assert detail.missing_materials == [third]
    assert rows[0].number in page.banner.text() and not page.banner.isHidden()
    assert not page.print_btn.isHidden()
    # cleared for the next applicant
    assert page.applicants.forms[0].name.text() == "" and page.matter.currentData() is None
    assert page.checklist.lines == []


def test_complete_checklist_and_use_abroad(gui, demo, clerk):
    page = NotaryIntakePage(demo, clerk)
    gui.addWidget(page)
    page.matter.setCurrentIndex(page.matter.findText("亲属关系公证"))
    assert page.form.isRowVisible(page.purpose.parentWidget())
    assert page.form.isRowVisible(page.use_country.parentWidget())
    form = page.applicants.forms[0]
    form.name.setText("王丽")
    form.id_number.setText(ID2)
    form.phone.setText("13700001111")
    page.checklist.set_all("received")
    assert page.summary.state == "complete"
    assert page.save() is None  # purpose and country are needed for a certificate used abroad
    assert not page.errors.error_label("purpose").isHidden()
    page.purpose.setText("探亲")
    page.use_country.setText("加拿大")
    got = page.save()
    assert got is not None and got.state == "complete"
    detail = demo.notary.detail(clerk, got.id)
    assert (detail.purpose, detail.use_country) == ("探亲", "加拿大") and detail.applicants[0].sex == "F"


def test_ticket_is_attached_to_the_intake(gui, demo, clerk):
    with demo.db.reader() as s:
        ticket_id, number = s.execute(select(Ticket.id, Ticket.number).limit(1)).one()
    page = show(gui, NotaryIntakePage(demo, clerk))
    page.applicants.forms[0].name.setText("上一位")  # unsaved input of the visitor before
    page.ask_discard = lambda _number: True
    page.attach_ticket(ticket_id, number)
    assert page.ticket_label.text().endswith(number) and not page.ticket_label.isHidden()
    assert page.applicants.forms[0].name.text() == ""
    assert page.focusWidget() is page.applicants.forms[0].name
    page.matter.setCurrentIndex(page.matter.findText(WT))
    form = page.applicants.forms[0]
    form.name.setText("张伟")
    form.id_number.setText(ID)
    form.phone.setText("13800138000")
    page.unchecked.setChecked(True)  # materials left to check later
    got = page.save()
    assert got is not None and got.state == "received"
    with demo.db.reader() as s:
        assert s.scalar(select(NotaryIntake.ticket_id).where(NotaryIntake.id == got.id)) == ticket_id
    assert demo.notary.detail(clerk, got.id).ticket_number == number
    assert page.ticket_id is None and page.ticket_label.isHidden()  # the next visitor has another ticket


def test_declined_discard_keeps_the_input(gui, demo, clerk):
    page = NotaryIntakePage(demo, clerk)
    gui.addWidget(page)
    page.applicants.forms[0].name.setText("未保存")
    page.ask_discard = lambda _number: False
    page.attach_ticket("t-1", "C007")
    assert page.applicants.forms[0].name.text() == "未保存" and page.ticket_id is None
    assert not page.notice.isHidden()


def test_invalid_id_number_is_shown_and_nothing_saved(gui, demo, clerk):
    page = NotaryIntakePage(demo, clerk)
    gui.addWidget(page)
    page.matter.setCurrentIndex(page.matter.findText(WT))
    form = page.applicants.forms[0]
    form.name.setText("张伟")
    form.phone.setText("13800138000")
    wrong = ID[:-1] + ("0" if ID[-1] != "0" else "1")
    gui.keyClicks(form.id_number, wrong)
    label = form.errors.error_label("id_number")
    assert not label.isHidden() and label.text()  # checked as it is typed
    assert form.sex == ""
    assert page.save() is None
    assert not label.isHidden() and label.text()
    assert form.name.text() == "张伟" and form.id_number.text() == wrong
    assert demo.notary.list(clerk) == []
    form.id_number.setText(ID)
    assert label.isHidden()
    assert page.save() is not None


def test_second_applicant_error_goes_to_that_applicant(gui, demo, clerk):
    page = NotaryIntakePage(demo, clerk)
    gui.addWidget(page)
    page.matter.setCurrentIndex(page.matter.findText(WT))
    first = page.applicants.forms[0]
    first.name.setText("张伟")
    first.id_number.setText(ID)
    first.phone.setText("13800138000")
    gui.mouseClick(page.applicants.add_btn, Qt.LeftButton)
    second = page.applicants.forms[1]
    second.name.setText("李娜")  # no ID number
    assert page.save() is None
    assert not second.errors.error_label("id_number").isHidden()
    assert first.errors.error_label("id_number").isHidden()
    second.id_number.setText(ID2)
    got = page.save()
    assert got is not None
    assert [a.name for a in demo.notary.detail(clerk, got.id).applicants] == ["张伟", "李娜"]


def test_unsaved_intake_comes_back_after_a_crash(gui, demo, clerk):
    page = NotaryIntakePage(demo, clerk)
    gui.addWidget(page)
    page.matter.setCurrentIndex(page.matter.findText(WT))
    page.applicants.forms[0].name.setText("张伟")
    page.checklist.set_statuses({required(demo)[0]: "copied"})
    page.drafts.flush()
    again = NotaryIntakePage(demo, clerk)  # the desk restarted
    gui.addWidget(again)
    assert again.matter.currentText() == WT and again.applicants.forms[0].name.text() == "张伟"
    assert again.checklist.statuses()[required(demo)[0]] == "copied"
    assert not again.drafts.banner.isHidden()


def test_receipt_is_printed_after_saving(gui, demo, clerk):
    shown = []

    class Preview:
        def __init__(self, services, actor, doc, parent=None):
            shown.append(doc)

        def exec(self):
            return 0

    page = NotaryIntakePage(demo, clerk)
    gui.addWidget(page)
    page.preview_dialog = Preview
    page.matter.setCurrentIndex(page.matter.findText(WT))
    form = page.applicants.forms[0]
    form.name.setText("张伟")
    form.id_number.setText(ID)
    form.phone.setText("13800138000")
    assert page.save() is not None
    gui.mouseClick(page.print_btn, Qt.LeftButton)
    assert len(shown) == 1 and shown[0].verification_code


# --- the applications list ----------------------------------------------------------------------


def test_list_filters_by_state_and_searches(gui, qtmodeltester, demo, clerk):
    done = take_in(demo, clerk, "张伟", "13800138000")
    short = take_in(demo, clerk, "李娜", "13900139000", present=required(demo)[:1], id_number=ID2)
    page = NotaryListPage(demo, clerk)
    gui.addWidget(page)
    qtmodeltester.check(page.model)
    assert {page.model.item(r).id for r in range(page.model.rowCount())} == {done.id, short.id}
    page.set_filter(("complete",))
    assert [page.model.item(r).id for r in range(page.model.rowCount())] == [done.id]
    page.set_filter(("received", "incomplete"))
    assert [page.model.item(r).id for r in range(page.model.rowCount())] == [short.id]
    assert page.model.data(page.model.index(0, 6)) == "2"  # two required materials missing
    page.set_filter(())
    page.search_box.setText("13900139000")
    gui.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.item(0).id == short.id
    page.search_box.setText(done.number)
    page.search_box.returnPressed.emit()
    assert [page.model.item(r).id for r in range(page.model.rowCount())] == [done.id]


def test_detail_is_masked_until_shown(gui, demo, clerk):
    got = take_in(demo, clerk)
    page = NotaryListPage(demo, clerk)
    gui.addWidget(page)
    page.table.selectRow(0)
    page._current_changed()
    assert page.detail.row.id == got.id
    assert ID not in page.panel.people.text() and ID[:6] + "********" in page.panel.people.text()
    assert not page.panel.reveal_btn.isHidden()
    page.toggle_reveal()
    assert ID in page.panel.people.text()
    page.toggle_reveal()
    assert ID not in page.panel.people.text()


def test_materials_dialog_completes_an_incomplete_intake(gui, demo, clerk):
    got = take_in(demo, clerk, present=required(demo)[:1])
    assert got.state == "incomplete"

    class Brought(MaterialsDialog):
        def exec(self):
            assert self.summary.state == "incomplete"
            self.checklist.set_all("copied")
            assert self.summary.state == "complete"
            return self.save()

    page = NotaryListPage(demo, clerk)
    gui.addWidget(page)
    page.materials_dialog = Brought
    page.show_intake(got.id)
    assert page.buttons["materials"].isEnabled()
    assert page.update_materials()
    assert demo.notary.detail(clerk, got.id).row.state == "complete"
    assert page.detail.row.state == "complete" and page.detail.missing_materials == []


def test_forwarding_two_selected_intakes_as_a_batch(gui, demo, clerk):
    a = take_in(demo, clerk, "张伟")
    b = take_in(demo, clerk, "王芳", "13700137000", id_number=ID2)
    c = take_in(demo, clerk, "李娜", "13900139000", present=[])
    seen = {}

    class Forward(ForwardDialog):
        def exec(self):
            seen["rows"] = [r.id for r in self.rows]
            return self.save()

    page = NotaryListPage(demo, clerk)
    gui.addWidget(page)
    page.forward_dialog = Forward
    questions = []
    page.ask = lambda title, text: questions.append(text) and False
    page.select_ids([c.id])
    assert not page.forward_btn.isEnabled()  # nothing ready among the selection
    page.select_ids([a.id, b.id, c.id])
    assert page.forward_btn.isEnabled()
    assert page.forward()
    assert sorted(seen["rows"]) == sorted([a.id, b.id])
    states = {r.id: (r.state, r.batch_number) for r in demo.notary.list(clerk)}
    assert states[a.id][0] == states[b.id][0] == "forwarded"
    assert states[a.id][1] and states[a.id][1] == states[b.id][1]
    assert states[c.id] == ("incomplete", "")
    batch = demo.notary.batches(clerk)[0]
    assert batch.count == 2 and batch.number in questions[0]  # then offered the transfer list


def test_steps_are_enabled_exactly_for_the_state(gui, demo, clerk, errors):
    got = take_in(demo, clerk, present=[])
    other = take_in(demo, clerk, "王芳", "13700137000", id_number=ID2)
    page = NotaryListPage(demo, clerk)
    gui.addWidget(page)
    page.ask = lambda *_: False
    page.show_intake(got.id)
    assert page.enabled_steps() == {"materials", "withdraw", "notary-receipt"}
    assert not page.forward_btn.isEnabled()
    demo.notary.update_materials(clerk, got.id, {n: "received" for n in required(demo)})
    demo.notary.forward(clerk, [got.id])
    page.reload(got.id)
    assert page.enabled_steps() == {"accept", "office_return", "notary-receipt"}
    assert page.office_accept("SL-88")
    assert page.detail.row.state == "accepted" and page.detail.office_ref == "SL-88"
    assert page.enabled_steps() == {"issue", "office_return", "notary-receipt"}
    assert not page.certificate_issued("  ")  # refused: the number is needed
    assert errors == ["Enter the certificate number."]
    assert page.certificate_issued("(2026)豫郑证字第1号")
    assert page.enabled_steps() == {"ready", "notary-receipt"}
    assert page.ready_for_pickup()
    assert page.enabled_steps() == {"collect", "notary-receipt", "notary-pickup-notice"}
    assert page.collect("张伟")
    assert page.detail.row.state == "collected" and page.enabled_steps() == {"notary-receipt"}
    # withdrawal asks first; No leaves the application as it was
    page.show_intake(other.id)
    assert not page.withdraw("申请人决定暂不办理")
    assert demo.notary.detail(clerk, other.id).row.state == "complete"
    page.ask = lambda *_: True
    assert page.withdraw("申请人决定暂不办理")
    assert page.detail.row.state == "withdrawn" and page.enabled_steps() == set()


def test_step_dialog_shows_the_refusal_under_its_field(gui, demo, clerk):
    got = take_in(demo, clerk)
    demo.notary.forward(clerk, [got.id])
    dialogs = []
    page = NotaryListPage(demo, clerk)
    gui.addWidget(page)

    class Step(page.step_dialog):
        def exec(self):
            dialogs.append(self)
            assert not self.save()  # nothing typed: the office's request is needed
            assert not self.errors.error_label("missing_note").isHidden()
            self.set_value("受托人身份证原件")
            return self.save()

    page.step_dialog = Step
    page.show_intake(got.id)
    assert page.office_return()
    assert dialogs and demo.notary.detail(clerk, got.id).row.state == "incomplete"
    assert page.detail.missing_note == "受托人身份证原件"


def test_head_sees_no_action_buttons(gui, demo, clerk):
    got = take_in(demo, clerk)
    head = demo.auth.login("zhaomin", DEMO_PASSWORD)
    page = NotaryListPage(demo, head)
    gui.addWidget(page)
    page.show_intake(got.id)
    assert page.detail.row.id == got.id
    assert set(page.buttons) == {"notary-receipt", "notary-pickup-notice"}
    assert page.forward_btn.isHidden()
    clerk_page = NotaryListPage(demo, clerk)
    gui.addWidget(clerk_page)
    assert {"materials", "accept", "withdraw"} <= set(clerk_page.buttons)


# --- the matters catalogue ----------------------------------------------------------------------


def test_catalogue_dialog_adds_a_matter(gui, demo, admin):
    page = NotaryCataloguePage(demo, admin)
    gui.addWidget(page)
    before = page.model.rowCount()

    class Fill(MatterDialog):
        def exec(self):
            self.code.setText("cj")
            self.name.setText("未成年人出境委托公证")
            self.use_abroad.setChecked(True)
            self.materials.add_line("监护人身份证", True)
            self.materials.add_line("出生医学证明", False)
            return self.save()

    page.matter_dialog = Fill
    new_id = page.new_matter()
    assert new_id is not None and page.model.rowCount() == before + 1
    saved = demo.notary_catalogue.matter(new_id)
    assert saved.code == "CJ" and saved.use_abroad
    assert [(m.name, m.required) for m in saved.materials] == [
        ("申请人居民身份证", True), ("监护人身份证", True), ("出生医学证明", False)]
    assert page.selected().id == new_id


def test_catalogue_dialog_errors_and_deactivation(gui, demo, admin):
    dialog = MatterDialog(demo, admin, None)
    gui.addWidget(dialog)
    dialog.code.setText("QS")  # taken
    dialog.name.setText("重复代码")
    assert not dialog.save()
    assert not dialog.errors.error_label("code").isHidden()
    dialog.code.setText("XX")
    dialog.materials.table.item(0, 1).setCheckState(Qt.Unchecked)  # nothing required
    assert not dialog.save()
    assert not dialog.materials_error.isHidden()
    page = NotaryCataloguePage(demo, admin)
    gui.addWidget(page)
    page.table.selectRow(0)
    first = page.selected()
    assert first.active and page.toggle_active(ask=False)
    assert not demo.notary_catalogue.matter(first.id).active
    assert first.id not in {m.id for m in demo.notary_catalogue.matters()}

"""The duty lawyer's consultation desk: the keyboard-only entry form and the day list, anonymity, refusals
keeping what was typed, the mediation referral dialog, the queue ticket link (caller panel → main window →
form), the cross search over consultations and notary applications, and what serving opens (queue set-up)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from desk.errors import ValidationError
from desk.models.consultation import Consultation
from desk.models.mediation import MediationCase
from desk.services.consultations import ConsultationInput
from desk.services.demo import DEMO_PASSWORD
from desk.services.notary_intakes import ApplicantInput, NotaryIntakeInput
from desk.services.permissions import KIOSK
from desk.validation import id_check_char
from desk.views.consultation_dialogs import MediationReferralDialog, ReferDialog
from desk.views.consultation_page import ConsultationPage
from desk.views.legal_detail import ConsultationDetailDialog, NotaryIntakeDetailDialog
from desk.views.legal_search_page import LegalSearchPage
from desk.views.queue_config_dialogs import QueueServiceDialog
from desk.views.queue_config_page import QueueConfigPage

ID = "41010519850312123" + id_check_char("41010519850312123")
BAD_ID = ID[:-1] + ("1" if ID[-1] != "1" else "2")


@pytest.fixture
def lawyer(demo):
    return demo.auth.login("wuhao", DEMO_PASSWORD)


@pytest.fixture
def open_all_day(demo, admin):
    for s in demo.queue_config.services():
        demo.queue_config.save_service(admin, s.id, s.prefix, s.name, s.daily_cap, "00:00", "23:59")
    clerk = demo.auth.login("liuyang", DEMO_PASSWORD)
    for w in demo.queue_config.windows():  # the demo morning left a window paused
        demo.tickets.set_paused(clerk, w.id, False)
    return demo


@pytest.fixture
def page(gui, demo, lawyer):
    p = ConsultationPage(demo, lawyer)
    gui.addWidget(p)
    p.resize(1030, 720)
    p.show()
    p.activateWindow()
    gui.waitUntil(p.isActiveWindow, timeout=2000)
    p.first_field().setFocus()
    return p


def focused():
    return QApplication.focusWidget()


def type_in(gui, text: str) -> None:
    """Type into the focused field: Latin keys one by one, Chinese as an input method commits it."""
    widget = focused()
    if text.isascii():
        gui.keyClicks(widget, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def tab(gui, times: int = 1) -> None:
    for _ in range(times):
        gui.keyClick(focused(), Qt.Key_Tab)


def rows(demo, lawyer) -> list:
    return demo.consultations.day_list(lawyer).rows


def test_keyboard_only_entry_saves_and_clears_for_the_next_person(page, gui, demo, lawyer):
    assert focused() is page.name
    gui.keyClick(focused(), Qt.Key_2, Qt.AltModifier)  # channel: phone
    assert page.channel() == "phone" and focused() is page.name
    type_in(gui, "李秀英")
    tab(gui)
    assert focused() is page.id_number
    type_in(gui, ID)
    tab(gui)
    type_in(gui, "0371-67881234")  # a landline
    tab(gui, 2)  # past the address
    assert focused() is page.category
    type_in(gui, "ldzy")  # pinyin initials of 劳动争议
    assert page.category.currentText() == "劳动争议"
    tab(gui)
    assert focused() is page.question
    type_in(gui, "公司拖欠三个月工资怎么办？")
    tab(gui)
    assert focused() is page.advice
    type_in(gui, "先协商，不成申请劳动仲裁。")
    tab(gui)
    assert focused() is page.minutes
    gui.keyClick(focused(), Qt.Key_A, Qt.ControlModifier)
    type_in(gui, "25")
    tab(gui)
    assert focused() is page.referral
    gui.keyClick(focused(), Qt.Key_Return, Qt.ControlModifier)

    day = rows(demo, lawyer)
    assert len(day) == 1
    detail = demo.consultations.detail(lawyer, day[0].id, reveal=True)
    assert (detail.name, detail.id_number, detail.phone, detail.row.channel) == ("李秀英", ID, "0371-67881234", "phone")
    assert (detail.category_code, detail.row.question, detail.advice, detail.row.minutes) == (
        "03", "公司拖欠三个月工资怎么办？", "先协商，不成申请劳动仲裁。", 25)
    assert detail.row.referral == "" and detail.ticket_number == ""
    # the form is empty again, walk-in, 10 minutes, the focus back on the name; the status names the entry
    assert page.name.text() == "" and page.question.toPlainText() == "" and page.category.currentIndex() == 0
    assert page.channel() == "walk_in" and page.minutes.value() == 10
    assert focused() is page.name
    assert day[0].number in page.status.text()
    # the day list shows it, with the totals
    assert page.model.rowCount() == 1 and page.model.item(0).number == day[0].number
    assert page.model.index(0, 2).data() == "李*英" and page.model.index(0, 6).data() == "25"
    assert "25" in page.totals.text()


def test_category_type_ahead_by_code_and_characters(page, gui):
    page.category.setFocus()
    gui.keyClicks(page.category, "03")
    assert page.category.currentText() == "劳动争议"
    page.category._clock.invalidate()  # a pause: the next keys start a new search
    QApplication.sendEvent(page.category, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, "婚"))
    assert page.category.currentText() == "婚姻家庭"
    assert page.category.find("jtsg") == page.category.findText("交通事故")
    assert page.category.find("zzz") == -1


def test_anonymous_empties_and_locks_the_person_fields(page, gui, demo, lawyer):
    page.name.setText("王大力")
    page.phone.setText("13912345678")
    page.anonymous.setChecked(True)
    assert page.name.text() == "" and page.phone.text() == "" and not page.name.isEnabled()
    assert page.first_field() is page.category
    page.anonymous.setChecked(False)  # a slip of the finger: what was typed comes back
    assert page.name.text() == "王大力" and page.phone.text() == "13912345678" and page.name.isEnabled()
    page.anonymous.setChecked(True)
    page.category.pick("01")
    page.question.setPlainText("离婚后孩子抚养费怎么算？")
    page.advice.setPlainText("一般按收入比例，可协商。")
    saved = page.save()
    assert saved is not None
    with demo.db.reader() as s:
        row = s.get(Consultation, saved.id)
        assert row.anonymous and (row.name, row.phone, row.id_number) == ("", "", "")
    assert page.model.index(0, 2).data() not in ("", "王*力")  # shown as anonymous


def test_invalid_id_number_is_refused_and_everything_kept(page, gui, demo, lawyer):
    page.name.setText("李秀英")
    page.id_number.setText(BAD_ID)
    page.category.pick("03")
    page.question.setPlainText("拖欠工资怎么办？")
    page.advice.setPlainText("申请劳动仲裁。")
    assert page.save() is None
    label = page.errors.error_label("id_number")
    assert not label.isHidden() and label.text()
    assert focused() is page.id_number
    assert (page.name.text(), page.id_number.text()) == ("李秀英", BAD_ID)
    assert page.question.toPlainText() == "拖欠工资怎么办？"
    assert rows(demo, lawyer) == [] and page.model.rowCount() == 0
    page.id_number.setText(ID)  # corrected: saves, and the message goes
    assert page.save() is not None
    assert label.isHidden()


def test_department_referral_asks_which_department(page, demo, lawyer):
    assert page.referral_to.isHidden()
    page.referral.setCurrentIndex(page.referral.findData("department"))
    assert not page.referral_to.isHidden()
    page.name.setText("赵六")
    page.category.pick("11")
    page.question.setPlainText("低保怎么申请？")
    page.advice.setPlainText("到社区和街道民政所申请。")
    assert page.save() is None
    assert not page.errors.error_label("referral").isHidden() and focused() is page.referral_to
    page.referral_to.setText("街道民政所")
    saved = page.save()
    assert saved is not None
    assert demo.consultations.detail(lawyer, saved.id).referral_to == "街道民政所"
    assert page.referral_to.isHidden()


def _auto_mediation(opened: list, name="某某物流有限公司", phone="13900001111", address="经三路8号"):
    class Auto(MediationReferralDialog):
        def exec(self):
            opened.append(self)
            self.fields.respondent_name.setText(name)
            self.fields.respondent_phone.setText(phone)
            self.fields.respondent_address.setText(address)
            self.fields.category.setCurrentIndex(self.fields.category.findText("劳动争议"))
            self.save()
            return self.result()
    return Auto


def test_mediation_referral_registers_the_case_through_the_dialog(page, demo, lawyer):
    opened = []
    page.mediation_dialog = _auto_mediation(opened)
    page.name.setText("李秀英")
    page.phone.setText("13912345678")
    page.address.setText("纬五路3号院")
    page.category.pick("03")
    page.question.setPlainText("公司拖欠三个月工资，想找公司调解。")
    page.advice.setPlainText("可申请人民调解，也可劳动仲裁。")
    page.referral.setCurrentIndex(page.referral.findData("mediation"))
    saved = page.save()
    assert len(opened) == 1 and "李秀英" in opened[0].note.text()
    assert saved is not None and saved.case_number
    assert saved.case_number in page.status.text()
    with demo.db.reader() as s:
        case = s.get(MediationCase, saved.case_id)
        applicant = next(p for p in case.parties if p.role == "applicant")
        respondent = next(p for p in case.parties if p.role == "respondent")
        assert (applicant.name, applicant.phone, applicant.address) == ("李秀英", "13912345678", "纬五路3号院")
        assert (respondent.name, respondent.phone) == ("某某物流有限公司", "13900001111")
        assert respondent.address == "经三路8号"
        assert s.get(Consultation, saved.id).case_id == case.id
    assert page.model.index(0, 7).data().endswith(saved.case_number)


def test_mediation_dialog_refuses_a_missing_party_and_cancel_saves_nothing(page, gui, demo, lawyer):
    dialog = MediationReferralDialog(demo, "李秀英")
    gui.addWidget(dialog)
    assert not dialog.save()
    assert not dialog.fields.errors.error_label("respondent_name").isHidden()
    assert not dialog.fields.errors.error_label("category_code").isHidden()
    dialog.fields.respondent_name.setText("张三")
    dialog.fields.respondent_phone.setText("139")
    assert not dialog.save() and not dialog.fields.errors.error_label("respondent_phone").isHidden()

    class Cancel(MediationReferralDialog):
        def exec(self):
            return QDialog.Rejected

    page.mediation_dialog = Cancel
    page.name.setText("李秀英")
    page.category.pick("03")
    page.question.setPlainText("想调解。")
    page.advice.setPlainText("可以调解。")
    page.referral.setCurrentIndex(page.referral.findData("mediation"))
    assert page.save() is None and rows(demo, lawyer) == []
    assert page.name.text() == "李秀英"
    page.anonymous.setChecked(True)  # mediation needs a named applicant: said before the dialog opens
    assert page.save() is None and not page.errors.error_label("referral").isHidden()


def test_refer_afterwards_from_the_day_list(page, demo, lawyer):
    saved = demo.consultations.record(lawyer, ConsultationInput(
        name="孙七", category_code="05", question="借钱不还怎么办？", advice="可以起诉。"))
    page.reload_day(saved.id)
    assert page.refer_btn.isEnabled() and not page.aid_row_btn.isEnabled()

    class Auto(ReferDialog):
        def exec(self):
            self.referral.setCurrentIndex(self.referral.findData("litigation"))
            self.referral_to.setText("金水区人民法院")
            self.save()
            return self.result()

    page.refer_dialog = Auto
    assert page.refer_selected() is not None
    assert demo.consultations.detail(lawyer, saved.id).row.referral == "litigation"
    assert page.model.index(0, 7).data()


def test_printing_builds_the_right_documents(page, demo, lawyer, monkeypatch):
    import desk.services.legal_documents as legal_documents

    built, shown = [], []
    for kind in ("consultation-form", "consultation-day-list", "legal-aid-application"):
        monkeypatch.setitem(legal_documents.LEGAL_BUILDERS, kind,
                            lambda documents, actor, ref, kind=kind: built.append((kind, ref)) or f"doc:{kind}")

    class Preview:
        def __init__(self, services, actor, doc, parent=None):
            shown.append(doc)

        def exec(self):
            return 0

    page.preview_dialog = Preview
    page.name.setText("周八")
    page.category.pick("03")
    page.question.setPlainText("工伤怎么认定？")
    page.advice.setPlainText("申请法律援助。")
    page.referral.setCurrentIndex(page.referral.findData("legal_aid"))
    saved = page.save()
    assert not page.aid_btn.isHidden()  # offered right after saving
    page.aid_btn.click()
    assert page.selected().id == saved.id and page.aid_row_btn.isEnabled()
    assert page.print_selected() and page.print_day()
    assert built == [("legal-aid-application", saved.id), ("consultation-form", saved.id),
                     ("consultation-day-list", demo.consultations.today().isoformat())]
    assert shown == ["doc:legal-aid-application", "doc:consultation-form", "doc:consultation-day-list"]


def test_attach_ticket_passes_it_on_and_starts_afresh(page, open_all_day, demo, lawyer):
    service = next(s for s in demo.queue_config.services() if s.prefix == "B")
    ticket = demo.tickets.issue(KIOSK, service.id)
    page.attach_ticket(ticket.id, ticket.number)
    assert ticket.number in page.ticket_badge.text() and not page.ticket_badge.isHidden()
    assert focused() is page.name
    page.name.setText("钱九")
    page.category.pick("06")
    page.question.setPlainText("物业费能不能不交？")
    page.advice.setPlainText("不能以此拒交，可协商。")
    saved = page.save()
    assert demo.consultations.detail(lawyer, saved.id).ticket_number == ticket.number
    with demo.db.reader() as s:
        assert s.get(Consultation, saved.id).ticket_id == ticket.id
    assert page.ticket_id is None and page.ticket_badge.isHidden()
    # a second ticket while something is typed: asked first; refused, nothing is lost
    other = demo.tickets.issue(KIOSK, service.id)
    page.name.setText("未保存")
    page.ask_discard = lambda number: False
    page.attach_ticket(other.id, other.number)
    assert page.ticket_id is None and page.name.text() == "未保存" and other.number in page.status.text()
    page.ask_discard = lambda number: True
    page.attach_ticket(other.id, other.number)
    assert page.ticket_id == other.id and page.name.text() == ""


def test_the_entry_survives_a_crash_as_a_draft(page, gui, open_all_day, demo, lawyer):
    service = next(s for s in demo.queue_config.services() if s.prefix == "B")
    ticket = demo.tickets.issue(KIOSK, service.id)
    page.attach_ticket(ticket.id, ticket.number)
    page.name.setText("吴十")
    page.question.setPlainText("房东不退押金。")
    page.channels["wechat"].setChecked(True)
    page.minutes.setValue(35)
    page.drafts.flush()
    again = ConsultationPage(demo, lawyer)  # the desk restarted
    gui.addWidget(again)
    assert (again.name.text(), again.question.toPlainText(), again.channel()) == ("吴十", "房东不退押金。", "wechat")
    assert again.ticket_id == ticket.id and not again.drafts.banner.isHidden()
    assert again.minutes.value() == 35  # typed by the lawyer: kept, no longer following the clock
    again.category.pick("06")
    again.advice.setPlainText("按合同约定主张。")
    assert again.save() is not None
    assert demo.drafts.load(lawyer, "consultation-entry") is None


def test_search_finds_consultations_and_notary_applications(gui, demo, lawyer):
    saved = demo.consultations.record(lawyer, ConsultationInput(
        name="郑秀兰", phone="13812345678", category_code="02", question="父亲的房子怎么继承？",
        advice="先办继承公证。"))
    notary = demo.auth.login("zhengxue", DEMO_PASSWORD)
    matter = next(m for m in demo.notary_catalogue.matters() if m.name == "继承公证")
    intake = demo.notary.receive(notary, NotaryIntakeInput(
        matter_id=matter.id, applicants=[ApplicantInput("郑秀兰", "", ID, "13812345678", "纬五路3号")]))
    head = demo.auth.login("zhaomin", DEMO_PASSWORD)
    search = LegalSearchPage(demo, head)
    gui.addWidget(search)
    search.term.setText("郑秀兰")
    gui.keyClick(search.term, Qt.Key_Return)
    kinds = {search.model.item(r).kind: search.model.item(r) for r in range(search.model.rowCount())}
    assert set(kinds) == {"consultation", "notary_intake"}
    assert kinds["consultation"].id == saved.id and kinds["notary_intake"].id == intake.id
    texts = [search.model.index(r, 1).data() for r in range(2)]
    assert saved.number in texts and intake.number in texts
    consultation = search.detail_dialog(kinds["consultation"])
    gui.addWidget(consultation)
    assert isinstance(consultation, ConsultationDetailDialog)
    assert "父亲的房子怎么继承" in consultation.text_of("咨询问题")
    assert consultation.text_of("联系电话") != "13812345678" and not consultation.reveal_btn.isHidden()
    consultation.reveal_btn.click()
    assert consultation.text_of("联系电话") == "13812345678" and consultation.reveal_btn.isHidden()
    application = search.detail_dialog(kinds["notary_intake"])
    gui.addWidget(application)
    assert isinstance(application, NotaryIntakeDetailDialog)
    assert application.text_of("公证事项") == "继承公证" and "郑秀兰" in application.text_of("申请人")
    assert ID not in application.text_of("申请人")
    assert search.search("没有这个人") == [] and search.model.rowCount() == 0
    # the lawyer searches consultations only
    own = LegalSearchPage(demo, lawyer)
    gui.addWidget(own)
    assert {h.kind for h in own.search("郑秀兰")} == {"consultation"}


# --- the queue link --------------------------------------------------------------------------------
def test_demo_services_open_their_forms(demo):
    opens = {s.prefix: s.handled_as for s in demo.queue_config.services()}
    assert opens == {"A": "", "B": "consultation", "C": "notary", "D": "consultation", "E": ""}


def test_serving_a_consultation_ticket_opens_the_form_with_it(gui, open_all_day, lawyer, db_path):
    from desk.views.main_window import MainWindow

    demo = open_all_day
    window_3 = next(w.id for w in demo.queue_config.windows() if w.number == 3)
    if demo.tickets.current(window_3):
        demo.tickets.finish(lawyer, window_3)
    waiting = demo.tickets.waiting([s.id for s in demo.queue_config.services() if s.prefix in "BD"])
    main = MainWindow(demo, lawyer, db_path)
    gui.addWidget(main)
    main.idle.stop()
    caller = main.show_area("queue")
    caller.window_box.setCurrentIndex(caller.window_box.findData(window_3))
    caller.call_next()
    called = caller.current_ticket
    assert called is not None and called.id == waiting[0].id and caller.open_form_btn.isHidden()
    with gui.waitSignal(caller.sig_serving) as signal:
        caller.start()
    assert signal.args == [called.id, called.number, "consultation"]
    form = main.pages["consultation"]
    assert main.stack.currentWidget() is main.frames["consultation"]
    assert form.ticket_id == called.id and called.number in form.ticket_badge.text()
    # the clerk goes back to the calling page; the button opens the form again
    main.show_area("queue")
    assert not caller.open_form_btn.isHidden() and called.number in caller.open_form_btn.text()
    caller.open_form_btn.click()
    assert main.stack.currentWidget() is main.frames["consultation"] and form.ticket_id == called.id
    # the time spent follows the clock from when serving began, until the lawyer types a value
    started = demo.tickets.ticket(called.id).serving_at
    demo.tickets.clock = lambda: started + timedelta(minutes=17, seconds=20)
    form.minutes_timer.timeout.emit()
    assert form.minutes.value() == 17
    form.name.setText("冯十一")
    form.category.pick("03")
    form.question.setPlainText("加班费怎么算？")
    form.advice.setPlainText("按劳动法规定的比例。")
    demo.tickets.clock = lambda: started + timedelta(minutes=21)
    saved = form.save()
    detail = demo.consultations.detail(lawyer, saved.id)
    assert detail.ticket_number == called.number and detail.row.minutes == 21


def test_serving_a_notary_ticket_opens_the_notary_intake(gui, open_all_day, db_path):
    pytest.importorskip("desk.views.notary_intake_page")
    from desk.views.main_window import MainWindow

    demo = open_all_day
    notary = demo.auth.login("zhengxue", DEMO_PASSWORD)
    window_4 = next(w.id for w in demo.queue_config.windows() if w.number == 4)  # C 公证代办, E 综合受理
    if demo.tickets.current(window_4):
        demo.tickets.finish(notary, window_4)
    ticket = demo.tickets.issue(KIOSK, next(s.id for s in demo.queue_config.services() if s.prefix == "C"))
    main = MainWindow(demo, notary, db_path)
    gui.addWidget(main)
    main.idle.stop()
    caller = main.show_area("queue")
    caller.window_box.setCurrentIndex(caller.window_box.findData(window_4))
    caller.call_number(ticket.number)
    caller.start()
    assert main.stack.currentWidget() is main.frames["notary_intake"]
    assert main.pages["notary_intake"].ticket_id == ticket.id and "consultation" not in main.pages


def test_a_ticket_of_a_plain_service_opens_nothing(gui, open_all_day, clerk):
    from desk.views.caller_panel import CallerPanel

    demo = open_all_day
    panel = CallerPanel(demo, clerk)
    gui.addWidget(panel)
    window_2 = next(w.id for w in demo.queue_config.windows() if w.number == 2)  # A 人民调解
    panel.window_box.setCurrentIndex(panel.window_box.findData(window_2))
    if demo.tickets.current(window_2):
        demo.tickets.finish(clerk, window_2)
    demo.tickets.issue(KIOSK, next(s.id for s in demo.queue_config.services() if s.prefix == "A"))
    panel.refresh(force=True)
    panel.call_next()
    seen = []
    panel.sig_serving.connect(lambda *args: seen.append(args))
    panel.start()
    assert panel.current_ticket.state == "serving" and seen == [] and panel.open_form_btn.isHidden()


# --- queue set-up: what serving opens --------------------------------------------------------------
def test_queue_setup_dialog_saves_what_serving_opens(gui, demo, admin):
    page = QueueConfigPage(demo, admin)
    gui.addWidget(page)
    service = next(s for s in demo.queue_config.services() if s.prefix == "E")
    page.service_table.selectRow(page.service_model.row_of(service.id))

    class Auto(QueueServiceDialog):
        def exec(self):
            assert self.handled_as.currentData() == ""
            self.handled_as.setCurrentIndex(self.handled_as.findData("notary"))
            self.save()
            return self.result()

    page.service_dialog_class = Auto
    page.edit_service()
    assert next(s for s in demo.queue_config.services() if s.prefix == "E").handled_as == "notary"
    row = page.service_model.row_of(service.id)
    assert page.service_model.index(row, 6).data() not in ("", "—")
    assert page.service_model.index(page.service_model.row_of(
        next(s.id for s in demo.queue_config.services() if s.prefix == "A")), 6).data() == "—"


def test_save_service_keeps_or_checks_what_serving_opens(demo, admin):
    b = next(s for s in demo.queue_config.services() if s.prefix == "B")
    kept = demo.queue_config.save_service(admin, b.id, b.prefix, "法律咨询（值班律师）", b.daily_cap, b.opens_at,
                                          b.closes_at)  # an older caller that knows nothing of it
    assert kept.handled_as == "consultation" and kept.name == "法律咨询（值班律师）"
    assert demo.queue_config.save_service(admin, b.id, b.prefix, b.name, b.daily_cap, b.opens_at, b.closes_at,
                                          handled_as="").handled_as == ""
    with pytest.raises(ValidationError) as err:
        demo.queue_config.save_service(admin, b.id, b.prefix, b.name, b.daily_cap, b.opens_at, b.closes_at,
                                       handled_as="kitchen")
    assert err.value.field == "handled_as"
    new = demo.queue_config.save_service(admin, None, "F", "社保咨询", 50, "08:30", "17:30")
    assert new.handled_as == ""

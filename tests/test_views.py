"""The windows a clerk uses: sign-in, first run, navigation by role, forms that keep input,
the audit viewer, preview / print / save, the idle lock."""

import sqlite3
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from desk.services.container import Services
from desk.services.demo import add_history
from desk.views.account_dialog import AccountDialog
from desk.views.accounts_page import AccountsPage
from desk.views.audit_page import AuditPage
from desk.views.center_page import CenterPage
from desk.views.idle import IdleWatcher
from desk.views.lock_dialog import LockDialog
from desk.views.login_dialog import LoginDialog
from desk.views.main_window import MainWindow
from desk.views.password_dialog import ChangePasswordDialog
from desk.views.print_preview import PdfPreviewDialog
from desk.views.setup_wizard import SetupWizard
from desk.views.verify_dialog import VerifyDialog


def type_text(widget, text):
    """Type like a person (pytest-qt's keyClicks aborts on non-ASCII text)."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, ch))


def actions(services):
    conn = sqlite3.connect(services.db.path)
    rows = [r[0] for r in conn.execute("SELECT action FROM audit_record ORDER BY id")]
    conn.close()
    return rows


def test_login_failure_keeps_username_and_explains(gui, demo):
    dlg = LoginDialog(demo)
    gui.addWidget(dlg)
    dlg.username.setText("admin")
    dlg.password.setText("wrong-pass1")
    dlg.try_login()
    assert dlg.actor is None and dlg.message.isVisible() is False or dlg.message.text()
    assert "用户名或密码错误" in dlg.message.text()
    assert dlg.username.text() == "admin" and dlg.password.text() == ""
    dlg.password.setText("demo1234")
    dlg.try_login()
    assert dlg.actor is not None and dlg.result() == LoginDialog.Accepted


def test_demo_hint_on_login(gui, demo):
    dlg = LoginDialog(demo)
    gui.addWidget(dlg)
    texts = " ".join(label.text() for label in dlg.findChildren(type(dlg.message)))
    assert "demo1234" in texts


def test_setup_wizard(gui, services):
    wizard = SetupWizard(services)
    gui.addWidget(wizard)
    wizard.show()
    page = wizard.profile_page
    type_text(page.name, "新城街道综治中心")
    assert not page.validatePage()  # committee and address missing
    assert page.name.text() == "新城街道综治中心"
    page.committee.setText("新城街道人民调解委员会")
    page.address.setText("新城路1号")
    assert page.validatePage()
    area = wizard.area_page
    area.street_name.setText("新城街道")
    area.street_code.setText("41010")
    assert not area.validatePage()
    assert "9 位" in area.errors._fields["street_code"][1].text()
    area.street_code.setText("410105009")
    area.communities.setPlainText("410105009001 东社区\n410105009002 西社区\n")
    assert area.validatePage()
    admin = wizard.admin_page
    admin.username.setText("boss")
    admin.full_name.setText("刘主任")
    admin.password.setText("start1234")
    admin.repeat.setText("start1235")
    assert not admin.validatePage() and not services.center.is_set_up()
    admin.repeat.setText("start1234")
    assert admin.validatePage()
    assert services.center.is_set_up() and wizard.actor.username == "boss"
    assert [g.name for g in services.grid.tree()] == ["新城街道", "东社区", "西社区"]


def test_navigation_follows_roles(gui, demo, admin, clerk, db_path):
    full = MainWindow(demo, admin, db_path)
    gui.addWidget(full)
    titles = [full.nav.item(i).text() for i in range(full.nav.count())]
    assert titles == ["数据看板", "调解案件", "期限提醒", "公调对接", "平台工单", "工单督办", "公证代办", "公证咨询查询", "今日排队",
                      "排队叫号设置", "审计日志", "工作人员账号", "中心与设置", "工作日历", "公证事项", "网格与字典", "数据备份",
                      "平台同步", "我的账号"]
    limited = MainWindow(demo, clerk, db_path)
    gui.addWidget(limited)
    assert [limited.nav.item(i).text() for i in range(limited.nav.count())] == ["窗口叫号", "公调对接", "平台工单", "平台同步", "我的账号"]
    mediator = MainWindow(demo, demo.auth.login("sunli", "demo1234"), db_path)
    gui.addWidget(mediator)
    assert [mediator.nav.item(i).text() for i in range(mediator.nav.count())] == [
        "窗口叫号", "纠纷登记", "调解案件", "期限提醒", "公调对接", "平台工单", "平台同步", "我的账号"]
    lawyer = MainWindow(demo, demo.auth.login("wuhao", "demo1234"), db_path)
    gui.addWidget(lawyer)
    assert [lawyer.nav.item(i).text() for i in range(lawyer.nav.count())] == [
        "窗口叫号", "法律咨询", "公证咨询查询", "平台同步", "我的账号"]
    notary = MainWindow(demo, demo.auth.login("zhengxue", "demo1234"), db_path)
    gui.addWidget(notary)
    assert [notary.nav.item(i).text() for i in range(notary.nav.count())] == [
        "窗口叫号", "公证受理", "公证代办", "公证咨询查询", "平台同步", "我的账号"]
    status = " ".join(label.text() for label in limited.statusBar().findChildren(QLabel))
    assert "刘洋" in status and "经八路街道综治中心" in status and "local.db" in status


def test_new_account_dialog_keeps_input_on_error(gui, demo, admin):
    page = AccountsPage(demo, admin)
    gui.addWidget(page)
    dlg = AccountDialog(demo, admin, None, page)
    gui.addWidget(dlg)
    dlg.username.setText("xiaowang")
    dlg.full_name.setText("王小")
    dlg.phone.setText("1381234")
    dlg.role_checks[next(iter(dlg.role_checks))].setChecked(True)
    dlg.password.setText("abc12345")
    assert not dlg.save()
    assert "手机" in dlg.errors._fields["phone"][1].text()
    assert dlg.full_name.text() == "王小" and dlg.phone.text() == "1381234"
    dlg.phone.setText("138 1234 5678")
    assert dlg.save()
    page.reload(dlg.result_user.id)
    assert page.selected().username == "xiaowang"
    assert page.model.data(page.model.index(page.table.currentIndex().row(), 3)) == "138****5678"


def test_accounts_model(qtmodeltester, gui, demo, admin):
    page = AccountsPage(demo, admin)
    gui.addWidget(page)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 8


def test_audit_viewer_pages_through_a_long_trail(qtmodeltester, gui, demo, admin):
    import random
    add_history(demo, 1000, random.Random(1))
    demo.auth.login("admin", "demo1234")
    page = AuditPage(demo, admin)
    gui.addWidget(page)
    page.date_from.setDate(page.date_from.date().addYears(-4))
    page.reload()
    assert page.model.total > 1000 and page.model.rowCount() == 200
    page.model.fetchMore()
    assert page.model.rowCount() == 400
    qtmodeltester.check(page.model)
    page.table.selectRow(0)
    assert "登录" in page.detail.toPlainText()


def test_audit_viewer_filters_and_chain_check(gui, demo, admin):
    page = AuditPage(demo, admin)
    gui.addWidget(page)
    page.person.setCurrentIndex(page.person.findText("王建国"))
    page.reload()
    assert page.model.total >= 1
    assert all(page.model.record(r).actor_name == "王建国" for r in range(page.model.rowCount()))
    page.verify_chain()
    assert "完整" in page.chain_label.text()


def test_center_page_keeps_input_on_error(gui, demo, admin):
    page = CenterPage(demo, admin)
    gui.addWidget(page)
    page.name.setText("")
    page.address.setText("新地址 1 号")
    assert not page.save_profile()
    assert page.address.text() == "新地址 1 号"
    page.name.setText("新名字中心")
    assert page.save_profile()
    assert demo.center.profile().name == "新名字中心"


def test_preview_save_and_print(gui, demo, admin, tmp_path):
    doc = demo.documents.audit_report(admin, date.today(), date.today())
    dlg = PdfPreviewDialog(demo, admin, doc)
    gui.addWidget(dlg)
    assert dlg.page_count >= 1
    saved = dlg.save_pdf(str(tmp_path / "copy.pdf"))
    assert saved.read_bytes() == doc.pdf
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dlg.print_document(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
    assert actions(demo)[-2:] == ["document.export", "document.print"]


def test_save_to_an_unwritable_place_says_so(gui, demo, admin, monkeypatch):
    shown = []
    monkeypatch.setattr("desk.views.print_preview.show_error", lambda parent, exc: shown.append(str(exc)))
    doc = demo.documents.audit_report(admin, date.today(), date.today())
    dlg = PdfPreviewDialog(demo, admin, doc)
    gui.addWidget(dlg)
    assert dlg.save_pdf("/proc/nope/x.pdf") is None
    assert shown and "could not be written" in shown[0]


def test_verify_dialog(gui, demo, admin):
    doc = demo.documents.audit_report(admin, date.today(), date.today())
    dlg = VerifyDialog(demo, admin)
    gui.addWidget(dlg)
    dlg.code.setText(doc.verification_code)
    dlg.check()
    assert "真实" in dlg.result.text() or doc.doc_id in dlg.result.text()
    dlg.code.setText("AAAA-BBBB")
    dlg.check()
    assert doc.doc_id not in dlg.result.text()


def test_idle_watcher_fires_and_input_postpones_it(gui):
    watcher = IdleWatcher(1, unit_ms=300)
    with gui.waitSignal(watcher.idle, timeout=2000):
        pass
    watcher.set_minutes(1)
    remaining = watcher.timer.remainingTime()
    gui.wait(150)
    QApplication.instance().sendEvent(QApplication.instance(), QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a"))
    watcher.eventFilter(None, QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a"))
    assert watcher.timer.remainingTime() > remaining - 150
    watcher.stop()


def test_lock_dialog(gui, demo, clerk):
    dlg = LockDialog(demo, clerk)
    gui.addWidget(dlg)
    dlg.password.setText("wrong1234")
    dlg.try_unlock()
    assert dlg.result() != LockDialog.Accepted and dlg.message.text()
    dlg.reject()  # Esc does nothing on a locked screen
    dlg.password.setText("demo1234")
    dlg.try_unlock()
    assert dlg.result() == LockDialog.Accepted


def test_change_password_dialog(gui, demo, clerk):
    dlg = ChangePasswordDialog(demo, clerk, forced=True)
    gui.addWidget(dlg)
    dlg.old.setText("demo1234")
    dlg.new.setText("newpass123")
    dlg.repeat.setText("newpass124")
    dlg.save()
    assert dlg.result() != QDialog.Accepted and dlg.new.text() == "newpass123"
    dlg.repeat.setText("newpass123")
    dlg.save()
    assert dlg.result() == QDialog.Accepted
    assert Services(demo.db).auth.login("liuyang", "newpass123")


def test_locking_hides_the_screen_and_is_audited(gui, demo, admin, db_path, monkeypatch):
    window = MainWindow(demo, admin, db_path)
    gui.addWidget(window)
    window.show()
    seen = {}

    def fake_exec(dialog):
        seen["content_visible"] = window.centralWidget().isVisible()
        return QDialog.Accepted

    monkeypatch.setattr(LockDialog, "exec", fake_exec)
    window.lock()
    assert seen == {"content_visible": False}
    assert window.centralWidget().isVisible()
    assert actions(demo)[-1] == "screen.lock"


def test_sign_out_from_the_lock_screen(gui, demo, admin, db_path, monkeypatch):
    from desk.views.lock_dialog import SIGNED_OUT

    window = MainWindow(demo, admin, db_path)
    gui.addWidget(window)
    window.show()
    monkeypatch.setattr(LockDialog, "exec", lambda dialog: SIGNED_OUT)
    with gui.waitSignal(window.sig_signed_out, timeout=1000):
        window.lock()
    assert actions(demo)[-2:] == ["screen.lock", "logout"]

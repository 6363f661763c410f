"""``main.py screenshot``: render every main view and dialog with demo data to PNG, headless."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def _save(widget: QWidget, path: Path, size: tuple[int, int] | None = None) -> Path:
    if size:
        widget.resize(*size)
    start_sync = getattr(widget, "start_sync", None)
    if start_sync is not None:  # the main window reads its sync status just after start-up: now
        start_sync()
    widget.show()
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))
    widget.hide()
    return path


def render_all(out: Path, lang: str = "zh_CN") -> list[Path]:
    from desk.db import open_database
    from desk.services.container import Services
    from desk.services.demo import seed_demo
    from desk.views import operations
    from desk.views.qt_setup import make_app

    make_app(lang=lang)
    operations.set_synchronous(True)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        # First run on an empty database: the set-up wizard.
        from desk.views.setup_wizard import SetupWizard

        empty = Services(open_database(Path(tmp) / "empty.db"))
        wizard = SetupWizard(empty)
        wizard.resize(720, 520)
        _fill_wizard(wizard)
        wizard.show()
        for i in range(3):
            written.append(_save(wizard, out / f"setup-{i + 1}.png"))
            wizard.show()
            if i < 2:
                wizard.next()
        wizard.close()
        empty.db.dispose()

        services = Services(open_database(Path(tmp) / "demo.db"))
        seed_demo(services)
        from desk.views import backup_screens

        backup_screens.prepare_backups(services, Path(tmp) / "backups")  # the backups area shows three
        written += _render_demo(services, out, Path(tmp) / "demo.db")
        written += backup_screens.render_backups(services, out, Path(tmp) / "demo.db", _save)
        written += _render_sync(services, out, Path(tmp) / "demo.db")  # last: it enrolls the scratch database
        services.db.dispose()
    operations.set_synchronous(False)
    return written


def _render_queue(services, out: Path) -> list[Path]:
    """Kiosk, hall display and rating screen as a visitor sees them."""
    from desk.views.hall_display import HallDisplay
    from desk.views.kiosk_window import KioskWindow
    from desk.views.rating_window import RatingPanel

    written = []
    from desk.services.permissions import SYSTEM

    for s in services.queue_config.services():  # show the kiosk open, whatever the hour of the run
        services.queue_config.save_service(SYSTEM, s.id, s.prefix, s.name, s.daily_cap, "00:00", "23:59")
    kiosk = KioskWindow(services)
    written.append(_save(kiosk, out / "queue-kiosk.png", (1280, 800)))
    hall = HallDisplay(services, None)
    written.append(_save(hall, out / "queue-hall-display.png", (1600, 900)))
    hall.timer.stop()
    rating = RatingPanel()
    rating.set_ticket("demo", "A012")
    written.append(_save(rating, out / "queue-rating.png", (1280, 800)))
    for widget in (kiosk, hall, rating):
        widget.close()
    return written


def _fill_wizard(wizard) -> None:
    p, a, m = wizard.profile_page, wizard.area_page, wizard.admin_page
    p.name.setText("经八路街道综治中心")
    p.committee.setText("经八路街道人民调解委员会")
    p.address.setText("郑州市金水区经八路街道纬五路12号")
    a.street_name.setText("经八路街道")
    a.street_code.setText("410105001000")
    a.communities.setPlainText("410105001001 纬五路社区\n410105001002 经五路社区")
    m.username.setText("admin")
    m.full_name.setText("王建国")


def _render_demo(services, out: Path, db_path: Path) -> list[Path]:
    from desk.views.account_dialog import AccountDialog
    from desk.views.lock_dialog import LockDialog
    from desk.views.login_dialog import LoginDialog
    from desk.views.main_window import MainWindow
    from desk.views.password_dialog import ChangePasswordDialog
    from desk.views.print_preview import PdfPreviewDialog
    from desk.views.verify_dialog import VerifyDialog

    written = []
    login = LoginDialog(services)
    login.username.setText("admin")
    written.append(_save(login, out / "login.png"))
    admin = services.auth.login("admin", "demo1234")
    services.auth.login("liuyang", "demo1234")
    window = MainWindow(services, admin, db_path)
    window.idle.stop()
    for area in window.areas:
        page = window.show_area(area.key)
        if area.key == "accounts":
            page.table.selectRow(1)
        if area.key == "audit":
            page.reload()
            page.table.selectRow(0)
        written.append(_save(window, out / f"main-{area.key}.png", (1280, 800)))
        if area.key == "lists" and hasattr(page, "tabs"):
            page.tabs.setCurrentIndex(1)
            written.append(_save(window, out / "main-lists-dictionaries.png", (1280, 800)))
        if area.key == "center":
            written += _render_settings(window, out)
    clerk = services.auth.login("liuyang", "demo1234")
    clerk_window = MainWindow(services, clerk, db_path)
    clerk_window.idle.stop()
    caller = clerk_window.page("queue")
    caller.window_box.setCurrentIndex(caller.window_box.count() - 2)  # window 3: a call in progress
    written.append(_save(clerk_window, out / "main-reception-clerk.png", (1280, 800)))
    written += _render_queue(services, out)
    mediator = services.auth.login("sunli", "demo1234")
    mediator_window = MainWindow(services, mediator, db_path)
    mediator_window.idle.stop()
    for key in ("case_intake", "cases", "deadlines"):
        mediator_window.show_area(key)
        written.append(_save(mediator_window, out / f"main-{key}.png", (1280, 800)))
    written += _render_cases(services, mediator, mediator_window, out)
    mediator_window.close()

    written.append(_save(AccountDialog(services, admin, None, window), out / "dialog-new-account.png"))
    written.append(_save(ChangePasswordDialog(services, admin, forced=True, parent=window), out / "dialog-change-password.png"))
    written.append(_save(LockDialog(services, admin, window), out / "dialog-lock.png"))
    today = date.today()
    doc = services.documents.audit_report(admin, today.replace(day=1), today)
    preview = PdfPreviewDialog(services, admin, doc, window)
    written.append(_save(preview, out / "dialog-print-preview.png", (820, 900)))
    verify = VerifyDialog(services, admin, window)
    verify.code.setText(doc.verification_code)
    verify.check()
    written.append(_save(verify, out / "dialog-verify-document.png"))
    window.close()
    clerk_window.close()
    written += __import__("desk.views.notary_screens", fromlist=["x"]).render_notary(services, out, db_path)
    written += __import__("desk.views.consultation_screens", fromlist=["x"]).render_consultation(services, out, db_path)
    written += _render_linkage(services, out, db_path)
    written += _render_dashboard(services, out, db_path)
    return written


def _render_dashboard(services, out: Path, db_path: Path) -> list[Path]:
    """The head's dashboard (this month, the whole center) on a laptop and on a full-HD screen."""
    from desk.views.main_window import MainWindow

    head = services.auth.login("zhaomin", "demo1234")
    window = MainWindow(services, head, db_path)
    window.idle.stop()
    page = window.show_area("dashboard")
    page.ensure_charts()  # normally built just after the first paint
    written = [_save(window, out / "main-dashboard.png", (1366, 768)),
               _save(window, out / "main-dashboard-1920.png", (1920, 1080))]
    page.filters.apply_preset("year")
    page.reload()
    written.append(_save(window, out / "main-dashboard-year.png", (1920, 1080)))
    from desk.views.monthly_report_dialog import MonthlyReportDialog

    written.append(_save(MonthlyReportDialog(services, head, window), out / "dialog-monthly-report.png"))
    window.close()
    return written


def _render_settings(window, out: Path) -> list[Path]:
    """Every tab of the settings area, and the backup tab refusing a bad time and a missing folder."""
    page = window.show_area("center")
    written = []
    for key in page.tab_keys:
        page.show_tab(key)
        written.append(_save(window, out / f"main-settings-{key}.png", (1280, 800)))
    if "backup" in page.tab_keys:
        form = page.forms["backup"]
        page.show_tab("backup")
        form.editors["backup.enabled"].setChecked(True)
        form.editors["backup.time"].setText("25:00")
        form.save()  # refused: nothing is saved, the messages stand under the fields
        written.append(_save(window, out / "main-settings-backup-errors.png", (1280, 800)))
        form.errors.clear()
    page.show_tab(page.tab_keys[0])
    return written


def _render_cases(services, mediator, window, out: Path) -> list[Path]:
    """Search results, the case view's tabs on cases at different stages, and the session editor."""
    from desk.views.case_detail import CaseDetailDialog
    from desk.views.case_record_editor import CaseRecordDialog

    written = []
    cases = window.show_area("cases")
    cases.search_box.setText("王")
    cases.search()
    written.append(_save(window, out / "main-cases-search.png", (1280, 800)))
    cases.search_box.setText("")
    cases.search()

    def stage(outcome: str | None, status: str) -> str | None:
        rows = services.cases.search(mediator, "", None, 0, 200)[1]
        for row in rows:
            summary = services.case_work.summary(mediator, row.id)
            if summary.status == status and (outcome is None or (summary.outcome and summary.outcome.kind == outcome)):
                return row.id
        return None

    names = ("overview", "records", "outcome", "follow-up", "file")
    agreed = stage("written", "agreed")
    if agreed:
        dialog = CaseDetailDialog(services, mediator, agreed, window)
        for i, name in enumerate(names):
            dialog.tabs.setCurrentIndex(i)
            written.append(_save(dialog, out / f"dialog-case-{name}.png", (1100, 720)))
        dialog.close()
    signing = stage("written", "mediating")
    if signing:
        dialog = CaseDetailDialog(services, mediator, signing, window)
        dialog.tabs.setCurrentIndex(2)
        written.append(_save(dialog, out / "dialog-case-agreement-signing.png", (1100, 720)))
        dialog.close()
    archived = stage(None, "archived")
    if archived:
        dialog = CaseDetailDialog(services, mediator, archived, window)
        dialog.tabs.setCurrentIndex(4)
        written.append(_save(dialog, out / "dialog-case-archived-file.png", (1100, 720)))
        dialog.close()
    if agreed:
        session = next(r for r in services.case_work.summary(mediator, agreed).records if r.kind == "session")
        editor = CaseRecordDialog(services, mediator, agreed, "session", session, window)
        written.append(_save(editor, out / "dialog-session-editor.png", (1000, 700)))
        editor.close()
    return written


def _render_linkage(services, out: Path, db_path: Path) -> list[Path]:
    """Police referrals and work orders as a mediator sees them, with a detail of each (the head's lists
    and the supervision view are among the administrator's areas above)."""
    from desk.views.main_window import MainWindow
    from desk.views.referral_detail import ReferralDetailDialog
    from desk.views.work_order_case_dialog import WorkOrderCaseDialog
    from desk.views.work_order_detail import WorkOrderDetailDialog
    from desk.views.work_order_form import WorkOrderForm

    written = []
    mediator = services.auth.login("sunli", "demo1234")
    window = MainWindow(services, mediator, db_path)
    window.idle.stop()
    referrals = window.show_area("referrals")
    written.append(_save(window, out / "main-referrals-mediator.png", (1280, 800)))
    row = next((i for i in range(referrals.model.rowCount()) if referrals.model.item(i).state == "mediating"), 0)
    if referrals.model.rowCount():
        written.append(_save(ReferralDetailDialog(services, mediator, referrals.model.item(row).id, window),
                             out / "dialog-referral-detail.png", (820, 620)))
    orders = window.show_area("work_orders")
    written.append(_save(window, out / "main-work_orders-mediator.png", (1280, 800)))
    row = next((i for i in range(orders.model.rowCount()) if orders.model.item(i).state == "handling"), 0)
    if orders.model.rowCount():
        written.append(_save(WorkOrderDetailDialog(services, mediator, orders.model.item(row).id, window),
                             out / "dialog-work-order-detail.png", (860, 660)))
    form = WorkOrderForm(services, mediator, window)
    form.number.setText("GD-PAPER-001")
    form.order_type.setText("噪音扰民")
    form.description.setPlainText("市民反映小区楼上住户夜间装修噪音扰民，请核实处理。")
    form.reporter_phone.setText("1381234")
    form.save()  # refused: the phone stays as typed, the message under it
    written.append(_save(form, out / "dialog-work-order-paper.png", (760, 600)))
    form.close()
    signed = next((r for r in services.work_orders.list(mediator) if r.state in ("signed", "handling")
                   and not r.linked_id), None)
    if signed:
        dialog = WorkOrderCaseDialog(services, mediator, signed.id, window)
        dialog.parties[1].kind.setCurrentIndex(1)
        dialog.parties[1].name.setText("某某物业服务有限公司")
        written.append(_save(dialog, out / "dialog-work-order-case.png", (760, 600)))
        dialog.close()
    window.close()
    return written


def _render_sync(services, out: Path, db_path: Path) -> list[Path]:
    """The sync page of an enrolled desk (no platform: its state and problems are inserted as rows):
    3 changes waiting, a case summary changed on both sides, a work-order step the platform refused."""
    import json
    from datetime import timedelta

    from desk.models.sync import SyncOutbox, SyncProblem, SyncRecord, SyncState
    from desk.sync.attention import Attention
    from desk.timeutil import utcnow
    from desk.views.main_window import MainWindow
    from desk.views.sync_conflict_dialog import ConflictDialog

    mediator = services.auth.login("sunli", "demo1234")
    admin = services.auth.login("admin", "demo1234")
    case_id = services.cases.search(mediator, "", None, 0, 1)[1][0].id
    summary = services.cases.get(mediator, case_id).summary
    orders = services.work_orders.list(mediator)
    order_id = next((o for o in orders if o.state == "assigned"), orders[0]).id
    now = utcnow()
    with services.db.writer() as s:
        s.add_all([SyncState(key=k, value=v) for k, v in (
            ("device_id", "3c1f6a2e"), ("url", "https://ptfw.jinshui.gov.cn"), ("center_code", "410105001"),
            ("center_name", "经八路街道综治中心"), ("device_name", "一楼前台"),
            ("last_success", (now - timedelta(minutes=12)).isoformat()),
            ("last_attempt", (now - timedelta(minutes=1)).isoformat()),
            ("last_error", "PlatformUnavailable: ConnectTimeout"))])
        s.add_all([SyncOutbox(op_id=f"00000000-0000-4000-8000-00000000000{i}", entity="mediation_case",
                              entity_id=case_id, kind="upsert", base_version=3, fields="{}", created_at=now)
                   for i in range(3)])
        s.add(SyncRecord(entity="mediation_case", entity_id=case_id, local_id=case_id, version=3))
        s.add(SyncProblem(kind="conflict", entity="mediation_case", entity_id=case_id, field="summary",
                          mine=json.dumps(summary, ensure_ascii=False), version=4, created_at=now - timedelta(minutes=12),
                          theirs=json.dumps("申请人反映楼上住户卫生间长期漏水，导致其天花板、墙面受损；经社区网格员"
                                            "现场查看，双方同意由物业出具维修方案后再行协商赔偿事宜。", ensure_ascii=False)))
        command = {"name": "transition", "field": "state", "from": "assigned", "to": "completed"}
        s.add(SyncProblem(kind="rejected", entity="work_order", entity_id=order_id, code="illegal_transition",
                          detail="work_order: assigned -> completed is not a permitted transition",
                          payload=json.dumps({"kind": "command", "fields": {}, "command": command}),
                          created_at=now - timedelta(minutes=12)))
        s.commit()
    written = []
    for actor, name, size in ((mediator, "main-sync.png", (1280, 800)), (admin, "main-sync-admin.png", (1280, 1300))):
        window = MainWindow(services, actor, db_path)
        window.idle.stop()
        window.ensure_sync_worker().stop()  # no rounds: there is no platform behind this scene
        window.show_area("sync")
        written.append(_save(window, out / name, size))
        window.close()
    conflict = next(p for p in Attention(services).open_items() if p.kind == "conflict")
    dialog = ConflictDialog(services, mediator, conflict)
    written.append(_save(dialog, out / "dialog-sync-conflict.png", (760, 460)))
    dialog.close()
    return written

"""The administrator's settings area (desk/views/settings_page.py): every tab shows what is stored,
refuses a bad value with a message under the field and saves nothing, saves a good one audited and
applies it at once; the printers set per kind of document are the ones the print path uses."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from desk.errors import DeskError, PermissionDenied
from desk.models.accounts import Role
from desk.models.audit import AuditRecord
from desk.models.center import CenterProfile
from desk.services.permissions import Actor
from desk.services.settings import SYSTEM_DEFAULT_PRINTER, print_group
from desk.views.main_window import AREAS, MainWindow
from desk.views.print_preview import PdfPreviewDialog, printer_for
from desk.views.settings_page import SettingsPage
from desk.views.ticket_printer import ticket_system_printer

PRINTER, OFFLINE = "desk-test-pdf", "desk-test-offline"
needs_cups = pytest.mark.skipif(QPrinterInfo.printerInfo(PRINTER).isNull(),
                                reason="no CUPS test printer (run scripts/setup-test-printer.sh as root)")
ADMIN = Actor(user_id=None, username="admin", full_name="管理员", roles=frozenset({Role.ADMIN}))


@pytest.fixture
def center(services):
    """Services over a database holding just the center's profile (no demo seeding: fast)."""
    with services.db.writer() as s:
        s.add(CenterProfile(id=1, name="经八路街道综治中心", committee_name="经八路街道人民调解委员会",
                            address="纬五路12号", phone="0371-65951234", area_code="410105001"))
        s.commit()
    return services


@pytest.fixture
def page(gui, center):
    page = SettingsPage(center, ADMIN)
    gui.addWidget(page)
    return page


def audit_count(services) -> int:
    with services.db.reader() as s:
        return s.scalar(select(func.count()).select_from(AuditRecord))


def setting_changes(services) -> list[tuple[str, dict]]:
    with services.db.reader() as s:
        rows = s.execute(select(AuditRecord.entity_id, AuditRecord.changes)
                         .where(AuditRecord.action == "setting.change").order_by(AuditRecord.id)).all()
    return [(key, json.loads(changes)) for key, changes in rows]


def test_every_tab_shows_the_stored_values(gui, center, tmp_path):
    folder = tmp_path / "backups"
    center.settings.set_many(ADMIN, {
        "security.idle_lock_minutes": 7, "print.printer.receipts": "gone-printer", "backup.enabled": True,
        "backup.folder": str(folder), "backup.time": "7:45", "backup.keep_days": 90, "linkage.feedback_days": 20,
        "queue.ticket_printer": "tcp://10.0.0.9:9100", "ui.language": "en", "mediation.case_abbr": "经调",
        "sync.ca_bundle": "/etc/desk/ca.pem"})
    page = SettingsPage(center, ADMIN)
    gui.addWidget(page)
    assert page.tab_keys == ["center", "printing", "queue", "cases", "deadlines", "security", "backup", "platform",
                             "more"]
    forms = page.forms
    assert forms["security"].editors["security.idle_lock_minutes"].text() == "7"
    assert forms["security"].editors["security.lockout_minutes"].text() == "15"  # a default
    assert forms["language"].editors["ui.language"].currentData() == "en"
    assert forms["case_numbers"].editors["mediation.case_abbr"].text() == "经调"
    assert forms["deadlines_linkage"].editors["linkage.feedback_days"].text() == "20"
    backup = forms["backup"].editors
    assert backup["backup.enabled"].isChecked() and backup["backup.folder"].text() == str(folder)
    assert backup["backup.time"].text() == "07:45" and backup["backup.keep_days"].text() == "90"
    receipts = forms["printers"].editors["print.printer.receipts"]
    assert receipts.value() == "gone-printer" and "gone-printer" in receipts.currentText()  # kept, marked missing
    assert forms["printers"].editors["print.printer.documents"].value() == ""  # ask each time
    tickets = page.printing.tickets
    assert tickets.escpos_radio.isChecked() and tickets.address.text() == "tcp://10.0.0.9:9100"
    assert not tickets.system_printer.isEnabled()
    assert page.center.name.text() == "经八路街道综治中心"
    assert page.platform_values["ca"].text() == "/etc/desk/ca.pem"
    assert page.platform_values["interval"].text() == "60"


@pytest.mark.parametrize("form, key, typed, expected", [
    ("security", "security.idle_lock_minutes", "0", ("1", "240")),
    ("security", "security.idle_lock_minutes", "10000", ("1", "240")),
    ("security", "security.lockout_minutes", "ten", ()),
    ("backup", "backup.time", "25:00", ("HH:MM",)),
    ("backup", "backup.time", "12.30", ("HH:MM",)),
    ("backup", "backup.keep_days", "0", ("1", "3650")),
    ("backup", "backup.folder", "relative/backups", ()),
    ("deadlines_linkage", "linkage.feedback_days", "91", ("1", "90")),
    ("case_numbers", "mediation.number_format", "{year}号", ("{seq}",)),
])
def test_a_bad_value_shows_a_message_and_saves_nothing(page, center, form, key, typed, expected):
    before, audited = center.settings.all(), audit_count(center)
    settings_form = page.forms[form]
    for other in settings_form.editors:  # a good change beside the bad one is not saved either
        if other != key and other.endswith(("_minutes", "_days")):
            settings_form.editors[other].setText("3")
            break
    settings_form.editors[key].setText(typed)
    assert not settings_form.save()
    message = settings_form.error_text(key)
    assert message and all(part in message for part in expected)
    assert center.settings.all() == before and audit_count(center) == audited
    assert settings_form.editors[key].text() == typed  # what was typed stays, to be corrected
    assert not settings_form.message.isVisibleTo(settings_form)


def test_a_backup_folder_must_be_a_writable_folder_away_from_the_database(page, center, tmp_path):
    form = page.forms["backup"]
    afile = tmp_path / "notes.txt"
    afile.write_text("x")
    for bad in (afile, center.db.path, center.db.path.parent):
        form.editors["backup.folder"].setText(str(bad))
        assert not form.save() and form.error_text("backup.folder")
    assert center.settings.get("backup.folder") == ""
    form.editors["backup.folder"].setText(str(tmp_path / "elsewhere" / "backups"))  # to be created: fine
    form.editors["backup.enabled"].setChecked(True)
    form.editors["backup.time"].setText("７:05")  # full-width digits from an input method
    assert form.save() and not form.error_text("backup.folder")
    assert form.editors["backup.time"].text() == "07:05" == center.settings.get("backup.time")
    assert center.settings.get("backup.folder") == str(tmp_path / "elsewhere" / "backups")
    assert center.settings.get("backup.enabled") is True


def test_ticket_printer_needs_an_address_it_understands(page, center):
    tickets = page.printing.tickets
    tickets.escpos_radio.setChecked(True)
    assert tickets.address.isEnabled() and not tickets.system_printer.isEnabled()
    for bad in ("", "lp0", "tcp://"):
        tickets.address.setText(bad)
        assert not tickets.save() and tickets.error_text("queue.ticket_printer")
    assert center.settings.get("queue.ticket_printer") == ""
    tickets.address.setText(" /dev/usb/lp0 ")
    assert tickets.save()
    assert center.settings.get("queue.ticket_printer") == "/dev/usb/lp0"
    tickets.system_radio.setChecked(True)  # back to a system printer: the ESC/POS address is cleared
    assert tickets.save()
    assert center.settings.get("queue.ticket_printer") == ""


def test_a_good_change_is_saved_audited_and_applied_at_once(gui, center, db_path):
    window = MainWindow(center, ADMIN, db_path)
    gui.addWidget(window)
    assert window.idle.timer.interval() == 10 * 60_000
    page = window.show_area("center")
    assert isinstance(page, SettingsPage)
    page.show_tab("security")
    security = page.forms["security"]
    security.editors["security.idle_lock_minutes"].setText("3")
    security.editors["security.max_failed_logins"].setText("6")
    saved = []
    page.settings_saved.connect(saved.append)
    gui.mouseClick(security.save_btn, Qt.LeftButton)
    assert security.message.isVisibleTo(security) and not security.error_text("security.idle_lock_minutes")
    assert center.settings.get("security.idle_lock_minutes") == 3 and center.settings.get("security.max_failed_logins") == 6
    # applied without a restart: the running idle lock now fires after 3 minutes
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 3 * 60_000
    assert setting_changes(center)[-2:] == [("security.idle_lock_minutes", {"security.idle_lock_minutes": [10, 3]}),
                                            ("security.max_failed_logins", {"security.max_failed_logins": [5, 6]})]
    assert saved == [["security.idle_lock_minutes", "security.max_failed_logins"]]
    audited = audit_count(center)
    assert security.save()  # saving again changes nothing and audits nothing
    assert audit_count(center) == audited
    # the pages that keep their own settings are one click away
    page.show_tab("deadlines")
    gui.mouseClick(page.findChild(QPushButton, "openArea:calendar"), Qt.LeftButton)
    assert window.stack.currentWidget() is window.frames["calendar"]
    window.idle.stop()
    window.close()


def test_printer_for_follows_the_setting_of_the_documents_group(center):
    assert print_group("notary-receipt") == "receipts" and print_group("agreement") == "documents"
    assert print_group("monthly-report") == "reports" and print_group("termination-notice") == "letters"
    assert printer_for(center, "agreement") is None  # nothing set: the print dialog asks
    center.settings.set_many(ADMIN, {"print.printer.letters": "no-such-printer"})
    with pytest.raises(DeskError) as missing:  # never silently the default printer instead
        printer_for(center, "referral-feedback")
    assert "no-such-printer" in str(missing.value)
    if QPrinterInfo.defaultPrinter().isNull():
        return
    center.settings.set_many(ADMIN, {"print.printer.documents": SYSTEM_DEFAULT_PRINTER})
    assert printer_for(center, "agreement").printerName() == QPrinterInfo.defaultPrinterName()


@needs_cups
def test_the_preview_prints_on_the_printer_set_for_its_kind(gui, center, monkeypatch):
    center.settings.set_many(ADMIN, {"print.printer.receipts": OFFLINE, "print.printer.reports": PRINTER})
    assert printer_for(center, "notary-receipt").printerName() == OFFLINE
    assert printer_for(center, "audit-report").printerName() == PRINTER
    doc = center.documents.audit_report(ADMIN, date.today(), date.today())
    dlg = PdfPreviewDialog(center, ADMIN, doc)
    gui.addWidget(dlg)
    used = []
    monkeypatch.setattr(dlg, "_paint", lambda printer, images: used.append(printer.printerName()))
    monkeypatch.setattr(dlg, "ask_printer", lambda: pytest.fail("a printer is set: no print dialog"))
    assert dlg.other_btn.isVisibleTo(dlg)
    gui.mouseClick(dlg.print_btn, Qt.LeftButton)
    assert used == [PRINTER]


@needs_cups
def test_the_kiosk_prints_tickets_on_the_system_printer_set(center):
    assert ticket_system_printer(center).printerName() == QPrinterInfo.defaultPrinterName()
    center.settings.set_many(ADMIN, {"queue.ticket_system_printer": OFFLINE})
    assert ticket_system_printer(center).printerName() == OFFLINE
    center.settings.set_many(ADMIN, {"queue.ticket_system_printer": "unplugged"})
    assert ticket_system_printer(center) is None  # reported as "no printer", not printed elsewhere


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
def test_only_administrators_have_the_settings_area(center, role):
    actor = Actor(user_id=None, username="x", full_name="某人", roles=frozenset({role}))
    assert "center" not in [a.key for a in AREAS if a.allowed(actor)]
    with pytest.raises(PermissionDenied):
        center.settings.set_many(actor, {"security.idle_lock_minutes": 30})
    assert "center" in [a.key for a in AREAS if a.allowed(ADMIN)]

#!/usr/bin/env python3
"""Personal data scan: after a scripted session of the desk, no ID number or mobile number of the people
in it may be found in the log, the crash reports, the temporary files or the user profile files the
app wrote, its console output, or an export that must be masked.

    python scripts/pii_scan.py            # the session, then the scan; exit 1 on a finding
    python scripts/pii_scan.py --keep build/pii   # keep the session's files to look at

The session runs in a process of its own whose temporary folder (TMPDIR/TEMP/TMP) and home folder
(HOME, XDG_*) point into the work folder, so every file it writes outside the database is scanned. It
uses the app's own start-up pieces (``desk.logs.setup_logging`` beside the database, the Qt
application offscreen) and then, as a clerk would: an ID number typed into the user name field at
sign-in; a mediator signs in and registers a dispute whose parties have ID and mobile numbers (also
written into the summary); the case list searched by ID number (must show masked names only); the
case opened (masked), then the full numbers revealed (must be audited); the registration form
previewed, printed to a file and saved; the audit report exported (must be masked); an appointment
booked with a name and phone, checked in and called (the hall display must show none of it); a
consultation logged; a sync round against a platform that is not there; an unexpected database error
shown to the user (its traceback is logged); an uncaught exception in a Qt slot carrying an ID and a
phone (crash report); log calls with personal data in their arguments; and a backup (previewed), a
scheduled backup that fails, and a restore (the backup files are database copies and not scanned).

The scan looks for any valid 18-character ID number (check character right, masked forms such as
410105********1234 do not match) and for the session people's mobile numbers, plain or as
138-1234-5678 / 138 1234 5678, in half- or full-width digits. Findings are printed with the file and
line, the number itself masked.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SESSION_FILE = "session.json"
# The database holds personal data by design; so does a document printed for a role that needs the full
# numbers (the registration form), which the session saves under exports/full/.
NOT_SCANNED = ("data/local.db", "data/local.db-wal", "data/local.db-shm", "exports/full/",
               "backups/desk-2", "data/local.replaced-", SESSION_FILE)  # backups: copies of the database
ID_IN_TEXT = re.compile(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9])")


# --- the session (its own process) ------------------------------------------------------------------

def session(work: Path, quick: bool) -> int:
    import keyring

    from desk.bench.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # the session's platform token, in memory: no OS keyring is touched
    import logging

    from desk.db import open_database
    from desk.demo_people import ZHENGZHOU_AREA_CODES, make_person
    from desk.logs import log_dir, setup_logging
    from desk.services.container import Services
    from desk.services.demo import DEMO_PASSWORD, seed_demo
    from desk.views.qt_setup import make_app

    db_path = work / "data" / "local.db"
    setup_logging(log_dir(db_path))  # exactly what desk.app.run_gui does
    app = make_app(lang="zh_CN")
    from desk.views import operations

    operations.set_synchronous(True)  # background operations inline, so the session is deterministic
    services = Services(open_database(db_path))
    seed_demo(services, demo_cases=0 if quick else 60)
    rng = random.Random(11)
    people = [make_person(rng, ZHENGZHOU_AREA_CODES, date.today()) for _ in range(4)]
    checks: dict[str, bool] = {}
    exports = work / "exports"
    (exports / "full").mkdir(parents=True, exist_ok=True)

    # 1. a clerk types an ID number into the user name field
    from desk.errors import AuthError

    try:
        services.auth.login(people[0].id_number, "wrong")
    except AuthError:
        pass
    # 2. a mediator signs in and registers a dispute
    from desk.services.mediation_cases import IntakeInput, PartyInput

    mediator = services.auth.login("sunli", DEMO_PASSWORD)
    a, b = people[0], people[1]
    case = services.cases.register(mediator, IntakeInput(
        source="application", category_code="02", place="纬五路12号院", received_on=date.today(),
        summary=f"申请人{a.name}（身份证{a.id_number}，电话{a.mobile}）称楼上漏水，被申请人{b.name}电话"
                f"{b.mobile[:3]}-{b.mobile[3:7]}-{b.mobile[7:]}，多次协商未果。",
        parties=[PartyInput(role="applicant", name=a.name, id_number=a.id_number, phone=a.mobile,
                            address="纬五路12号院3号楼201"),
                 PartyInput(role="respondent", name=b.name, id_number=b.id_number, phone=b.mobile,
                            address="纬五路12号院3号楼301")]))
    # 3. the case list, searched by ID number: masked names only
    from PySide6.QtCore import QModelIndex, Qt, QTimer

    from desk.views.case_list import CaseListPage

    page = CaseListPage(services, mediator)
    page.search_box.setText(a.id_number)
    page.search()
    cells = [str(page.model.data(page.model.index(r, c, QModelIndex()), Qt.DisplayRole) or "")
             for r in range(page.model.rowCount()) for c in range(page.model.columnCount())]
    checks["case list found the case by ID number"] = page.model.rowCount() == 1
    checks["case list shows no full name, ID or mobile number"] = not any(
        x in cell for cell in cells for x in (a.name, b.name, a.id_number, a.mobile, b.mobile))
    # 4. the case opened (masked), then the full numbers revealed (audited)
    from sqlalchemy import select

    from desk.models.audit import AuditRecord
    from desk.views.case_detail import CaseDetailDialog

    dialog = CaseDetailDialog(services, mediator, case.id)
    table = dialog.overview.table
    shown = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
             if table.item(r, c)]
    checks["case view masks ID and mobile numbers"] = not any(x in shown for x in (a.id_number, a.mobile))
    dialog.overview.reveal_btn.click()
    shown = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
             if table.item(r, c)]
    with services.db.reader() as s:
        reveals = s.scalars(select(AuditRecord.actor_name).where(AuditRecord.action == "mediation.case.reveal",
                                                                 AuditRecord.entity_id == case.id)).all()
    checks["revealing shows the full numbers"] = a.id_number in shown
    checks["revealing is audited"] = list(reveals) == ["孙丽"]
    dialog.deleteLater()
    # 5. the registration form: previewed, printed to a file in the temporary folder, saved for the file
    from PySide6.QtPrintSupport import QPrinter

    from desk.services.documents import case_registration
    from desk.views.print_preview import PdfPreviewDialog

    doc = case_registration(services.documents, mediator, case.id)
    preview = PdfPreviewDialog(services, mediator, doc)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(tempfile.mktemp(prefix="desk-print-", suffix=".pdf"))
    preview.print_document(printer)
    preview.save_pdf(str(exports / "full" / "registration-form.pdf"))
    preview.deleteLater()
    # 6. the audit report exported by the center head: masked
    head = services.auth.login("zhaomin", DEMO_PASSWORD)
    report = services.documents.audit_report(head, date.today() - timedelta(days=1), date.today())
    (exports / "audit-report.pdf").write_bytes(report.pdf)
    services.documents.record_output(head, report.doc_id, "export", str(exports / "audit-report.pdf"))
    # 7. an appointment with a name and phone, checked in and called; the hall display
    from desk.views.hall_display import HallDisplay

    clerk = services.auth.login("liuyang", DEMO_PASSWORD)
    services.tickets.check_hours = False
    service = services.queue_config.services()[0]
    from desk.timeutil import utcnow

    now = utcnow().replace(microsecond=0)
    appointment = services.appointments.book(clerk, service.id, people[2].name, people[2].mobile, now,
                                             now + timedelta(minutes=30))
    ticket = services.appointments.check_in(clerk, appointment.code)
    window = next(w for w in services.queue_config.windows() if service.id in w.service_ids and not w.paused)
    if services.tickets.current(window.id) is not None:
        services.tickets.finish(clerk, window.id)
    services.tickets.call_number(clerk, window.id, ticket.number)
    hall = HallDisplay(services, announcer=None)
    hall.poll(force=True)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in hall.findChildren(QLabel))
    checks["hall display shows no name or mobile number"] = not any(
        x in texts for x in (people[2].name, people[2].mobile, people[2].name[1:]))
    hall.deleteLater()
    # 8. a consultation
    from desk.services.consultations import ConsultationInput

    lawyer = services.auth.login("wuhao", DEMO_PASSWORD)
    c = people[3]
    services.consultations.record(lawyer, ConsultationInput(
        name=c.name, id_number=c.id_number, phone=c.mobile, category_code="03", minutes=10,
        question=f"我的身份证号{c.id_number}被人冒用办了手机卡{c.mobile}，怎么办？", advice="报警并向运营商申请停机。"))
    # 9. a sync round against a platform that is not there
    from desk.models.sync import SyncState
    from desk.services.permissions import SYSTEM
    from desk.services.uow import UnitOfWork
    from desk.sync.client import SyncError
    from desk.sync.engine import SyncEngine

    with UnitOfWork(services.db, SYSTEM) as uow:
        for key, value in (("url", f"http://127.0.0.1:{_dead_port()}"), ("device_id", "pii-scan")):
            uow.session.add(SyncState(key=key, value=value))
    keyring.set_password("desk.platform", "pii-scan", "token")
    services.cases.register(mediator, IntakeInput(  # queued for the platform with its parties
        source="application", category_code="02", summary="相邻关系纠纷，双方就通道使用发生争执。", received_on=date.today(),
        parties=[PartyInput(role="applicant", name=c.name, id_number=c.id_number, phone=c.mobile),
                 PartyInput(role="respondent", name=a.name, id_number=a.id_number, phone=a.mobile)]))
    try:
        SyncEngine(services).sync_once()
        checks["sync against a dead platform fails"] = False
    except SyncError:
        checks["sync against a dead platform fails"] = True
    from desk.cli import main as cli_main

    cli_main(["--db", str(db_path), "sync", "--once"])  # what a scheduled headless round prints
    # 10. an unexpected database error shown to the user: its traceback (SQL and values) goes to the log
    from desk.models.mediation import CaseParty
    from desk.views.messages import QMessageBox, show_error

    QMessageBox.warning = staticmethod(lambda *args, **kwargs: QMessageBox.Ok)  # no modal box in a script
    try:
        with UnitOfWork(services.db, mediator) as uow:
            uow.session.add(CaseParty(case_id="no-such-case", position=0, role="applicant", kind="person", name=a.name,
                                      id_number=a.id_number, phone=a.mobile, address="纬五路12号院"))
    except Exception as exc:  # an IntegrityError with the row's values in its text
        show_error(None, exc)
    # 11. an uncaught exception in a Qt slot, carrying personal data (crash report)
    def slot() -> None:
        raise RuntimeError(f"party {a.id_number} / {a.mobile} could not be shown")

    QTimer.singleShot(0, slot)
    app.processEvents()
    # 12. log calls with personal data in their arguments and messages
    log = logging.getLogger("desk.session")
    log.warning("party %s %s", b.id_number, b.mobile)
    log.info(f"lookup {c.id_number.translate(str.maketrans('0123456789', '０１２３４５６７８９'))} {c.mobile[:3]} "
             f"{c.mobile[3:7]} {c.mobile[7:]}")
    # 13. the daily backup, its preview, a scheduled one that fails, and a restore (the backups themselves are
    # copies of the database and are not scanned; their manifest, the log and the audit text are)
    from desk.services.backups import restore_database
    from desk.views.backup_scheduler import BackupScheduler

    admin = services.auth.login("admin", DEMO_PASSWORD)
    services.settings.set_internal(SYSTEM, "backup.folder", str(work / "backups"))
    backup = services.backups.run_now(admin)
    preview = services.backups.preview(backup.path)
    checks["a backup was written and checked"] = backup.ok and preview.counts["cases"] == 2
    (work / "exports" / "not-a-folder").write_text("x")
    services.settings.set_internal(SYSTEM, "backup.folder", str(work / "exports" / "not-a-folder" / "backups"))
    services.settings.set_internal(SYSTEM, "backup.enabled", True)
    failed: list[str] = []
    scheduler = BackupScheduler(services)
    scheduler.sig_failed.connect(failed.append)
    scheduler.check()
    checks["a failed scheduled backup is reported"] = bool(failed)
    services.db.dispose()
    restore_database(backup.path, db_path)
    services = Services(open_database(db_path))
    services.backups.record_restore(admin, backup.path)
    checks["the restore brought the backup back"] = services.backups.live_preview().counts == preview.counts
    logging.shutdown()
    app.processEvents()

    crash_reports = sorted(p.name for p in log_dir(db_path).glob("crash-*.txt"))
    checks["an uncaught exception leaves a crash report"] = bool(crash_reports)
    log_text = (log_dir(db_path) / "desk.log").read_text("utf-8")
    checks["the log holds the unexpected error's traceback"] = "IntegrityError" in log_text
    manifest = {"people": [{"name": p.name, "id_number": p.id_number, "mobile": p.mobile} for p in people],
                "checks": checks, "crash_reports": crash_reports}
    (work / SESSION_FILE).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    services.db.dispose()
    return 0


def _dead_port() -> int:
    """A loopback port nothing listens on."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- the scan ---------------------------------------------------------------------------------------------

def _valid_id(value: str) -> bool:
    from desk.validation import id_check_char

    return value[17] == id_check_char(value[:17])


def _text_of(path: Path) -> tuple[str, str]:
    """The file's text as a reader would find it: a PDF's extracted text, anything else its bytes."""
    data = path.read_bytes()
    if data[:5] == b"%PDF-" and shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True)
        return out.stdout.decode("utf-8", "replace") + "\n" + data.decode("latin-1"), "PDF text and bytes"
    return data.decode("utf-8", "replace"), "bytes"


def findings_in(text: str, mobiles: list[str]) -> list[tuple[int, str]]:
    """(line, masked number) for each ID number with a valid check character and each known mobile number."""
    from desk.validation import mask_id_number, mask_phone

    found = []
    for n, line in enumerate(text.splitlines(), 1):
        plain = unicodedata.normalize("NFKC", line).upper()
        found += [(n, f"ID number {mask_id_number(m.group(0))}") for m in ID_IN_TEXT.finditer(plain)
                  if _valid_id(m.group(0))]
        digits_only = re.sub(r"[\s\-]", "", plain)
        found += [(n, f"mobile number {mask_phone(m)}") for m in mobiles if m in digits_only]
    return found


def scan(work: Path, out=sys.stdout) -> tuple[int, list[str]]:
    manifest = json.loads((work / SESSION_FILE).read_text("utf-8"))
    mobiles = [p["mobile"] for p in manifest["people"]]
    scanned, findings = 0, []
    print("scanned (everything the session wrote outside the database):", file=out)
    for path in sorted(p for p in work.rglob("*") if p.is_file()):
        rel = path.relative_to(work).as_posix()
        if rel.startswith(NOT_SCANNED) or rel in NOT_SCANNED:
            continue
        text, how = _text_of(path)
        scanned += 1
        hits = findings_in(text, mobiles)
        print(f"  {rel}  ({path.stat().st_size:,} bytes, {how}): {len(hits) or 'nothing'}"
              + (" found" if hits else ""), file=out)
        findings += [f"{rel}:{line}: {what}" for line, what in hits]
    print(f"not scanned: {', '.join(NOT_SCANNED[:-1])} (personal data belongs there)", file=out)
    return scanned, findings


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="scripts/pii_scan.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it")
    p.add_argument("--quick", action="store_true", help="a demo center without its 60 cases (CI)")
    p.add_argument("--session", type=Path, help=argparse.SUPPRESS)  # the scripted session's own process
    args = p.parse_args(argv)
    if args.session:
        return session(args.session, args.quick)
    work = (args.keep or Path(tempfile.mkdtemp(prefix="desk-pii-"))).resolve()
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
    home, tmp = work / "home", work / "tmp"
    for folder in (home, tmp, work / "data"):
        folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "TMPDIR": str(tmp), "TEMP": str(tmp), "TMP": str(tmp), "HOME": str(home),
           "USERPROFILE": str(home), "XDG_CACHE_HOME": str(home / ".cache"), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_RUNTIME_DIR": str(tmp / "runtime"),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    (tmp / "runtime").mkdir(mode=0o700, exist_ok=True)
    try:
        with open(work / "console.txt", "wb") as console:
            cmd = [sys.executable, str(Path(__file__).resolve()), "--session", str(work)] + (["--quick"] if args.quick else [])
            rc = subprocess.run(cmd, stdout=console, stderr=subprocess.STDOUT, env=env, cwd=ROOT, timeout=600).returncode
        if rc != 0 or not (work / SESSION_FILE).exists():
            tail = (work / "console.txt").read_text("utf-8", "replace")[-3000:]
            print(f"the scripted session failed (exit {rc}):\n{tail}")
            return 2
        manifest = json.loads((work / SESSION_FILE).read_text("utf-8"))
        print(f"session: {len(manifest['people'])} people with ID and mobile numbers; "
              f"crash reports written: {len(manifest['crash_reports'])}")
        failed = [name for name, ok in manifest["checks"].items() if not ok]
        for name, ok in manifest["checks"].items():
            print(f"  {'ok' if ok else 'FAILED'}: {name}")
        scanned, findings = scan(work)
        print(f"{scanned} files scanned; {len(findings)} findings")
        for finding in findings:
            print(f"  ! {finding}")
        return 1 if findings or failed else 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

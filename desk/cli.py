"""Command line: the GUI by default, and headless sub-commands for administration and tests."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from desk import __version__

# Documents the print command renders: the audit report, the documents of a mediation case
# (desk.services.case_documents.DOCUMENT_BUILDERS), of police linkage and work orders (LINKAGE_BUILDERS)
# and of the notary and legal consultation desks (LEGAL_BUILDERS); listed here so --help stays cheap.
PRINT_KINDS = ("audit-report", "case-registration", "case-application", "investigation-record", "session-record",
               "agreement", "termination-notice", "follow-up-record", "file-cover", "file-contents",
               "referral-receipt", "referral-feedback", "referral-return", "police-transfer", "work-order-feedback",
               "notary-receipt", "notary-transfer-list", "notary-pickup-notice", "consultation-form",
               "consultation-day-list", "legal-aid-application")
# What --id means for the kinds that do not take a case id or number.
PRINT_REFS = {"investigation-record": "RECORD_ID", "session-record": "RECORD_ID", "follow-up-record": "FOLLOW_UP_ID",
              "work-order-feedback": "ORDER_ID_OR_NUMBER", "notary-receipt": "INTAKE_ID_OR_NUMBER",
              "notary-pickup-notice": "INTAKE_ID_OR_NUMBER", "notary-transfer-list": "BATCH_ID_OR_NUMBER",
              "consultation-form": "CONSULTATION_ID_OR_NUMBER", "legal-aid-application": "CONSULTATION_ID_OR_NUMBER",
              "consultation-day-list": "YYYY-MM-DD"}


def default_db_path() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "local.db"
    return Path(__file__).resolve().parent.parent / "local.db"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="desk", description="Street / community comprehensive service center desk.")
    p.add_argument("--version", action="version", version=f"desk {__version__}")
    p.add_argument("--db", type=Path, default=None, help="SQLite database file (default: local.db)")
    p.add_argument("--lang", choices=("zh_CN", "en"), default=None, help="interface language")
    p.add_argument("--demo", action="store_true", help="fill a new database with demo data")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation in a temporary folder (database, document, screenshot) and exit; "
                        "0 when everything works")
    p.add_argument("--self-test-keep", type=Path, default=None, metavar="DIR", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command")
    sub.add_parser("run", help="start the application (the default)")
    sd = sub.add_parser("seed-demo", help="add demo data (and bulk history with --scale N)")
    sd.add_argument("--scale", type=int, default=0)
    sub.add_parser("verify-audit", help="check the audit hash chain; exit 1 on the first broken record")
    bk = sub.add_parser("backup", help="consistent copy of the live database")
    bk.add_argument("--out", type=Path, required=True)
    rs = sub.add_parser("restore", help="replace the database with a backup (the app must be closed)")
    rs.add_argument("file", type=Path)
    sub.add_parser("encrypt-db", help="encrypt the database in place with SQLCipher (the app must be closed); "
                                      "its key is kept in the OS keyring only")
    sc = sub.add_parser("screenshot", help="render every main view and dialog to PNG (no display needed)")
    sc.add_argument("--out", type=Path, required=True)
    pr = sub.add_parser("print", help="render a document to PDF")
    pr.add_argument("kind", choices=PRINT_KINDS)
    pr.add_argument("--id", default=None, help="case id or number; for investigation-record and session-record "
                                                "the record id, for follow-up-record the follow-up id; for the "
                                                "police letters the referral id or incident number, for "
                                                "work-order-feedback the order id or number; for notary-receipt "
                                                "and notary-pickup-notice the intake id or number (GZ2026-0001), "
                                                "for notary-transfer-list the batch id or number (ZD2026-001), "
                                                "for consultation-form and legal-aid-application the "
                                                "consultation id or number (ZX2026-00001), for "
                                                "consultation-day-list the day as YYYY-MM-DD")
    pr.add_argument("--from", dest="date_from", type=date.fromisoformat, default=None)
    pr.add_argument("--to", dest="date_to", type=date.fromisoformat, default=None)
    pr.add_argument("--out", type=Path, required=True)
    rp = sub.add_parser("report", help="the monthly statistics report as PDF and/or Excel")
    rp.add_argument("--month", required=True, help="the month as YYYY-MM (the current month counts up to today)")
    rp.add_argument("--grid", default=None, metavar="CODE", help="mediation figures of this grid node only")
    rp.add_argument("--pdf", type=Path, default=None, help="write the PDF here")
    rp.add_argument("--xlsx", type=Path, default=None, help="write the Excel workbook here")
    sy = sub.add_parser("sync", help="sync with the central platform (docs/SYNC.md)")
    sy.add_argument("--once", action="store_true", help="one round (push, pull, dictionaries), then exit")
    sy.add_argument("--status", action="store_true", help="show the sync status and exit")
    sy.add_argument("--live", action="store_true", help="also push at once and long-poll (the shared queue)")
    sy.add_argument("--enroll", metavar="CODE", help="enroll this desk with an enrollment code")
    sy.add_argument("--url", help="the platform address, with --enroll")
    sy.add_argument("--name", help="this desk's name on the platform, with --enroll")
    sy.add_argument("--batch", type=int, default=None, help=argparse.SUPPRESS)  # tests: small pushes
    vd = sub.add_parser("verify-document", help="look up a printed document by its verification code")
    vd.add_argument("code")
    for name, text in (("kiosk", "the self-service ticket kiosk, full screen"),
                       ("hall", "the hall display with voice calls, full screen"),
                       ("rating-screen", "the customer-facing rating screen of one window")):
        q = sub.add_parser(name, help=text)
        q.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
        if name == "rating-screen":
            q.add_argument("--window", type=int, default=1, help="the window number it faces")
    return p


_opened: list = []  # the databases the command opened; main() closes them when it returns


def _open(args):
    from desk.db import open_database
    from desk.services.container import Services

    services = Services(open_database(args.db))
    _opened.append(services)
    return services


def cmd_seed_demo(args) -> int:
    from desk.services.demo import seed_demo

    services = _open(args)
    seed_demo(services, scale=args.scale)
    print(f"demo data ready in {args.db}")
    return 0


def cmd_verify_audit(args) -> int:
    from desk.services.audit import verify_chain

    services = _open(args)
    with services.db.reader() as s:
        report = verify_chain(s)
    if report.ok:
        print(f"OK: {report.message}")
        return 0
    print(f"BROKEN at record {report.broken_id}: {report.message}")
    return 1


def cmd_backup(args) -> int:
    from desk.db import backup_to
    from desk.services.permissions import SYSTEM
    from desk.services.uow import UnitOfWork

    services = _open(args)
    out = backup_to(services.db.engine, args.out)
    with UnitOfWork(services.db, SYSTEM) as uow:
        uow.audit("database.backup", "database", "", summary=str(out))
    print(f"backup written to {out}")
    return 0


def cmd_restore(args) -> int:
    from desk.db import DatabaseError, restore_from

    try:
        restore_from(args.file, args.db)
    except DatabaseError as exc:
        print(f"restore failed: {exc}", file=sys.stderr)
        return 1
    services = _open(args)  # migrates an older backup to the current schema
    from desk.services.permissions import SYSTEM
    from desk.services.uow import UnitOfWork

    with UnitOfWork(services.db, SYSTEM) as uow:
        uow.audit("database.restore", "database", "", summary=str(args.file))
    print(f"{args.db} restored from {args.file}")
    return 0


def cmd_encrypt_db(args) -> int:
    from desk.encryption import EncryptionError, encrypt_database

    try:
        result = encrypt_database(args.db)
    except EncryptionError as exc:
        print(f"not encrypted: {exc}", file=sys.stderr)
        return 1
    services = _open(args)
    from desk.services.permissions import SYSTEM
    from desk.services.uow import UnitOfWork

    with UnitOfWork(services.db, SYSTEM) as uow:
        uow.audit("database.encrypt", "database", "", summary=str(result.path))
    print(f"{result.path} is encrypted ({result.tables} tables, {result.rows:,} rows). Its key is kept only in this "
          "computer's keyring; backups stay encrypted with the same key.")
    for copy in result.plain_copies:
        print(f"warning: {copy} is an unencrypted copy of the database; delete it or keep it somewhere safe",
              file=sys.stderr)
    return 0


def cmd_print(args) -> int:
    from desk.errors import DeskError
    from desk.services.permissions import CLI

    services = _open(args)
    today = date.today()
    try:
        if args.kind != "audit-report":
            from desk.services.case_documents import DOCUMENT_BUILDERS
            from desk.services.legal_documents import LEGAL_BUILDERS
            from desk.services.linkage_documents import LINKAGE_BUILDERS

            if not args.id:
                what = PRINT_REFS.get(
                    args.kind, "REFERRAL_ID_OR_INCIDENT_NUMBER" if args.kind in LINKAGE_BUILDERS else "CASE_ID_OR_NUMBER")
                print(f"{args.kind} needs --id {what}", file=sys.stderr)
                return 2
            doc = (DOCUMENT_BUILDERS | LINKAGE_BUILDERS | LEGAL_BUILDERS)[args.kind](services.documents, CLI, args.id)
        else:
            doc = services.documents.audit_report(
                CLI, args.date_from or today.replace(day=1), args.date_to or today)
    except DeskError as exc:
        print(f"cannot print: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(doc.pdf)
    services.documents.record_output(CLI, doc.doc_id, "export", str(args.out))
    print(f"{doc.title} → {args.out} (verification code {doc.verification_code})")
    return 0


def cmd_report(args) -> int:
    import re

    from desk.errors import DeskError
    from desk.services.permissions import CLI

    match = re.fullmatch(r"(\d{4})-(\d{1,2})", args.month.strip())
    if not match:
        print("--month must be YYYY-MM, e.g. 2026-10", file=sys.stderr)
        return 2
    if not (args.pdf or args.xlsx):
        print("report needs --pdf FILE and/or --xlsx FILE", file=sys.stderr)
        return 2
    services = _open(args)
    grid_id = None
    if args.grid:
        grid_id = next((g.id for g in services.grid.tree() if g.code == args.grid.strip()), None)
        if grid_id is None:
            print(f"there is no grid node {args.grid}", file=sys.stderr)
            return 1
    reports = services.monthly_report
    try:
        report = reports.build(CLI, int(match.group(1)), int(match.group(2)), grid_id)
        if args.pdf:
            doc = reports.save_pdf(CLI, report, args.pdf)
            print(f"{doc.title} → {args.pdf} (verification code {doc.verification_code})")
        if args.xlsx:
            doc = reports.workbook(CLI, report, args.xlsx)
            print(f"{doc.title} → {args.xlsx} (verification code {doc.verification_code})")
    except DeskError as exc:
        print(f"cannot make the report: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_verify_document(args) -> int:
    from desk.services.documents import describe
    from desk.services.permissions import CLI

    info = _open(args).documents.verify(CLI, args.code)
    if info is None:
        print(f"NOT FOUND: no document with code {args.code}")
        return 1
    print(f"FOUND: {describe(info)}")
    return 0


def cmd_screenshot(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desk.views.screenshots import render_all

    written = render_all(args.out, lang=args.lang or "zh_CN")
    for path in written:
        print(path)
    return 0


def no_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_run(args) -> int:
    if no_display():
        print(
            "desk needs a display to show its windows, and none was found (DISPLAY is not set).\n"
            "  - on a desktop: start it from a terminal inside the graphical session;\n"
            "  - on a server: run it under a virtual display:  xvfb-run -a python main.py\n"
            "  - to just look at the screens: python main.py screenshot --out shots/",
            file=sys.stderr,
        )
        return 2
    from desk.app import run_gui

    return run_gui(args.db, lang=args.lang, demo=args.demo)


def cmd_sync(args) -> int:
    """Headless sync: enroll, one round, the status, or rounds every ``sync.interval_seconds``."""
    import time

    from desk.services.permissions import CLI
    from desk.sync.client import SyncError
    from desk.sync.engine import SyncEngine

    services = _open(args)
    engine = SyncEngine(services)
    try:
        if args.enroll:
            if not args.url:
                print("--enroll needs --url", file=sys.stderr)
                return 2
            answer = engine.enroll(CLI, args.url, args.enroll, args.name)
            print(f"enrolled with {answer['center']['name']} ({answer['center']['code']}) as {answer['device_id']}; "
                  f"roles: {', '.join(answer.get('roles', []))}; {engine.pending()} records queued")
            return 0
        if args.status:
            st = engine.status()
            print(f"enrolled: {'yes' if st.enrolled else 'no'}  platform: {st.url or '-'}  center: {st.center or '-'}\n"
                  f"last success: {st.last_success or '-'}  last attempt: {st.last_attempt or '-'}\n"
                  f"pending: {st.pending}  needs attention: {st.problems}  last error: {st.last_error or '-'}")
            return 0
        live = None
        if args.live and not args.once:
            from desk.sync.live import LiveSync

            live = LiveSync(engine)
            live.start()
        while True:
            try:
                r = engine.sync_once(batch=args.batch) if args.batch else engine.sync_once()
                print(f"pushed {r.pushed} (applied {r.applied}, duplicate {r.duplicates}, conflict {r.conflicts}, "
                      f"rejected {r.rejected}); pulled {r.pulled}{' after a full resync' if r.resynced else ''}; "
                      f"dictionaries updated: {', '.join(r.dictionaries) or 'none'}", flush=True)
            except SyncError as exc:
                print(f"sync failed: {exc.detail or exc.message}", file=sys.stderr, flush=True)
                if args.once:
                    return 2
            if args.once:
                return 0
            time.sleep(services.settings.get("sync.interval_seconds"))
    except SyncError as exc:
        print(f"sync failed: {exc.message} {exc.detail}".strip(), file=sys.stderr)
        return 2


def _live_queue(services):
    """The live sync lane for a queue window on an enrolled desk (None when not enrolled)."""
    from desk.sync.engine import SyncEngine
    from desk.sync.live import LiveSync

    engine = SyncEngine(services)
    if not engine.status().enrolled:
        return None
    live = LiveSync(engine)
    live.start()
    return live


def cmd_queue_window(args) -> int:
    """Kiosk, hall display or rating screen on a machine of their own (no sign-in: they show no
    personal data and can only issue tickets or take ratings)."""
    if no_display():
        return cmd_run(args)  # prints the same advice
    from desk.db import open_database
    from desk.logs import log_dir, setup_logging
    from desk.services.container import Services
    from desk.sync.numbers import PlatformNumbers
    from desk.views.qt_setup import make_app
    from desk.views.queue_windows import open_queue_window

    setup_logging(log_dir(args.db))
    app = make_app(lang=args.lang or "zh_CN")
    services = Services(open_database(args.db))
    services.tickets.numbers = PlatformNumbers()  # the kiosk numbers from the platform once enrolled
    if not services.center.is_set_up():
        print("set the center up first: python main.py (the first-run wizard)", file=sys.stderr)
        return 1
    window_id = None
    if args.command == "rating-screen":
        window_id = next((w.id for w in services.queue_config.windows() if w.number == args.window), None)
        if window_id is None:
            print(f"there is no window {args.window}", file=sys.stderr)
            return 1
    live = _live_queue(services)  # noqa: F841 - an enrolled kiosk or hall display shares the center's queue
    kind = {"kiosk": "kiosk", "hall": "hall", "rating-screen": "rating"}[args.command]
    window = open_queue_window(kind, services, window_id, full_screen=not args.windowed)  # noqa: F841 - kept alive
    return app.exec()


COMMANDS = {
    None: cmd_run, "run": cmd_run, "seed-demo": cmd_seed_demo, "verify-audit": cmd_verify_audit,
    "backup": cmd_backup, "restore": cmd_restore, "encrypt-db": cmd_encrypt_db, "print": cmd_print,
    "verify-document": cmd_verify_document, "screenshot": cmd_screenshot, "sync": cmd_sync, "report": cmd_report,
    "kiosk": cmd_queue_window, "hall": cmd_queue_window, "rating-screen": cmd_queue_window,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from desk.self_test import run_self_test

        return run_self_test(keep=args.self_test_keep)
    if args.db is None:
        args.db = default_db_path()
    from desk.db import DatabaseError

    try:
        return COMMANDS[args.command](args)
    except DatabaseError as exc:
        print(f"database problem: {exc}", file=sys.stderr)
        return 1
    finally:
        while _opened:  # a restore refuses a database still open, even in this process
            _opened.pop().db.dispose()

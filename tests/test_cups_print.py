"""Printing on a real CUPS virtual printer (scripts/setup-test-printer.sh, run by `make test`)."""

import subprocess
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from desk.views.print_preview import PdfPreviewDialog, printer_ready


def _printer_exists(name):
    try:
        return subprocess.run(["lpstat", "-p", name], capture_output=True).returncode == 0
    except OSError:
        return False


pytestmark = pytest.mark.skipif(not _printer_exists("desk-test-pdf"),
                                reason="no CUPS test printer (run scripts/setup-test-printer.sh as root)")
OUT = Path.home() / "PDF"


def test_prints_on_the_cups_pdf_printer(gui, demo, admin):
    doc = demo.documents.audit_report(admin, date(2020, 1, 1), date.today())
    before = set(OUT.glob("*.pdf")) if OUT.exists() else set()
    dlg = PdfPreviewDialog(demo, admin, doc)
    gui.addWidget(dlg)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setPrinterName("desk-test-pdf")
    printer.setDocName(doc.doc_id)
    assert printer_ready("desk-test-pdf")
    dlg.print_document(printer)
    deadline = time.time() + 60
    pages = None
    while time.time() < deadline and pages is None:  # cups-pdf writes the file in steps
        time.sleep(0.5)
        for path in (set(OUT.glob("*.pdf")) - before) if OUT.exists() else ():
            info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
            found = [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")]
            if found and doc.doc_id in path.name:
                pages = int(found[0])
    assert pages is not None, "the CUPS-PDF printer wrote no complete file"
    assert pages == dlg.page_count
    import sqlite3
    conn = sqlite3.connect(demo.db.path)
    row = conn.execute("SELECT action, summary FROM audit_record ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert row == ("document.print", "desk-test-pdf")


def test_a_stopped_printer_is_reported_and_nothing_is_lost(gui, demo, admin, monkeypatch):
    shown = []
    monkeypatch.setattr("desk.views.print_preview.show_error", lambda parent, exc: shown.append(str(exc)))
    doc = demo.documents.audit_report(admin, date.today(), date.today())
    dlg = PdfPreviewDialog(demo, admin, doc)
    gui.addWidget(dlg)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setPrinterName("desk-test-offline")
    assert not printer_ready("desk-test-offline")
    dlg.print_document(printer)
    assert shown and "stopped or offline" in shown[0]
    assert dlg.print_btn.isEnabled() and dlg.save_btn.isEnabled()

"""The self-service kiosk, ticket printing (ESC/POS over a real loopback socket, the system printer
path into a PDF file) and the customer-facing rating screen."""

from __future__ import annotations

import socket
import threading
from datetime import timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desk.errors import ConflictError, NotFound
from desk.print.escpos import decode_text
from desk.services.demo import DEMO_PASSWORD
from desk.services.permissions import KIOSK
from desk.services.queue_printing import ticket_slip
from desk.timeutil import to_local, utcnow
from desk.views.kiosk_window import KioskWindow
from desk.views.messages import error_text
from desk.views.rating_window import RatingDialog, RatingPanel, RatingWindow
from desk.views.ticket_printer import TicketPrinter

OFFLINE = "desk-test-offline"  # a paused CUPS queue made by scripts/setup-test-printer.sh


@pytest.fixture
def loopback():
    """A raw-TCP receipt printer on 127.0.0.1: bound at once (so connecting is refused); ``start()``
    makes it accept one job."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = SimpleNamespace(target=f"tcp://127.0.0.1:{sock.getsockname()[1]}", data=bytearray(),
                             done=threading.Event())

    def serve() -> None:
        with sock.accept()[0] as conn:
            while chunk := conn.recv(4096):
                server.data += chunk
        server.done.set()

    def start() -> None:
        sock.listen(1)
        sock.settimeout(10)
        threading.Thread(target=serve, daemon=True).start()
    server.start = start
    yield server
    sock.close()


def open_all_day(demo, admin) -> dict:
    """Services issue from 08:30 to 17:30: open them around the clock so tests run at any hour."""
    for s in demo.queue_config.services():
        demo.queue_config.save_service(admin, s.id, s.prefix, s.name, s.daily_cap, "00:00", "23:59", s.default_minutes)
    return {s.prefix: s for s in demo.queue_config.services()}


def pdf_printer(path):
    def make() -> QPrinter:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer
    return make


def kiosk(gui, demo, tmp_path=None, return_seconds=60.0) -> KioskWindow:
    """A kiosk printing into a PDF file under ``tmp_path`` (else on the configured ticket printer)."""
    printer = TicketPrinter(demo, printer_factory=pdf_printer(tmp_path / "t.pdf")) if tmp_path else None
    window = KioskWindow(demo, printer=printer, return_seconds=return_seconds)
    gui.addWidget(window)
    return window


def window_id(demo, number: int) -> int:
    return next(w.id for w in demo.queue_config.windows() if w.number == number)


@pytest.fixture
def served(demo, admin, clerk):
    """Serves the next visitor at window 2 (人民调解室, free in the demo morning) to the end."""
    service, wid = open_all_day(demo, admin)["A"], window_id(demo, 2)

    def serve():
        demo.tickets.issue(KIOSK, service.id)
        demo.tickets.call_next(clerk, wid)
        return demo.tickets.finish(clerk, wid), wid
    return serve


def test_tapping_a_service_issues_a_ticket_and_returns_to_the_start(gui, demo, admin, tmp_path):
    service = open_all_day(demo, admin)["A"]
    before = len(demo.tickets.waiting([service.id]))
    w = kiosk(gui, demo, tmp_path, return_seconds=0.2)
    button = w.service_buttons[service.id]
    assert button.isEnabled() and f"{before}" in button.info.text()
    button.ensurePolished()
    assert button.minimumHeight() >= 120  # touch-sized (the kiosk style sheet sets it)
    gui.mouseClick(button, Qt.LeftButton)
    assert w.stack.currentWidget() is w.result_page
    ticket = demo.tickets.ticket(w.ticket.id)
    assert w.number_label.text() == ticket.number and ticket.service_name in w.service_label.text()
    assert str(before) in w.ahead_label.text() and w.ticket.ahead == before
    assert ticket.print_status == "printed" and (tmp_path / "t.pdf").exists()
    w.refresh()
    assert f"{before + 1}" in button.info.text()
    gui.waitUntil(lambda: w.stack.currentWidget() is w.start_page, timeout=3000)


def test_priority_lane_issues_a_priority_ticket_and_resets(gui, demo, admin, tmp_path):
    service = open_all_day(demo, admin)["B"]
    w = kiosk(gui, demo, tmp_path)
    gui.mouseClick(w.priority_btn, Qt.LeftButton)
    assert w.priority_btn.isChecked() and not w.reasons.isHidden()
    pregnant = next(b for b in w.reason_group.buttons() if b.property("reason") == "pregnant")
    gui.mouseClick(pregnant, Qt.LeftButton)
    gui.mouseClick(w.service_buttons[service.id], Qt.LeftButton)
    ticket = demo.tickets.ticket(w.ticket.id)
    assert ticket.priority and ticket.priority_reason == "pregnant"
    assert not w.priority_btn.isChecked()  # the next visitor starts in the normal lane


def test_a_capped_service_says_so_and_a_closed_one_shows_its_hours(gui, demo, admin):
    services = open_all_day(demo, admin)
    s, closed = services["C"], services["D"]
    last = demo.tickets.issue(KIOSK, s.id)
    demo.queue_config.save_service(admin, s.id, s.prefix, s.name, int(last.number[1:]), "00:00", "23:59")
    with pytest.raises(ConflictError) as raised:
        demo.tickets.issue(KIOSK, s.id)
    opens, closes = ("00:00", "00:01") if to_local(utcnow()).hour >= 1 else ("22:00", "23:00")  # not now
    demo.queue_config.save_service(admin, closed.id, "D", closed.name, closed.daily_cap, opens, closes)
    waiting = len(demo.tickets.waiting([s.id]))
    w = kiosk(gui, demo)
    button = w.service_buttons[closed.id]
    assert not button.isEnabled() and opens in button.info.text() and closes in button.info.text()
    gui.mouseClick(w.service_buttons[s.id], Qt.LeftButton)
    assert w.stack.currentWidget() is w.message_page
    assert w.message_label.text() == error_text(raised.value) and s.name in w.message_label.text()
    assert len(demo.tickets.waiting([s.id])) == waiting and w.ticket is None


def test_appointment_check_in_on_the_keypad(gui, demo, admin, clerk, tmp_path):
    s = open_all_day(demo, admin)["D"]
    now = utcnow()
    appt = demo.appointments.book(clerk, s.id, "张三", "", now - timedelta(minutes=5), now + timedelta(minutes=25))
    w = kiosk(gui, demo, tmp_path)
    gui.mouseClick(w.checkin_btn, Qt.LeftButton)
    assert w.stack.currentWidget() is w.keypad
    wrong = "000000" if appt.code != "000000" else "111111"
    for digit in wrong:
        gui.mouseClick(w.keypad.keys[digit], Qt.LeftButton)
    with pytest.raises(NotFound) as raised:
        demo.appointments.check_in(KIOSK, wrong)
    gui.mouseClick(w.keypad.submit, Qt.LeftButton)
    assert w.stack.currentWidget() is w.keypad and not w.keypad.error.isHidden()
    assert w.keypad.error.text() == error_text(raised.value) and w.keypad.code == ""
    for digit in appt.code[:5] + "99":  # a seventh digit is ignored
        gui.mouseClick(w.keypad.keys[digit], Qt.LeftButton)
    assert w.keypad.code == appt.code[:5] + "9" and w.keypad.submit.isEnabled()
    gui.mouseClick(w.keypad.keys["<"], Qt.LeftButton)
    assert not w.keypad.submit.isEnabled()
    gui.mouseClick(w.keypad.keys[appt.code[5]], Qt.LeftButton)
    assert w.keypad.code == appt.code and w.keypad.submit.isEnabled()
    gui.mouseClick(w.keypad.submit, Qt.LeftButton)
    assert w.stack.currentWidget() is w.result_page
    ticket = demo.tickets.ticket(w.ticket.id)
    assert ticket.number.startswith("D") and ticket.priority_reason == "appointment"
    assert w.number_label.text() == ticket.number


def test_escape_does_not_close_but_staff_shortcut_does(gui, demo):
    w = kiosk(gui, demo)
    with gui.waitActive(w):
        w.show()
        w.activateWindow()
    gui.keyClick(w, Qt.Key_Escape)
    assert w.isVisible()
    gui.keyClick(w, Qt.Key_Q, Qt.ControlModifier | Qt.ShiftModifier)
    gui.waitUntil(lambda: not w.isVisible(), timeout=2000)


def test_escpos_printer_refused_then_reprinted(gui, demo, admin, loopback):
    s = open_all_day(demo, admin)["A"]
    demo.settings.set(admin, "queue.ticket_printer", loopback.target)  # bound, not listening: refused
    w = kiosk(gui, demo)
    gui.mouseClick(w.service_buttons[s.id], Qt.LeftButton)
    ticket = demo.tickets.ticket(w.ticket.id)
    assert ticket.state == "waiting" and ticket.print_status == "failed"  # issued all the same
    assert w.status_label.property("failed") and not w.reprint_btn.isHidden()
    assert w.status_label.text() == w.tr("The ticket could not be printed. Please remember your number, "
                                         "or ask at the service desk.")
    assert loopback.target in w.detail_label.text()
    loopback.start()  # the printer is back
    gui.mouseClick(w.reprint_btn, Qt.LeftButton)
    assert loopback.done.wait(5)
    text = decode_text(bytes(loopback.data))
    assert ticket.number in text and s.name in text and "经八路街道综治中心" in text
    assert f"DESK-TICKET:{ticket.id}".encode() in loopback.data
    assert demo.tickets.ticket(ticket.id).print_status == "printed"
    assert w.reprint_btn.isHidden() and not w.status_label.property("failed")


def print_with(demo, factory, ticket) -> tuple[list, list]:
    printer = TicketPrinter(demo, printer_factory=factory) if factory else TicketPrinter(demo)
    printed, failed = [], []
    printer.sig_printed.connect(printed.append)
    printer.sig_failed.connect(lambda *args: failed.append(args))
    printer.print_ticket(ticket)
    return printed, failed


def test_system_printer_path_prints_an_80mm_page(gui, demo, admin, tmp_path):
    ticket = demo.tickets.issue(KIOSK, open_all_day(demo, admin)["E"].id, "elderly")
    assert print_with(demo, pdf_printer(tmp_path / "slip.pdf"), ticket) == ([ticket.id], [])
    doc = QPdfDocument()
    doc.load(str(tmp_path / "slip.pdf"))
    size = doc.pagePointSize(0)
    assert doc.pageCount() == 1 and abs(size.width() - 80 * 72 / 25.4) < 1.5
    assert size.height() > size.width()  # as tall as the slip, not an A4 sheet
    assert demo.tickets.ticket(ticket.id).print_status == "printed"
    assert ticket_slip(demo, ticket).priority_label == "绿色通道"


@pytest.mark.parametrize("factory, expected", [
    (lambda: None, ""),  # no default printer on this machine
    pytest.param(lambda: QPrinter(QPrinterInfo.printerInfo(OFFLINE), QPrinter.HighResolution), OFFLINE,
                 marks=pytest.mark.skipif(QPrinterInfo.printerInfo(OFFLINE).isNull(),
                                          reason="no stopped CUPS test printer (scripts/setup-test-printer.sh)")),
])
def test_no_or_a_stopped_system_printer_fails_without_sending(gui, demo, admin, factory, expected):
    ticket = demo.tickets.issue(KIOSK, open_all_day(demo, admin)["E"].id)
    printed, failed = print_with(demo, factory, ticket)
    assert not printed and failed[0][0] == ticket.id and failed[0][1] and expected in failed[0][1]
    assert demo.tickets.ticket(ticket.id).print_status == "failed"


@pytest.mark.skipif(QPrinterInfo.defaultPrinter().isNull(), reason="no default system printer")
def test_prints_on_the_default_system_printer(gui, demo, admin):
    ticket = demo.tickets.issue(KIOSK, open_all_day(demo, admin)["E"].id)
    printed, failed = print_with(demo, None, ticket)
    assert printed or failed
    assert demo.tickets.ticket(ticket.id).print_status == ("printed" if printed else "failed")


def test_rating_panel_records_the_rating(gui, demo, served):
    done, _ = served()
    panel = RatingPanel(demo)
    gui.addWidget(panel)
    panel.set_ticket(done.id, done.number)
    assert done.number in panel.ticket_label.text()
    with gui.waitSignal(panel.sig_rated) as rated:
        gui.mouseClick(panel.buttons[4], Qt.LeftButton)
    assert rated.args == [4] and panel.state == "thanks"
    with pytest.raises(ConflictError):
        demo.ratings.rate(KIOSK, done.id, 5)
    head = demo.auth.login("zhaomin", DEMO_PASSWORD)
    assert all(r.ticket_number != done.number for r in demo.ratings.rectifications(head))
    panel.set_ticket(done.id, done.number)  # rated elsewhere meanwhile: said calmly, no crash
    gui.mouseClick(panel.buttons[5], Qt.LeftButton)
    assert panel.state == "ask" and not panel.error.isHidden()


def test_a_very_dissatisfied_rating_opens_a_follow_up(gui, demo, served):
    done, _ = served()
    dialog = RatingDialog(demo, done.id, done.number)
    gui.addWidget(dialog)
    panel = dialog.panel
    gui.mouseClick(panel.buttons[1], Qt.LeftButton)
    assert panel.state == "comment"
    panel.comment.setPlainText("等候时间太长，没人解释")
    gui.mouseClick(panel.submit_btn, Qt.LeftButton)
    assert panel.state == "thanks" and panel.thanks_hint.text()
    head = demo.auth.login("zhaomin", DEMO_PASSWORD)
    items = [r for r in demo.ratings.rectifications(head) if r.ticket_number == done.number]
    assert len(items) == 1 and items[0].level == 1 and items[0].comment == "等候时间太长，没人解释"


def test_awaiting_rating_and_the_rating_screen(gui, demo, served):
    done, wid = served()
    assert demo.ratings.awaiting_rating(wid) == (done.id, done.number)
    screen = RatingWindow(demo, wid, poll_ms=20, thanks_seconds=0.05)
    gui.addWidget(screen)
    screen.show()
    assert screen.stack.currentWidget() is screen.panel and screen.panel.ticket_id == done.id
    gui.mouseClick(screen.panel.buttons[5], Qt.LeftButton)
    assert demo.ratings.awaiting_rating(wid) is None  # rated: never asks about it again
    gui.waitUntil(lambda: screen.stack.currentWidget() is screen.idle, timeout=3000)
    # The next visitor, a minute later: found; once over 10 minutes ago: no longer asked about.
    start = utcnow()
    demo.tickets.clock = lambda: start + timedelta(minutes=1)
    later, _ = served()
    assert demo.ratings.awaiting_rating(wid) == (later.id, later.number)
    gui.waitUntil(lambda: screen.panel.ticket_id == later.id, timeout=3000)
    demo.tickets.clock = lambda: start + timedelta(minutes=12)
    assert demo.ratings.awaiting_rating(wid) is None
    assert demo.ratings.awaiting_rating(window_id(demo, 4)) is None  # paused, nothing finished lately

"""Queue ticket printing: the 80 mm PDF slip, the ESC/POS job and sending it to a printer.

PDFs are checked with poppler's command-line tools, like a reader would; the printer side uses a
real loopback TCP server and real (missing / blocked) device paths.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from desk.devices.escpos_printer import PrinterUnavailable, send_to_printer
from desk.errors import DeskError
from desk.print.escpos import PARTIAL_CUT, decode_text, escpos_ticket
from desk.print.ticket import TicketSlip, render_ticket_pdf, ticket_text_lines

REPO = Path(__file__).resolve().parent.parent
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

SLIP = TicketSlip(
    center_name="金水区花园路街道综合服务中心", number="A012", service_name="人民调解", people_ahead=3,
    estimated_wait_minutes=15, issued_at=datetime(2026, 11, 25, 9, 12),
    qr_payload="https://desk.example/q/20261125/A012", priority_label="绿色通道",
    window_hint="请留意 3 号窗口叫号", notice="过号请重新取号，请留意叫号屏")
HOSTILE = TicketSlip(
    center_name="<b>中心</b> & 😀" * 10, number="A0001234567890😀<&>",
    service_name="法律咨询<&>😀" * 20,
    people_ahead=-5, estimated_wait_minutes=None, issued_at=datetime(2026, 1, 2, 3, 4),
    qr_payload="x" * 5000, priority_label="绿色通道" * 10, window_hint="\x1b@\x1dV窗口\n\t提示\u202e",
    notice="😀" * 300)


def run(*args: str) -> str:
    return subprocess.run(list(args), check=True, capture_output=True, text=True).stdout


def write_pdf(tmp_path: Path, slip: TicketSlip, name: str = "ticket.pdf") -> Path:
    pdf = render_ticket_pdf(slip)
    assert pdf.startswith(b"%PDF-")
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


# ------------------------------------------------------------------------------------ wording

def test_text_lines_are_the_single_wording():
    lines = ticket_text_lines(SLIP)
    assert lines[:4] == ["金水区花园路街道综合服务中心", "A012", "绿色通道", "人民调解"]
    assert "您前面还有 3 人" in lines and "预计等候约 15 分钟" in lines
    assert "取号时间 2026-11-25 09:12" in lines and lines[-1] == "过号请重新取号，请留意叫号屏"
    plain = ticket_text_lines(replace(SLIP, priority_label="", window_hint="", notice="",
                                      estimated_wait_minutes=None))
    assert "绿色通道" not in plain and "等候时间暂无法估计" in plain
    assert "请留意 3 号窗口叫号" not in plain


# ---------------------------------------------------------------------------------------- PDF

@needs_poppler
def test_pdf_text_size_and_fonts(tmp_path):
    path = write_pdf(tmp_path, SLIP)
    text = run("pdftotext", "-layout", str(path), "-")
    squeezed = re.sub(r"\s+", "", text)
    for expected in ("金水区花园路街道综合服务中心", "A012", "人民调解", "前面还有3人", "绿色通道",
                     "预计等候约15分钟", "取号时间2026-11-2509:12", "过号请重新取号"):
        assert expected in squeezed, text
    info = run("pdfinfo", str(path))
    w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert abs(w - 226.77) < 0.1 and 250 < h < 500, info  # 80 mm wide, as tall as the content
    assert re.search(r"^Pages:\s+1$", info, re.M)
    fonts = run("pdffonts", str(path)).splitlines()[2:]
    assert fonts
    for row in fonts:
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row), fonts


@needs_poppler
def test_pdf_without_priority_or_estimate(tmp_path):
    slip = replace(SLIP, priority_label="", estimated_wait_minutes=None, window_hint="", notice="")
    text = re.sub(r"\s+", "", run("pdftotext", str(write_pdf(tmp_path, slip)), "-"))
    assert "等候时间暂无法估计" in text and "绿色通道" not in text and "A012" in text


@needs_poppler
@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="zbar-tools / pdftoppm missing")
def test_pdf_qr_code_decodes(tmp_path):
    path = write_pdf(tmp_path, SLIP)
    subprocess.run(["pdftoppm", "-png", "-r", "200", str(path), str(tmp_path / "page")], check=True)
    out = run("zbarimg", "--raw", "-q", str(tmp_path / "page-1.png")).strip()
    assert out == SLIP.qr_payload


@needs_poppler
def test_hostile_strings_do_not_break_the_pdf(tmp_path):
    path = write_pdf(tmp_path, HOSTILE, "hostile.pdf")
    text = run("pdftotext", str(path), "-")
    assert "法律咨询<&>" in text and "中心" in text
    assert "扫码" not in text  # a payload too long for a scannable QR code is left out
    info = run("pdfinfo", str(path))
    assert re.search(r"^Pages:\s+1$", info, re.M)


def test_pdf_build_is_fast():
    render_ticket_pdf(SLIP)  # warm up: fonts, imports
    t0 = time.perf_counter()
    for _ in range(5):
        render_ticket_pdf(SLIP)
    warm_ms = (time.perf_counter() - t0) / 5 * 1000
    print(f"\nwarm ticket PDF build: {warm_ms:.1f} ms")
    assert warm_ms < 100  # about 15 ms on a developer machine; generous for loaded CI


def test_importing_ticket_modules_is_cheap():
    code = ("import sys, desk.print.ticket, desk.print.escpos, desk.devices.escpos_printer; "
            "bad = [m for m in ('reportlab', 'PySide6', 'sqlalchemy') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


# ------------------------------------------------------------------------------------ ESC/POS

def test_escpos_frame_and_text():
    data = escpos_ticket(SLIP)
    assert data.startswith(b"\x1b@")  # ESC @
    assert b"\x1c&" in data  # FS &: Chinese mode
    assert b"\x1ba\x01" in data  # ESC a 1: centred
    assert b"\x1d!\x33" + b"A012" in data  # GS ! 0x33: the number at four times the size
    assert data.endswith(PARTIAL_CUT) and PARTIAL_CUT == b"\x1dVB\x00"
    assert "人民调解".encode("gb18030") in data
    text = decode_text(data)
    for line in ticket_text_lines(SLIP):
        assert line in text, text
    assert "\x1b" not in text and "\x1d" not in text


def test_escpos_qr_store_command_lengths():
    data = escpos_ticket(SLIP)
    payload = SLIP.qr_payload.encode()
    k = len(payload) + 3
    store = b"\x1d(k" + bytes([k & 0xFF, k >> 8]) + b"\x31\x50\x30" + payload
    assert store in data
    assert b"\x1d(k\x04\x00\x31\x41\x32\x00" in data  # model 2
    assert b"\x1d(k\x03\x00\x31\x45\x31" in data  # error correction M
    assert data.index(store) < data.index(b"\x1d(k\x03\x00\x31\x51\x30")  # stored, then printed
    long_payload = "https://desk.example/q/" + "x" * 260  # over 255 bytes: pH is used
    k = len(long_payload) + 3
    assert b"\x1d(k" + bytes([k & 0xFF, k >> 8]) + b"\x31\x50\x30" in escpos_ticket(
        replace(SLIP, qr_payload=long_payload))


def test_escpos_replaces_what_the_printer_cannot_print():
    slip = replace(SLIP, notice="请留意叫号屏😀", window_hint="窗口\x1b@\x1dV\x00提示")
    data = escpos_ticket(slip)
    text = decode_text(data)
    assert "请留意叫号屏?" in text
    # the control bytes are gone (GS counts as whitespace, so it becomes a space): no smuggled commands
    assert "窗口@ V提示" in text
    assert data.count(b"\x1b@") == 1 and data.count(b"\x1dV") == 1


def test_escpos_hostile_strings_and_narrow_paper():
    for width in (48, 32):
        data = escpos_ticket(HOSTILE, width)
        assert data.startswith(b"\x1b@") and data.endswith(PARTIAL_CUT)
        assert b"\x1d(k" not in data  # no QR code for a payload too long to scan
        for line in decode_text(data).split("\n"):
            assert len(line.encode("gb18030")) <= width, line


# ------------------------------------------------------------------------------------ sending

def test_send_over_tcp_delivers_exactly_the_bytes():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(5)
    received = bytearray()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.settimeout(5)
            while chunk := conn.recv(65536):
                received.extend(chunk)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    data = escpos_ticket(SLIP) * 50
    send_to_printer(f"tcp://127.0.0.1:{server.getsockname()[1]}", data, timeout=3)
    thread.join(5)
    server.close()
    assert bytes(received) == data


def assert_unavailable_fast(target: str, data: bytes = b"\x1b@", timeout: float = 5.0) -> str:
    t0 = time.monotonic()
    with pytest.raises(PrinterUnavailable) as info:
        send_to_printer(target, data, timeout=timeout)
    assert time.monotonic() - t0 < 6
    assert isinstance(info.value, DeskError)
    assert target in str(info.value) and "reprint" in str(info.value)
    return str(info.value)


def test_closed_port_raises_quickly():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    assert "refused" in assert_unavailable_fast(f"tcp://127.0.0.1:{port}")


def test_missing_device_raises_quickly(tmp_path):
    message = assert_unavailable_fast(str(tmp_path / "usb" / "lp0"))
    assert "no such device" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a POSIX FIFO")
def test_blocked_device_times_out(tmp_path):
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a "printer" that never reads
    try:
        t0 = time.monotonic()
        message = assert_unavailable_fast(str(fifo), b"x" * 4_000_000, timeout=0.5)
        assert time.monotonic() - t0 < 2 and "no answer within 0.5 s" in message
    finally:
        os.close(reader)


def test_device_path_receives_the_bytes(tmp_path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    data = escpos_ticket(SLIP)
    send_to_printer(str(device), data)
    assert device.read_bytes() == data


def test_bad_targets_are_refused_with_a_clear_message():
    for target in ("", "printer", "tcp://", "tcp://host:notaport", "http://127.0.0.1:9100"):
        with pytest.raises(PrinterUnavailable) as info:
            send_to_printer(target, b"x", timeout=1)
        assert "not understood" in str(info.value)

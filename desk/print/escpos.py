"""The queue ticket as ESC/POS bytes for 80 mm thermal receipt printers (pure Python, no I/O).

The wording comes from :func:`desk.print.ticket.ticket_lines`, as on the PDF slip. Text is encoded in
GB18030, which Chinese thermal printers read in Chinese character mode (FS &). Their fonts hold the
one- and two-byte part of GB18030 (GBK) and CJK Extension A; any other character (emoji, other
four-byte symbols) is printed as "?" rather than as garbage, and control characters in user text are
dropped, so a value can never smuggle a printer command in. Sending the bytes is
:func:`desk.devices.escpos_printer.send_to_printer`'s job.
"""

from __future__ import annotations

import unicodedata

from desk.print.ticket import (
    AHEAD,
    CENTER,
    ISSUED,
    MAX_LINES,
    NUMBER,
    PRIORITY,
    QR_CAPTION,
    SERVICE,
    TicketSlip,
    ticket_lines,
)

ESC, FS, GS, LF = b"\x1b", b"\x1c", b"\x1d", b"\n"
INIT = ESC + b"@"  # ESC @: initialise the printer (clears the buffer, resets modes)
CHINESE_ON = FS + b"&"  # FS &: Chinese character mode (two-byte GB codes print as hanzi)
ALIGN_CENTER = ESC + b"a\x01"  # ESC a 1: centre each line
BOLD_ON, BOLD_OFF = ESC + b"E\x01", ESC + b"E\x00"  # ESC E n: emphasised (bold) on / off
REVERSE_ON, REVERSE_OFF = GS + b"B\x01", GS + b"B\x00"  # GS B n: white-on-black on / off
PARTIAL_CUT = GS + b"VB\x00"  # GS V 66 0: feed to the cutter, then cut leaving a hinge
ELLIPSIS = "…".encode("gb18030")
_REPLACEMENT = (b"?", 1)


def char_size(width: int, height: int) -> bytes:
    """GS ! n: character magnification, 1-8 times in each direction (GS ! 0 is normal size)."""
    return GS + b"!" + bytes([((width - 1) << 4) | (height - 1)])


def feed(lines: int) -> bytes:
    """ESC d n: print the buffer and feed ``lines`` lines."""
    return ESC + b"d" + bytes([max(0, min(255, lines))])


def _gs_k(fn: int, params: bytes) -> bytes:
    """GS ( k pL pH cn fn params: a 2-D code function (cn 49 = QR code); pL pH = len(params) + 2."""
    size = len(params) + 2
    return GS + b"(k" + bytes([size & 0xFF, size >> 8, 49, fn]) + params


def qr_code(payload: str, module: int = 6) -> bytes:
    """Select, size, store and print a QR code of ``payload`` (UTF-8 bytes)."""
    data = payload.encode("utf-8", "replace")
    return (_gs_k(65, b"\x32\x00")  # fn 165: model 2
            + _gs_k(67, bytes([max(1, min(16, module))]))  # fn 167: module size in dots
            + _gs_k(69, b"\x31")  # fn 169: error correction level M (48 L, 49 M, 50 Q, 51 H)
            + _gs_k(80, b"\x30" + data)  # fn 180: store the data in the symbol storage area
            + _gs_k(81, b"\x30"))  # fn 181: print the stored symbol


def _encode(text: str) -> list[tuple[bytes, int]]:
    """``(bytes, columns)`` of each printable character of ``text`` in GB18030."""
    out = []
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        try:
            code = ch.encode("gb18030")
        except UnicodeEncodeError:
            out.append(_REPLACEMENT)
            continue
        if len(code) == 4 and not 0x3400 <= ord(ch) <= 0x4DBF:  # printer fonts lack these
            out.append(_REPLACEMENT)
        else:
            out.append((code, min(2, len(code))))  # two-byte codes print full width
    return out


def _wrap(text: str, columns: int, max_lines: int) -> list[bytes]:
    """``text`` in lines of at most ``columns`` columns; a line past ``max_lines`` is cut with "…"."""
    columns = max(2, columns)
    lines: list[list[tuple[bytes, int]]] = [[]]
    used = 0
    for code, cols in _encode(text):
        if lines[-1] and used + cols > columns:
            lines.append([])
            used = 0
        lines[-1].append((code, cols))
        used += cols
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        while lines[-1] and sum(c for _, c in lines[-1]) + 2 > columns:
            lines[-1].pop()
        lines[-1].append((ELLIPSIS, 2))
    return [b"".join(code for code, _ in line) for line in lines]


def _block(text: str, columns: int, max_lines: int, mag: int = 1, *, tall: int = 0,
           bold: bool = False) -> bytes:
    """Lines of ``text`` magnified ``mag`` times (height ``tall`` times if given), each ended by LF;
    normal size and weight again after them."""
    body = b"".join(line + LF for line in _wrap(text, columns // mag, max_lines))
    return (BOLD_ON if bold else b"") + char_size(mag, tall or mag) + body + char_size(1, 1) + BOLD_OFF


def escpos_ticket(slip: TicketSlip, width_chars: int = 48, *, chinese_mode: bool = True,
                  qr_module: int = 6) -> bytes:
    """The slip as one ESC/POS job: init, centred text, a large number, a QR code, feed and cut.

    ``width_chars`` is the paper width in normal (12-dot) columns: 48 on 80 mm paper, 32 on 58 mm.
    ``chinese_mode`` sends FS & (leave it on for Chinese printers; Epson's non-Chinese models have
    no FS commands). ``qr_module`` is the QR module size in printer dots (1-16).
    """
    rule = b"-" * width_chars + LF
    out = [INIT, CHINESE_ON if chinese_mode else b"", ALIGN_CENTER]
    for role, text in ticket_lines(slip):
        limit = MAX_LINES.get(role, 2)
        if role == CENTER:
            out += [_block(text, width_chars, limit, tall=2, bold=True), rule]
        elif role == NUMBER:
            cols = sum(c for _, c in _encode(text)) or 1
            mag = next((m for m in (4, 3, 2) if cols * m <= width_chars), 1)
            out += [feed(1), _block(text, width_chars, 1, mag, bold=True)]
        elif role == PRIORITY:
            line = _wrap(text, width_chars - 2, 1)[0]
            out += [REVERSE_ON, BOLD_ON, b" " + line + b" ", BOLD_OFF, REVERSE_OFF, LF]
        elif role == SERVICE:
            out += [_block(text, width_chars, limit, 2, bold=True), rule]
        elif role == QR_CAPTION:
            out += [LF, qr_code(slip.qr_payload, qr_module), LF, _block(text, width_chars, limit)]
        elif role in (AHEAD, ISSUED):
            out += [_block(text, width_chars, limit, bold=role == AHEAD)]
        else:
            out += [_block(text, width_chars, limit)]
    out += [feed(3), PARTIAL_CUT]
    return b"".join(out)


# Parameter byte counts of the commands :func:`decode_text` skips (after ESC / FS / GS and the letter).
_ARGS = {ESC: {b"@": 0, b"a": 1, b"E": 1, b"d": 1, b"!": 1, b"2": 0, b"3": 1, b"t": 1, b"-": 1, b"M": 1},
         FS: {b"&": 0, b".": 0, b"!": 1, b"C": 1, b"-": 1},
         GS: {b"!": 1, b"B": 1, b"L": 2, b"W": 2}}


def decode_text(data: bytes) -> str:
    """The printed text of an ESC/POS job (for tests): commands skipped, GB18030 decoded, LF kept."""
    out: list[str] = []
    text = bytearray()
    i, n = 0, len(data)
    while i < n:
        byte = data[i:i + 1]
        if byte in (ESC, FS, GS) or byte == LF:
            out.append(text.decode("gb18030", "replace"))
            text.clear()
        if byte == LF:
            out.append("\n")
            i += 1
        elif byte == GS and data[i + 1:i + 3] == b"(k":  # GS ( k pL pH ...: skip pL + 256 pH bytes
            i += 5 + data[i + 3] + 256 * data[i + 4] if i + 4 < n else n
        elif byte == GS and data[i + 1:i + 2] == b"V":  # GS V m [n]: n only with m = 65 / 66
            i += 4 if data[i + 2:i + 3] in (b"A", b"B") else 3
        elif byte in (ESC, FS, GS):
            i += 2 + _ARGS[byte].get(data[i + 1:i + 2], 0)
        else:
            text.append(data[i])
            i += 1
    out.append(text.decode("gb18030", "replace"))
    return "".join(out)

"""The queue ticket slip (排队小票): its wording, and an 80 mm receipt PDF of it.

:func:`ticket_lines` is the single source of the printed wording, shared by the PDF below and the
ESC/POS renderer (:mod:`desk.print.escpos`). The PDF is drawn straight on a reportlab canvas (no
platypus: a slip must build in milliseconds) in the embedded faces; characters the main face lacks
come from the other face, characters neither has print as "□". reportlab is imported inside the
functions, so importing this module stays cheap.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from desk.print.fonts import MISSING, glyph_map, register_fonts

MM = 72.0 / 25.4
PAGE_W = 80 * MM  # 80 mm receipt paper
MARGIN = 4 * MM
TEXT_W = PAGE_W - 2 * MARGIN
QR_MM = 28
QR_MAX_BYTES = 300  # longer payloads need modules too fine to scan at this size: no QR code then

# Roles of the slip's lines, in print order.
CENTER, NUMBER, PRIORITY, SERVICE, AHEAD, WAIT, WINDOW, QR_CAPTION, ISSUED, NOTICE = (
    "center", "number", "priority", "service", "ahead", "wait", "window", "qr_caption", "issued", "notice")
# How many lines a long value may take on paper before it is cut with "…" (both renderers).
MAX_LINES = {CENTER: 2, NUMBER: 1, PRIORITY: 1, SERVICE: 3, WINDOW: 2, NOTICE: 4}


@dataclass(frozen=True)
class TicketSlip:
    center_name: str
    number: str  # e.g. "A012"
    service_name: str
    people_ahead: int
    estimated_wait_minutes: int | None
    issued_at: datetime
    qr_payload: str
    priority_label: str = ""  # e.g. "绿色通道"; empty when the ticket is not in the priority lane
    window_hint: str = ""  # e.g. "请到 3 号窗口办理"
    notice: str = ""  # e.g. "过号请重新取号，请留意叫号屏"


def clean(text: object) -> str:
    """One printable line: breaks and tabs become spaces, control / format characters are dropped."""
    text = "" if text is None else str(text)
    kept = (" " if ch.isspace() else ch for ch in text
            if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    return " ".join("".join(kept).split())


def ticket_lines(slip: TicketSlip) -> list[tuple[str, str]]:
    """``(role, text)`` of every printed line, in order; optional lines are left out when empty."""
    ahead = max(0, int(slip.people_ahead))
    minutes = slip.estimated_wait_minutes
    if minutes is None:
        wait = "等候时间暂无法估计"
    elif minutes <= 0:
        wait = "即将为您叫号"
    else:
        wait = f"预计等候约 {int(minutes)} 分钟"
    lines = [
        (CENTER, clean(slip.center_name)),
        (NUMBER, clean(slip.number)),
        (PRIORITY, clean(slip.priority_label)),
        (SERVICE, clean(slip.service_name)),
        (AHEAD, f"您前面还有 {ahead} 人"),
        (WAIT, wait),
        (WINDOW, clean(slip.window_hint)),
        (QR_CAPTION, "扫码查看排队进度" if qr_printable(slip.qr_payload) else ""),
        (ISSUED, f"取号时间 {slip.issued_at:%Y-%m-%d %H:%M}"),
        (NOTICE, clean(slip.notice)),
    ]
    return [(role, text) for role, text in lines if text]


def qr_printable(payload: str) -> bool:
    """Whether ``payload`` gets a QR code on the slip (not empty, at most QR_MAX_BYTES in UTF-8)."""
    return 0 < len(str(payload or "").encode("utf-8", "replace")) <= QR_MAX_BYTES


def ticket_text_lines(slip: TicketSlip) -> list[str]:
    """The printed wording of the slip, one string per line (no wrapping)."""
    return [text for _, text in ticket_lines(slip)]


# ---------------------------------------------------------------------------------------- PDF

# role -> (Hei face?, size pt, leading pt, space before pt)
_STYLE = {
    CENTER: (True, 11, 14, 0),
    NUMBER: (True, 42, 44, 6),
    PRIORITY: (True, 10.5, 19, 4),
    SERVICE: (True, 15, 19, 6),
    AHEAD: (True, 12, 17, 7),
    WAIT: (True, 10, 14, 1),
    WINDOW: (True, 10, 14, 1),
    QR_CAPTION: (True, 8, 11, 0),
    ISSUED: (True, 9, 13, 5),
    NOTICE: (False, 8.5, 12, 2),
}
_RULE_GAP = 5 * MM  # a dashed rule with half of this above and below
_QR_PAD = 3.5 * MM  # blank above and below the QR code (its quiet zone)


def _chars(text: str, face: str, other: str, size: float) -> list[tuple[str, str, float]]:
    """``(face, char, width)`` of each character, falling back to the other face, then to "□"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    own, alt = glyph_map(face), glyph_map(other)
    out = []
    for ch in text:
        f = face if ord(ch) in own else other if ord(ch) in alt else face
        ch = ch if ord(ch) in own or ord(ch) in alt else MISSING
        out.append((f, ch, stringWidth(ch, f, size)))
    return out


def _wrap(text: str, face: str, other: str, size: float, width: float, max_lines: int):
    """Lines of ``(face, char, width)`` no wider than ``width``; the last one cut with "…"."""
    lines: list[list[tuple[str, str, float]]] = [[]]
    used = 0.0
    for item in _chars(text, face, other, size):
        if lines[-1] and used + item[2] > width:
            lines.append([])
            used = 0.0
        lines[-1].append(item)
        used += item[2]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        dots = _chars("…", face, other, size)[0]
        while lines[-1] and sum(w for *_, w in lines[-1]) + dots[2] > width:
            lines[-1].pop()
        lines[-1].append(dots)
    return lines


def _draw_line(c, line, size: float, y: float, color: str = "#000000") -> float:
    """Draw one wrapped line centred on the page at baseline ``y``; return its width."""
    total = sum(w for *_, w in line)
    x = (PAGE_W - total) / 2
    c.setFillColor(color)
    runs: list[list] = []  # [face, text, width] of consecutive characters in one face
    for face, ch, w in line:
        if runs and runs[-1][0] == face:
            runs[-1][1] += ch
            runs[-1][2] += w
        else:
            runs.append([face, ch, w])
    for face, text, w in runs:
        c.setFont(face, size)
        c.drawString(x, y, text)
        x += w
    return total


def _layout(slip: TicketSlip):
    """The slip as blocks ``(kind, role, lines, size, leading, space_before)`` plus its page height."""
    f = register_fonts()
    blocks = []
    height = 5 * MM  # top padding
    for role, text in ticket_lines(slip):
        if role in (AHEAD, QR_CAPTION):  # a rule before the waiting lines, the QR code before its caption
            kind = "rule" if role == AHEAD else "qr"
            blocks.append((kind, role, None, 0, 0, 0))
            height += _RULE_GAP if kind == "rule" else QR_MM * MM + 2 * _QR_PAD
        hei, size, leading, before = _STYLE[role]
        face, other = (f.hei, f.song) if hei else (f.song, f.hei)
        width = TEXT_W - (6 * MM if role == PRIORITY else 0)
        if role == NUMBER:  # one line, as large as fits (a long number shrinks, never wraps)
            natural = sum(w for *_, w in _chars(text, face, other, size))
            size = max(12.0, min(size, size * width / natural)) if natural else size
            leading = size * 1.05
        lines = _wrap(text, face, other, size, width, MAX_LINES.get(role, 1))
        blocks.append(("text", role, lines, size, leading, before))
        height += before + leading * len(lines)
        if role == CENTER:
            blocks.append(("rule", role, None, 0, 0, 0))
            height += _RULE_GAP
    return blocks, height + 5 * MM  # bottom padding


def render_ticket_pdf(slip: TicketSlip) -> bytes:
    """An 80 mm wide receipt page, as tall as its content, with the slip centred on it."""
    from reportlab.pdfgen.canvas import Canvas

    from desk.print.layout import _draw_qr

    f = register_fonts()
    blocks, page_h = _layout(slip)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(PAGE_W, page_h), initialFontName=f.song, lang="zh-CN")
    c.setTitle(f"排队小票 {clean(slip.number)}")
    c.setAuthor(clean(slip.center_name))
    c.setSubject("排队小票")
    c.setCreator("desk")
    top = page_h - 5 * MM
    for kind, role, lines, size, leading, before in blocks:
        if kind == "rule":
            c.saveState()
            c.setDash(1.5, 1.5)
            c.setLineWidth(0.5)
            c.line(MARGIN, top - _RULE_GAP / 2, PAGE_W - MARGIN, top - _RULE_GAP / 2)
            c.restoreState()
            top -= _RULE_GAP
            continue
        if kind == "qr":
            size_pt = QR_MM * MM
            top -= _QR_PAD
            _draw_qr(c, slip.qr_payload, (PAGE_W - size_pt) / 2, top - size_pt, size_pt)
            top -= size_pt + _QR_PAD
            continue
        top -= before
        for line in lines:
            # the baseline sits so that the glyphs' ink is centred in the line box
            baseline = top - leading / 2 - size * 0.34
            if role == PRIORITY:  # a white-on-black badge
                width = sum(w for *_, w in line) + 6 * MM
                c.roundRect((PAGE_W - width) / 2, top - leading + 1.5, width, leading - 3, 2.5,
                            stroke=0, fill=1)
                _draw_line(c, line, size, baseline, "#ffffff")
            elif role == NUMBER:  # no bold face: fill and stroke the outlines (render mode 2)
                c.saveState()
                c.setLineWidth(size / 40)
                c._code.append("2 Tr")
                _draw_line(c, line, size, baseline)
                c.restoreState()
            else:
                _draw_line(c, line, size, baseline)
            top -= leading
    c.showPage()
    c.save()
    return buf.getvalue()
